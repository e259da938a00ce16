// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_BACKEND_HPP_
#define WA_PARTICIPANTS_BACKEND_HPP_

/// @file
/// The provider seam. `ParticipantsClient` validates, de-duplicates, paces
/// and retries; a `Backend` turns one typed call into one HTTP exchange with
/// one provider. Implement it to add a provider, or mock it in tests
/// (`wa::participants_mocks` ships `wa::mocks::MockBackend`).

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wa/participants/action.hpp"
#include "wa/participants/cancellation.hpp"
#include "wa/participants/capabilities.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/export.hpp"
#include "wa/participants/group.hpp"
#include "wa/participants/http.hpp"
#include "wa/participants/options.hpp"
#include "wa/participants/outcome.hpp"

namespace wa {
inline namespace v1 {

/// Per-attempt settings the client hands to a backend. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT RequestContext {
  /// The timeout for this one HTTP exchange.
  std::chrono::milliseconds timeout{std::chrono::seconds(30)};
  /// Aborts the exchange when cancelled.
  CancellationToken cancel;
  /// Called with the rate-limit headers of every response that had them.
  std::function<void(const RateLimitStatus&)> on_rate_limit;
  /// Receives redacted log records; may be null.
  std::function<void(const LogRecord&)> logger;
  /// For an add: invite participants whose privacy blocks the add (set only
  /// when the backend's `Capabilities().invite_if_restricted` is true).
  bool invite_if_restricted = false;
  /// Asks the client's rate limiter for one more request within this
  /// attempt, then calls `done`: with success when it may be sent, with an
  /// error (`kRateLimited`, also when the wait would pass the call's deadline,
  /// or `kCancelled`; nothing sent) when it
  /// must not be. The client took the permit of the attempt's first request
  /// before calling the backend; a backend that must send one request per
  /// participant asks here for each further one. `done` may run on another
  /// thread and must not block. Empty when no client paces the backend.
  std::function<void(std::function<void(Result<void>)> done)> next_permit;
};

/// One provider. Thread safety: implementations must allow concurrent calls.
class WA_PARTICIPANTS_EXPORT Backend {
 public:
  virtual ~Backend();

  /// A short stable name: `"ryze"`, `"zapi"`, ...
  virtual std::string_view provider() const noexcept = 0;

  /// The provider's form of a group identifier, or `kInvalidArgument`
  /// naming the identifier and saying why it was refused.
  virtual Result<std::string> NormalizeGroup(std::string_view group) const = 0;

  /// The provider's canonical form of a participant identifier (two
  /// spellings of one person must give the same string), or
  /// `kInvalidArgument` naming it and saying why. `ParticipantsClient` hands
  /// a phone number over as E.164 digits (`5511988887774`), already checked
  /// against its numbering plan; anything else (JIDs, LIDs) as the caller
  /// wrote it.
  virtual Result<std::string> NormalizeParticipant(std::string_view participant) const = 0;

  /// Performs `action` on already normalised, distinct `participants`.
  /// Returns one outcome per participant, in order, with `participant` set
  /// to the normalised identifier. Errors: any `ErrorCode`.
  virtual Result<BatchResult> Manage(Action action, const std::string& group,
                                     const std::vector<std::string>& participants,
                                     const RequestContext& context) = 0;

  /// Lists pending join requests of a normalised group. Errors: any
  /// `ErrorCode`; `kUnsupported` when the provider cannot list them.
  virtual Result<std::vector<PendingRequest>> PendingRequests(const std::string& group,
                                                              const RequestContext& context) = 0;

  /// Reads a normalised group's current members (to verify actions).
  /// Errors: any `ErrorCode`; the default implementation returns
  /// `kUnsupported`, so backends written before this existed keep working.
  virtual Result<GroupInfo> GetGroup(const std::string& group, const RequestContext& context);

  /// True when the `...Async` methods below return before their exchange
  /// completes (the HTTP backends over a transport whose `HasEventLoop()`
  /// is true). The client then keeps up to `ClientOptions::max_concurrency`
  /// calls in flight without a thread for each; otherwise it runs
  /// asynchronous calls on that many worker threads. The default is false.
  virtual bool HasEventLoop() const noexcept { return false; }
  /// `Manage` without waiting: `done` is called exactly once, possibly on
  /// another thread, and must not block. `group` and `participants` must
  /// stay valid, and the backend alive, until it is. The default calls
  /// `Manage`, then `done`, on the calling thread.
  virtual void ManageAsync(Action action, const std::string& group,
                           const std::vector<std::string>& participants,
                           const RequestContext& context,
                           std::function<void(Result<BatchResult>)> done);
  /// `PendingRequests` without waiting; as `ManageAsync`.
  virtual void PendingRequestsAsync(const std::string& group, const RequestContext& context,
                                    std::function<void(Result<std::vector<PendingRequest>>)> done);
  /// `GetGroup` without waiting; as `ManageAsync`.
  virtual void GetGroupAsync(const std::string& group, const RequestContext& context,
                             std::function<void(Result<GroupInfo>)> done);

  /// What this provider can do: which actions and reads it has, its
  /// largest batch, whether an action takes LIDs, its own timeouts and
  /// documented rate limit. The client refuses what it can't do before
  /// sending anything. The default is everything, with no limits. Must be
  /// cheap and always return the same value. Errors: none.
  virtual wa::Capabilities Capabilities() const;

  /// A string that is equal for two backends exactly when they spend the
  /// same provider quota (for example a hash of provider, host and token).
  /// Clients with equal keys share one rate limiter. Must not reveal the token.
  virtual std::string QuotaKey() const = 0;
};

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_BACKEND_HPP_
