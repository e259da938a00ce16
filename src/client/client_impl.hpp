// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_CLIENT_IMPL_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_CLIENT_IMPL_HPP_

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "client/admission.hpp"
#include "client/call_input.hpp"
#include "client/retry_loop.hpp"
#include "client/timer_queue.hpp"
#include "client/worker_pool.hpp"
#include "wa/participants/backend.hpp"
#include "wa/participants/connection.hpp"
#include "wa/participants/options.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// The SDK's own connection, shared by every copy of a `ParticipantsClient`.
/// It composes the engine's rooms: admission (the one guard), call_input
/// (validation and spelling), retry_loop (pacing, retries, deadlines), bulk
/// (ManageMany's fan-out) and verification (read-back). Thread safe.
class ClientImpl : public ParticipantsConnection {
 public:
  ClientImpl(std::shared_ptr<Backend> backend, ClientOptions options,
             std::optional<Error> config_error);
  ~ClientImpl() override;
  ClientImpl(const ClientImpl&) = delete;
  ClientImpl& operator=(const ClientImpl&) = delete;

  Result<void> CheckOptions() const override;
  // Participants are taken by value: the caller's strings are moved into
  // the outcomes instead of being copied.
  Result<BatchResult> Manage(Action action, std::string_view group,
                             std::vector<std::string> participants,
                             const CallOptions& call) override;
  Result<BatchResult> ManageMany(Action action, std::string_view group,
                                 std::vector<std::string> participants,
                                 const BulkOptions& bulk) override;
  // The future forms are the base class's, built on these handler forms:
  // one async path.
  using ParticipantsConnection::GetGroupAsync;
  using ParticipantsConnection::ManageAsync;
  using ParticipantsConnection::PendingRequestsAsync;
  void ManageAsync(Action action, std::string_view group, std::vector<std::string> participants,
                   const CallOptions& call, CompletionHandler<BatchResult> on_done) override;
  void PendingRequestsAsync(std::string_view group, const CallOptions& call,
                            CompletionHandler<std::vector<PendingRequest>> on_done) override;
  void GetGroupAsync(std::string_view group, const CallOptions& call,
                     CompletionHandler<GroupInfo> on_done) override;
  Result<std::vector<PendingRequest>> PendingRequests(std::string_view group,
                                                      const CallOptions& call) override;
  Result<GroupInfo> GetGroup(std::string_view group, const CallOptions& call) override;
  Result<BatchResult> Verify(const BatchResult& batch, const CallOptions& call) override;

 private:
  /// Admission and input checks of a participant action; the prepared input.
  Result<PreparedCall> Admit(Action action, std::string_view group,
                             std::vector<std::string> participants, const CallOptions& call,
                             bool enforce_call_limit) const;
  /// Admission and capability check of a read; the normalised group.
  Result<std::string> AdmitRead(std::string_view group, bool pending) const;
  /// Sends one request for prepared input; outcomes aligned to
  /// `normalized`, still in normalised form.
  Result<BatchResult> Send(Action action, const std::string& group,
                           const std::vector<std::string>& normalized, const CallOptions& call);
  /// Turns the outcome of an action into a verified one when the call asks
  /// for it (or needs it), then puts it in the caller's spelling. `never_sent`
  /// (if given) marks participants whose request provably never left.
  Result<BatchResult> Finish(Action action, const PreparedCall& prepared,
                             Result<BatchResult> result, const CallOptions& call,
                             const std::vector<bool>* never_sent = nullptr);
  /// Settles `pending` (normalised ids) with `group`, the read's result;
  /// logs and returns `result` unchanged when the read failed.
  Result<BatchResult> Settle(Result<BatchResult> result, BatchResult pending,
                             const Result<GroupInfo>& group, bool invited,
                             const std::vector<bool>* never_sent) const;

