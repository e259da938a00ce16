// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/client_impl.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_map>
#include <utility>

#include "client/retry.hpp"
#include "client/verification.hpp"

namespace wa::internal {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// How many invalid participants one error message lists before summarising.
constexpr std::size_t kMaxListedInvalid = 5;
// Sleeps are sliced so a cancelled call wakes up promptly.
constexpr milliseconds kSleepSlice(50);

int PermitsFor(const ClientOptions& options, const Backend& backend) {
  if (!options.rate_limit) return 0;
  if (options.rate_limit->requests > 0) return options.rate_limit->requests;
  return backend.DocumentedRequestsPerMinute().value_or(0);
}

milliseconds PeriodFor(const ClientOptions& options) {
  // The provider's documented limits are per minute.
  if (!options.rate_limit || options.rate_limit->requests == 0) return std::chrono::minutes(1);
  return options.rate_limit->period;
}

}  // namespace

Error CancelledError(bool sent, std::optional<Action> action) {
  Error e = MakeLocalError(ErrorCode::kCancelled, "the call was cancelled");
  e.request_sent = sent;
  if (sent && action) {
    e.message += "; an attempt had been sent, so the outcome of the " +
                 std::string(ToString(*action)) + " is unknown: read the group's state";
  }
  return e;
}

// Z-API says nothing per participant, so telling the added from the invited
// takes a read of the group: an inviting add verifies itself.
bool InvitingAdd(Action action, const CallOptions& call) {
  return action == Action::kAdd && call.add.invite_if_restricted;
}

bool WantsVerification(Action action, const CallOptions& call) {
  return call.verify || InvitingAdd(action, call);
}

ClientImpl::ClientImpl(std::shared_ptr<Backend> backend, ClientOptions options,
                       std::optional<Error> config_error)
    : backend_(std::move(backend)),
      options_(std::move(options)),
      config_error_(std::move(config_error)),
      rng_(std::random_device{}()),
      workers_(static_cast<std::size_t>(std::max(1, options_.max_concurrency))) {
  if (!backend_ && !config_error_) {
    config_error_ = MakeLocalError(ErrorCode::kInvalidArgument, "the client has no backend");
  }
  if (options_.max_concurrency < 1 && !config_error_) {
    config_error_ = MakeLocalError(ErrorCode::kInvalidArgument,
                                   "ClientOptions.max_concurrency must be at least 1");
  }
  if (options_.rate_limit && options_.rate_limit->requests < 0 && !config_error_) {
    config_error_ = MakeLocalError(ErrorCode::kInvalidArgument,
                                   "ClientOptions.rate_limit.requests must not be negative");
  }
  if (backend_) {
    limiter_ = SharedRateLimiter(backend_->QuotaKey(), PermitsFor(options_, *backend_),
                                 PeriodFor(options_));
  }
}

ClientImpl::~ClientImpl() {
  // In-flight calls see the cancel and return kCancelled; queued ones are
  // abandoned with kCancelled; then the threads are joined. Asynchronous
  // calls in flight on the transport's loop end within its cancel poll.
  shutdown_.Cancel();
  std::deque<std::function<void(bool)>> waiting;
  {
    std::lock_guard<std::mutex> lock(async_mu_);
    stopping_ = true;
    waiting.swap(waiting_);
  }
  for (auto& w : waiting) w(false);
  timers_.Shutdown();
  {
    std::unique_lock<std::mutex> lock(async_mu_);
    async_cv_.wait(lock, [this] { return in_flight_ == 0; });
  }
  workers_.Shutdown();
}

Result<void> ClientImpl::CheckOptions() const {
  if (config_error_) return Unexpected(*config_error_);
  return {};
}

void ClientImpl::Log(LogRecord::Level level, std::string message) const {
  if (options_.logger) options_.logger(LogRecord{level, std::move(message)});
}

Clock::time_point ClientImpl::Now() const {
  return options_.clock ? options_.clock() : Clock::now();
}

