// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_RETRY_LOOP_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_RETRY_LOOP_HPP_

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "client/rate_limiter.hpp"
#include "client/task.hpp"
#include "wa/participants/backend.hpp"
#include "wa/participants/options.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// The error of a cancelled call; when an attempt had been `sent`, it says
/// the action's outcome is unknown.
Error CancelledError(bool sent, std::optional<Action> action);

/// What the retry loop needs from its surroundings, injected so that tests
/// drive it with a fake clock and a sleeper that only advances that clock.
struct RetryEnv {
  using Clock = std::chrono::steady_clock;
  /// The monotonic clock of pacing, backoff and deadlines.
  std::function<Clock::time_point()> now;
  /// Waits (blocking loop only); ends early when the token fires.
  std::function<void(std::chrono::milliseconds, const CancellationToken&)> sleep;
  /// Runs a task after a delay without blocking (asynchronous loop only).
  std::function<void(std::chrono::milliseconds, Task)> schedule;
  /// The backoff before the attempt after `attempt` (with its jitter).
  std::function<std::chrono::milliseconds(const RetryPolicy&, int attempt)> backoff;
  /// Where the loop says why it waits; may be empty.
  std::function<void(LogRecord::Level, std::string)> log;
  /// The pacing shared by everyone on one token; never null.
  std::shared_ptr<RateLimiter> limiter;
  /// The longest one attempt waits for a permit (`RateLimit::max_wait`).
  std::chrono::milliseconds max_permit_wait{0};
};

/// The retry, deadline and cancellation state of one call.
struct RetryState {
  // The token is set at construction: a default-constructed one would
  // allocate a flag only to be replaced.
  explicit RetryState(const CancellationToken& token)
      : cancel(token), context{std::chrono::milliseconds(0), token, {}, {}, false, {}} {}
  /// Empty for reads: a read is idempotent, a participant action never is,
  /// so the action alone decides what may be sent again (`IsRetryable`).
  std::optional<Action> action;
  RetryPolicy policy;
  int max_attempts = 1;
  int attempt = 0;  // the attempt under way, from 1
  bool any_sent = false;
  // The answer (or failure) of the last attempt that may have left: when a
  // later attempt cannot start, this is what the call reports.
  std::optional<Error> last_sent_error;
  std::optional<std::chrono::steady_clock::time_point> deadline;
  CancellationToken cancel;
  std::chrono::milliseconds timeout{0};
  std::chrono::milliseconds waited{0};  // for permits, this attempt (async only)
  RequestContext context;
};

/// Counts the next attempt and sets its timeout; an error when the call is
/// cancelled or past its deadline.
Result<void> BeginAttempt(RetryState& s, const RetryEnv& env);
/// A permit now (0), the wait before asking again (> 0, logged), or an
/// error when the wait would pass `max_permit_wait` or the deadline, or the
/// call is cancelled. `waited` is how long this attempt has waited so far.
Result<std::chrono::milliseconds> TryPermit(const RetryState& s, const RetryEnv& env,
                                            std::chrono::milliseconds waited);
/// The error a call reports when the permit for an attempt was refused:
/// an earlier attempt's own failure if one was sent (a provider's 429 stays
/// a 429), else the refusal.
Error PermitRefused(RetryState& s, Error refusal);
/// After a failed attempt: the delay before the next one (logged), or
/// nullopt when the call must give up with `e`. Applies 429 back-pressure.
std::optional<std::chrono::milliseconds> RetryDelay(RetryState& s, const RetryEnv& env, Error& e);

/// Runs `attempt(const RequestContext&) -> Result<T>` under the retry
/// policy, the rate limiter, the deadline and cancellation, sleeping through
/// `env.sleep`. Blocks the calling thread.
template <class T, class AttemptFn>
Result<T> RetryLoop(RetryState& s, const RetryEnv& env, const AttemptFn& attempt) {
  for (;;) {
    if (auto ready = BeginAttempt(s, env); !ready) return Unexpected(std::move(ready).error());
    for (std::chrono::milliseconds waited(0);;) {
      auto wait = TryPermit(s, env, waited);
      if (!wait) return Unexpected(PermitRefused(s, std::move(wait).error()));
      if (*wait <= std::chrono::milliseconds(0)) break;
      env.sleep(*wait, s.cancel);
      waited += *wait;
    }
    Result<T> r = attempt(s.context);
    if (r) return r;
    auto delay = RetryDelay(s, env, r.error());
    if (!delay) return r;
    env.sleep(*delay, s.cancel);
  }
}

/// One asynchronous call for `AsyncRetryLoop`.
template <class T>
struct AsyncRetryCall {
  explicit AsyncRetryCall(RetryState s) : state(std::move(s)) {}
  RetryState state;
  /// Starts one attempt; must call `done` exactly once, on any thread.
  std::function<void(const RequestContext&, std::function<void(Result<T>)>)> start;
  /// Delivers the final result (called exactly once).
  std::function<void(Result<T>)> finish;
  /// Runs after `finish`, once the call's own captures are gone.
  std::function<void()> release;
};

/// The asynchronous twin of `RetryLoop`: a chain of callbacks (attempt,
/// permit waiting on `env.schedule`, start, result, retry or complete),
/// each on whichever thread finished the previous one, none blocking.
/// `env` must outlive the call.
template <class T>
class AsyncRetryLoop {
 public:
  using Call = std::shared_ptr<AsyncRetryCall<T>>;

  static void Run(Call c, const RetryEnv& env) {
    if (auto ready = BeginAttempt(c->state, env); !ready) {
      Complete(std::move(c), Unexpected(std::move(ready).error()));
      return;
    }
    c->state.waited = std::chrono::milliseconds(0);
    Permit(std::move(c), env);
  }

 private:
  static void Permit(Call c, const RetryEnv& env) {
    RetryState& s = c->state;
    auto wait = TryPermit(s, env, s.waited);
    if (!wait) {
      Complete(std::move(c), Unexpected(PermitRefused(s, std::move(wait).error())));
      return;
    }
    if (*wait > std::chrono::milliseconds(0)) {
      s.waited += *wait;
      env.schedule(*wait, {[c, &env] { Permit(c, env); }, [c] { Abandon(c); }});
      return;
    }
    auto self = c;
    c->start(s.context, [self, &env](Result<T> r) { OnResult(self, env, std::move(r)); });
  }

  static void OnResult(Call c, const RetryEnv& env, Result<T> r) {
    if (r) {
      Complete(std::move(c), std::move(r));
      return;
    }
    auto delay = RetryDelay(c->state, env, r.error());
    if (!delay) {
      Complete(std::move(c), std::move(r));
      return;
    }
    env.schedule(*delay, {[c, &env] { Run(c, env); }, [c] { Abandon(c); }});
  }

  // Its wait was dropped at shutdown.
  static void Abandon(Call c) {
    Error e = CancelledError(c->state.any_sent, c->state.action);
    Complete(std::move(c), Unexpected(std::move(e)));
  }

  static void Complete(Call c, Result<T> r) {
    // The slot is released even when `finish` throws (the event loop would
    // swallow the exception), or the client's teardown would wait forever.
    struct ReleaseAtExit {
      Call& call;
      std::function<void()> release;
      ~ReleaseAtExit() {
        call.reset();  // the call's captures die before the slot can be reused
        if (release) release();
      }
    } at_exit{c, std::move(c->release)};
    c->finish(std::move(r));
  }
};

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_CLIENT_RETRY_LOOP_HPP_
