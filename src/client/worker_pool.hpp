// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_WORKER_POOL_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_WORKER_POOL_HPP_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "client/task.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// At most `max_threads` threads, started only as work arrives, running
/// queued tasks in order. Destruction drains the queue by calling each
/// waiting task's `abandon` (so every promise is kept), then joins the
/// threads after they finish the task in hand. Thread safe.
class WorkerPool {
 public:
  using Task = internal::Task;

  explicit WorkerPool(std::size_t max_threads);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  /// Queues `task`; abandons it at once if the pool is shutting down.
  void Submit(Task task);
  /// Abandons what is queued and joins the threads; idempotent.
  void Shutdown();

 private:
  void Loop();

  std::size_t max_threads_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Task> queue_;
  std::vector<std::thread> threads_;
  std::size_t idle_ = 0;
  bool stopping_ = false;
};

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_CLIENT_WORKER_POOL_HPP_
