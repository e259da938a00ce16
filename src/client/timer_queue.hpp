// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_TIMER_QUEUE_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_TIMER_QUEUE_HPP_

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

#include "client/task.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// Runs tasks after a delay on one thread, started with the first task:
/// how asynchronous calls wait for a rate-limit permit or a retry backoff
/// without holding a thread each. Tasks run one at a time and must not
/// block. Shutdown calls each pending task's `abandon` instead (so every
/// promise is kept), then joins. Thread safe.
class TimerQueue {
 public:
  using Task = internal::Task;

  TimerQueue() = default;
  ~TimerQueue();
  TimerQueue(const TimerQueue&) = delete;
  TimerQueue& operator=(const TimerQueue&) = delete;

  /// Runs `task` after `delay` (at once, on the timer thread, when it is
  /// not positive); abandons it at once if the queue is shutting down.
  void Schedule(std::chrono::steady_clock::duration delay, Task task);
  /// Abandons what is pending and joins the thread; idempotent.
  void Shutdown();

 private:
  void Loop();

  using Key = std::pair<std::chrono::steady_clock::time_point, std::uint64_t>;
  std::mutex mu_;
  std::condition_variable cv_;
  std::map<Key, Task> pending_;  // ordered by due time, then by arrival
  std::uint64_t next_seq_ = 0;
  std::thread thread_;
  bool stopping_ = false;
};

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_CLIENT_TIMER_QUEUE_HPP_
