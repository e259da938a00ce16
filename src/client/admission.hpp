// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_ADMISSION_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_ADMISSION_HPP_

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>

#include "client/timer_queue.hpp"
#include "wa/participants/cancellation.hpp"
#include "wa/participants/error.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// The one door every call passes: refuses calls while the client's options
/// are unusable, ends them at shutdown, and holds asynchronous calls to
/// `max_concurrency` slots, queueing the rest. Thread safe.
class Admission {
 public:
  /// `timers` starts a queued call when a slot frees; it must outlive this.
  Admission(std::optional<Error> config_error, int max_concurrency, TimerQueue& timers);
  Admission(const Admission&) = delete;
  Admission& operator=(const Admission&) = delete;

  /// The configuration error every call returns, if any.
  Result<void> Check() const;
  /// Fires at shutdown; every call's cancellation includes it.
  const CancellationToken& shutdown() const { return shutdown_; }

  /// Runs `run(true)` in a slot, now or when one frees, or `run(false)`
  /// when the client shuts down first. A started call ends with `Release`.
  void Enter(std::function<void(bool)> run);
  /// Frees a slot: hands it to the next waiting call, or counts it free.
  void Release();

  /// Cancels every call and abandons the queued ones (first step of teardown).
  void BeginShutdown();
  /// Waits until no call holds a slot (after the timers stopped).
  void AwaitIdle();

 private:
  std::optional<Error> config_error_;
  int max_concurrency_;
  TimerQueue& timers_;
  CancellationToken shutdown_;
  std::mutex mu_;  // guards in_flight_, waiting_, stopping_
  std::condition_variable cv_;
  int in_flight_ = 0;
  std::deque<std::function<void(bool)>> waiting_;
  bool stopping_ = false;
};

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_CLIENT_ADMISSION_HPP_
