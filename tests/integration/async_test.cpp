// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The curl-multi event loop on a real socket: many requests in flight on
// one thread, keep-alive reuse across waves, cancellation and destruction
// with transfers in flight, and the client's async calls end to end.

#include <future>
#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mock_fixture.hpp"
#include "sdk_threads.hpp"

namespace wa {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using testing_util::CountThreadsNamed;
using testing_util::kCustomers;
using testing_util::kSuppliersZApi;
using testing_util::MockFixture;

constexpr auto kBound = std::chrono::seconds(20);

class Async : public MockFixture {
 protected:
  HttpRequest Get(const std::string& path) const {
    HttpRequest r;
    r.url = mock_->base_url() + path;
    r.redacted_url = r.url;
    r.headers = {{"token", "ryze-demo-token"}};
    r.timeout = std::chrono::seconds(10);
    return r;
  }
  using Promise = std::promise<Result<HttpResponse>>;
  static std::function<void(Result<HttpResponse>)> Into(std::shared_ptr<Promise> p) {
    return [p](Result<HttpResponse> r) { p->set_value(std::move(r)); };
  }
};

TEST_F(Async, OneLoopCarriesManyRequestsAndReusesItsConnections) {
  auto options = Unlimited();
  options.latency = milliseconds(100);
  StartMock(options);
  auto transport = MakeCurlTransport();
  ASSERT_TRUE(transport->HasEventLoop());
  const std::string path = "/api/group/requests/demo?identifier=120363406289005073%40g.us";

  for (int wave = 0; wave < 2; ++wave) {
    std::vector<std::future<Result<HttpResponse>>> futures;
    const int threads_before = CountThreadsNamed();
    for (int i = 0; i < 16; ++i) {
      auto p = std::make_shared<Promise>();
      futures.push_back(p->get_future());
      transport->SendAsync(Get(path), Into(p));
    }
    // Only the loop's own thread (started by the first wave) is new.
    EXPECT_EQ(CountThreadsNamed(), threads_before + (wave == 0 ? 1 : 0));
    for (auto& f : futures) {
      ASSERT_EQ(f.wait_for(kBound), std::future_status::ready);
      auto r = f.get();
      ASSERT_TRUE(r) << r.error().message;
      EXPECT_EQ(r->status, 200);
    }
  }
  // The second wave rode the first wave's keep-alive connections.
  auto requests = mock_->Requests();
  ASSERT_EQ(requests.size(), 32u);
  std::set<int> first;
  std::set<int> second;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    (i < 16 ? first : second).insert(requests[i].remote_port);
  }
  EXPECT_GT(first.size(), 1u);  // in flight together, on parallel connections
  for (int port : second) EXPECT_EQ(first.count(port), 1u) << "new connection " << port;
}

TEST_F(Async, CancellingAnInFlightRequestEndsItPromptly) {
  auto options = Unlimited();
  options.latency = milliseconds(1500);
  StartMock(options);
  auto transport = MakeCurlTransport();
  CancellationToken cancel;
  HttpRequest req = Get("/api/group/requests/demo?identifier=120363406289005073%40g.us");
  req.cancel = cancel;
  auto p = std::make_shared<Promise>();
  auto f = p->get_future();
  transport->SendAsync(std::move(req), Into(p));
  std::this_thread::sleep_for(milliseconds(100));
  cancel.Cancel();
  ASSERT_EQ(f.wait_for(std::chrono::seconds(3)), std::future_status::ready);
  auto r = f.get();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kCancelled);
}

TEST_F(Async, DestroyingTheTransportCompletesWhatIsInFlight) {
  auto options = Unlimited();
  options.latency = milliseconds(1500);
  StartMock(options);
  auto transport = MakeCurlTransport();
  auto p = std::make_shared<Promise>();
  auto f = p->get_future();
  transport->SendAsync(Get("/api/group/requests/demo?identifier=120363406289005073%40g.us"),
                       Into(p));
  std::this_thread::sleep_for(milliseconds(100));
  transport.reset();
  ASSERT_EQ(f.wait_for(std::chrono::seconds(3)), std::future_status::ready);
  auto r = f.get();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kCancelled);
  EXPECT_THAT(r.error().message, HasSubstr("transport was destroyed"));
}

