// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/admission.hpp"

#include <utility>

namespace wa {
inline namespace v1 {
namespace internal {

Admission::Admission(std::optional<Error> config_error, int max_concurrency, TimerQueue& timers)
    : config_error_(std::move(config_error)), max_concurrency_(max_concurrency), timers_(timers) {}

Result<void> Admission::Check() const {
  if (config_error_) return Unexpected(*config_error_);
  return {};
}

void Admission::Enter(std::function<void(bool)> run) {
  std::unique_lock<std::mutex> lock(mu_);
  if (stopping_) {
    lock.unlock();
    run(false);
    return;
  }
  if (in_flight_ >= max_concurrency_) {
    waiting_.push_back(std::move(run));
    return;
  }
  ++in_flight_;
  lock.unlock();
  run(true);
}

void Admission::Release() {
  std::function<void(bool)> next;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!stopping_ && !waiting_.empty()) {
      next = std::move(waiting_.front());
      waiting_.pop_front();
    } else {
      // The last touch of the client: its teardown may proceed once the
      // lock is released.
      --in_flight_;
      cv_.notify_all();
      return;
    }
  }
  // The slot passes to `next`. It starts on the timer thread rather than
  // here, so a long queue of calls that finish at once (all cancelled, say)
  // unwinds iteratively instead of recursing.
  timers_.Schedule(std::chrono::steady_clock::duration::zero(), {[next] { next(true); },
                                                                 [this, next] {
                                                                   next(false);
                                                                   Release();
                                                                 }});
}

void Admission::BeginShutdown() {
  // In-flight calls see the cancel and return kCancelled; queued ones are
  // abandoned with kCancelled.
  shutdown_.Cancel();
  std::deque<std::function<void(bool)>> waiting;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    waiting.swap(waiting_);
  }
  for (auto& w : waiting) w(false);
}

void Admission::AwaitIdle() {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [this] { return in_flight_ == 0; });
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