void ClientImpl::Sleep(milliseconds d, const CancellationToken& cancel) const {
  if (d <= milliseconds(0)) return;
  if (options_.sleeper) {
    options_.sleeper(d);
    return;
  }
  auto until = Clock::now() + d;
  while (!cancel.IsCancelled()) {
    auto now = Clock::now();
    if (now >= until) return;
    std::this_thread::sleep_for(std::min<Clock::duration>(until - now, kSleepSlice));
  }
}

Result<ClientImpl::Prepared> ClientImpl::Prepare(std::string_view group,
                                                 std::vector<std::string> participants,
                                                 bool enforce_call_limit) const {
  if (config_error_) return Unexpected(*config_error_);
  auto g = backend_->NormalizeGroup(group);
  if (!g) return Unexpected(std::move(g).error());
  if (participants.empty()) {
    return Unexpected(
        MakeLocalError(ErrorCode::kInvalidArgument, "no participants given: pass at least one"));
  }
  Prepared p;
  p.group = std::move(*g);
  // Typical calls carry a handful of participants: a linear scan beats
  // hashing there; large lists get the map.
  constexpr std::size_t kLinearDedupLimit = 32;
  const bool use_map = participants.size() > kLinearDedupLimit;
  std::unordered_map<std::string, std::size_t> seen;
  std::vector<std::string> problems;
  std::size_t invalid = 0;
  for (std::size_t i = 0; i < participants.size(); ++i) {
    auto n = backend_->NormalizeParticipant(participants[i]);
    if (!n) {
      if (++invalid <= kMaxListedInvalid) {
        problems.push_back("#" + std::to_string(i + 1) + ": " + n.error().message);
      }
      continue;
    }
    bool fresh =
        use_map ? seen.emplace(*n, p.normalized.size()).second
                : std::find(p.normalized.begin(), p.normalized.end(), *n) == p.normalized.end();
    if (fresh) {
      p.normalized.push_back(std::move(*n));
      p.originals.push_back(std::move(participants[i]));
    }
  }
  if (invalid > 0) {
    std::string msg = std::to_string(invalid) + " of " + std::to_string(participants.size()) +
                      " participants are invalid, so nothing was sent: ";
    for (std::size_t i = 0; i < problems.size(); ++i) msg += (i ? "; " : "") + problems[i];
    if (invalid > problems.size()) {
      msg += "; and " + std::to_string(invalid - problems.size()) + " more";
    }
    return Unexpected(MakeLocalError(ErrorCode::kInvalidArgument, std::move(msg)));
  }
  if (enforce_call_limit && p.normalized.size() > options_.max_participants_per_call) {
    return Unexpected(MakeLocalError(
        ErrorCode::kInvalidArgument,
        std::to_string(p.normalized.size()) + " distinct participants exceed the limit of " +
            std::to_string(options_.max_participants_per_call) +
            " per call (ClientOptions.max_participants_per_call); split the list"));
  }
  return p;
}

Result<milliseconds> ClientImpl::TryPermit(const CancellationToken& cancel,
                                           std::optional<Clock::time_point> deadline,
                                           milliseconds waited) {
  if (cancel.IsCancelled()) return Unexpected(CancelledError(false, std::nullopt));
  milliseconds wait = limiter_->Reserve(Now());
  if (wait <= milliseconds(0)) return milliseconds(0);
  const milliseconds max_wait =
      options_.rate_limit ? options_.rate_limit->max_wait : milliseconds(std::chrono::minutes(2));
  bool past_deadline = deadline && Now() + wait > *deadline;
  if (waited + wait > max_wait || past_deadline) {
    Error e = MakeLocalError(
        ErrorCode::kRateLimited,
        "the rate limit allows no request within " +
            std::string(past_deadline ? "the call's deadline" : "RateLimit.max_wait") +
            " (next permit in " + std::to_string(wait.count()) + " ms); nothing was sent");
    e.retry_after = wait;
    return Unexpected(std::move(e));
  }
  Log(LogRecord::Level::kInfo,
      "rate limit: waiting " + std::to_string(wait.count()) + " ms before sending");
  return wait;
}

