// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_CLIENT_HPP_
#define WA_PARTICIPANTS_CLIENT_HPP_

/// @file
/// `wa::ParticipantsClient`, the entry point of the SDK.

#include <cstddef>
#include <future>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wa/participants/action.hpp"
#include "wa/participants/backend.hpp"
#include "wa/participants/completion.hpp"
#include "wa/participants/connection.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/export.hpp"
#include "wa/participants/options.hpp"
#include "wa/participants/outcome.hpp"

namespace wa {
inline namespace v1 {

namespace internal {
class ClientImpl;
struct ClientFactory;
}  // namespace internal

struct RyzeOptions;
struct ZApiOptions;

/// Manages the participants of WhatsApp groups through one provider.
///
/// Every call validates and normalises its input first: a bad group or
/// participant fails with `kInvalidArgument` naming the item, and nothing is
/// sent. Spellings of one number are sent once. A call then waits for the
/// rate limiter, sends, and retries only where that cannot repeat an action
/// (see `RetryPolicy`).
///
/// Thread safety: cheap to copy; copies share one backend, connection pool
/// and rate limiter. Every method may be called from many threads at once.
/// When the last copy is destroyed, calls still in flight (including
/// futures from `ManageAsync`) complete promptly with `kCancelled`, and the
/// destructor waits for them. The last copy may also be destroyed inside
/// the SDK's own callbacks (the logger, on the event-loop, timer or worker
/// thread): that thread has a call to finish, so the teardown then goes on
/// in a short-lived thread of its own ("wa-teardown") instead of waiting.
class WA_PARTICIPANTS_EXPORT ParticipantsClient {
 public:
  /// `MakeClient(RyzeOptions, ClientOptions)` (see `wa/participants/ryze.hpp`).
  static ParticipantsClient Ryze(RyzeOptions options, ClientOptions client_options = {});
  /// `MakeClient(ZApiOptions, ClientOptions)` (see `wa/participants/zapi.hpp`).
  static ParticipantsClient ZApi(ZApiOptions options, ClientOptions client_options = {});
  /// A client over any backend (a custom provider, or a mock in tests).
  /// A null `backend` makes every call fail with `kInvalidArgument`.
  explicit ParticipantsClient(std::shared_ptr<Backend> backend, ClientOptions client_options = {});
  /// A client with neither backend nor connection: every call fails with
  /// `kInvalidArgument`, and `CheckOptions()` says why. (Spelled out so that
  /// `ParticipantsClient(nullptr)` stays unambiguous.) Thread safety: as any
  /// client.
  explicit ParticipantsClient(std::nullptr_t);
  /// A client that forwards every call to `connection`, unchanged: how an
  /// application's tests put a `wa::mocks::MockParticipantsConnection`
  /// behind the code they test. A null `connection` makes every call fail
  /// with `kInvalidArgument`. Thread safety: as the connection.
  explicit ParticipantsClient(std::shared_ptr<ParticipantsConnection> connection);

  /// Succeeds when the options given at construction are usable; otherwise
  /// the `kInvalidArgument` error every call would return.
  Result<void> CheckOptions() const;

  /// Performs `action` on `participants` of `group` and waits for the answer.
  /// Errors: `kInvalidArgument` (bad input, nothing sent), and whatever the
  /// provider or network produced: see `ErrorCode`. A successful result
  /// still needs checking per participant.
  Result<BatchResult> Manage(Action action, std::string_view group,
                             std::vector<std::string> participants,
                             CallOptions call_options = {}) const;
  /// `Manage(Action::kAdd, ...)`.
  Result<BatchResult> Add(std::string_view group, std::vector<std::string> participants,
                          CallOptions call_options = {}) const;
  /// `Manage(Action::kRemove, ...)`.
  Result<BatchResult> Remove(std::string_view group, std::vector<std::string> participants,
                             CallOptions call_options = {}) const;
  /// `Manage(Action::kPromote, ...)`.
  Result<BatchResult> Promote(std::string_view group, std::vector<std::string> participants,
                              CallOptions call_options = {}) const;
  /// `Manage(Action::kDemote, ...)`.
  Result<BatchResult> Demote(std::string_view group, std::vector<std::string> participants,
                             CallOptions call_options = {}) const;
  /// `Manage(Action::kApprove, ...)`.
  Result<BatchResult> Approve(std::string_view group, std::vector<std::string> participants,
                              CallOptions call_options = {}) const;
  /// `Manage(Action::kReject, ...)`.
  Result<BatchResult> Reject(std::string_view group, std::vector<std::string> participants,
                             CallOptions call_options = {}) const;

  /// `Manage` without blocking: at most `ClientOptions::max_concurrency` run
  /// at once per client, the rest queue. Over the default libcurl transport
  /// no thread is held per call: one event-loop thread (curl-multi) carries
  /// every request in flight, and permit and retry waits sit in a timer
  /// queue; with `verify`, the group read is chained the same way. Other
  /// transports run on up to `max_concurrency` worker threads. Input is
  /// validated on the calling thread; its errors, like any other, arrive
  /// through the future. If the client is destroyed first, the future
  /// completes with `kCancelled`. Thread safe.
  std::future<Result<BatchResult>> ManageAsync(Action action, std::string_view group,
                                               std::vector<std::string> participants,
                                               CallOptions call_options = {}) const;
  /// `ManageAsync` for event-loop programs: instead of a future, the result
  /// goes to `on_done`, once, on the SDK's thread (see `CompletionHandler`:
  /// it must not block). The future form above is built on this one, so both
  /// behave alike: same admission, pacing, retries, verification and
  /// cancellation (`CallOptions::cancel`). Errors: as `Manage`, through the
  /// handler. Thread safe.
  void ManageAsync(Action action, std::string_view group, std::vector<std::string> participants,
                   CallOptions call_options, CompletionHandler<BatchResult> on_done) const;
  /// `ManageAsync(action, group, participants, {}, on_done)`. Thread safe.
  template <class Handler, internal::IfHandler<Handler, BatchResult> = 0>
  void ManageAsync(Action action, std::string_view group, std::vector<std::string> participants,
                   Handler&& on_done) const {
    ManageAsync(action, group, std::move(participants), CallOptions{},
                CompletionHandler<BatchResult>(std::forward<Handler>(on_done)));
  }

  /// Performs `action` on a list of any length: validates all of it first
  /// (an invalid item fails the whole call with `kInvalidArgument`, nothing
  /// sent), then sends chunks of `BulkOptions::chunk_size`, up to
  /// `max_parallel_chunks` at once, inside the rate limiter, pausing with
  /// jitter between chunks. Returns one merged `BatchResult` in input order.
  /// A chunk that fails as a whole reports each of its participants as
  /// `ParticipantErrorCode::kUnknown` with the chunk's error in the message
  /// (saying whether it was sent); a cancelled job reports its unsent chunks
  /// the same way. Never drops a participant.
  Result<BatchResult> ManageMany(Action action, std::string_view group,
                                 std::vector<std::string> participants,
                                 BulkOptions bulk_options = {}) const;

  /// Reads `group`'s members as the provider reports them now. Errors: as
  /// `PendingRequests`; `kUnsupported` for a backend that cannot read groups.
  Result<GroupInfo> GetGroup(std::string_view group, CallOptions call_options = {}) const;

  /// Reads the group of `batch` and confirms each participant whose outcome
  /// was unconfirmed (Z-API's batch-level answers) or unknown: it becomes a
  /// confirmed success when the group is now as the action intended, and a
  /// precise `ParticipantError` ("verified against the group: still a
  /// member after remove", ...) when not. Specific failures are kept.
  /// Errors: those of `GetGroup`; the batch itself is not modified.
  Result<BatchResult> Verify(const BatchResult& batch, CallOptions call_options = {}) const;

  /// Lists the pending requests to join `group`. Errors: as `Manage`, plus
  /// `kUnsupported` on Z-API, which delivers join requests only by webhook.
  Result<std::vector<PendingRequest>> PendingRequests(std::string_view group,
                                                      CallOptions call_options = {}) const;

  /// `PendingRequests` without blocking, run as `ManageAsync` runs calls
  /// (and sharing its `max_concurrency`). Errors: as `PendingRequests`,
  /// through the future. Thread safe.
  std::future<Result<std::vector<PendingRequest>>> PendingRequestsAsync(
      std::string_view group, CallOptions call_options = {}) const;
  /// `PendingRequestsAsync` with a completion handler instead of a future
  /// (see the `ManageAsync` overload). Errors: as `PendingRequests`, through
  /// the handler. Thread safe.
  void PendingRequestsAsync(std::string_view group, CallOptions call_options,
                            CompletionHandler<std::vector<PendingRequest>> on_done) const;
  /// `PendingRequestsAsync(group, {}, on_done)`. Thread safe.
  template <class Handler, internal::IfHandler<Handler, std::vector<PendingRequest>> = 0>
  void PendingRequestsAsync(std::string_view group, Handler&& on_done) const {
    PendingRequestsAsync(
        group, CallOptions{},
        CompletionHandler<std::vector<PendingRequest>>(std::forward<Handler>(on_done)));
  }

  /// `GetGroup` without blocking, as `PendingRequestsAsync`. Errors: as
  /// `GetGroup`, through the future. Thread safe.
  std::future<Result<GroupInfo>> GetGroupAsync(std::string_view group,
                                               CallOptions call_options = {}) const;
  /// `GetGroupAsync` with a completion handler instead of a future (see the
  /// `ManageAsync` overload). Errors: as `GetGroup`, through the handler.
  /// Thread safe.
  void GetGroupAsync(std::string_view group, CallOptions call_options,
                     CompletionHandler<GroupInfo> on_done) const;
  /// `GetGroupAsync(group, {}, on_done)`. Thread safe.
  template <class Handler, internal::IfHandler<Handler, GroupInfo> = 0>
  void GetGroupAsync(std::string_view group, Handler&& on_done) const {
    GetGroupAsync(group, CallOptions{},
                  CompletionHandler<GroupInfo>(std::forward<Handler>(on_done)));
  }

 private:
  friend struct internal::ClientFactory;
  explicit ParticipantsClient(std::shared_ptr<internal::ClientImpl> impl);
  std::shared_ptr<ParticipantsConnection> impl_;
};

}  // namespace v1
}  // namespace wa

// The providers' settings, for code that reaches `ParticipantsClient::Ryze`
// and `::ZApi` through this header alone.
#include "wa/participants/ryze.hpp"  // IWYU pragma: export
#include "wa/participants/zapi.hpp"  // IWYU pragma: export

#endif  // WA_PARTICIPANTS_CLIENT_HPP_
