// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/connection.hpp"

#include <future>
#include <memory>
#include <utility>

namespace wa {
inline namespace v1 {
namespace {

Error NotImplemented() {
  return MakeLocalError(ErrorCode::kUnsupported,
                        "not implemented by this connection; nothing was sent");
}

// A handler that keeps its result in a promise: how the future forms are
// built on the handler forms.
template <class T>
std::pair<std::future<Result<T>>, CompletionHandler<T>> PromiseHandler() {
  auto promise = std::make_shared<std::promise<Result<T>>>();
  auto future = promise->get_future();
  return {std::move(future), [promise](Result<T> r) { promise->set_value(std::move(r)); }};
}

template <class T>
void Refuse(const CompletionHandler<T>& on_done) {
  if (on_done) on_done(Unexpected(NotImplemented()));
}

}  // namespace

ParticipantsConnection::~ParticipantsConnection() = default;

Result<void> ParticipantsConnection::CheckOptions() const { return {}; }

// The participant lists are by value in the virtual signatures, for the
// overrides that keep them; these defaults only refuse.
// NOLINTBEGIN(performance-unnecessary-value-param)

Result<BatchResult> ParticipantsConnection::Manage(Action /*action*/, std::string_view /*group*/,
                                                   std::vector<std::string> /*participants*/,
                                                   const CallOptions& /*call_options*/) {
  return Unexpected(NotImplemented());
}

std::future<Result<BatchResult>> ParticipantsConnection::ManageAsync(
    Action action, std::string_view group, std::vector<std::string> participants,
    const CallOptions& call_options) {
  auto [future, handler] = PromiseHandler<BatchResult>();
  ManageAsync(action, group, std::move(participants), call_options, std::move(handler));
  return std::move(future);
}

void ParticipantsConnection::ManageAsync(Action /*action*/, std::string_view /*group*/,
                                         std::vector<std::string> /*participants*/,
                                         const CallOptions& /*call_options*/,
                                         CompletionHandler<BatchResult> on_done) {
  Refuse(on_done);
}

Result<BatchResult> ParticipantsConnection::ManageMany(Action /*action*/,
                                                       std::string_view /*group*/,
                                                       std::vector<std::string> /*participants*/,
                                                       const BulkOptions& /*bulk_options*/) {
  return Unexpected(NotImplemented());
}

Result<GroupInfo> ParticipantsConnection::GetGroup(std::string_view /*group*/,
                                                   const CallOptions& /*call_options*/) {
  return Unexpected(NotImplemented());
}

std::future<Result<GroupInfo>> ParticipantsConnection::GetGroupAsync(
    std::string_view group, const CallOptions& call_options) {
  auto [future, handler] = PromiseHandler<GroupInfo>();
  GetGroupAsync(group, call_options, std::move(handler));
  return std::move(future);
}

void ParticipantsConnection::GetGroupAsync(std::string_view /*group*/,
                                           const CallOptions& /*call_options*/,
                                           CompletionHandler<GroupInfo> on_done) {
  Refuse(on_done);
}

Result<BatchResult> ParticipantsConnection::Verify(const BatchResult& /*batch*/,
                                                   const CallOptions& /*call_options*/) {
  return Unexpected(NotImplemented());
}

Result<std::vector<PendingRequest>> ParticipantsConnection::PendingRequests(
    std::string_view /*group*/, const CallOptions& /*call_options*/) {
  return Unexpected(NotImplemented());
}

std::future<Result<std::vector<PendingRequest>>> ParticipantsConnection::PendingRequestsAsync(
    std::string_view group, const CallOptions& call_options) {
  auto [future, handler] = PromiseHandler<std::vector<PendingRequest>>();
  PendingRequestsAsync(group, call_options, std::move(handler));
  return std::move(future);
}

void ParticipantsConnection::PendingRequestsAsync(
    std::string_view /*group*/, const CallOptions& /*call_options*/,
    CompletionHandler<std::vector<PendingRequest>> on_done) {
  Refuse(on_done);
}

// NOLINTEND(performance-unnecessary-value-param)

}  // namespace v1
}  // namespace wa
