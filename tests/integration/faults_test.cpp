// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Fault injection through the real transport against the simulator. For
// each fault: the error code, request_sent, and exactly how many requests
// the server logged. A participant action is sent at most once after any
// failure that happened once it may have reached the provider.

#include <atomic>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mock_fixture.hpp"
#include "providers/ryze/ryze_codec.hpp"

namespace wa {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using testing_util::kCustomers;
using testing_util::MockFixture;

struct PostSendFault {
  const char* name;
  mock::Fault fault;
  ErrorCode code;
};

mock::Fault F(mock::Fault::Kind kind, int status = 503, milliseconds delay = milliseconds(0),
              std::size_t bytes = 0) {
  mock::Fault f;
  f.kind = kind;
  f.status = status;
  f.delay = delay;
  if (bytes) f.bytes = bytes;
  return f;
}

void PrintTo(const PostSendFault& f, std::ostream* os) { *os << f.name; }

class AtMostOnce : public MockFixture, public ::testing::WithParamInterface<PostSendFault> {};

TEST_P(AtMostOnce, ActionIsNeverResentAfterAPostSendFailure) {
  ClientOptions options = Options();
  options.retry.max_attempts = 5;
  options.retry.initial_backoff = milliseconds(1);
  options.curl.max_response_bytes = 1u << 20;
  CallOptions call;
  call.timeout = milliseconds(500);
  mock_->InjectFault(GetParam().fault);
  auto r = Ryze("ryze-demo-token", options).Add(kCustomers, {"5511988887777"}, call);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, GetParam().code) << r.error().message;
  EXPECT_TRUE(r.error().request_sent);
  EXPECT_TRUE(r.error().outcome_unknown());
  EXPECT_THAT(r.error().message, HasSubstr("outcome is unknown"));
  AwaitRequests(1);
  std::this_thread::sleep_for(milliseconds(300));  // room for a wrong retry to show up
  EXPECT_EQ(mock_->CountRequests(), 1u);
}

INSTANTIATE_TEST_SUITE_P(
    EveryFault, AtMostOnce,
    ::testing::Values(
        PostSendFault{"drop", F(mock::Fault::Kind::kDrop), ErrorCode::kNetwork},
        PostSendFault{"slow_body", F(mock::Fault::Kind::kSlowBody, 0, milliseconds(100)),
                      ErrorCode::kTimeout},
        PostSendFault{"latency", F(mock::Fault::Kind::kLatency, 0, milliseconds(1500)),
                      ErrorCode::kTimeout},
        PostSendFault{"malformed", F(mock::Fault::Kind::kMalformedJson), ErrorCode::kProtocol},
        PostSendFault{"truncated", F(mock::Fault::Kind::kTruncatedJson), ErrorCode::kProtocol},
        PostSendFault{"oversized",
                      F(mock::Fault::Kind::kOversizedBody, 0, milliseconds(0), 4u << 20),
                      ErrorCode::kProtocol},
        PostSendFault{"status_500", F(mock::Fault::Kind::kStatus, 500), ErrorCode::kUnavailable},
        PostSendFault{"status_502", F(mock::Fault::Kind::kStatus, 502), ErrorCode::kUnavailable},
        PostSendFault{"status_503", F(mock::Fault::Kind::kStatus, 503), ErrorCode::kUnavailable},
        PostSendFault{"status_504", F(mock::Fault::Kind::kStatus, 504), ErrorCode::kUnavailable}),
    [](const auto& p) { return std::string(p.param.name); });

class Faults : public MockFixture {};

TEST_F(Faults, ReadRidesOutA5xxBurst) {
  auto burst = F(mock::Fault::Kind::kStatus, 503);
  burst.count = 3;
  mock_->InjectFault(burst);
  ClientOptions options = Options();
  options.retry.max_attempts = 5;
  options.retry.initial_backoff = milliseconds(1);
  auto r = Ryze("ryze-demo-token", options).PendingRequests(kCustomers);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(mock_->CountRequests(), 4u);  // three 503s, then the answer
}

TEST_F(Faults, ReadGivesUpAfterMaxAttempts) {
  auto burst = F(mock::Fault::Kind::kStatus, 503);
  burst.count = 10;
  mock_->InjectFault(burst);
  ClientOptions options = Options();
  options.retry.max_attempts = 3;
  options.retry.initial_backoff = milliseconds(1);
  auto r = Ryze("ryze-demo-token", options).PendingRequests(kCustomers);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(mock_->CountRequests(), 3u);
}

