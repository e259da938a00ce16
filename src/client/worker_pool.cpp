// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/worker_pool.hpp"

#include <algorithm>
#include <utility>

#include "util/sdk_thread.hpp"
#include "util/thread_name.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

WorkerPool::WorkerPool(std::size_t max_threads)
    : max_threads_(std::max<std::size_t>(1, max_threads)) {}

WorkerPool::~WorkerPool() { Shutdown(); }

void WorkerPool::Submit(Task task) {
  std::unique_lock<std::mutex> lock(mu_);
  if (stopping_) {
    lock.unlock();
    task.abandon();
    return;
  }
  queue_.push_back(std::move(task));
  if (idle_ == 0 && threads_.size() < max_threads_) {
    threads_.emplace_back([this] { Loop(); });
    NameThread(threads_.back(), "wa-worker");
  } else {
    cv_.notify_one();
  }
}

void WorkerPool::Shutdown() {
  std::deque<Task> abandoned;
  std::vector<std::thread> threads;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    abandoned.swap(queue_);
    threads.swap(threads_);
  }
  cv_.notify_all();
  for (auto& t : abandoned) t.abandon();
  for (auto& t : threads) t.join();
}

void WorkerPool::Loop() {
  SdkThreadScope sdk_thread;
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    ++idle_;
    cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    --idle_;
    if (queue_.empty()) return;  // stopping, nothing left
    Task task = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    task.run();
    lock.lock();
  }
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
