// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The client's retries, timeouts, rate limits, cancellation and pacing.
#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "client_test_fixture.hpp"
#include "wa/participants/client.hpp"

namespace wa {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::ClientTest;
using testing_util::Echo;
using testing_util::FakeClock;
using testing_util::FakeTransport;
using testing_util::kGroup;
using testing_util::kToken;

TEST_F(ClientTest, PerActionTimeoutsAndOverrides) {
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto client = Ryze();
  ASSERT_TRUE(client.Add(kGroup, {"5511999999999"}));
  ASSERT_TRUE(client.Approve(kGroup, {"5511999999999"}));
  CallOptions call;
  call.timeout = milliseconds(1234);
  ASSERT_TRUE(client.Remove(kGroup, {"5511999999999"}, call));
  auto reqs = transport_->requests();
  ASSERT_EQ(reqs.size(), 3u);
  EXPECT_EQ(reqs[0].timeout, std::chrono::seconds(75));
  EXPECT_EQ(reqs[1].timeout, std::chrono::seconds(105));
  EXPECT_EQ(reqs[2].timeout, milliseconds(1234));

  options_.timeout = std::chrono::seconds(5);
  ASSERT_TRUE(Ryze().Add(kGroup, {"5511999999999"}));
  EXPECT_EQ(transport_->requests().back().timeout, std::chrono::seconds(5));
}

TEST_F(ClientTest, RetriesAnActionThatNeverLeft) {
  transport_->Push(Unexpected(MakeLocalError(ErrorCode::kNetwork, "connection refused")));
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto r = Ryze().Add(kGroup, {"5511999999999"});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(transport_->count(), 2u);
  EXPECT_EQ(clock_.sleeps().size(), 1u);
}

TEST_F(ClientTest, NeverResendsAnActionAfterAPostSendFailure) {
  Error timeout;
  timeout.code = ErrorCode::kTimeout;
  timeout.message = "POST https://ryze.test/...: Timeout was reached";
  timeout.request_sent = true;
  Error dropped;
  dropped.code = ErrorCode::kNetwork;
  dropped.message = "Empty reply from server";
  dropped.request_sent = true;
  const Result<HttpResponse> faults[] = {
      Unexpected(timeout),
      Unexpected(dropped),
      FakeTransport::Json(503, R"({"success":false,"error":{"message":"down"}})"),
      FakeTransport::Json(500, "oops"),
      FakeTransport::Json(200, "{\"success\": tru"),
  };
  for (const auto& fault : faults) {
    auto transport = std::make_shared<FakeTransport>();
    transport->Push(fault);
    transport->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
    options_.transport = transport;
    auto r = Ryze().Add(kGroup, {"5511999999999"});
    ASSERT_FALSE(r);
    EXPECT_EQ(transport->count(), 1u) << r.error().message;
    EXPECT_TRUE(r.error().request_sent);
    EXPECT_TRUE(r.error().outcome_unknown()) << r.error().message;
    EXPECT_THAT(r.error().message, HasSubstr("outcome is unknown"));
  }
}

TEST_F(ClientTest, WaitsOutA429ThenRetries) {
  auto reset = std::chrono::duration_cast<std::chrono::seconds>(
                   (std::chrono::system_clock::now() + std::chrono::seconds(3)).time_since_epoch())
                   .count();
  transport_->Push(FakeTransport::Json(
      429, R"({"success":false,"error":{"message":"Rate limit exceeded. Try again later."}})",
      {{"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", std::to_string(reset)}}));
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto r = Ryze().Add(kGroup, {"5511999999999"});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(transport_->count(), 2u);
  milliseconds slept(0);
  for (auto d : clock_.sleeps()) slept += d;
  EXPECT_GE(slept, milliseconds(1500));
  EXPECT_LE(slept, milliseconds(3100));
}

TEST_F(ClientTest, GivesUpOn429WhenTheResetIsBeyondMaxWait) {
  options_.rate_limit = RateLimit{};
  options_.rate_limit->max_wait = milliseconds(500);
  ryze_.token = "another-token-for-this-test";
  auto reset = std::chrono::duration_cast<std::chrono::seconds>(
                   (std::chrono::system_clock::now() + std::chrono::seconds(30)).time_since_epoch())
                   .count();
  transport_->SetFallback([reset](const HttpRequest&) {
    return FakeTransport::Json(
        429, R"({"success":false,"error":{"message":"Rate limit exceeded. Try again later."}})",
        {{"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", std::to_string(reset)}});
  });
  auto r = Ryze().Add(kGroup, {"5511999999999"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kRateLimited);
  EXPECT_EQ(transport_->count(), 1u);
}

// The provider's own 429 is what the caller gets, not "nothing was sent".
TEST_F(ClientTest, A429BeyondTheWaitBudgetIsReportedAsTheProviderSentIt) {
  ryze_.token = "token-for-the-429-report-test";
  for (const char* header : {"retry-after", "x-ratelimit-reset"}) {
    auto transport = std::make_shared<FakeTransport>();
    transport->SetFallback([header](const HttpRequest&) {
      return FakeTransport::Json(
          429, R"({"success":false,"error":{"message":"Rate limit exceeded. Try again later."}})",
          {{"x-ratelimit-remaining", "0"}, {header, "99999999999"}});
    });
    options_.transport = transport;
    auto r = Ryze().Add(kGroup, {"5511999999999"});
    ASSERT_FALSE(r);
    EXPECT_EQ(transport->count(), 1u) << header;
    EXPECT_EQ(r.error().code, ErrorCode::kRateLimited);
    EXPECT_EQ(r.error().http_status, 429) << r.error().message;
    EXPECT_TRUE(r.error().request_sent);
    EXPECT_EQ(r.error().provider_message, "Rate limit exceeded. Try again later.");
    ASSERT_TRUE(r.error().retry_after);
    EXPECT_GT(*r.error().retry_after, std::chrono::hours(24));
    EXPECT_THAT(r.error().message, Not(HasSubstr("nothing was sent")));
  }
}

TEST_F(ClientTest, AnOverflowingRetryAfterNeverBecomesAnImmediateRetry) {
  // 2^63-1 seconds used to wrap to a negative wait: three POSTs in 30 ms.
  ryze_.token = "token-for-the-overflow-test";
  transport_->Push(FakeTransport::Json(429, R"({"success":false,"error":{"message":"slow"}})",
                                       {{"retry-after", "9223372036854775807"}}));
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto r = Ryze().Add(kGroup, {"5511999999999"});
  ASSERT_FALSE(r);
  EXPECT_EQ(transport_->count(), 1u);
  EXPECT_EQ(r.error().http_status, 429);
  EXPECT_TRUE(clock_.sleeps().empty());
}

TEST_F(ClientTest, ReadsAreRetriedOnTransientServerErrors) {
  transport_->Push(FakeTransport::Json(503, R"({"success":false,"error":{"message":"busy"}})"));
  transport_->Push(FakeTransport::Json(502, "bad gateway"));
  transport_->Push(FakeTransport::Json(200, R"({"success":true,"requests":[{"jid":"1@lid"}]})"));
  auto r = Ryze().PendingRequests(kGroup);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->size(), 1u);
  EXPECT_EQ(transport_->count(), 3u);
  EXPECT_EQ(transport_->requests()[0].method, HttpMethod::kGet);
}

TEST_F(ClientTest, MaxAttemptsBoundsRetries) {
  options_.retry.max_attempts = 2;
  transport_->SetFallback(
      [](const HttpRequest&) { return FakeTransport::Json(503, "{\"success\":false}"); });
  auto r = Ryze().PendingRequests(kGroup);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(transport_->count(), 2u);
}

TEST_F(ClientTest, CancelledAndExpiredCallsSendNothing) {
  CallOptions cancelled;
  cancelled.cancel = CancellationToken();
  cancelled.cancel->Cancel();
  auto r = Ryze().Add(kGroup, {"5511999999999"}, cancelled);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kCancelled);
  EXPECT_FALSE(r.error().request_sent);

  CallOptions expired;
  expired.deadline = clock_.Now() - milliseconds(1);
  auto t = Ryze().Add(kGroup, {"5511999999999"}, expired);
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().code, ErrorCode::kTimeout);
  EXPECT_FALSE(t.error().request_sent);
  EXPECT_EQ(transport_->count(), 0u);
}

TEST_F(ClientTest, ClientSidePacingSpacesRequests) {
  options_.rate_limit = RateLimit{};
  options_.rate_limit->requests = 60;  // burst 6, then one per second
  ryze_.token = "pacing-test-token";
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto client = Ryze();
  for (int i = 0; i < 8; ++i) ASSERT_TRUE(client.Add(kGroup, {"5511999999999"}));
  milliseconds slept(0);
  for (auto d : clock_.sleeps()) slept += d;
  EXPECT_GE(slept, milliseconds(1900));  // two paced sends after the burst of six
  EXPECT_LE(slept, milliseconds(2100));
}

}  // namespace
}  // namespace wa