TEST_F(Faults, ActionWaitsOutA429WithResetOneSecondOutThenSucceeds) {
  mock::MockOptions o = Unlimited();
  o.rate_limit = 1;
  o.rate_window = std::chrono::seconds(1);
  StartMock(o);
  // Another program spends the window (our client's limiter does not see it).
  auto transport = MakeCurlTransport();
  ASSERT_TRUE(transport->Send(internal::ryze::BuildPendingRequestsRequest(
      {mock_->base_url(), "demo", "ryze-demo-token"}, kCustomers, std::chrono::seconds(5))));
  std::vector<std::string> log;
  ClientOptions options = Options();
  options.logger = [&log](const LogRecord& r) { log.push_back(r.message); };
  auto start = std::chrono::steady_clock::now();
  auto r = Ryze("ryze-demo-token", options).Add(kCustomers, {"5511988887777"});
  auto took = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_TRUE(r->all_succeeded());
  EXPECT_EQ(mock_->CountRequests(), 3u);  // the other program, our 429, our retry
  EXPECT_EQ(mock_->Requests()[1].status, 429);
  EXPECT_EQ(mock_->Requests()[2].status, 200);
  // It waited out the one-second reset, not some default: 10x the expected wait.
  EXPECT_LT(took, std::chrono::seconds(10));
  // The wait was visible through the log hook.
  bool saw_wait = false;
  for (const auto& line : log)
    saw_wait = saw_wait || line.find("rate limit: waiting") != std::string::npos;
  EXPECT_TRUE(saw_wait);
}

TEST_F(Faults, ConnectionRefusedIsRetriedBecauseNothingLeft) {
  mock_->Stop();  // nothing listens on the port any more
  ClientOptions options = Options();
  options.retry.max_attempts = 3;
  options.retry.initial_backoff = milliseconds(1);
  std::atomic<int> retries{0};
  options.logger = [&retries](const LogRecord& r) {
    if (r.message.find("retrying") != std::string::npos) ++retries;
  };
  auto r = Ryze("ryze-demo-token", options).Add(kCustomers, {"5511988887777"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kNetwork);
  EXPECT_FALSE(r.error().request_sent);
  EXPECT_EQ(retries.load(), 2);
  EXPECT_EQ(mock_->CountRequests(), 0u);
}

// The simulator's own drop after a read on the same connection: libcurl
// used to send the add again on a fresh connection, and the second copy
// came back "already_member" for a number the first one had just added.
TEST_F(Faults, DropAfterAReadOnTheSameConnectionSendsTheActionOnce) {
  ClientOptions options = Options();
  options.retry.max_attempts = 3;
  options.retry.initial_backoff = milliseconds(1);
  auto client = Ryze("ryze-demo-token", options);
  ASSERT_TRUE(client.GetGroup(kCustomers));
  mock_->InjectFault(F(mock::Fault::Kind::kDrop));
  auto r = client.Add(kCustomers, {"5511988887777"});
  ASSERT_FALSE(r) << "no answer arrived, so the outcome cannot be known";
  EXPECT_EQ(r.error().code, ErrorCode::kNetwork) << r.error().message;
  EXPECT_TRUE(r.error().outcome_unknown());
  std::this_thread::sleep_for(milliseconds(150));
  EXPECT_EQ(mock_->CountRequests("/participants/"), 1u);
  auto requests = mock_->Requests();
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_EQ(requests[0].remote_port, requests[1].remote_port)
      << "the add reused the read's connection";
}

// 8 threads share one client for 2,000 calls; every call is accounted for,
// on both sides.
TEST_F(Faults, EightThreadsTwoThousandCalls) {
  auto client = Ryze();
  constexpr int kThreads = 8;
  constexpr int kPerThread = 250;
  std::atomic<int> ok{0};
  std::atomic<int> failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        auto r =
            (i % 2 == 0)
                ? client.PendingRequests(kCustomers).has_value()
                : client.Demote(kCustomers, {"55119" + std::to_string(10000000 + t * 1000 + i)})
                      .has_value();
        (r ? ok : failed)++;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), kThreads * kPerThread);
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(mock_->CountRequests(), static_cast<std::size_t>(kThreads * kPerThread));
}

}  // namespace
}  // namespace wa