Result<void> ClientImpl::AwaitPermit(const CancellationToken& cancel,
                                     std::optional<Clock::time_point> deadline) {
  milliseconds waited(0);
  for (;;) {
    auto wait = TryPermit(cancel, deadline, waited);
    if (!wait) return Unexpected(std::move(wait).error());
    if (*wait <= milliseconds(0)) return {};
    Sleep(*wait, cancel);
    waited += *wait;
  }
}

ClientImpl::Attempts ClientImpl::StartAttempts(std::optional<Action> action,
                                               const CallOptions& call) {
  Attempts a(call.cancel ? CancellationToken::AnyOf({*call.cancel, shutdown_}) : shutdown_);
  a.action = action;
  a.policy = call.retry.value_or(options_.retry);
  a.max_attempts = std::max(1, a.policy.max_attempts);
  a.deadline = call.deadline;
  a.timeout = call.timeout.value_or(options_.timeout.value_or(DefaultTimeout(action)));
  a.context.logger = options_.logger;
  a.context.invite_if_restricted = action && InvitingAdd(*action, call);
  // Captures only `this` (small enough to live inside the std::function):
  // every call runs within the client's lifetime.
  a.context.on_rate_limit = [this](const RateLimitStatus& status) {
    limiter_->Observe(status, std::chrono::system_clock::now(), Now());
  };
  return a;
}

Result<void> ClientImpl::BeginAttempt(Attempts& a) {
  ++a.attempt;
  if (a.cancel.IsCancelled()) return Unexpected(CancelledError(a.any_sent, a.action));
  milliseconds attempt_timeout = a.timeout;
  if (a.deadline) {
    auto left = std::chrono::duration_cast<milliseconds>(*a.deadline - Now());
    if (left <= milliseconds(0)) {
      Error e = MakeLocalError(ErrorCode::kTimeout, "the call's deadline passed before attempt " +
                                                        std::to_string(a.attempt) + " was sent");
      e.request_sent = a.any_sent;
      return Unexpected(std::move(e));
    }
    attempt_timeout = std::min(attempt_timeout, left);
  }
  a.context.timeout = attempt_timeout;
  return {};
}

std::optional<milliseconds> ClientImpl::RetryDelay(Attempts& a, Error& e) {
  a.any_sent = a.any_sent || e.request_sent;
  if (e.code == ErrorCode::kRateLimited && e.http_status == 429) {
    // Everyone sharing this token backs off, not just this call.
    limiter_->BlockFor(e.retry_after.value_or(a.policy.initial_backoff), Now());
  }
  if (a.attempt >= a.max_attempts || !IsRetryable(e, !a.action.has_value())) return std::nullopt;
  milliseconds delay;
  {
    std::lock_guard<std::mutex> lock(rng_mu_);
    delay = Backoff(a.policy, a.attempt, rng_);
  }
  if (e.code == ErrorCode::kRateLimited) {
    // The limiter now holds everyone until the reset; the permit wait covers it.
    delay = milliseconds(0);
  }
  if (a.deadline && Now() + delay >= *a.deadline) return std::nullopt;
  std::string line = "attempt " + std::to_string(a.attempt);
  line += " of " + std::to_string(a.max_attempts) + " failed (";
  line += ToString(e.code);
  line += "); retrying in " + std::to_string(delay.count()) + " ms";
  Log(LogRecord::Level::kInfo, std::move(line));
  return delay;
}

