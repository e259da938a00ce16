// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/retry.hpp"

#include <algorithm>
#include <cmath>

namespace wa {
inline namespace v1 {
namespace internal {

bool IsRetryable(const Error& error, bool idempotent) noexcept {
  switch (error.code) {
    case ErrorCode::kNetwork:
    case ErrorCode::kTimeout:
    case ErrorCode::kUnavailable:
      if (!error.request_sent) return true;
      if (!idempotent) return false;
      if (error.code == ErrorCode::kUnavailable) {
        return error.http_status == 502 || error.http_status == 503 || error.http_status == 504;
      }
      return true;
    case ErrorCode::kRateLimited:
      // Only the provider's own 429; our limiter's refusal (status 0) is final.
      return error.http_status == 429;
    default:
      return false;
  }
}

std::chrono::milliseconds Backoff(const RetryPolicy& policy, int attempt, std::mt19937_64& rng) {
  double base = static_cast<double>(std::max<std::int64_t>(0, policy.initial_backoff.count()));
  double cap = static_cast<double>(std::max<std::int64_t>(0, policy.max_backoff.count()));
  double growth = std::pow(std::max(1.0, policy.multiplier), std::max(0, attempt - 1));
  double ceiling = std::min(cap, base * growth);
  std::uniform_real_distribution<double> dist(0.0, ceiling);
  return std::chrono::milliseconds(static_cast<std::int64_t>(dist(rng)));
}

std::chrono::milliseconds DefaultTimeout(std::optional<Action> action) noexcept {
  using std::chrono::seconds;
  if (!action) return seconds(30);
  return IsJoinRequestAction(*action) ? seconds(105) : seconds(75);
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
