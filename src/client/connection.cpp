// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/connection.hpp"

#include <utility>

#include "client/ready_future.hpp"

namespace wa {
inline namespace v1 {
namespace {

using internal::Ready;

Error NotImplemented() {
  return MakeLocalError(ErrorCode::kUnsupported,
                        "not implemented by this connection; nothing was sent");
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
    Action /*action*/, std::string_view /*group*/, std::vector<std::string> /*participants*/,
    const CallOptions& /*call_options*/) {
  return Ready(Result<BatchResult>(Unexpected(NotImplemented())));
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
    std::string_view /*group*/, const CallOptions& /*call_options*/) {
  return Ready(Result<GroupInfo>(Unexpected(NotImplemented())));
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
    std::string_view /*group*/, const CallOptions& /*call_options*/) {
  return Ready(Result<std::vector<PendingRequest>>(Unexpected(NotImplemented())));
}

// NOLINTEND(performance-unnecessary-value-param)

}  // namespace v1
}  // namespace wa
