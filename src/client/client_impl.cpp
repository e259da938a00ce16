// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/client_impl.hpp"

#include <algorithm>
#include <thread>
#include <utility>

#include "client/bulk.hpp"
#include "client/retry.hpp"
#include "client/verification.hpp"
#include "ids/phone_numbers.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// Sleeps are sliced so a cancelled call wakes up promptly.
constexpr milliseconds kSleepSlice(50);

// Threads ManageMany may borrow beyond the caller's, across all its calls in
// flight on one client: started on demand, kept for reuse.
constexpr std::size_t kMaxBulkHelpers = 64;

int PermitsFor(const ClientOptions& options, const Capabilities& capabilities) {
  if (!options.rate_limit) return 0;
  if (options.rate_limit->requests > 0) return options.rate_limit->requests;
  return capabilities.documented_requests_per_minute.value_or(0);
}

milliseconds PeriodFor(const ClientOptions& options) {
  // The provider's documented limits are per minute.
  if (!options.rate_limit || options.rate_limit->requests == 0) return std::chrono::minutes(1);
  return options.rate_limit->period;
}

Result<std::string> RegionOf(const ClientOptions& options) {
  if (options.default_region.empty()) return std::string();
  return NormalizeRegion(options.default_region, "ClientOptions.default_region");
}

// The first thing wrong with how the client was made, if anything.
std::optional<Error> ConfigErrorOf(const std::shared_ptr<Backend>& backend,
                                   const ClientOptions& options, std::optional<Error> given) {
  if (given) return given;
  if (!backend) return MakeLocalError(ErrorCode::kInvalidArgument, "the client has no backend");
  if (options.max_concurrency < 1) {
    return MakeLocalError(ErrorCode::kInvalidArgument,
                          "ClientOptions.max_concurrency must be at least 1");
  }
  if (options.rate_limit && options.rate_limit->requests < 0) {
    return MakeLocalError(ErrorCode::kInvalidArgument,
                          "ClientOptions.rate_limit.requests must not be negative");
  }
  if (auto region = RegionOf(options); !region) return std::move(region).error();
  return std::nullopt;
}

}  // namespace

ClientImpl::ClientImpl(std::shared_ptr<Backend> backend, ClientOptions options,
                       std::optional<Error> config_error)
    : backend_(std::move(backend)),
      options_(std::move(options)),
      rng_(std::random_device{}()),
      admission_(ConfigErrorOf(backend_, options_, std::move(config_error)),
                 options_.max_concurrency, timers_),
      workers_(static_cast<std::size_t>(std::max(1, options_.max_concurrency))),
      bulk_workers_(kMaxBulkHelpers) {
  if (options_.logger) {
    // Every record, whoever built it, reaches the application's log escaped:
    // provider text inside it cannot move a terminal's cursor or forge a line.
    // A logger that throws loses its record and nothing else: the record is
    // often written on an SDK thread mid-call, where an exception would leave
    // the call without an answer.
    options_.logger = [log = std::move(options_.logger)](const LogRecord& record) noexcept {
      try {
        log(LogRecord{record.level, EscapeForDisplay(record.message)});
      } catch (...) {  // NOLINT(bugprone-empty-catch): dropped, as documented
      }
    };
  }
  if (auto region = RegionOf(options_)) region_ = std::move(*region);
  if (backend_) {
    capabilities_ = backend_->Capabilities();
    env_.limiter = SharedRateLimiter(backend_->QuotaKey(), PermitsFor(options_, capabilities_),
                                     PeriodFor(options_));
  }
  rules_ = InputRules{backend_.get(), &capabilities_, region_, options_.max_participants_per_call};
  env_.now = [this] { return options_.clock ? options_.clock() : Clock::now(); };
  env_.sleep = [this](milliseconds d, const CancellationToken& cancel) { Sleep(d, cancel); };
  env_.schedule = [this](milliseconds d, Task task) {
    if (options_.sleeper && d > milliseconds(0)) {
      // Tests drive a fake clock through the sleeper: stay on this thread.
      options_.sleeper(d);
      task.run();
      return;
    }
    timers_.Schedule(d, std::move(task));
  };
  env_.backoff = [this](const RetryPolicy& policy, int attempt) {
    std::lock_guard<std::mutex> lock(rng_mu_);
    return Backoff(policy, attempt, rng_);
  };
  env_.log = [this](LogRecord::Level level, std::string message) {
    Log(level, std::move(message));
  };
  env_.max_permit_wait =
      options_.rate_limit ? options_.rate_limit->max_wait : milliseconds(std::chrono::minutes(2));
}

