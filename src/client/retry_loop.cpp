// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/retry_loop.hpp"

#include <algorithm>

#include "client/retry.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

using std::chrono::milliseconds;

Error CancelledError(bool sent, std::optional<Action> action) {
  Error e = MakeLocalError(ErrorCode::kCancelled, "the call was cancelled");
  e.request_sent = sent;
  if (sent && action) {
    e.message += "; an attempt had been sent, so the outcome of the " +
                 std::string(ToString(*action)) + " is unknown: read the group's state";
  }
  return e;
}

Result<void> BeginAttempt(RetryState& s, const RetryEnv& env) {
  ++s.attempt;
  if (s.cancel.IsCancelled()) return Unexpected(CancelledError(s.any_sent, s.action));
  milliseconds attempt_timeout = s.timeout;
  if (s.deadline) {
    auto left = std::chrono::duration_cast<milliseconds>(*s.deadline - env.now());
    if (left <= milliseconds(0)) {
      Error e = MakeLocalError(ErrorCode::kTimeout, "the call's deadline passed before attempt " +
                                                        std::to_string(s.attempt) + " was sent");
      e.request_sent = s.any_sent;
      return Unexpected(std::move(e));
    }
    attempt_timeout = std::min(attempt_timeout, left);
  }
  s.context.timeout = attempt_timeout;
  return {};
}

Result<milliseconds> TryPermit(const RetryState& s, const RetryEnv& env, milliseconds waited) {
  if (s.cancel.IsCancelled()) return Unexpected(CancelledError(false, std::nullopt));
  milliseconds wait = env.limiter->Reserve(env.now());
  if (wait <= milliseconds(0)) return milliseconds(0);
  bool past_deadline = s.deadline && env.now() + wait > *s.deadline;
  if (waited + wait > env.max_permit_wait || past_deadline) {
    Error e = MakeLocalError(
        ErrorCode::kRateLimited,
        "the rate limit allows no request within " +
            std::string(past_deadline ? "the call's deadline" : "RateLimit.max_wait") +
            " (next permit in " + std::to_string(wait.count()) + " ms); nothing was sent");
    e.retry_after = wait;
    return Unexpected(std::move(e));
  }
  if (env.log) {
    env.log(LogRecord::Level::kInfo,
            "rate limit: waiting " + std::to_string(wait.count()) + " ms before sending");
  }
  return wait;
}

Error PermitRefused(RetryState& s, Error refusal) {
  if (s.last_sent_error) return std::move(*s.last_sent_error);
  refusal.request_sent = s.any_sent;
  return refusal;
}

std::optional<milliseconds> RetryDelay(RetryState& s, const RetryEnv& env, Error& e) {
  s.any_sent = s.any_sent || e.request_sent;
  if (e.request_sent) s.last_sent_error = e;
  if (e.code == ErrorCode::kRateLimited && e.http_status == 429) {
    // Everyone sharing this token backs off, not just this call.
    const milliseconds wait =
        std::min<milliseconds>(e.retry_after.value_or(s.policy.initial_backoff), kMaxProviderBlock);
    env.limiter->BlockFor(wait, env.now());
    // A wait this call may not sit out ends it now, with the provider's
    // own 429 rather than the limiter's refusal that would follow.
    if (wait > env.max_permit_wait || (s.deadline && env.now() + wait >= *s.deadline)) {
      return std::nullopt;
    }
  }
  if (s.attempt >= s.max_attempts || !IsRetryable(e, !s.action.has_value())) return std::nullopt;
  milliseconds delay = env.backoff(s.policy, s.attempt);
  if (e.code == ErrorCode::kRateLimited) {
    // The limiter now holds everyone until the reset; the permit wait covers it.
    delay = milliseconds(0);
  }
  if (s.deadline && env.now() + delay >= *s.deadline) return std::nullopt;
  if (env.log) {
    std::string line = "attempt " + std::to_string(s.attempt);
    line += " of " + std::to_string(s.max_attempts) + " failed (";
    line += ToString(e.code);
    line += "); retrying in " + std::to_string(delay.count()) + " ms";
    env.log(LogRecord::Level::kInfo, std::move(line));
  }
  return delay;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
