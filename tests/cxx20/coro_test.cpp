// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// wa/participants/coro.hpp under -std=c++20: co_await on the client's calls
// against the simulator, resuming on the SDK's thread or on an executor the
// caller supplies.

#include <condition_variable>
#include <coroutine>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>

#include "mock_fixture.hpp"
#include "wa/participants/coro.hpp"

static_assert(__cplusplus >= 202002L, "this test is built as C++20");

namespace wa {
namespace {

using testing_util::kCustomers;
using testing_util::MockFixture;

constexpr auto kBound = std::chrono::seconds(20);

// The smallest coroutine type a test needs: runs at once, and its future is
// ready when the body returns.
template <class T>
struct Job {
  struct promise_type {
    std::promise<T> out;
    Job get_return_object() { return Job{out.get_future()}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_value(T v) { out.set_value(std::move(v)); }
    void unhandled_exception() { out.set_exception(std::current_exception()); }
  };
  std::future<T> result;
};

// A one-thread executor, standing in for an application's event loop.
class Executor {
 public:
  Executor() : thread_([this] { Loop(); }) {}
  ~Executor() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  void Post(std::function<void()> f) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      queue_.push_back(std::move(f));
    }
    cv_.notify_all();
  }
  std::thread::id id() const { return thread_.get_id(); }

 private:
  void Loop() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      cv_.wait(lock, [&] { return stop_ || !queue_.empty(); });
      if (queue_.empty()) return;
      auto f = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      f();
      lock.lock();
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> queue_;
  bool stop_ = false;
  std::thread thread_;
};

class Coro : public MockFixture {};

struct Seen {
  std::size_t pending = 0;
  bool approved_all = false;
  std::thread::id resumed_on;
};

Job<Seen> ApproveEveryone(ParticipantsClient client, ResumeOn resume_on) {
  Seen seen;
  auto pending = co_await AsyncPendingRequests(client, kCustomers, {}, resume_on);
  if (!pending) co_return seen;
  seen.pending = pending->size();
  std::vector<std::string> who;
  for (const auto& p : *pending) who.push_back(p.jid);  // as listed: RyzeAPI answers by LID
  auto approved = co_await AsyncManage(client, Action::kApprove, kCustomers, who, {}, resume_on);
  seen.resumed_on = std::this_thread::get_id();
  seen.approved_all = approved && approved->all_succeeded();
  co_return seen;
}

TEST_F(Coro, AwaitsACallAndResumesOnTheSdksThread) {
  auto job = ApproveEveryone(Ryze(), {});
  ASSERT_EQ(job.result.wait_for(kBound), std::future_status::ready);
  auto seen = job.result.get();
  EXPECT_GT(seen.pending, 0u);
  EXPECT_TRUE(seen.approved_all);
  EXPECT_NE(seen.resumed_on, std::this_thread::get_id());
  // The list, then one approve: two requests, each read once.
  EXPECT_EQ(mock_->Requests().size(), 2u);
  EXPECT_TRUE(Ryze().PendingRequests(kCustomers)->empty());
}

TEST_F(Coro, ResumesOnTheExecutorTheCallerSupplies) {
  Executor executor;
  auto job = ApproveEveryone(
      Ryze(), [&executor](std::function<void()> resume) { executor.Post(std::move(resume)); });
  ASSERT_EQ(job.result.wait_for(kBound), std::future_status::ready);
  auto seen = job.result.get();
  EXPECT_TRUE(seen.approved_all);
  EXPECT_EQ(seen.resumed_on, executor.id());
}

Job<Result<GroupInfo>> ReadGroup(ParticipantsClient client, std::string group) {
  co_return co_await AsyncGetGroup(client, group);
}

TEST_F(Coro, ErrorsArriveAsResultsAndNothingIsSent) {
  auto job = ReadGroup(Ryze(), "not a group");
  ASSERT_EQ(job.result.wait_for(kBound), std::future_status::ready);
  auto r = job.result.get();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_TRUE(mock_->Requests().empty());

  auto good = ReadGroup(Ryze(), kCustomers);
  ASSERT_EQ(good.result.wait_for(kBound), std::future_status::ready);
  auto g = good.result.get();
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_FALSE(g->members.empty());
}

}  // namespace
}  // namespace wa
