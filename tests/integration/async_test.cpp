// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The curl-multi event loop on a real socket: many requests in flight on
// one thread, keep-alive reuse across waves, cancellation and destruction
// with transfers in flight, and the client's async calls end to end.

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <future>
#include <optional>
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
  std::vector<std::future<Result<std::vector<PendingRequest>>>> futures;
  for (int i = 0; i < 16; ++i) futures.push_back(client.PendingRequestsAsync(kCustomers));
  // No thread per request: the event loop, and at most the timer queue's
  // thread, which starts if the warm-up call is still handing on its slot
  // when the sixteen arrive (its future is ready a moment before that).
  EXPECT_LE(CountThreadsNamed(), 2);
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

namespace wa {
namespace {

// The curl transport without its event loop: the client then runs async
// calls on its worker threads.
class BlockingOnly : public HttpTransport {
 public:
  explicit BlockingOnly(std::shared_ptr<HttpTransport> inner) : inner_(std::move(inner)) {}
  Result<HttpResponse> Send(const HttpRequest& request) override { return inner_->Send(request); }

 private:
  std::shared_ptr<HttpTransport> inner_;
};

// Destroying the last copy of a client from inside its own logger, on one of
// the SDK's threads (the event loop's, the timer's), used to hang forever:
// the destructor waited for the call that very thread had to finish.
class AsyncTeardown : public MockFixture, public ::testing::WithParamInterface<const char*> {};

TEST_P(AsyncTeardown, TheLastCopyMayDieInsideItsOwnLogger) {
  const std::string thread = GetParam();
  const int threads_before = CountThreadsNamed();
  // Answers take a while, so every call is in flight when the logger fires.
  auto mock_options = Unlimited();
  mock_options.latency = milliseconds(300);
  StartMock(mock_options);
  std::optional<ParticipantsClient> client;
  std::atomic<bool> armed{false};
  std::atomic<bool> dropped{false};
  ClientOptions options = Options();
  if (thread == "wa-timer") {
    // A permit wait: its log record comes from the timer thread.
    options.rate_limit = RateLimit{1, std::chrono::milliseconds(200)};
  }
  options.logger = [&](const LogRecord&) {
    std::ifstream comm("/proc/thread-self/comm");
    std::string name;
    std::getline(comm, name);
    if (armed && name == thread && !dropped.exchange(true)) client.reset();
  };
  if (thread == "wa-worker") {
    // Over a transport without an event loop, async calls run on workers.
    options.transport = std::make_shared<BlockingOnly>(MakeCurlTransport());
  }
  client.emplace(Ryze("ryze-demo-token", options));
  std::vector<std::future<Result<GroupInfo>>> reads;
  std::vector<std::future<Result<BatchResult>>> actions;
  for (int i = 0; i < 3; ++i) {
    if (thread == "wa-worker") {
      // A verifying call: two exchanges on one worker thread.
      CallOptions verify;
      verify.verify = true;
      actions.push_back(
          client->ManageAsync(Action::kDemote, kCustomers, {"5511999999999"}, verify));
    } else {
      reads.push_back(client->GetGroupAsync(kCustomers));
    }
  }
  armed = true;  // from here on only the logger touches `client`
  auto settle = [](auto& f) {
    if (f.wait_for(kBound) != std::future_status::ready) {
      // An SDK thread is stuck in the destructor: nothing can end this.
      std::fprintf(stderr, "deadlock: the client's teardown waits on its own thread\n");
      std::abort();
    }
    auto r = f.get();
    EXPECT_TRUE(r || r.error().code == ErrorCode::kCancelled) << r.error().message;
  };
  for (auto& f : reads) settle(f);
  for (auto& f : actions) settle(f);
  EXPECT_TRUE(dropped.load());
  // The teardown finishes on its own, threads and all.
  auto until = std::chrono::steady_clock::now() + kBound;
  while (CountThreadsNamed() > threads_before && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(milliseconds(10));
  }
  EXPECT_EQ(CountThreadsNamed(), threads_before);
}

INSTANTIATE_TEST_SUITE_P(SdkThreads, AsyncTeardown,
                         ::testing::Values("wa-curl-loop", "wa-timer", "wa-worker"),
                         [](const auto& p) {
                           std::string name = p.param;
                           return name == "wa-timer"    ? "TimerThread"
                                  : name == "wa-worker" ? "WorkerThread"
                                                        : "EventLoop";
                         });

}  // namespace
}  // namespace wa
