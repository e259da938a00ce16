// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/client.hpp"

#include <utility>

#include "client/client_impl.hpp"
#include "common/base_url.hpp"
#include "common/identifiers.hpp"
#include "common/strings.hpp"
#include "ryze/ryze_backend.hpp"
#include "wa/participants/curl_transport.hpp"
#include "zapi/zapi_backend.hpp"

namespace wa {
namespace {

// A secret goes into a header or a URL: a CR or LF in it would let it forge
// headers, so refuse it. The message names the field, never the value.
std::optional<Error> CheckSecret(std::string_view value, std::string_view field, bool required,
                                 std::string_view env_hint) {
  if (value.empty()) {
    if (!required) return std::nullopt;
    return MakeLocalError(
        ErrorCode::kInvalidArgument,
        std::string(field) + " is empty; set it (the CLI reads " + std::string(env_hint) + ")");
  }
  if (internal::HasControlCharacter(value)) {
    return MakeLocalError(ErrorCode::kInvalidArgument,
                          std::string(field) + " contains control characters (a stray newline?)");
  }
  return std::nullopt;
}

std::optional<Error> CheckInstance(std::string_view value, std::string_view field) {
  auto pre = internal::PrecheckIdentifier(value, field);
  if (!pre) return std::move(pre).error();
  return std::nullopt;
}

std::shared_ptr<HttpTransport> TransportFor(const ClientOptions& options) {
  return options.transport ? options.transport : MakeCurlTransport(options.curl);
}

}  // namespace

ParticipantsClient::ParticipantsClient(std::shared_ptr<internal::ClientImpl> impl)
    : impl_(std::move(impl)) {}

ParticipantsClient::ParticipantsClient(std::shared_ptr<Backend> backend,
                                       ClientOptions client_options)
    : impl_(std::make_shared<internal::ClientImpl>(std::move(backend), std::move(client_options),
                                                   std::nullopt)) {}

ParticipantsClient ParticipantsClient::Ryze(RyzeOptions options, ClientOptions client_options) {
  std::optional<Error> error;
  auto base = internal::NormalizeBaseUrl(options.base_url, "RyzeOptions.base_url");
  if (!base) error = base.error();
  if (!error) error = CheckInstance(options.instance, "RyzeOptions.instance");
  if (!error) error = CheckSecret(options.token, "RyzeOptions.token", true, "WA_TOKEN");
  internal::ryze::Config config{base ? *base : std::string(), std::move(options.instance),
                                std::move(options.token)};
  auto backend = std::make_shared<internal::ryze::RyzeBackend>(std::move(config),
                                                               TransportFor(client_options));
  return ParticipantsClient(std::make_shared<internal::ClientImpl>(
      std::move(backend), std::move(client_options), std::move(error)));
}

ParticipantsClient ParticipantsClient::ZApi(ZApiOptions options, ClientOptions client_options) {
  std::optional<Error> error;
  auto base = internal::NormalizeBaseUrl(options.base_url, "ZApiOptions.base_url");
  if (!base) error = base.error();
  if (!error) error = CheckInstance(options.instance, "ZApiOptions.instance");
  if (!error) error = CheckSecret(options.token, "ZApiOptions.token", true, "WA_TOKEN");
  if (!error) {
    error = CheckSecret(options.client_token, "ZApiOptions.client_token", false, "WA_CLIENT_TOKEN");
  }
  internal::zapi::Config config{base ? *base : std::string(), std::move(options.instance),
                                std::move(options.token), std::move(options.client_token)};
  auto backend = std::make_shared<internal::zapi::ZApiBackend>(std::move(config),
                                                               TransportFor(client_options));
  return ParticipantsClient(std::make_shared<internal::ClientImpl>(
      std::move(backend), std::move(client_options), std::move(error)));
}

Result<void> ParticipantsClient::CheckOptions() const { return impl_->CheckOptions(); }

// DESIGN.md fixes these signatures with options by value; the
// implementation only reads them.
// NOLINTBEGIN(performance-unnecessary-value-param)
Result<BatchResult> ParticipantsClient::Manage(Action action, std::string_view group,
                                               std::vector<std::string> participants,
                                               CallOptions call_options) const {
  return impl_->Manage(action, group, std::move(participants), call_options);
}

// NOLINTEND(performance-unnecessary-value-param)

Result<BatchResult> ParticipantsClient::Add(std::string_view group,
                                            std::vector<std::string> participants,
                                            CallOptions call_options) const {
  return Manage(Action::kAdd, group, std::move(participants), std::move(call_options));
}

Result<BatchResult> ParticipantsClient::Remove(std::string_view group,
                                               std::vector<std::string> participants,
                                               CallOptions call_options) const {
  return Manage(Action::kRemove, group, std::move(participants), std::move(call_options));
}

Result<BatchResult> ParticipantsClient::Promote(std::string_view group,
                                                std::vector<std::string> participants,
                                                CallOptions call_options) const {
  return Manage(Action::kPromote, group, std::move(participants), std::move(call_options));
}

Result<BatchResult> ParticipantsClient::Demote(std::string_view group,
                                               std::vector<std::string> participants,
                                               CallOptions call_options) const {
  return Manage(Action::kDemote, group, std::move(participants), std::move(call_options));
}

Result<BatchResult> ParticipantsClient::Approve(std::string_view group,
                                                std::vector<std::string> participants,
                                                CallOptions call_options) const {
  return Manage(Action::kApprove, group, std::move(participants), std::move(call_options));
}

Result<BatchResult> ParticipantsClient::Reject(std::string_view group,
                                               std::vector<std::string> participants,
                                               CallOptions call_options) const {
  return Manage(Action::kReject, group, std::move(participants), std::move(call_options));
}

// NOLINTBEGIN(performance-unnecessary-value-param)
Result<BatchResult> ParticipantsClient::ManageMany(Action action, std::string_view group,
                                                   std::vector<std::string> participants,
                                                   BulkOptions bulk_options) const {
  return impl_->ManageMany(action, group, std::move(participants), bulk_options);
}

// NOLINTEND(performance-unnecessary-value-param)

std::future<Result<BatchResult>> ParticipantsClient::ManageAsync(
    Action action, std::string_view group, std::vector<std::string> participants,
    CallOptions call_options) const {
  return impl_->ManageAsync(action, std::string(group), std::move(participants),
                            std::move(call_options));
}

// NOLINTBEGIN(performance-unnecessary-value-param)
Result<GroupInfo> ParticipantsClient::GetGroup(std::string_view group,
                                               CallOptions call_options) const {
  return impl_->GetGroup(group, call_options);
}

Result<BatchResult> ParticipantsClient::Verify(const BatchResult& batch,
                                               CallOptions call_options) const {
  return impl_->Verify(batch, call_options);
}

Result<std::vector<PendingRequest>> ParticipantsClient::PendingRequests(
    std::string_view group, CallOptions call_options) const {
  return impl_->PendingRequests(group, call_options);
}

// NOLINTEND(performance-unnecessary-value-param)

std::future<Result<std::vector<PendingRequest>>> ParticipantsClient::PendingRequestsAsync(
    std::string_view group, CallOptions call_options) const {
  return impl_->PendingRequestsAsync(std::string(group), std::move(call_options));
}

std::future<Result<GroupInfo>> ParticipantsClient::GetGroupAsync(std::string_view group,
                                                                 CallOptions call_options) const {
  return impl_->GetGroupAsync(std::string(group), std::move(call_options));
}

}  // namespace wa