template <class T, class AttemptFn>
Result<T> ClientImpl::Run(std::optional<Action> action, const CallOptions& call,
                          const AttemptFn& attempt) {
  Attempts a = StartAttempts(action, call);
  for (;;) {
    if (auto ready = BeginAttempt(a); !ready) return Unexpected(std::move(ready).error());
    if (auto permit = AwaitPermit(a.cancel, a.deadline); !permit) {
      Error e = std::move(permit).error();
      e.request_sent = a.any_sent;
      return Unexpected(std::move(e));
    }
    Result<T> r = attempt(a.context);
    if (r) return r;
    auto delay = RetryDelay(a, r.error());
    if (!delay) return r;
    Sleep(*delay, a.cancel);
  }
}

Result<void> ClientImpl::CheckCall(Action action, const CallOptions& call) const {
  if (!call.add.invite_if_restricted) return {};
  if (action != Action::kAdd) {
    return Unexpected(
        MakeLocalError(ErrorCode::kInvalidArgument,
                       "AddOptions.invite_if_restricted applies only to add, not to " +
                           std::string(ToString(action)) + "; nothing was sent"));
  }
  if (!backend_->CanInviteIfRestricted()) {
    return Unexpected(
        MakeLocalError(ErrorCode::kUnsupported,
                       "the " + std::string(backend_->provider()) +
                           " backend cannot invite participants whose privacy blocks an add "
                           "(AddOptions.invite_if_restricted); nothing was sent"));
  }
  return {};
}

// Verification only reads (GetGroup is idempotent), so it cannot change
// what the action did; it can only say more precisely what that was.
Result<BatchResult> ClientImpl::VerifyIfAsked(Action action, const Prepared& prepared,
                                              Result<BatchResult> result, const CallOptions& call,
                                              const std::vector<bool>* never_sent) {
  if (!WantsVerification(action, call)) return result;
  if (result) {
    if (auto settled = SettleByReading(*result, call, never_sent); !settled) {
      Log(LogRecord::Level::kWarning,
          "verification read failed, returning the unverified result: " +
              ToString(settled.error()));
    }
    return result;
  }
  if (!result.error().outcome_unknown()) return result;
  // The action may or may not have happened: the group's state decides.
  BatchResult unknown;
  unknown.action = action;
  unknown.group = prepared.group;
  for (const auto& original : prepared.originals) {
    unknown.participants.push_back(
        {original,
         Unexpected(ParticipantError{ParticipantErrorCode::kUnknown, result.error().message})});
  }
  if (auto settled = SettleByReading(unknown, call, never_sent); !settled) {
    Log(LogRecord::Level::kWarning,
        "could not resolve the unknown outcome: " + ToString(settled.error()));
    return result;
  }
  return unknown;
}

Result<BatchResult> ClientImpl::Manage(Action action, std::string_view group,
                                       std::vector<std::string> participants,
                                       const CallOptions& call) {
  if (config_error_) return Unexpected(*config_error_);
  if (auto ok = CheckCall(action, call); !ok) return Unexpected(std::move(ok).error());
  auto prepared = Prepare(group, std::move(participants));
  if (!prepared) return Unexpected(std::move(prepared).error());
  auto result = Send(action, prepared->group, prepared->normalized, prepared->originals, call);
  return VerifyIfAsked(action, *prepared, std::move(result), call);
}

Result<GroupInfo> ClientImpl::GetGroup(std::string_view group, const CallOptions& call) {
  if (config_error_) return Unexpected(*config_error_);
  auto g = backend_->NormalizeGroup(group);
  if (!g) return Unexpected(std::move(g).error());
  return Run<GroupInfo>(std::nullopt, call, [&](const RequestContext& context) {
    return backend_->GetGroup(*g, context);
  });
}

Result<BatchResult> ClientImpl::Verify(BatchResult batch, const CallOptions& call) {
  if (auto settled = SettleByReading(batch, call, nullptr); !settled) {
    return Unexpected(std::move(settled).error());
  }
  return batch;
}

Result<void> ClientImpl::SettleByReading(BatchResult& batch, const CallOptions& call,
                                         const std::vector<bool>* never_sent) {
  auto group = GetGroup(batch.group, call);
  if (!group) return Unexpected(std::move(group).error());
  ApplyVerification(batch, *group, InvitingAdd(batch.action, call), never_sent);
  return {};
}

