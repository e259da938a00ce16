// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The retry loop on its own, over a fake clock and a sleeper that only
// advances it: what is re-sent, what is not, and how long it waits.

#include "client/retry_loop.hpp"

#include <chrono>
#include <memory>
#include <stdexcept>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fake_transport.hpp"

namespace wa::internal {
namespace {

using std::chrono::milliseconds;
using testing_util::FakeClock;

class RetryLoopTest : public ::testing::Test {
 protected:
  RetryLoopTest() {
    env_.now = [this] { return clock_.Now(); };
    env_.sleep = [this](milliseconds d, const CancellationToken&) { clock_.Sleep(d); };
    env_.schedule = [this](milliseconds d, Task task) {
      clock_.Sleep(d);
      task.run();
    };
    env_.backoff = [](const RetryPolicy&, int attempt) { return milliseconds(100 * attempt); };
    env_.limiter = std::make_shared<RateLimiter>(0, std::chrono::minutes(1));
    env_.max_permit_wait = std::chrono::minutes(2);
  }

  RetryState State(std::optional<Action> action, int max_attempts) {
    RetryState s(token_);
    s.action = action;
    s.max_attempts = max_attempts;
    s.timeout = milliseconds(1000);
    return s;
  }

  static Error Failure(ErrorCode code, bool sent, int status = 0) {
    Error e = MakeLocalError(code, "failed");
    e.request_sent = sent;
    e.http_status = status;
    return e;
  }

  FakeClock clock_;
  CancellationToken token_;
  RetryEnv env_;
};

TEST_F(RetryLoopTest, AReadIsRetriedAfterAFailureThatLeftWithBackoffFromTheEnv) {
  RetryState s = State(std::nullopt, 3);
  int calls = 0;
  auto r = RetryLoop<int>(s, env_, [&](const RequestContext&) -> Result<int> {
    if (++calls < 3) return Unexpected(Failure(ErrorCode::kUnavailable, true, 503));
    return 7;
  });
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, 7);
  EXPECT_EQ(calls, 3);
  EXPECT_EQ(clock_.sleeps(), (std::vector<milliseconds>{milliseconds(100), milliseconds(200)}));
}

TEST_F(RetryLoopTest, AnActionIsNeverSentAgainOnceItMayHaveLeft) {
  RetryState s = State(Action::kAdd, 5);
  int calls = 0;
  auto r = RetryLoop<int>(s, env_, [&](const RequestContext&) -> Result<int> {
    ++calls;
    return Unexpected(Failure(ErrorCode::kTimeout, true));
  });
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kTimeout);
  EXPECT_EQ(calls, 1);
  EXPECT_TRUE(clock_.sleeps().empty());
}

TEST_F(RetryLoopTest, AnActionThatNeverLeftIsSentAgainUpToMaxAttempts) {
  RetryState s = State(Action::kRemove, 3);
  int calls = 0;
  auto r = RetryLoop<int>(s, env_, [&](const RequestContext&) -> Result<int> {
    ++calls;
    return Unexpected(Failure(ErrorCode::kNetwork, false));
  });
  ASSERT_FALSE(r);
  EXPECT_EQ(calls, 3);
  EXPECT_FALSE(r.error().request_sent);
}

TEST_F(RetryLoopTest, ADeadlineThatHasPassedSendsNothing) {
  RetryState s = State(std::nullopt, 3);
  s.deadline = clock_.Now();
  int calls = 0;
  auto r = RetryLoop<int>(s, env_, [&](const RequestContext&) -> Result<int> { return ++calls; });
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kTimeout);
  EXPECT_EQ(calls, 0);
}

TEST_F(RetryLoopTest, TheAsyncTwinRetriesByTheSameRules) {
  auto c = std::make_shared<AsyncRetryCall<int>>(State(std::nullopt, 3));
  int calls = 0;
  std::optional<Result<int>> out;
  bool released = false;
  c->start = [&](const RequestContext&, std::function<void(Result<int>)> done) {
    if (++calls < 2) {
      done(Unexpected(Failure(ErrorCode::kUnavailable, true, 502)));
    } else {
      done(11);
    }
  };
  c->finish = [&](Result<int> r) { out = std::move(r); };
  c->release = [&] { released = true; };
  AsyncRetryLoop<int>::Run(std::move(c), env_);
  ASSERT_TRUE(out.has_value());
  ASSERT_TRUE(*out);
  EXPECT_EQ(**out, 11);
  EXPECT_EQ(calls, 2);
  EXPECT_TRUE(released);
  EXPECT_EQ(clock_.sleeps(), (std::vector<milliseconds>{milliseconds(100)}));

  auto action = std::make_shared<AsyncRetryCall<int>>(State(Action::kAdd, 3));
  calls = 0;
  action->start = [&](const RequestContext&, std::function<void(Result<int>)> done) {
    ++calls;
    done(Unexpected(Failure(ErrorCode::kTimeout, true)));
  };
  action->finish = [&](Result<int> r) { out = std::move(r); };
  AsyncRetryLoop<int>::Run(std::move(action), env_);
  ASSERT_FALSE(*out);
  EXPECT_EQ(calls, 1);
}

// A completion that throws (the event loop swallows the exception) still
// frees its slot: otherwise the client's teardown, which waits for every
// slot, would wait forever.
TEST_F(RetryLoopTest, AThrowingCompletionStillReleasesItsSlot) {
  auto c = std::make_shared<AsyncRetryCall<int>>(State(std::nullopt, 1));
  int released = 0;
  c->start = [](const RequestContext&, std::function<void(Result<int>)> done) { done(1); };
  c->finish = [](Result<int>) { throw std::runtime_error("a throwing completion"); };
  c->release = [&] { ++released; };
  EXPECT_THROW(AsyncRetryLoop<int>::Run(std::move(c), env_), std::runtime_error);
  EXPECT_EQ(released, 1);
}

}  // namespace
}  // namespace wa::internal