  RetryState NewRetryState(std::optional<Action> action, const CallOptions& call) const;
  /// One more permit for an attempt that sends several requests
  /// (`RequestContext::next_permit`): `done` gets it, or why not, after
  /// waiting on the timers (never on the caller's thread) as the attempt's
  /// own permit would, within `max_wait` and the call's deadline.
  void AwaitPermit(const CancellationToken& cancel,
                   std::optional<std::chrono::steady_clock::time_point> deadline,
                   std::chrono::milliseconds waited, std::function<void(Result<void>)> done) const;
  /// Whether a call's admission slot was handed on to a follow-up call (a
  /// verifying action's group read), which then releases it.
  struct SlotHandOff {
    bool taken = false;
  };
  /// Starts an asynchronous call through admission and the async retry loop.
  /// With `hand_off`, its slot is not released when `hand_off->taken`.
  template <class T>
  void StartAsync(std::optional<Action> action, const CallOptions& call,
                  std::function<void(const RequestContext&, std::function<void(Result<T>)>)> start,
                  std::function<void(Result<T>)> finish,
                  std::shared_ptr<SlotHandOff> hand_off = nullptr);
  /// Runs a follow-up call in the slot a finishing call handed off: no second
  /// pass through admission, so it never waits behind queued calls.
  template <class T>
  void ContinueInSlot(
      const CallOptions& call,
      std::function<void(const RequestContext&, std::function<void(Result<T>)>)> start,
      std::function<void(Result<T>)> finish);
  /// The blocking call on a worker thread: for backends without an event loop.
  template <class T>
  void OnWorker(std::function<Result<T>()> run, CompletionHandler<T> done);
  /// Hands `r` to `done` on the timer thread: an answer known before
  /// sending still never runs inside the call that started it.
  template <class T>
  void Post(Result<T> r, CompletionHandler<T> done);
  /// Marks the thread and the span of one call that starts an asynchronous
  /// one: a result that arrives within that span, on that thread (an
  /// already-cancelled token, a past deadline, a limiter or transport
  /// refusal), is posted to the timer thread instead of run there.
  struct Initiation {
    std::thread::id caller = std::this_thread::get_id();
    std::atomic<bool> returned{false};
    bool Inline() const { return !returned.load() && std::this_thread::get_id() == caller; }
  };
  /// Sets `returned` when the initiating call returns.
  struct InitiationScope {
    std::shared_ptr<Initiation> initiation = std::make_shared<Initiation>();
    ~InitiationScope() { initiation->returned = true; }
  };
  /// `on_done`, made safe to run on the SDK's threads: never inside the call
  /// that started it (see `Initiation`); an exception it throws is logged and
  /// dropped; an empty handler drops the result.
  template <class T>
  CompletionHandler<T> Guarded(CompletionHandler<T> on_done,
                               std::shared_ptr<Initiation> initiation);
  /// A read without blocking: the backend's `read` over an event loop, else
  /// the blocking one on a worker.
  template <class T>
  using BackendRead = void (Backend::*)(const std::string&, const RequestContext&,
                                        std::function<void(Result<T>)>);
  template <class T>
  void ReadAsync(std::string group, const CallOptions& call, bool pending, BackendRead<T> read,
                 CompletionHandler<T> on_done);

  void Log(LogRecord::Level level, std::string message) const;
  void Sleep(std::chrono::milliseconds d, const CancellationToken& cancel) const;

  std::shared_ptr<Backend> backend_;
  Capabilities capabilities_;  // read once: a backend declares them constant
  ClientOptions options_;
  std::string region_;  // ClientOptions::default_region, checked and upper-cased
  InputRules rules_;
  RetryEnv env_;
  mutable std::mutex rng_mu_;
  mutable std::mt19937_64 rng_;
  TimerQueue timers_;
  Admission admission_;
  WorkerPool workers_;       // async calls over a backend without an event loop
  WorkerPool bulk_workers_;  // ManageMany's extra chunks: never queued behind async calls
  // (last: the pools are joined before the members they use die)
};

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_CLIENT_CLIENT_IMPL_HPP_
