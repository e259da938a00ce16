// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_RATE_LIMITER_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_RATE_LIMITER_HPP_

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "wa/participants/backend.hpp"
#include "wa/participants/error.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// The longest the provider's word blocks a limiter. A 429 or an exhausted
/// `X-RateLimit-Remaining` may announce any wait (a bug or a hostile server
/// can say 11 days); past this cap the next call is sent and the provider
/// says again. Real windows are a minute (RyzeAPI).
inline constexpr std::chrono::minutes kMaxProviderBlock{15};

/// A token bucket of `permits` per `period` (burst: a tenth of that), which
/// also obeys the provider: an `X-RateLimit-Remaining: 0` or a 429 blocks
/// every caller until the announced reset (at most `kMaxProviderBlock`).
/// Thread safe.
class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  /// `permits == 0` means no client-side pacing; the provider's signals are
  /// still obeyed.
  RateLimiter(int permits, std::chrono::milliseconds period);

  /// How long the caller must wait before it may send, reserving a permit
  /// if it may send now (zero wait). Callers sleep for the answer and ask again.
  std::chrono::milliseconds Reserve(Clock::time_point now);

  /// Records what a response said (remaining, reset); blocks at most
  /// `kMaxProviderBlock`.
  void Observe(const RateLimitStatus& status, std::chrono::system_clock::time_point wall_now,
               Clock::time_point now);
  /// Blocks everyone for `wait` (after a 429), at most `kMaxProviderBlock`.
  void BlockFor(std::chrono::milliseconds wait, Clock::time_point now);

 private:
  void Refill(Clock::time_point now);

  std::mutex mu_;
  double capacity_;
  double tokens_;
  double per_ms_;  // refill rate; 0 = unlimited
  Clock::time_point last_;
  Clock::time_point blocked_until_;
};

/// The limiter shared by every client of the process with the same quota
/// key and settings. Entries die with their last client.
std::shared_ptr<RateLimiter> SharedRateLimiter(const std::string& quota_key, int permits,
                                               std::chrono::milliseconds period);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_CLIENT_RATE_LIMITER_HPP_
