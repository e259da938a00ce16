// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// CurlTransport behaviour on a real socket: keep-alive, timeouts, refused
// connections, oversized and broken answers, and what the server counted.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mock_fixture.hpp"

namespace wa {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using testing_util::kCustomers;
using testing_util::MockFixture;

class Transport : public MockFixture {};

// A loopback port that refuses connections: bound, then closed.
int RefusingPort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr));
  socklen_t len = sizeof(addr);
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

TEST_F(Transport, KeepAliveReusesOneConnectionFor50Calls) {
  auto client = Ryze();
  for (int i = 0; i < 50; ++i) {
    auto r = client.PendingRequests(kCustomers);
    ASSERT_TRUE(r) << r.error().message;
  }
  std::set<int> ports;
  for (const auto& req : mock_->Requests()) ports.insert(req.remote_port);
  EXPECT_EQ(mock_->Requests().size(), 50u);
  EXPECT_EQ(ports.size(), 1u);
}

TEST_F(Transport, TimeoutAfterSendingIsReportedAndNotRetried) {
  mock::Fault slow;
  slow.kind = mock::Fault::Kind::kLatency;
  slow.delay = milliseconds(3000);  // ten times the timeout
  mock_->InjectFault(slow);
  CallOptions call;
  call.timeout = milliseconds(300);
  auto r = Ryze().Remove(kCustomers, {"5511999999999"}, call);
  // The order, not a clock: the simulator logs a request once it answers,
  // so nothing logged yet means the timeout, not the answer, ended the call.
  EXPECT_EQ(mock_->CountRequests(), 0u);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kTimeout);
  EXPECT_TRUE(r.error().request_sent);
  EXPECT_THAT(r.error().message, HasSubstr("outcome is unknown"));
  AwaitRequests(1);
  std::this_thread::sleep_for(milliseconds(200));
  EXPECT_EQ(mock_->CountRequests(), 1u);
}

TEST_F(Transport, ConnectionRefusedProvablyNotSent) {
  RyzeOptions r;
  r.base_url = "http://127.0.0.1:" + std::to_string(RefusingPort());
  r.instance = "demo";
  r.token = "ryze-demo-token";
  ClientOptions options = Options();
  options.retry.max_attempts = 2;
  options.retry.initial_backoff = milliseconds(1);
  auto result = ParticipantsClient::Ryze(r, options).Add(kCustomers, {"5511999999999"});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::kNetwork);
  EXPECT_FALSE(result.error().request_sent);
  EXPECT_FALSE(result.error().outcome_unknown());
  EXPECT_THAT(result.error().message, HasSubstr("not sent"));
}

TEST_F(Transport, OversizedBodyIsAProtocolErrorWithBoundedMemory) {
  mock::Fault big;
  big.kind = mock::Fault::Kind::kOversizedBody;
  big.bytes = 6u << 20;
  mock_->InjectFault(big);
  ClientOptions options = Options();
  options.curl.max_response_bytes = 1u << 20;
  auto r = Ryze("ryze-demo-token", options).PendingRequests(kCustomers);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kProtocol);
  EXPECT_THAT(r.error().message, HasSubstr("larger than the 1048576-byte limit"));
}

TEST_F(Transport, DroppedConnectionAfterTheActionIsOutcomeUnknown) {
  mock_->InjectFault({mock::Fault::Kind::kDrop});
  auto r = Ryze().Add(kCustomers, {"5511988887777"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kNetwork);
  EXPECT_TRUE(r.error().request_sent);
  EXPECT_TRUE(r.error().outcome_unknown());
  EXPECT_EQ(mock_->CountRequests(), 1u);
  // The simulated provider did act: a verify-by-reading step would see it.
  auto again = Ryze().Add(kCustomers, {"5511988887777"});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->participants[0].result.error().code, ParticipantErrorCode::kAlreadyMember);
}

TEST_F(Transport, MalformedAndTruncatedJson) {
  for (auto kind : {mock::Fault::Kind::kMalformedJson, mock::Fault::Kind::kTruncatedJson}) {
    mock_->ClearRequests();
    mock_->InjectFault({kind});
    auto r = Ryze().Remove(kCustomers, {"5511955555555"});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::kProtocol);
    EXPECT_TRUE(r.error().outcome_unknown());
    EXPECT_EQ(mock_->CountRequests(), 1u);
  }
}

TEST_F(Transport, SlowBodyHitsTheTimeout) {
  mock::Fault slow;
  slow.kind = mock::Fault::Kind::kSlowBody;
  slow.delay = milliseconds(100);
  mock_->InjectFault(slow);
  CallOptions call;
  call.timeout = milliseconds(400);
  auto r = Ryze().PendingRequests(kCustomers, call);
  // A read may be retried: the retry gets a normal answer.
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(mock_->CountRequests(), 2u);

  mock_->ClearRequests();
  mock_->InjectFault(slow);
  auto action = Ryze().Demote(kCustomers, {"5511955555555"}, call);
  ASSERT_FALSE(action);
  EXPECT_EQ(action.error().code, ErrorCode::kTimeout);
  EXPECT_TRUE(action.error().request_sent);
  EXPECT_EQ(mock_->CountRequests(), 1u);
}

TEST_F(Transport, CancellationAbortsATransferInProgress) {
  mock::Fault slow;
  slow.kind = mock::Fault::Kind::kLatency;
  slow.delay = milliseconds(3000);
  mock_->InjectFault(slow);
  CallOptions call;
  call.cancel = CancellationToken();
  std::thread canceller([token = *call.cancel] {
    std::this_thread::sleep_for(milliseconds(200));
    token.Cancel();
  });
  auto r = Ryze().Remove(kCustomers, {"5511999999999"}, call);
  // Nothing logged yet: the call ended before the simulator answered (it
  // logs a request when it answers). How fast is a benchmark's business
  // (./dev bench, "cancel during a transfer").
  EXPECT_EQ(mock_->CountRequests(), 0u);
  canceller.join();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kCancelled);
}

}  // namespace
}  // namespace wa
