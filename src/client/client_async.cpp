// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The asynchronous half of ClientImpl. Over a backend with an event loop a
// call holds no thread while it waits: the request is in flight on the
// transport's loop, a permit or backoff wait sits in the timer queue, and a
// call over `max_concurrency` sits in `waiting_`. Each step runs on
// whichever thread finished the previous one, and none of them blocks.

#include <utility>

#include "client/client_impl.hpp"

namespace wa::internal {

using std::chrono::milliseconds;

template <class T>
struct ClientImpl::AsyncCall {
  explicit AsyncCall(Attempts a) : attempts(std::move(a)) {}
  Attempts attempts;
  /// Starts one attempt on the backend; must call `done` exactly once.
  std::function<void(const RequestContext&, std::function<void(Result<T>)>)> start;
  /// Delivers the final result (called exactly once).
  std::function<void(Result<T>)> finish;
};

void ClientImpl::After(milliseconds d, TimerQueue::Task task) {
  if (options_.sleeper && d > milliseconds(0)) {
    // Tests drive a fake clock through the sleeper: stay on this thread.
    options_.sleeper(d);
    task.run();
    return;
  }
  timers_.Schedule(d, std::move(task));
}

template <class T>
void ClientImpl::Begin(std::shared_ptr<AsyncCall<T>> c) {
  std::unique_lock<std::mutex> lock(async_mu_);
  if (stopping_) {
    lock.unlock();
    c->finish(Unexpected(CancelledError(false, c->attempts.action)));
    return;
  }
  if (in_flight_ >= options_.max_concurrency) {
    waiting_.push_back([this, c](bool run) {
      if (run) {
        Attempt(c);
      } else {
        c->finish(Unexpected(CancelledError(false, c->attempts.action)));
      }
    });
    return;
  }
  ++in_flight_;
  lock.unlock();
  Attempt(std::move(c));
}

template <class T>
void ClientImpl::Attempt(std::shared_ptr<AsyncCall<T>> c) {
  if (auto ready = BeginAttempt(c->attempts); !ready) {
    Complete<T>(std::move(c), Unexpected(std::move(ready).error()));
    return;
  }
  c->attempts.waited = milliseconds(0);
  Permit(std::move(c));
}

template <class T>
void ClientImpl::Permit(std::shared_ptr<AsyncCall<T>> c) {
  Attempts& a = c->attempts;
  auto wait = TryPermit(a.cancel, a.deadline, a.waited);
  if (!wait) {
    Error e = std::move(wait).error();
    e.request_sent = a.any_sent;
    Complete<T>(std::move(c), Unexpected(std::move(e)));
    return;
  }
  if (*wait > milliseconds(0)) {
    a.waited += *wait;
    After(*wait, {[this, c] { Permit(c); }, [this, c] { Abandon(c); }});
    return;
  }
  auto self = c;
  c->start(a.context, [this, self](Result<T> r) { OnResult(self, std::move(r)); });
}

template <class T>
void ClientImpl::OnResult(std::shared_ptr<AsyncCall<T>> c, Result<T> r) {
  if (r) {
    Complete<T>(std::move(c), std::move(r));
    return;
  }
  auto delay = RetryDelay(c->attempts, r.error());
  if (!delay) {
    Complete<T>(std::move(c), std::move(r));
    return;
  }
  After(*delay, {[this, c] { Attempt(c); }, [this, c] { Abandon(c); }});
}

template <class T>
void ClientImpl::Abandon(std::shared_ptr<AsyncCall<T>> c) {
  Error e = CancelledError(c->attempts.any_sent, c->attempts.action);
  Complete<T>(std::move(c), Unexpected(std::move(e)));
}

template <class T>
void ClientImpl::Complete(std::shared_ptr<AsyncCall<T>> c, Result<T> r) {
  c->finish(std::move(r));
  c.reset();  // the call's captures die before the slot can be reused
  Release();
}

void ClientImpl::Release() {
  std::function<void(bool)> next;
  {
    std::lock_guard<std::mutex> lock(async_mu_);
    if (!stopping_ && !waiting_.empty()) {
      next = std::move(waiting_.front());
      waiting_.pop_front();
    } else {
      // The last touch of `this`: the destructor may proceed once the
      // lock is released.
      --in_flight_;
      async_cv_.notify_all();
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

template <class T>
std::future<Result<T>> ClientImpl::OnWorker(std::function<Result<T>()> run) {
  auto promise = std::make_shared<std::promise<Result<T>>>();
  auto future = promise->get_future();
  WorkerPool::Task task;
  task.run = [promise, run = std::move(run)] { promise->set_value(run()); };
  task.abandon = [promise] {
    promise->set_value(Unexpected(MakeLocalError(
        ErrorCode::kCancelled, "the client was destroyed before this call was sent")));
  };
  workers_.Submit(std::move(task));
  return future;
}

std::future<Result<BatchResult>> ClientImpl::ManageAsync(Action action, std::string group,
                                                         std::vector<std::string> participants,
                                                         CallOptions call) {
  if (!backend_ || !backend_->HasEventLoop() || WantsVerification(action, call)) {
    // Verification is a second exchange after the first; the blocking path
    // already chains them, on a worker thread.
    return OnWorker<BatchResult>([this, action, group = std::move(group),
                                  participants = std::move(participants),
                                  call = std::move(call)]() mutable {
      return Manage(action, group, std::move(participants), call);
    });
  }
  auto promise = std::make_shared<std::promise<Result<BatchResult>>>();
  auto future = promise->get_future();
  if (config_error_) {
    promise->set_value(Unexpected(*config_error_));
    return future;
  }
  if (auto ok = CheckCall(action, call); !ok) {
    promise->set_value(Unexpected(std::move(ok).error()));
    return future;
  }
  auto prepared = Prepare(group, std::move(participants));
  if (!prepared) {
    promise->set_value(Unexpected(std::move(prepared).error()));
    return future;
  }
  // Shared with the backend's completion, which reads the sent list.
  auto p = std::make_shared<Prepared>(std::move(*prepared));
  auto c = std::make_shared<AsyncCall<BatchResult>>(StartAttempts(action, call));
  c->start = [this, action, p](const RequestContext& context,
                               std::function<void(Result<BatchResult>)> done) {
    backend_->ManageAsync(action, p->group, p->normalized, context, std::move(done));
  };
  c->finish = [this, action, p, promise](Result<BatchResult> r) {
    promise->set_value(InCallerTerms(std::move(r), action, p->group, p->normalized, p->originals));
  };
  Begin(std::move(c));
  return future;
}

template <class T>
std::future<Result<T>> ClientImpl::ReadAsync(std::string group, CallOptions call,
                                             BackendRead<T> read, BlockingRead<T> blocking) {
  if (!backend_ || !backend_->HasEventLoop()) {
    return OnWorker<T>([this, blocking, group = std::move(group), call = std::move(call)] {
      return (this->*blocking)(group, call);
    });
  }
  auto promise = std::make_shared<std::promise<Result<T>>>();
  auto future = promise->get_future();
  if (config_error_) {
    promise->set_value(Unexpected(*config_error_));
    return future;
  }
  auto g = backend_->NormalizeGroup(group);
  if (!g) {
    promise->set_value(Unexpected(std::move(g).error()));
    return future;
  }
  auto normalized = std::make_shared<std::string>(std::move(*g));
  auto c = std::make_shared<AsyncCall<T>>(StartAttempts(std::nullopt, call));
  c->start = [this, read, normalized](const RequestContext& context,
                                      std::function<void(Result<T>)> done) {
    (backend_.get()->*read)(*normalized, context, std::move(done));
  };
  c->finish = [promise](Result<T> r) { promise->set_value(std::move(r)); };
  Begin(std::move(c));
  return future;
}

std::future<Result<std::vector<PendingRequest>>> ClientImpl::PendingRequestsAsync(
    std::string group, CallOptions call) {
  return ReadAsync<std::vector<PendingRequest>>(std::move(group), std::move(call),
                                                &Backend::PendingRequestsAsync,
                                                &ClientImpl::PendingRequests);
}

std::future<Result<GroupInfo>> ClientImpl::GetGroupAsync(std::string group, CallOptions call) {
  return ReadAsync<GroupInfo>(std::move(group), std::move(call), &Backend::GetGroupAsync,
                              &ClientImpl::GetGroup);
}

}  // namespace wa::internal