Result<BatchResult> ClientImpl::Send(Action action, const std::string& group,
                                     const std::vector<std::string>& normalized,
                                     const std::vector<std::string>& originals,
                                     const CallOptions& call) {
  auto result = Run<BatchResult>(action, call, [&](const RequestContext& context) {
    return backend_->Manage(action, group, normalized, context);
  });
  return InCallerTerms(std::move(result), action, group, normalized, originals);
}

Result<BatchResult> ClientImpl::InCallerTerms(Result<BatchResult> result, Action action,
                                              const std::string& group,
                                              const std::vector<std::string>& normalized,
                                              const std::vector<std::string>& originals) const {
  if (!result) return result;
  result->action = action;
  if (result->group.empty()) result->group = group;
  auto& outcomes = result->participants;
  bool in_order = outcomes.size() == normalized.size();
  for (std::size_t i = 0; in_order && i < normalized.size(); ++i) {
    in_order = outcomes[i].participant == normalized[i];
  }
  if (in_order) {  // what the built-in backends return
    for (std::size_t i = 0; i < normalized.size(); ++i) outcomes[i].participant = originals[i];
    return result;
  }
  // Re-key by the normalised identifier so a backend that reorders, drops
  // or invents entries cannot misattribute or lose a participant.
  std::unordered_map<std::string, ParticipantOutcome*> by_id;
  for (auto& o : outcomes) by_id.emplace(o.participant, &o);
  std::vector<ParticipantOutcome> ordered;
  ordered.reserve(normalized.size());
  for (std::size_t i = 0; i < normalized.size(); ++i) {
    auto it = by_id.find(normalized[i]);
    ParticipantOutcome o;
    if (it != by_id.end()) {
      o = std::move(*it->second);
    } else {
      o.result = Unexpected(ParticipantError{
          ParticipantErrorCode::kUnknown,
          std::string(backend_->provider()) + " backend returned no outcome for this participant"});
    }
    o.participant = originals[i];
    ordered.push_back(std::move(o));
  }
  outcomes = std::move(ordered);
  return result;
}

