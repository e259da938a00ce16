// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_CLIENT_IMPL_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_CLIENT_IMPL_HPP_

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
#include "client/worker_pool.hpp"
#include "wa/participants/backend.hpp"
#include "wa/participants/options.hpp"

namespace wa::internal {

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
  Result<BatchResult> VerifyIfAsked(Action action, const Prepared& prepared,
                                    Result<BatchResult> result, const CallOptions& call);
  /// Sends one request for already prepared (normalised, distinct) input
  /// and returns outcomes in the caller's spelling, in order.
  Result<BatchResult> Send(Action action, const std::string& group,
                           const std::vector<std::string>& normalized,
                           const std::vector<std::string>& originals, const CallOptions& call);

  /// Runs `attempt` under the retry policy, the rate limiter, the deadline
  /// and cancellation. `action` is empty for reads (idempotent).
  template <class T>
  Result<T> Run(std::optional<Action> action, const CallOptions& call,
                const std::function<Result<T>(const RequestContext&)>& attempt);

  /// Waits for the rate limiter; an error when the wait would pass
  /// `max_wait` or the deadline, or the call is cancelled.
  Result<void> AwaitPermit(const CancellationToken& cancel,
                           std::optional<std::chrono::steady_clock::time_point> deadline);
  /// Sleeps for `d`, ending early when `cancel` fires.
  void Sleep(std::chrono::milliseconds d, const CancellationToken& cancel) const;
  void Log(LogRecord::Level level, std::string message) const;
  std::chrono::steady_clock::time_point Now() const;

  std::shared_ptr<Backend> backend_;
  ClientOptions options_;
  std::optional<Error> config_error_;
  std::shared_ptr<RateLimiter> limiter_;  // null: no pacing at all
  CancellationToken shutdown_;
  std::mutex rng_mu_;
  std::mt19937_64 rng_;
  WorkerPool workers_;  // last: joined before the members it uses die
};

}  // namespace wa::internal

#endif  // WA_PARTICIPANTS_SRC_CLIENT_CLIENT_IMPL_HPP_
