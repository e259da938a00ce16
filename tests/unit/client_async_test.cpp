// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The client's asynchronous path over a transport with an event loop: a
// transport that parks every request until the test answers it, so the
// number of requests in flight and the threads used can be observed.

#include <chrono>
#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fake_transport.hpp"
#include "sdk_threads.hpp"
#include "wa/participants/client.hpp"

namespace wa {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using testing_util::CountThreadsNamed;
using testing_util::FakeTransport;

constexpr const char* kGroup = "120363406289005073@g.us";
constexpr auto kBound = std::chrono::seconds(10);  // how long any wait may take

// Holds each request and its completion until the test answers it.
class ParkingTransport : public HttpTransport {
 public:
  struct Parked {
    HttpRequest request;
    std::function<void(Result<HttpResponse>)> done;
  };

  Result<HttpResponse> Send(const HttpRequest& /*request*/) override {
    ADD_FAILURE() << "the blocking path was used";
    return Unexpected(MakeLocalError(ErrorCode::kInternal, "blocking send"));
  }
  void SendAsync(HttpRequest request, std::function<void(Result<HttpResponse>)> done) override {
    std::lock_guard<std::mutex> lock(mu_);
    parked_.push_back({std::move(request), std::move(done)});
    ++total_;
    cv_.notify_all();
  }
  bool HasEventLoop() const noexcept override { return true; }

  /// Waits (bounded) until `n` requests are parked; false on timeout.
  bool AwaitParked(std::size_t n) {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, kBound, [&] { return parked_.size() >= n; });
  }
  std::size_t parked() {
    std::lock_guard<std::mutex> lock(mu_);
    return parked_.size();
  }
  std::size_t total() {
    std::lock_guard<std::mutex> lock(mu_);
    return total_;
  }
  /// Answers the oldest parked request with `answer(request)`.
  void AnswerOne(const std::function<Result<HttpResponse>(const HttpRequest&)>& answer) {
    Parked p;
    {
      std::lock_guard<std::mutex> lock(mu_);
      ASSERT_FALSE(parked_.empty());
      p = std::move(parked_.front());
      parked_.erase(parked_.begin());
    }
    p.done(answer(p.request));
  }
  /// Answers every parked request whose cancel token fired, as a transport must.
  std::size_t AnswerCancelled() {
    std::vector<Parked> cancelled;
    {
      std::lock_guard<std::mutex> lock(mu_);
      for (auto it = parked_.begin(); it != parked_.end();) {
        if (it->request.cancel.IsCancelled()) {
          cancelled.push_back(std::move(*it));
          it = parked_.erase(it);
        } else {
          ++it;
        }
      }
    }
    for (auto& p : cancelled) {
      Error e = MakeLocalError(ErrorCode::kCancelled, "cancelled in flight");
      e.request_sent = true;
      p.done(Unexpected(std::move(e)));
    }
    return cancelled.size();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<Parked> parked_;
  std::size_t total_ = 0;
};

Result<HttpResponse> Ok(const HttpRequest& req) {
  auto body = nlohmann::json::parse(req.body);
  nlohmann::json out = {{"success", true}, {"participants", nlohmann::json::array()}};
  for (const auto& p : body["participants"]) {
    out["participants"].push_back(
        {{"jid", p.get<std::string>() + "@s.whatsapp.net"}, {"success", true}});
  }
  return FakeTransport::Json(200, out.dump());
}

class ClientAsync : public ::testing::Test {
 protected:
  ClientAsync() : transport_(std::make_shared<ParkingTransport>()) {
    options_.transport = transport_;
    options_.rate_limit = std::nullopt;
    ryze_.base_url = "https://ryze.test";
    ryze_.instance = "inst";
    ryze_.token = "ryze-token-SECRET";
  }
  ParticipantsClient Client() { return ParticipantsClient::Ryze(ryze_, options_); }
  static std::string Phone(int i) { return "55119" + std::to_string(10000000 + i); }

  std::shared_ptr<ParkingTransport> transport_;
  ClientOptions options_;
  RyzeOptions ryze_;
};

TEST_F(ClientAsync, KeepsMaxConcurrencyInFlightWithoutAThreadEach) {
  options_.max_concurrency = 8;
  auto client = Client();
  const int threads_before = CountThreadsNamed();
  std::vector<std::future<Result<BatchResult>>> futures;
  for (int i = 0; i < 20; ++i) {
    futures.push_back(client.ManageAsync(Action::kRemove, kGroup, {Phone(i)}));
  }
  ASSERT_TRUE(transport_->AwaitParked(8));
  EXPECT_EQ(transport_->parked(), 8u);  // the bound, not 20
  // Eight requests in flight, none holding a thread of the SDK's own.
  EXPECT_EQ(CountThreadsNamed(), threads_before);

  // Each answer frees a slot for the next waiting call.
  for (int answered = 0; answered < 20; ++answered) {
    ASSERT_TRUE(transport_->AwaitParked(1));
    EXPECT_LE(transport_->parked(), 8u);
    transport_->AnswerOne(Ok);
  }
  for (int i = 0; i < 20; ++i) {
    ASSERT_EQ(futures[i].wait_for(kBound), std::future_status::ready);
    auto r = futures[i].get();
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->participants[0].participant, Phone(i));  // the caller's own call's outcome
    EXPECT_TRUE(r->all_succeeded());
  }
  EXPECT_EQ(transport_->total(), 20u);
}

