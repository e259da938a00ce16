// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_CLIENT_IMPL_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_CLIENT_IMPL_HPP_

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "client/rate_limiter.hpp"
#include "client/timer_queue.hpp"
#include "client/worker_pool.hpp"
#include "wa/participants/backend.hpp"
#include "wa/participants/options.hpp"

namespace wa::internal {

/// The error of a cancelled call; when an attempt had been `sent`, it says
/// the action's outcome is unknown.
Error CancelledError(bool sent, std::optional<Action> action);

/// An add sent with `AddOptions::invite_if_restricted`.
bool InvitingAdd(Action action, const CallOptions& call);

/// Whether a call must read the group back after `action`: asked for, or
/// needed (an inviting add tells the added from the invited that way).
bool WantsVerification(Action action, const CallOptions& call);

/// The state every copy of a `ParticipantsClient` shares. Owns the policy
/// layer: input validation, de-duplication, pacing, retries, deadlines,
/// cancellation and the async worker pool.
class ClientImpl {
 public:
  ClientImpl(std::shared_ptr<Backend> backend, ClientOptions options,
             std::optional<Error> config_error);
  ~ClientImpl();
  ClientImpl(const ClientImpl&) = delete;
  ClientImpl& operator=(const ClientImpl&) = delete;

  Result<void> CheckOptions() const;
  // Participants are taken by value: the caller's strings are moved into
  // the outcomes instead of being copied.
  Result<BatchResult> Manage(Action action, std::string_view group,
                             std::vector<std::string> participants, const CallOptions& call);
  Result<BatchResult> ManageMany(Action action, std::string_view group,
                                 std::vector<std::string> participants, const BulkOptions& bulk);
  std::future<Result<BatchResult>> ManageAsync(Action action, std::string group,
                                               std::vector<std::string> participants,
                                               CallOptions call);
  std::future<Result<std::vector<PendingRequest>>> PendingRequestsAsync(std::string group,
                                                                        CallOptions call);
  std::future<Result<GroupInfo>> GetGroupAsync(std::string group, CallOptions call);
  Result<std::vector<PendingRequest>> PendingRequests(std::string_view group,
                                                      const CallOptions& call);
  Result<GroupInfo> GetGroup(std::string_view group, const CallOptions& call);
  Result<BatchResult> Verify(BatchResult batch, const CallOptions& call);

 private:
  struct Prepared {
    std::string group;
    std::vector<std::string> normalized;  // distinct, in first-seen order
    std::vector<std::string> originals;   // the caller's spelling of each
  };
  Result<Prepared> Prepare(std::string_view group, std::vector<std::string> participants,
                           bool enforce_call_limit = true) const;
  /// Refuses per-call options that do not fit `action` or this backend.
  Result<void> CheckCall(Action action, const CallOptions& call) const;
  /// Turns the outcome of an action on `prepared` into a verified one when
  /// the call asks for it (or needs it: an add that may have invited).
  /// `never_sent` (if given) marks participants whose request provably never
  /// left: the read says nothing about what happened to them.
  Result<BatchResult> VerifyIfAsked(Action action, const Prepared& prepared,
                                    Result<BatchResult> result, const CallOptions& call,
                                    const std::vector<bool>* never_sent = nullptr);
  /// Reads `batch.group` and settles `batch` in place; the read's error if
  /// it failed (then `batch` is untouched).
  Result<void> SettleByReading(BatchResult& batch, const CallOptions& call,
                               const std::vector<bool>* never_sent);
  /// Sends one request for already prepared (normalised, distinct) input
  /// and returns outcomes in the caller's spelling, in order.
  Result<BatchResult> Send(Action action, const std::string& group,
                           const std::vector<std::string>& normalized,
                           const std::vector<std::string>& originals, const CallOptions& call);

  /// Runs `attempt` under the retry policy, the rate limiter, the deadline
  /// and cancellation. `action` is empty for reads (idempotent).
  template <class T, class AttemptFn>
  Result<T> Run(std::optional<Action> action, const CallOptions& call, const AttemptFn& attempt);

