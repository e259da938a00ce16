// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_CONNECTION_HPP_
#define WA_PARTICIPANTS_CONNECTION_HPP_

/// @file
/// `wa::ParticipantsConnection`, the layer a `ParticipantsClient` forwards
/// every call to. Applications use it to test their own code: build a
/// client over `wa::mocks::MockParticipantsConnection` (mocks.hpp) and set
/// expectations on whole calls, with no backend, rate limiter or retries in
/// between.

#include <future>
#include <string_view>
#include <vector>

#include "wa/participants/action.hpp"
#include "wa/participants/completion.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/export.hpp"
#include "wa/participants/group.hpp"
#include "wa/participants/options.hpp"
#include "wa/participants/outcome.hpp"

namespace wa {
inline namespace v1 {

/// The operations of a `ParticipantsClient`, one virtual method each, with
/// the same arguments, results and error codes as the client's method of
/// the same name (see client.hpp). The SDK's own connection validates
/// input, paces, retries and verifies; a test's mock answers directly.
///
/// Every method has a default that fails with `kUnsupported` ("not
/// implemented by this connection") and sends nothing, so a connection
/// written today keeps compiling when methods are added. The exceptions are
/// the future-returning `...Async` forms: by default they are built on the
/// completion-handler forms, so a connection that implements those has
/// both (the SDK's own connection does exactly that: one async path).
///
/// Thread safety: an implementation must allow every method to be called
/// from many threads at once (the SDK's does); `ParticipantsClient` copies
/// share one connection.
class WA_PARTICIPANTS_EXPORT ParticipantsConnection {
 public:
  virtual ~ParticipantsConnection();

  /// Succeeds when the connection is usable; otherwise the error every call
  /// returns (`kInvalidArgument` for bad options). Default: success.
  virtual Result<void> CheckOptions() const;

  /// Performs `action` on `participants` of `group` and waits for the
  /// answer. Errors: as `ParticipantsClient::Manage`.
  virtual Result<BatchResult> Manage(Action action, std::string_view group,
                                     std::vector<std::string> participants,
                                     const CallOptions& call_options);
  /// `Manage` without blocking; errors arrive through the future. Errors:
  /// as `ParticipantsClient::ManageAsync`. Default: the handler form below,
  /// with a promise as its handler.
  virtual std::future<Result<BatchResult>> ManageAsync(Action action, std::string_view group,
                                                       std::vector<std::string> participants,
                                                       const CallOptions& call_options);
  /// `Manage` without blocking; the result goes to `on_done` (see
  /// `CompletionHandler` for where it runs). Errors: as `Manage`, through
  /// the handler. Default: `on_done` gets `kUnsupported` at once.
  virtual void ManageAsync(Action action, std::string_view group,
                           std::vector<std::string> participants, const CallOptions& call_options,
                           CompletionHandler<BatchResult> on_done);
  /// `action` on a list of any length, in chunks. Errors: as
  /// `ParticipantsClient::ManageMany`.
  virtual Result<BatchResult> ManageMany(Action action, std::string_view group,
                                         std::vector<std::string> participants,
                                         const BulkOptions& bulk_options);
  /// Reads `group`'s members. Errors: as `ParticipantsClient::GetGroup`.
  virtual Result<GroupInfo> GetGroup(std::string_view group, const CallOptions& call_options);
  /// `GetGroup` without blocking. Errors: as `ParticipantsClient::GetGroupAsync`.
  /// Default: the handler form below, with a promise as its handler.
  virtual std::future<Result<GroupInfo>> GetGroupAsync(std::string_view group,
                                                       const CallOptions& call_options);
  /// `GetGroup` without blocking; the result goes to `on_done`. Errors: as
  /// `GetGroup`. Default: `on_done` gets `kUnsupported` at once.
  virtual void GetGroupAsync(std::string_view group, const CallOptions& call_options,
                             CompletionHandler<GroupInfo> on_done);
  /// Confirms `batch` against the group's state. Errors: as
  /// `ParticipantsClient::Verify`.
  virtual Result<BatchResult> Verify(const BatchResult& batch, const CallOptions& call_options);
  /// Lists the pending requests to join `group`. Errors: as
  /// `ParticipantsClient::PendingRequests`.
  virtual Result<std::vector<PendingRequest>> PendingRequests(std::string_view group,
                                                              const CallOptions& call_options);
  /// `PendingRequests` without blocking. Errors: as
  /// `ParticipantsClient::PendingRequestsAsync`. Default: the handler form
  /// below, with a promise as its handler.
  virtual std::future<Result<std::vector<PendingRequest>>> PendingRequestsAsync(
      std::string_view group, const CallOptions& call_options);
  /// `PendingRequests` without blocking; the result goes to `on_done`.
  /// Errors: as `PendingRequests`. Default: `on_done` gets `kUnsupported`
  /// at once.
  virtual void PendingRequestsAsync(std::string_view group, const CallOptions& call_options,
                                    CompletionHandler<std::vector<PendingRequest>> on_done);
};

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_CONNECTION_HPP_