TEST_F(ClientAsync, RetriesARequestThatNeverLeftButNeverAnActionThatDid) {
  options_.sleeper = [](milliseconds) {};  // backoff without waiting
  auto client = Client();
  auto retried = client.ManageAsync(Action::kAdd, kGroup, {Phone(1)});
  ASSERT_TRUE(transport_->AwaitParked(1));
  transport_->AnswerOne([](const HttpRequest&) -> Result<HttpResponse> {
    Error e = MakeLocalError(ErrorCode::kNetwork, "connection refused");
    e.request_sent = false;
    return Unexpected(std::move(e));
  });
  ASSERT_TRUE(transport_->AwaitParked(1));  // the retry
  transport_->AnswerOne(Ok);
  auto r = retried.get();
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(transport_->total(), 2u);

  auto unknown = client.ManageAsync(Action::kAdd, kGroup, {Phone(2)});
  ASSERT_TRUE(transport_->AwaitParked(1));
  transport_->AnswerOne([](const HttpRequest&) -> Result<HttpResponse> {
    Error e = MakeLocalError(ErrorCode::kTimeout, "timed out after sending");
    e.request_sent = true;
    return Unexpected(std::move(e));
  });
  auto u = unknown.get();
  ASSERT_FALSE(u);
  EXPECT_TRUE(u.error().outcome_unknown());
  EXPECT_EQ(transport_->total(), 3u);  // not re-sent
}

TEST_F(ClientAsync, InvalidInputFailsThroughTheFutureAndSendsNothing) {
  auto client = Client();
  auto bad = client.ManageAsync(Action::kAdd, kGroup, {"not a phone"});
  auto r = bad.get();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  auto bad_group = client.PendingRequestsAsync("12345").get();
  ASSERT_FALSE(bad_group);
  EXPECT_EQ(bad_group.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(transport_->total(), 0u);
}

TEST_F(ClientAsync, ReadsRunOnTheSamePath) {
  auto client = Client();
  auto pending = client.PendingRequestsAsync(kGroup);
  auto group = client.GetGroupAsync(kGroup);
  ASSERT_TRUE(transport_->AwaitParked(2));
  transport_->AnswerOne([](const HttpRequest& req) -> Result<HttpResponse> {
    EXPECT_THAT(req.url, HasSubstr("/api/group/requests/inst"));
    return FakeTransport::Json(
        200, R"({"success":true,"requests":[{"jid":"5511944444444@s.whatsapp.net"}]})");
  });
  transport_->AnswerOne([](const HttpRequest& req) -> Result<HttpResponse> {
    EXPECT_THAT(req.url, HasSubstr("/api/group/info/inst"));
    return FakeTransport::Json(200, R"({"name":"G","jid":"120363406289005073@g.us",
                 "participants":[{"jid":"5511900000000@s.whatsapp.net","isSuperAdmin":true}]})");
  });
  auto p = pending.get();
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->size(), 1u);
  auto g = group.get();
  ASSERT_TRUE(g) << g.error().message;
  ASSERT_NE(g->Find("5511900000000"), nullptr);
}

TEST_F(ClientAsync, RateLimitWaitsHoldNoThreadAndEveryCallCompletes) {
  // One permit per 50 ms: the second and third calls wait on the timer.
  options_.rate_limit = RateLimit{20, std::chrono::seconds(1), std::chrono::seconds(5)};
  auto client = Client();
  std::vector<std::future<Result<BatchResult>>> futures;
  for (int i = 0; i < 3; ++i) {
    futures.push_back(client.ManageAsync(Action::kRemove, kGroup, {Phone(i)}));
  }
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(transport_->AwaitParked(1));
    transport_->AnswerOne(Ok);
  }
  for (auto& f : futures) {
    ASSERT_EQ(f.wait_for(kBound), std::future_status::ready);
    EXPECT_TRUE(f.get());
  }
}

TEST_F(ClientAsync, DestroyingTheClientCompletesEveryFutureWithCancelled) {
  options_.max_concurrency = 2;
  std::vector<std::future<Result<BatchResult>>> futures;
  auto client = std::make_unique<ParticipantsClient>(Client());
  for (int i = 0; i < 5; ++i) {
    futures.push_back(client->ManageAsync(Action::kRemove, kGroup, {Phone(i)}));
  }
  ASSERT_TRUE(transport_->AwaitParked(2));
  std::thread destroyer([&client] { client.reset(); });
  // The destructor cancels; a transport answers cancelled requests.
  auto until = std::chrono::steady_clock::now() + kBound;
  std::size_t answered = 0;
  while (answered < 2 && std::chrono::steady_clock::now() < until) {
    answered += transport_->AnswerCancelled();
    std::this_thread::sleep_for(milliseconds(5));
  }
  destroyer.join();
  EXPECT_EQ(answered, 2u);
  for (auto& f : futures) {
    ASSERT_EQ(f.wait_for(kBound), std::future_status::ready);
    auto r = f.get();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::kCancelled);
  }
  EXPECT_EQ(transport_->total(), 2u);  // the three waiting calls were never sent
}

}  // namespace
}  // namespace wa
