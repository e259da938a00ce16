// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/rate_limiter.hpp"

#include <gtest/gtest.h>

namespace wa::internal {
namespace {

using std::chrono::milliseconds;
using Clock = RateLimiter::Clock;

TEST(RateLimiter, BurstThenPacedAtTheConfiguredRate) {
  RateLimiter limiter(100, std::chrono::minutes(1));  // burst 10, then one per 600 ms
  auto t0 = Clock::now() + std::chrono::hours(1);
  int immediate = 0;
  while (limiter.Reserve(t0) == milliseconds(0)) ++immediate;
  EXPECT_EQ(immediate, 10);
  milliseconds wait = limiter.Reserve(t0);
  EXPECT_GT(wait, milliseconds(500));
  EXPECT_LE(wait, milliseconds(601));
  EXPECT_EQ(limiter.Reserve(t0 + milliseconds(601)), milliseconds(0));
  EXPECT_GT(limiter.Reserve(t0 + milliseconds(601)), milliseconds(0));
}

TEST(RateLimiter, ZeroPermitsMeansNoPacing) {
  RateLimiter limiter(0, std::chrono::minutes(1));
  auto now = Clock::now();
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(limiter.Reserve(now), milliseconds(0));
}

TEST(RateLimiter, RemainingZeroBlocksUntilReset) {
  RateLimiter limiter(0, std::chrono::minutes(1));
  auto wall = std::chrono::system_clock::now();
  auto now = Clock::now();
  RateLimitStatus s;
  s.remaining = 0;
  s.reset = wall + std::chrono::seconds(2);
  limiter.Observe(s, wall, now);
  milliseconds wait = limiter.Reserve(now);
  EXPECT_GE(wait, milliseconds(1999));
  EXPECT_LE(wait, milliseconds(2000));
  EXPECT_EQ(limiter.Reserve(now + milliseconds(2000)), milliseconds(0));
}

TEST(RateLimiter, RemainingAboveZeroDoesNotBlock) {
  RateLimiter limiter(0, std::chrono::minutes(1));
  auto wall = std::chrono::system_clock::now();
  RateLimitStatus s;
  s.remaining = 3;
  s.reset = wall + std::chrono::seconds(30);
  limiter.Observe(s, wall, Clock::now());
  EXPECT_EQ(limiter.Reserve(Clock::now()), milliseconds(0));
}

TEST(RateLimiter, BlockForAfter429) {
  RateLimiter limiter(0, std::chrono::minutes(1));
  auto now = Clock::now();
  limiter.BlockFor(milliseconds(1500), now);
  EXPECT_EQ(limiter.Reserve(now), milliseconds(1500));
  EXPECT_EQ(limiter.Reserve(now + milliseconds(1500)), milliseconds(0));
}

TEST(RateLimiter, TheProvidersWordBlocksAtMostTheCap) {
  RateLimiter limiter(0, std::chrono::minutes(1));
  auto now = Clock::now();
  limiter.BlockFor(std::chrono::hours(24 * 12), now);  // "Retry-After: 999999"
  EXPECT_EQ(limiter.Reserve(now), milliseconds(kMaxProviderBlock));
  EXPECT_EQ(limiter.Reserve(now + kMaxProviderBlock), milliseconds(0));
  limiter.BlockFor(milliseconds(-1000), now);  // never a block into the past, never a crash
  auto wall = std::chrono::system_clock::now();
  RateLimitStatus s;
  s.remaining = 0;
  s.reset = wall + std::chrono::hours(24 * 365);
  RateLimiter observed(0, std::chrono::minutes(1));
  observed.Observe(s, wall, now);
  EXPECT_EQ(observed.Reserve(now), milliseconds(kMaxProviderBlock));
}

TEST(SharedRateLimiter, SameQuotaSharesOneBucket) {
  auto a = SharedRateLimiter("ryze|host|123", 100, std::chrono::minutes(1));
  auto b = SharedRateLimiter("ryze|host|123", 100, std::chrono::minutes(1));
  auto c = SharedRateLimiter("ryze|host|456", 100, std::chrono::minutes(1));
  EXPECT_EQ(a.get(), b.get());
  EXPECT_NE(a.get(), c.get());
}

}  // namespace
}  // namespace wa::internal
