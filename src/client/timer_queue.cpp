// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/timer_queue.hpp"

#include "util/sdk_thread.hpp"
#include "util/thread_name.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

TimerQueue::~TimerQueue() { Shutdown(); }

void TimerQueue::Schedule(std::chrono::steady_clock::duration delay, Task task) {
  std::unique_lock<std::mutex> lock(mu_);
  if (stopping_) {
    lock.unlock();
    task.abandon();
    return;
  }
  auto due = std::chrono::steady_clock::now() + delay;
  pending_.emplace(Key{due, next_seq_++}, std::move(task));
  if (!thread_.joinable()) {
    thread_ = std::thread([this] { Loop(); });
    NameThread(thread_, "wa-timer");
  } else {
    cv_.notify_one();
  }
}

void TimerQueue::Shutdown() {
  std::map<Key, Task> abandoned;
  std::thread thread;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    abandoned.swap(pending_);
    thread.swap(thread_);
  }
  cv_.notify_all();
  for (auto& [key, task] : abandoned) task.abandon();
  if (thread.joinable()) thread.join();
}

void TimerQueue::Loop() {
  SdkThreadScope sdk_thread;
  std::unique_lock<std::mutex> lock(mu_);
  while (!stopping_) {
    if (pending_.empty()) {
      cv_.wait(lock);
      continue;
    }
    auto first = pending_.begin();
    if (first->first.first > std::chrono::steady_clock::now()) {
      cv_.wait_until(lock, first->first.first);
      continue;
    }
    Task task = std::move(first->second);
    pending_.erase(first);
    lock.unlock();
    task.run();
    lock.lock();
  }
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
