// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/rate_limiter.hpp"

#include <algorithm>
#include <map>

namespace wa {
inline namespace v1 {
namespace internal {

RateLimiter::RateLimiter(int permits, std::chrono::milliseconds period)
    : capacity_(std::max(1.0, permits / 10.0)),
      tokens_(capacity_),
      per_ms_(permits > 0 && period.count() > 0
                  ? static_cast<double>(permits) / static_cast<double>(period.count())
                  : 0.0),
      last_(Clock::now()),
      blocked_until_(Clock::time_point::min()) {}

void RateLimiter::Refill(Clock::time_point now) {
  if (now <= last_) return;
  double elapsed = std::chrono::duration<double, std::milli>(now - last_).count();
  tokens_ = std::min(capacity_, tokens_ + elapsed * per_ms_);
  last_ = now;
}

std::chrono::milliseconds RateLimiter::Reserve(Clock::time_point now) {
  std::lock_guard<std::mutex> lock(mu_);
  if (now < blocked_until_) {
    return std::chrono::ceil<std::chrono::milliseconds>(blocked_until_ - now);
  }
  if (per_ms_ == 0.0) return std::chrono::milliseconds(0);
  Refill(now);
  if (tokens_ >= 1.0) {
    tokens_ -= 1.0;
    return std::chrono::milliseconds(0);
  }
  double missing_ms = (1.0 - tokens_) / per_ms_;
  return std::chrono::milliseconds(static_cast<std::int64_t>(missing_ms) + 1);
}

void RateLimiter::Observe(const RateLimitStatus& status,
                          std::chrono::system_clock::time_point wall_now, Clock::time_point now) {
  if (!status.remaining || *status.remaining > 0 || !status.reset) return;
  auto wait = *status.reset - wall_now;
  if (wait <= std::chrono::system_clock::duration::zero()) return;
  BlockFor(std::chrono::ceil<std::chrono::milliseconds>(
               std::min<std::chrono::system_clock::duration>(wait, kMaxProviderBlock)),
           now);
}

void RateLimiter::BlockFor(std::chrono::milliseconds wait, Clock::time_point now) {
  wait =
      std::clamp<std::chrono::milliseconds>(wait, std::chrono::milliseconds(0), kMaxProviderBlock);
  std::lock_guard<std::mutex> lock(mu_);
  blocked_until_ = std::max(blocked_until_, now + wait);
}

std::shared_ptr<RateLimiter> SharedRateLimiter(const std::string& quota_key, int permits,
                                               std::chrono::milliseconds period) {
  static std::mutex mu;
  // Never destroyed: a client may be destroyed during static destruction,
  // after a function-local map would already be gone.
  static auto* registry = new std::map<std::string, std::weak_ptr<RateLimiter>>();
  std::string key =
      quota_key + '|' + std::to_string(permits) + '/' + std::to_string(period.count());
  std::lock_guard<std::mutex> lock(mu);
  for (auto it = registry->begin(); it != registry->end();) {
    it = it->second.expired() ? registry->erase(it) : std::next(it);
  }
  auto& slot = (*registry)[key];
  auto limiter = slot.lock();
  if (!limiter) {
    limiter = std::make_shared<RateLimiter>(permits, period);
    slot = limiter;
  }
  return limiter;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