ClientImpl::~ClientImpl() {
  // In-flight calls see the cancel and return kCancelled; queued ones are
  // abandoned with kCancelled; then the threads are joined. Asynchronous
  // calls in flight on the transport's loop end within its cancel poll.
  admission_.BeginShutdown();
  timers_.Shutdown();
  admission_.AwaitIdle();
  workers_.Shutdown();
  bulk_workers_.Shutdown();
}

Result<void> ClientImpl::CheckOptions() const { return admission_.Check(); }

void ClientImpl::Log(LogRecord::Level level, std::string message) const {
  if (options_.logger) options_.logger(LogRecord{level, std::move(message)});
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

Result<PreparedCall> ClientImpl::Admit(Action action, std::string_view group,
                                       std::vector<std::string> participants,
                                       const CallOptions& call, bool enforce_call_limit) const {
  if (auto ok = admission_.Check(); !ok) return Unexpected(std::move(ok).error());
  if (auto ok = CheckCall(rules_, action, call); !ok) return Unexpected(std::move(ok).error());
  return PrepareCall(rules_, action, group, std::move(participants), enforce_call_limit);
}

Result<std::string> ClientImpl::AdmitRead(std::string_view group, bool pending) const {
  if (auto ok = admission_.Check(); !ok) return Unexpected(std::move(ok).error());
  if (auto ok = CheckRead(rules_, pending); !ok) return Unexpected(std::move(ok).error());
  return backend_->NormalizeGroup(group);
}

RetryState ClientImpl::NewRetryState(std::optional<Action> action, const CallOptions& call) const {
  const CancellationToken& shutdown = admission_.shutdown();
  RetryState s(call.cancel ? CancellationToken::AnyOf({*call.cancel, shutdown}) : shutdown);
  s.action = action;
  s.policy = call.retry.value_or(options_.retry);
  s.max_attempts = std::max(1, s.policy.max_attempts);
  s.deadline = call.deadline;
  const milliseconds provider_default =
      action ? capabilities_.For(*action).default_timeout : milliseconds::zero();
  s.timeout = call.timeout.value_or(options_.timeout.value_or(
      provider_default > milliseconds::zero() ? provider_default : DefaultTimeout(action)));
  s.context.logger = options_.logger;
  s.context.invite_if_restricted = action && InvitingAdd(*action, call);
  // Captures only `this` (small enough to live inside the std::function):
  // every call runs within the client's lifetime.
  s.context.on_rate_limit = [this](const RateLimitStatus& status) {
    env_.limiter->Observe(status, std::chrono::system_clock::now(), env_.now());
  };
  s.context.next_permit = [this, cancel = s.cancel,
                           deadline = s.deadline](std::function<void(Result<void>)> done) {
    AwaitPermit(cancel, deadline, milliseconds(0), std::move(done));
  };
  return s;
}

void ClientImpl::AwaitPermit(const CancellationToken& cancel,
                             std::optional<Clock::time_point> deadline, milliseconds waited,
                             std::function<void(Result<void>)> done) const {
  RetryState probe(cancel);
  probe.deadline = deadline;
  auto wait = TryPermit(probe, env_, waited);
  if (!wait) return done(Unexpected(std::move(wait).error()));
  if (*wait <= milliseconds(0)) return done({});
  auto shared = std::make_shared<std::function<void(Result<void>)>>(std::move(done));
  env_.schedule(*wait, {[this, cancel, deadline, waited, wait = *wait, shared] {
                          AwaitPermit(cancel, deadline, waited + wait, std::move(*shared));
                        },
                        [shared] { (*shared)(Unexpected(CancelledError(false, std::nullopt))); }});
}

Result<BatchResult> ClientImpl::Manage(Action action, std::string_view group,
                                       std::vector<std::string> participants,
                                       const CallOptions& call) {
  auto prepared = Admit(action, group, std::move(participants), call, true);
  if (!prepared) return Unexpected(std::move(prepared).error());
  auto result = Send(action, prepared->group, prepared->normalized, call);
  return Finish(action, *prepared, std::move(result), call);
}

Result<BatchResult> ClientImpl::Send(Action action, const std::string& group,
                                     const std::vector<std::string>& normalized,
                                     const CallOptions& call) {
  RetryState s = NewRetryState(action, call);
  auto result = RetryLoop<BatchResult>(s, env_, [&](const RequestContext& context) {
    return backend_->Manage(action, group, normalized, context);
  });
  return AlignToSent(std::move(result), action, group, normalized, backend_->provider());
}

// Verification only reads (GetGroup is idempotent), so it cannot change
// what the action did; it can only say more precisely what that was.
Result<BatchResult> ClientImpl::Finish(Action action, const PreparedCall& prepared,
                                       Result<BatchResult> result, const CallOptions& call,
                                       const std::vector<bool>* never_sent) {
  if (WantsVerification(action, call)) {
    if (auto pending = BatchToSettle(action, prepared.group, prepared.normalized, result)) {
      auto group = GetGroup(pending->group, call);
      result = Settle(std::move(result), std::move(*pending), group, InvitingAdd(action, call),
                      never_sent);
    }
  }
  return InCallerSpelling(std::move(result), prepared.originals);
}

Result<BatchResult> ClientImpl::Settle(Result<BatchResult> result, BatchResult pending,
                                       const Result<GroupInfo>& group, bool invited,
                                       const std::vector<bool>* never_sent) const {
  if (!group) {
    Log(LogRecord::Level::kWarning,
        std::string(result ? "verification read failed, returning the unverified result: "
                           : "could not resolve the unknown outcome: ") +
            ToString(group.error()));
    return result;
  }
  MemberIndex index(*group,
                    [this](std::string_view p) { return NormalizeParticipantFor(rules_, p); });
  ApplyVerification(
      pending, [&index](const std::string& id) { return index.Find(id); }, invited, never_sent);
  return pending;
}

Result<GroupInfo> ClientImpl::GetGroup(std::string_view group, const CallOptions& call) {
  auto g = AdmitRead(group, /*pending=*/false);
  if (!g) return Unexpected(std::move(g).error());
  RetryState s = NewRetryState(std::nullopt, call);
  return RetryLoop<GroupInfo>(
      s, env_, [&](const RequestContext& context) { return backend_->GetGroup(*g, context); });
}

Result<std::vector<PendingRequest>> ClientImpl::PendingRequests(std::string_view group,
                                                                const CallOptions& call) {
  auto g = AdmitRead(group, /*pending=*/true);
  if (!g) return Unexpected(std::move(g).error());
  RetryState s = NewRetryState(std::nullopt, call);
  return RetryLoop<std::vector<PendingRequest>>(s, env_, [&](const RequestContext& context) {
    return backend_->PendingRequests(*g, context);
  });
}

Result<BatchResult> ClientImpl::Verify(const BatchResult& batch, const CallOptions& call) {
  auto group = GetGroup(batch.group, call);
  if (!group) return Unexpected(std::move(group).error());
  // The batch is in the caller's spelling: each participant takes the path
  // a call's input takes before it meets the members.
  MemberIndex index(*group,
                    [this](std::string_view p) { return NormalizeParticipantFor(rules_, p); });
  BatchResult settled = batch;
  ApplyVerification(
      settled,
      [&](const std::string& participant) {
        auto id = NormalizeParticipantFor(rules_, participant);
        return id ? index.Find(*id) : MemberLookup{nullptr, false};
      },
      InvitingAdd(batch.action, call), nullptr);
  return settled;
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
  auto prepared = Admit(action, group, std::move(participants), bulk.call, false);
  if (!prepared) return Unexpected(std::move(prepared).error());
  const PreparedCall& p = *prepared;

  const CancellationToken& shutdown = admission_.shutdown();
  CallOptions call = bulk.call;
  call.cancel =
      bulk.call.cancel ? CancellationToken::AnyOf({*bulk.call.cancel, shutdown}) : shutdown;
  BulkJob job;
  job.action = action;
  job.ids = &p.normalized;
  // A chunk never exceeds what one request of this provider may carry.
  const std::size_t max_batch = capabilities_.For(action).max_batch;
  job.chunk_size = max_batch > 0 ? std::min(bulk.chunk_size, max_batch) : bulk.chunk_size;
  job.max_parallel_chunks = static_cast<std::size_t>(bulk.max_parallel_chunks);
  job.pause = bulk.pause_between_chunks;
  job.jitter = bulk.jitter;
  job.cancel = *call.cancel;
  job.send = [&](std::size_t begin, std::size_t end) {
    std::vector<std::string> ids(p.normalized.begin() + static_cast<std::ptrdiff_t>(begin),
                                 p.normalized.begin() + static_cast<std::ptrdiff_t>(end));
    return Send(action, p.group, ids, call);
  };
  job.sleep = env_.sleep;
  job.jitter_factor = [this](double jitter) {
    std::lock_guard<std::mutex> lock(rng_mu_);
    return std::uniform_real_distribution<double>(1.0 - jitter, 1.0 + jitter)(rng_);
  };
  job.on_progress = bulk.on_progress;
  BulkOutcome out = RunBulk(job, bulk_workers_);

  BatchResult result;
  result.action = action;
  result.group = out.echoed_group.empty() ? p.group : out.echoed_group;
  result.participants = std::move(out.merged);
  // One read of the group verifies every chunk at once.
  return Finish(action, p, std::move(result), call, &out.never_sent);
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