TEST_F(Async, FailuresAreClassifiedAsOnTheBlockingPath) {
  auto transport = MakeCurlTransport();
  HttpRequest req = Get("/api/group/requests/demo");
  req.url = "http://127.0.0.1:1/refused";
  req.redacted_url = req.url;
  auto p = std::make_shared<Promise>();
  auto f = p->get_future();
  transport->SendAsync(req, Into(p));
  ASSERT_EQ(f.wait_for(kBound), std::future_status::ready);
  auto async = f.get();
  auto sync = transport->Send(req);
  ASSERT_FALSE(async);
  ASSERT_FALSE(sync);
  EXPECT_EQ(async.error().code, sync.error().code);
  EXPECT_EQ(async.error().request_sent, sync.error().request_sent);
  EXPECT_FALSE(async.error().request_sent);
}

TEST_F(Async, ClientCallsOverTheLoopMatchTheBlockingOnes) {
  auto client = ZApi("zapi-demo-client-token", "zapi-demo-token");
  auto added = client.ManageAsync(Action::kAdd, kSuppliersZApi, {"5544911112222"});
  ASSERT_EQ(added.wait_for(kBound), std::future_status::ready);
  auto a = added.get();
  ASSERT_TRUE(a) << a.error().message;
  ASSERT_TRUE(a->participants[0].result);
  EXPECT_FALSE(a->participants[0].result->confirmed);  // Z-API's batch-level answer

  auto group = client.GetGroupAsync(kSuppliersZApi).get();
  ASSERT_TRUE(group) << group.error().message;
  EXPECT_NE(group->Find("5544911112222"), nullptr);

  auto pending = Ryze().PendingRequestsAsync(kCustomers).get();
  ASSERT_TRUE(pending) << pending.error().message;
  EXPECT_FALSE(pending->empty());

  // A wrong token: the same error, and the token in no message.
  auto wrong = Ryze("wrong-SECRET-token");  // alive until the future is read
  auto denied = wrong.ManageAsync(Action::kAdd, kCustomers, {"5511988887777"});
  auto d = denied.get();
  ASSERT_FALSE(d);
  EXPECT_EQ(d.error().code, ErrorCode::kUnauthenticated);
  EXPECT_THAT(d.error().message, ::testing::Not(HasSubstr("wrong-SECRET-token")));
}

TEST_F(Async, BothPathsSendTheSameUserAgent) {
  CurlTransportOptions custom;
  custom.user_agent = "my-app/1.2 wa-participants";
  for (const auto& options : {CurlTransportOptions{}, custom}) {
    mock_->ClearRequests();
    auto transport = MakeCurlTransport(options);
    HttpRequest req = Get("/api/group/requests/demo?identifier=120363406289005073%40g.us");
    ASSERT_TRUE(transport->Send(req));
    auto p = std::make_shared<Promise>();
    auto f = p->get_future();
    transport->SendAsync(req, Into(p));
    ASSERT_TRUE(f.get());
    auto requests = mock_->Requests();
    ASSERT_EQ(requests.size(), 2u);
    EXPECT_EQ(requests[0].user_agent, options.user_agent);
    EXPECT_EQ(requests[1].user_agent, options.user_agent);
  }
}

TEST_F(Async, SixteenSlowCallsRunTogetherOnOneThread) {
  auto options = Unlimited();
  options.latency = milliseconds(200);
  StartMock(options);
  ClientOptions co = Options();
  co.max_concurrency = 16;
  auto client = Ryze("ryze-demo-token", co);
  // Warm the loop so its thread exists before counting.
  ASSERT_TRUE(client.PendingRequestsAsync(kCustomers).get());
  const int threads_before = CountThreadsNamed();
  std::vector<std::future<Result<std::vector<PendingRequest>>>> futures;
  for (int i = 0; i < 16; ++i) futures.push_back(client.PendingRequestsAsync(kCustomers));
  EXPECT_EQ(CountThreadsNamed(), threads_before);  // no thread per request
  for (auto& f : futures) {
    ASSERT_EQ(f.wait_for(kBound), std::future_status::ready);
    EXPECT_TRUE(f.get());
  }
  std::set<int> ports;
  auto requests = mock_->Requests();
  for (std::size_t i = 1; i < requests.size(); ++i) ports.insert(requests[i].remote_port);
  EXPECT_GT(ports.size(), 1u);  // they were in flight together
}

}  // namespace
}  // namespace wa
