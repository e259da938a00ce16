// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/client.hpp"

#include <thread>
#include <utility>

#include "client/client_factory.hpp"
#include "client/client_impl.hpp"
#include "util/sdk_thread.hpp"
#include "util/thread_name.hpp"

namespace wa {
inline namespace v1 {
namespace {

// The state every copy shares. Its teardown cancels the calls in flight and
// waits for them to end; when the last copy dies inside one of the SDK's
// own steps (a logger or completion on the event loop, the timer, a
// worker), this thread is the one that must end a call, so the teardown
// moves to a thread of its own instead of waiting on itself.
std::shared_ptr<internal::ClientImpl> MakeImpl(std::shared_ptr<Backend> backend,
                                               ClientOptions options,
                                               std::optional<Error> config_error) {
  auto* impl =
      new internal::ClientImpl(std::move(backend), std::move(options), std::move(config_error));
  return std::shared_ptr<internal::ClientImpl>(impl, [](internal::ClientImpl* doomed) {
    if (!internal::OnSdkThread()) {
      delete doomed;
      return;
    }
    try {
      std::thread teardown([doomed] { delete doomed; });
      internal::NameThread(teardown, "wa-teardown");
      teardown.detach();
    } catch (...) {
      // No thread to be had: leaking the state beats waiting on ourselves.
    }
  });
}

}  // namespace

ParticipantsClient::ParticipantsClient(std::shared_ptr<internal::ClientImpl> impl)
    : impl_(std::move(impl)) {}

namespace {

// A connection that has none: every call fails as a client without a
// backend does.
std::shared_ptr<ParticipantsConnection> OrRefusing(std::shared_ptr<ParticipantsConnection> c) {
  if (c) return c;
  return MakeImpl(nullptr, ClientOptions{}, std::nullopt);
}

}  // namespace

ParticipantsClient::ParticipantsClient(std::nullptr_t)
    : ParticipantsClient(std::shared_ptr<Backend>(), ClientOptions{}) {}

ParticipantsClient::ParticipantsClient(std::shared_ptr<ParticipantsConnection> connection)
    : impl_(OrRefusing(std::move(connection))) {}

ParticipantsClient::ParticipantsClient(std::shared_ptr<Backend> backend,
                                       ClientOptions client_options)
    : impl_(MakeImpl(std::move(backend), std::move(client_options), std::nullopt)) {}

namespace internal {

ParticipantsClient ClientFactory::Make(std::shared_ptr<Backend> backend,
                                       ClientOptions client_options,
                                       std::optional<Error> config_error) {
  return ParticipantsClient(
      MakeImpl(std::move(backend), std::move(client_options), std::move(config_error)));
}

}  // namespace internal

Result<void> ParticipantsClient::CheckOptions() const { return impl_->CheckOptions(); }

// The public API takes the options by value (a stable signature users'
// code compiles against); the implementation only reads them.
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

std::future<Result<BatchResult>> ParticipantsClient::ManageAsync(
    Action action, std::string_view group, std::vector<std::string> participants,
    CallOptions call_options) const {
  return impl_->ManageAsync(action, group, std::move(participants), call_options);
}

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

std::future<Result<std::vector<PendingRequest>>> ParticipantsClient::PendingRequestsAsync(
    std::string_view group, CallOptions call_options) const {
  return impl_->PendingRequestsAsync(group, call_options);
}

std::future<Result<GroupInfo>> ParticipantsClient::GetGroupAsync(std::string_view group,
                                                                 CallOptions call_options) const {
  return impl_->GetGroupAsync(group, call_options);
}

void ParticipantsClient::ManageAsync(Action action, std::string_view group,
                                     std::vector<std::string> participants,
                                     CallOptions call_options,
                                     CompletionHandler<BatchResult> on_done) const {
  impl_->ManageAsync(action, group, std::move(participants), call_options, std::move(on_done));
}

void ParticipantsClient::PendingRequestsAsync(
    std::string_view group, CallOptions call_options,
    CompletionHandler<std::vector<PendingRequest>> on_done) const {
  impl_->PendingRequestsAsync(group, call_options, std::move(on_done));
}

void ParticipantsClient::GetGroupAsync(std::string_view group, CallOptions call_options,
                                       CompletionHandler<GroupInfo> on_done) const {
  impl_->GetGroupAsync(group, call_options, std::move(on_done));
}

// NOLINTEND(performance-unnecessary-value-param)

}  // namespace v1
}  // namespace wa