  /// The retry, deadline and cancellation state of one call, shared by the
  /// blocking loop (`Run`) and the asynchronous one (`client_async.cpp`).
  struct Attempts {
    // The token is set at construction: a default-constructed one would
    // allocate a flag only to be replaced.
    explicit Attempts(const CancellationToken& token)
        : cancel(token), context{std::chrono::milliseconds(0), token, {}, {}, false} {}
    std::optional<Action> action;  // empty for reads (idempotent)
    RetryPolicy policy;
    int max_attempts = 1;
    int attempt = 0;  // the attempt under way, from 1
    bool any_sent = false;
    std::optional<std::chrono::steady_clock::time_point> deadline;
    CancellationToken cancel;
    std::chrono::milliseconds timeout{0};
    std::chrono::milliseconds waited{0};  // for permits, this attempt (async only)
    RequestContext context;
  };
  Attempts StartAttempts(std::optional<Action> action, const CallOptions& call);
  /// Counts the next attempt and sets its timeout; an error when the call
  /// is cancelled or past its deadline.
  Result<void> BeginAttempt(Attempts& a);
  /// After a failed attempt: the delay before the next one (logged), or
  /// nullopt when the call must give up with `e`. Applies 429 back-pressure.
  std::optional<std::chrono::milliseconds> RetryDelay(Attempts& a, Error& e);
  /// A permit now (0), the wait before asking again (> 0, logged), or an
  /// error when the wait would pass `max_wait` or the deadline, or the call
  /// is cancelled. `waited` is how long this attempt has waited so far.
  Result<std::chrono::milliseconds> TryPermit(
      const CancellationToken& cancel,
      std::optional<std::chrono::steady_clock::time_point> deadline,
      std::chrono::milliseconds waited);
  /// Waits for the rate limiter; errors as `TryPermit`.
  Result<void> AwaitPermit(const CancellationToken& cancel,
                           std::optional<std::chrono::steady_clock::time_point> deadline);
  /// Sleeps for `d`, ending early when `cancel` fires.
  void Sleep(std::chrono::milliseconds d, const CancellationToken& cancel) const;
  /// Asynchronous calls (client_async.cpp). Over a backend with an event
  /// loop, a call is a chain of callbacks: attempt, permit (waiting on the
  /// timer thread), launch (the backend's *Async), result, retry or
  /// complete. No thread is held while a request is in flight; at most
  /// `max_concurrency` calls are, the rest wait in `waiting_`.
  template <class T>
  struct AsyncCall;
  template <class T>
  void Begin(std::shared_ptr<AsyncCall<T>> c);
  template <class T>
  void Attempt(std::shared_ptr<AsyncCall<T>> c);
  template <class T>
  void Permit(std::shared_ptr<AsyncCall<T>> c);
  template <class T>
  void OnResult(std::shared_ptr<AsyncCall<T>> c, Result<T> r);
  template <class T>
  void Complete(std::shared_ptr<AsyncCall<T>> c, Result<T> r);
  /// Completes `c` with kCancelled: its wait was dropped at shutdown.
  template <class T>
  void Abandon(std::shared_ptr<AsyncCall<T>> c);
  /// Frees a slot: hands it to the next waiting call, or counts it free.
  void Release();
  /// Runs `task` after `d`: on the timer thread, or inline through the
  /// test sleeper when one is set.
  void After(std::chrono::milliseconds d, TimerQueue::Task task);
  /// The fallback for backends without an event loop (and for calls that
  /// verify): the blocking call on a worker thread.
  template <class T>
  std::future<Result<T>> OnWorker(std::function<Result<T>()> run);
  /// A read (`GetGroup`, `PendingRequests`) without blocking: through the
  /// backend's `read` over an event loop, else `blocking` on a worker.
  template <class T>
  using BackendRead = void (Backend::*)(const std::string&, const RequestContext&,
                                        std::function<void(Result<T>)>);
  template <class T>
  using BlockingRead = Result<T> (ClientImpl::*)(std::string_view, const CallOptions&);
  template <class T>
  std::future<Result<T>> ReadAsync(std::string group, CallOptions call, BackendRead<T> read,
                                   BlockingRead<T> blocking);
  /// Remaps the backend's outcomes (normalised ids) to the caller's
  /// spelling and order; never loses a participant.
  Result<BatchResult> InCallerTerms(Result<BatchResult> result, Action action,
                                    const std::string& group,
                                    const std::vector<std::string>& normalized,
                                    const std::vector<std::string>& originals) const;

  void Log(LogRecord::Level level, std::string message) const;
  std::chrono::steady_clock::time_point Now() const;

  std::shared_ptr<Backend> backend_;
  ClientOptions options_;
  std::optional<Error> config_error_;
  std::shared_ptr<RateLimiter> limiter_;  // null: no pacing at all
  CancellationToken shutdown_;
  std::mutex rng_mu_;
  std::mt19937_64 rng_;

  std::mutex async_mu_;  // guards in_flight_, waiting_, stopping_
  std::condition_variable async_cv_;
  int in_flight_ = 0;
  // Calls waiting for a slot: run(true) starts one (the slot is already
  // counted), run(false) abandons it with kCancelled.
  std::deque<std::function<void(bool)>> waiting_;
  bool stopping_ = false;
  TimerQueue timers_;

  WorkerPool workers_;  // last: joined before the members it uses die
};

}  // namespace wa::internal

#endif  // WA_PARTICIPANTS_SRC_CLIENT_CLIENT_IMPL_HPP_
