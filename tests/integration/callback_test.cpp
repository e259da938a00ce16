// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The completion-handler forms of the async calls, end to end on a real
// socket: where a handler runs, that it runs exactly once, that a throwing
// handler cannot take the loop down, that cancellation reaches it, and that
// the future forms are the same path with a promise for a handler.

#include <atomic>
#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mock_fixture.hpp"
#include "sdk_threads.hpp"

namespace wa {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::CountThreadsNamed;
using testing_util::kCustomers;
using testing_util::MockFixture;

constexpr auto kBound = std::chrono::seconds(20);

// Collects results from handlers running on other threads.
template <class T>
class Inbox {
 public:
  CompletionHandler<T> Handler() {
    return [this](Result<T> r) {
      std::lock_guard<std::mutex> lock(mu_);
      results_.push_back(std::move(r));
      threads_.push_back(std::this_thread::get_id());
      cv_.notify_all();
    };
  }
  bool WaitFor(std::size_t n) {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, kBound, [&] { return results_.size() >= n; });
  }
  std::vector<Result<T>> results() {
    std::lock_guard<std::mutex> lock(mu_);
    return results_;
  }
  std::vector<std::thread::id> threads() {
    std::lock_guard<std::mutex> lock(mu_);
    return threads_;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<Result<T>> results_;
  std::vector<std::thread::id> threads_;
};

class Callbacks : public MockFixture {};

TEST_F(Callbacks, AnActionsResultReachesItsHandlerOnAnSdkThread) {
  auto client = Ryze();
  Inbox<BatchResult> inbox;
  client.ManageAsync(Action::kAdd, kCustomers, {"5511988887777"}, inbox.Handler());
  ASSERT_TRUE(inbox.WaitFor(1));
  auto results = inbox.results();
  ASSERT_EQ(results.size(), 1u);
  ASSERT_TRUE(results[0]) << results[0].error().message;
  ASSERT_EQ(results[0]->participants.size(), 1u);
  EXPECT_EQ(results[0]->participants[0].participant, "5511988887777");
  EXPECT_TRUE(results[0]->participants[0].result);
  EXPECT_NE(inbox.threads()[0], std::this_thread::get_id());
  EXPECT_EQ(mock_->Requests().size(), 1u);
}

TEST_F(Callbacks, ReadsHaveHandlerFormsToo) {
  auto client = Ryze();
  Inbox<GroupInfo> groups;
  Inbox<std::vector<PendingRequest>> pending;
  client.GetGroupAsync(kCustomers, groups.Handler());
  client.PendingRequestsAsync(kCustomers, CallOptions{}, pending.Handler());
  ASSERT_TRUE(groups.WaitFor(1));
  ASSERT_TRUE(pending.WaitFor(1));
  auto g = groups.results()[0];
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_FALSE(g->members.empty());
  auto p = pending.results()[0];
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_FALSE(p->empty());
}

TEST_F(Callbacks, BadInputIsAnsweredOffTheCallingThreadAndNothingIsSent) {
  auto client = Ryze();
  Inbox<BatchResult> inbox;
  client.ManageAsync(Action::kAdd, "not a group", {"5511988887777"}, inbox.Handler());
  ASSERT_TRUE(inbox.WaitFor(1));
  auto r = inbox.results()[0];
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  // Never inside the call that started it: a handler that takes a lock the
  // caller holds cannot deadlock.
  EXPECT_NE(inbox.threads()[0], std::this_thread::get_id());
  EXPECT_TRUE(mock_->Requests().empty());
}

TEST_F(Callbacks, RefusalsBeforeSendingAreAnsweredOffTheCallingThread) {
  auto client = Ryze();
  // An already-cancelled token and a deadline in the past end the call in
  // admission, before any request: still never inside the call.
  CancellationToken cancelled;
  cancelled.Cancel();
  CallOptions pre_cancelled;
  pre_cancelled.cancel = cancelled;
  CallOptions past;
  past.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  Inbox<GroupInfo> inbox;
  client.GetGroupAsync(kCustomers, pre_cancelled, inbox.Handler());
  client.GetGroupAsync(kCustomers, past, inbox.Handler());
  ASSERT_TRUE(inbox.WaitFor(2));
  for (const auto& r : inbox.results()) EXPECT_FALSE(r);
  for (const auto& t : inbox.threads()) EXPECT_NE(t, std::this_thread::get_id());
  EXPECT_TRUE(mock_->Requests().empty());
}

TEST_F(Callbacks, AThrowingHandlerIsLoggedAndTheLoopGoesOn) {
  std::mutex mu;
  std::vector<LogRecord> errors;
  ClientOptions options = Options();
  options.logger = [&](const LogRecord& record) {
    std::lock_guard<std::mutex> lock(mu);
    if (record.level == LogRecord::Level::kError) errors.push_back(record);
  };
  auto client = Ryze("ryze-demo-token", options);
  std::atomic<int> threw{0};
  for (int i = 0; i < 3; ++i) {
    client.GetGroupAsync(kCustomers, [&threw](const Result<GroupInfo>&) {
      ++threw;
      throw std::runtime_error("SECRET-from-the-application");
    });
  }
  // Later calls on the same loop still complete.
  Inbox<GroupInfo> after;
  for (int i = 0; i < 3; ++i) client.GetGroupAsync(kCustomers, after.Handler());
  ASSERT_TRUE(after.WaitFor(3));
  for (const auto& r : after.results()) EXPECT_TRUE(r);
  // The throwing ones each ran once and each was reported, by type only.
  // (A handler counts itself before it throws, and is logged after: wait
  // for the log, bounded.)
  auto logged = [&] {
    std::lock_guard<std::mutex> lock(mu);
    return errors.size();
  };
  for (int i = 0; i < 200 && logged() < 3; ++i) std::this_thread::sleep_for(milliseconds(10));
  EXPECT_EQ(threw.load(), 3);
  std::lock_guard<std::mutex> lock(mu);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_THAT(errors[0].message, HasSubstr("completion handler threw"));
  EXPECT_THAT(errors[0].message, Not(HasSubstr("SECRET")));
}

TEST_F(Callbacks, CancellationReachesTheHandler) {
  auto mock_options = Unlimited();
  mock_options.latency = milliseconds(2000);
  StartMock(mock_options);
  auto client = Ryze();
  CancellationToken cancel;
  CallOptions call;
  call.cancel = cancel;
  Inbox<GroupInfo> inbox;
  client.GetGroupAsync(kCustomers, call, inbox.Handler());
  std::this_thread::sleep_for(milliseconds(100));
  cancel.Cancel();
  ASSERT_TRUE(inbox.WaitFor(1));
  auto r = inbox.results()[0];
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kCancelled);
}