Result<BatchResult> ClientImpl::ManageMany(Action action, std::string_view group,
                                           std::vector<std::string> participants,
                                           const BulkOptions& bulk) {
  if (bulk.chunk_size == 0 || bulk.chunk_size > options_.max_participants_per_call) {
    return Unexpected(MakeLocalError(
        ErrorCode::kInvalidArgument,
        "BulkOptions.chunk_size must be between 1 and ClientOptions.max_participants_per_call (" +
            std::to_string(options_.max_participants_per_call) + ")"));
  }
  if (bulk.max_parallel_chunks < 1 || bulk.jitter < 0.0 || bulk.jitter > 1.0) {
    return Unexpected(MakeLocalError(
        ErrorCode::kInvalidArgument,
        "BulkOptions.max_parallel_chunks must be at least 1 and jitter within [0, 1]"));
  }
  if (config_error_) return Unexpected(*config_error_);
  if (auto ok = CheckCall(action, bulk.call); !ok) return Unexpected(std::move(ok).error());
  auto prepared = Prepare(group, std::move(participants), /*enforce_call_limit=*/false);
  if (!prepared) return Unexpected(std::move(prepared).error());
  const Prepared& p = *prepared;

  const std::size_t n = p.normalized.size();
  const std::size_t chunks = (n + bulk.chunk_size - 1) / bulk.chunk_size;
  std::vector<ParticipantOutcome> merged(n);
  std::string echoed_group;
  CancellationToken cancel =
      bulk.call.cancel ? CancellationToken::AnyOf({*bulk.call.cancel, shutdown_}) : shutdown_;
  CallOptions call = bulk.call;
  call.cancel = cancel;

  std::mutex mu;  // guards merged, never_sent, echoed_group, progress and the callback
  // Participants of chunks that provably never left: verification must not
  // reinterpret them (an absent participant was not invited, just not tried).
  std::vector<bool> never_sent(n, false);
  BulkProgress progress;
  progress.chunks_total = chunks;
  progress.participants_total = n;
  std::atomic<std::size_t> next{0};

  auto fail_chunk = [&](std::size_t begin, std::size_t end, const Error& e) {
    std::string why = std::string(e.request_sent ? "this participant's chunk failed after it "
                                                   "was sent, so its outcome is unknown: "
                                                 : "this participant's chunk was not sent: ") +
                      ToString(e);
    for (std::size_t i = begin; i < end; ++i) {
      merged[i].participant = p.originals[i];
      merged[i].result = Unexpected(ParticipantError{ParticipantErrorCode::kUnknown, why});
    }
  };

  auto worker = [&] {
    bool first = true;
    for (;;) {
      std::size_t c = next.fetch_add(1);
      if (c >= chunks) return;
      std::size_t begin = c * bulk.chunk_size;
      std::size_t end = std::min(n, begin + bulk.chunk_size);
      if (!first && bulk.pause_between_chunks.count() > 0) {
        double factor = 1.0;
        if (bulk.jitter > 0.0) {
          std::lock_guard<std::mutex> lock(rng_mu_);
          factor =
              std::uniform_real_distribution<double>(1.0 - bulk.jitter, 1.0 + bulk.jitter)(rng_);
        }
        Sleep(milliseconds(static_cast<std::int64_t>(
                  static_cast<double>(bulk.pause_between_chunks.count()) * factor)),
              cancel);
      }
      first = false;
      std::vector<std::string> normalized(p.normalized.begin() + static_cast<std::ptrdiff_t>(begin),
                                          p.normalized.begin() + static_cast<std::ptrdiff_t>(end));
      std::vector<std::string> originals(p.originals.begin() + static_cast<std::ptrdiff_t>(begin),
                                         p.originals.begin() + static_cast<std::ptrdiff_t>(end));
      Result<BatchResult> r = cancel.IsCancelled()
                                  ? Result<BatchResult>(Unexpected(CancelledError(false, action)))
                                  : Send(action, p.group, normalized, originals, call);
      std::lock_guard<std::mutex> lock(mu);
      if (r) {
        if (echoed_group.empty()) echoed_group = r->group;
        for (std::size_t i = begin; i < end; ++i) merged[i] = std::move(r->participants[i - begin]);
      } else {
        fail_chunk(begin, end, r.error());
        if (!r.error().request_sent) {
          std::fill(never_sent.begin() + static_cast<std::ptrdiff_t>(begin),
                    never_sent.begin() + static_cast<std::ptrdiff_t>(end), true);
        }
      }
      ++progress.chunks_done;
      progress.participants_done += end - begin;
      for (std::size_t i = begin; i < end; ++i) {
        (merged[i].result ? progress.succeeded : progress.failed)++;
      }
      if (bulk.on_progress) bulk.on_progress(progress);
    }
  };

  std::size_t threads =
      std::min<std::size_t>(static_cast<std::size_t>(bulk.max_parallel_chunks), chunks);
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();  // the calling thread works too
  for (auto& t : pool) t.join();

  BatchResult result;
  result.action = action;
  result.group = echoed_group.empty() ? p.group : echoed_group;
  result.participants = std::move(merged);
  // One read of the group verifies every chunk at once.
  return VerifyIfAsked(action, p, std::move(result), call, &never_sent);
}

Result<std::vector<PendingRequest>> ClientImpl::PendingRequests(std::string_view group,
                                                                const CallOptions& call) {
  if (config_error_) return Unexpected(*config_error_);
  auto g = backend_->NormalizeGroup(group);
  if (!g) return Unexpected(std::move(g).error());
  return Run<std::vector<PendingRequest>>(std::nullopt, call, [&](const RequestContext& context) {
    return backend_->PendingRequests(*g, context);
  });
}

}  // namespace wa::internal
