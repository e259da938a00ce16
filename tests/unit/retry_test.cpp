// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/retry.hpp"

#include <gtest/gtest.h>

namespace wa::internal {
namespace {

Error Make(ErrorCode code, int status, bool sent) {
  Error e;
  e.code = code;
  e.http_status = status;
  e.request_sent = sent;
  return e;
}

TEST(IsRetryable, ParticipantActionsOnlyWhenNotSentOr429) {
  // Never re-send an action that may have been applied.
  EXPECT_FALSE(IsRetryable(Make(ErrorCode::kTimeout, 0, true), false));
  EXPECT_FALSE(IsRetryable(Make(ErrorCode::kNetwork, 0, true), false));
  EXPECT_FALSE(IsRetryable(Make(ErrorCode::kUnavailable, 503, true), false));
  EXPECT_FALSE(IsRetryable(Make(ErrorCode::kUnavailable, 502, true), false));
  EXPECT_FALSE(IsRetryable(Make(ErrorCode::kProtocol, 200, true), false));
  // Provably never left, or refused before acting.
  EXPECT_TRUE(IsRetryable(Make(ErrorCode::kNetwork, 0, false), false));
  EXPECT_TRUE(IsRetryable(Make(ErrorCode::kTimeout, 0, false), false));
  EXPECT_TRUE(IsRetryable(Make(ErrorCode::kRateLimited, 429, true), false));
}

TEST(IsRetryable, ReadsOnTransientFailures) {
  EXPECT_TRUE(IsRetryable(Make(ErrorCode::kNetwork, 0, true), true));
  EXPECT_TRUE(IsRetryable(Make(ErrorCode::kTimeout, 0, true), true));
  EXPECT_TRUE(IsRetryable(Make(ErrorCode::kUnavailable, 502, true), true));
  EXPECT_TRUE(IsRetryable(Make(ErrorCode::kUnavailable, 503, true), true));
  EXPECT_TRUE(IsRetryable(Make(ErrorCode::kUnavailable, 504, true), true));
  EXPECT_TRUE(IsRetryable(Make(ErrorCode::kRateLimited, 429, true), true));
  EXPECT_FALSE(IsRetryable(Make(ErrorCode::kUnavailable, 500, true), true));
}

TEST(IsRetryable, NeverForPermanentOrLocalRefusals) {
  for (bool idempotent : {true, false}) {
    EXPECT_FALSE(IsRetryable(Make(ErrorCode::kInvalidArgument, 400, true), idempotent));
    EXPECT_FALSE(IsRetryable(Make(ErrorCode::kInvalidArgument, 0, false), idempotent));
    EXPECT_FALSE(IsRetryable(Make(ErrorCode::kUnauthenticated, 401, true), idempotent));
    EXPECT_FALSE(IsRetryable(Make(ErrorCode::kPermissionDenied, 403, true), idempotent));
    EXPECT_FALSE(IsRetryable(Make(ErrorCode::kNotFound, 404, true), idempotent));
    EXPECT_FALSE(IsRetryable(Make(ErrorCode::kCancelled, 0, false), idempotent));
    // Our own limiter's refusal (no HTTP status) is final.
    EXPECT_FALSE(IsRetryable(Make(ErrorCode::kRateLimited, 0, false), idempotent));
  }
}

TEST(Backoff, FullJitterWithinGrowingCappedCeiling) {
  RetryPolicy p;
  p.initial_backoff = std::chrono::milliseconds(100);
  p.multiplier = 2.0;
  p.max_backoff = std::chrono::milliseconds(350);
  std::mt19937_64 rng(42);
  std::chrono::milliseconds max_seen[4] = {};
  for (int i = 0; i < 2000; ++i) {
    for (int attempt = 1; attempt <= 4; ++attempt) {
      auto d = Backoff(p, attempt, rng);
      ASSERT_GE(d.count(), 0);
      max_seen[attempt - 1] = std::max(max_seen[attempt - 1], d);
    }
  }
  EXPECT_LE(max_seen[0].count(), 100);
  EXPECT_GT(max_seen[0].count(), 80);  // jitter spans the range
  EXPECT_LE(max_seen[1].count(), 200);
  EXPECT_GT(max_seen[1].count(), 150);
  EXPECT_LE(max_seen[2].count(), 350);  // capped (400 > 350)
  EXPECT_LE(max_seen[3].count(), 350);
}

TEST(DefaultTimeout, LongerThanTheProvidersOwn) {
  EXPECT_GT(DefaultTimeout(Action::kAdd), std::chrono::seconds(60));
  EXPECT_GT(DefaultTimeout(Action::kDemote), std::chrono::seconds(60));
  EXPECT_GT(DefaultTimeout(Action::kApprove), std::chrono::seconds(90));
  EXPECT_GT(DefaultTimeout(Action::kReject), std::chrono::seconds(90));
  EXPECT_EQ(DefaultTimeout(std::nullopt), std::chrono::seconds(30));
}

}  // namespace
}  // namespace wa::internal