TEST_F(Callbacks, ManyHandlersShareTheSdksTwoThreads) {
  auto mock_options = Unlimited();
  mock_options.latency = milliseconds(100);
  StartMock(mock_options);
  ClientOptions options = Options();
  options.max_concurrency = 64;
  auto client = Ryze("ryze-demo-token", options);
  const int before = CountThreadsNamed();
  Inbox<GroupInfo> inbox;
  for (int i = 0; i < 64; ++i) client.GetGroupAsync(kCustomers, inbox.Handler());
  ASSERT_TRUE(inbox.WaitFor(64));
  for (const auto& r : inbox.results()) EXPECT_TRUE(r);
  // At most the event loop and the timer queue were started for them.
  EXPECT_LE(CountThreadsNamed() - before, 2);
}

TEST_F(Callbacks, AHandlerMayDestroyTheLastCopyOfTheClient) {
  auto client = std::make_shared<std::optional<ParticipantsClient>>(Ryze());
  std::promise<bool> done;
  auto future = done.get_future();
  (*client)->GetGroupAsync(kCustomers, [client, &done](Result<GroupInfo> r) {
    client->reset();  // the last copy, on the SDK's own thread
    done.set_value(static_cast<bool>(r));
  });
  ASSERT_EQ(future.wait_for(kBound), std::future_status::ready);
  EXPECT_TRUE(future.get());
}

TEST_F(Callbacks, AnEmptyHandlerStillSendsTheCallOnce) {
  auto client = Ryze();
  client.ManageAsync(Action::kAdd, kCustomers, {"5511988887777"}, CallOptions{},
                     CompletionHandler<BatchResult>{});
  // A later call on the same client is admitted after it; when its answer is
  // in, the server has read the first.
  auto group = client.GetGroupAsync(kCustomers).get();
  ASSERT_TRUE(group);
  for (int i = 0; i < 100 && mock_->Requests().size() < 2; ++i) {
    std::this_thread::sleep_for(milliseconds(10));
  }
  EXPECT_EQ(mock_->Requests().size(), 2u);
}

// A connection that implements only the handler forms: the client's future
// forms reach it through the base class, which is how the SDK's own
// connection has one async path.
class HandlerOnlyConnection : public ParticipantsConnection {
 public:
  ~HandlerOnlyConnection() override {
    for (auto& t : threads_) t.join();
  }
  void GetGroupAsync(std::string_view group, const CallOptions& /*call*/,
                     CompletionHandler<GroupInfo> on_done) override {
    ++calls;
    GroupInfo info;
    info.id = std::string(group);
    std::lock_guard<std::mutex> lock(mu_);
    threads_.emplace_back([info, on_done = std::move(on_done)] { on_done(info); });
  }
  using ParticipantsConnection::GetGroupAsync;
  std::atomic<int> calls{0};

 private:
  std::mutex mu_;
  std::vector<std::thread> threads_;
};

TEST(CallbackForms, FutureFormsAreBuiltOnTheHandlerForms) {
  auto connection = std::make_shared<HandlerOnlyConnection>();
  ParticipantsClient client(connection);
  auto r = client.GetGroupAsync("g@g.us").get();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->id, "g@g.us");
  EXPECT_EQ(connection->calls.load(), 1);
  // What the connection does not implement is refused, through the handler.
  std::promise<Result<BatchResult>> refused;
  client.ManageAsync(Action::kAdd, "g@g.us", {"5511988887777"},
                     [&refused](Result<BatchResult> b) { refused.set_value(std::move(b)); });
  auto b = refused.get_future().get();
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().code, ErrorCode::kUnsupported);
}

}  // namespace
}  // namespace wa
