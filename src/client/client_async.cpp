// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The asynchronous calls of ClientImpl. Over a backend with an event loop a
// call holds no thread while it waits: the request is in flight on the
// transport's loop, a permit or backoff wait sits in the timer queue, and a
// call over `max_concurrency` waits in admission. A verifying call chains its
// read-back the same way. Without an event loop, the blocking call runs on a
// worker thread.

#include <chrono>
#include <exception>
#include <memory>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <utility>

#include "client/client_impl.hpp"
#include "client/verification.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

// Names the exception's type only: its text is the application's and may
// carry anything, and this goes to the SDK's log.
std::string HandlerThrew() {
  std::string what = "a completion handler threw";
  try {
    throw;
  } catch (const std::exception& e) {
    what += " ";
    what += typeid(e).name();
  } catch (...) {
    what += " a non-standard exception";
  }
  return what + "; it was dropped, and the SDK goes on serving other calls";
}

}  // namespace

template <class T>
void ClientImpl::StartAsync(
    std::optional<Action> action, const CallOptions& call,
    std::function<void(const RequestContext&, std::function<void(Result<T>)>)> start,
    std::function<void(Result<T>)> finish, std::shared_ptr<SlotHandOff> hand_off) {
  auto c = std::make_shared<AsyncRetryCall<T>>(NewRetryState(action, call));
  c->start = std::move(start);
  c->finish = std::move(finish);
  c->release = [this, hand_off = std::move(hand_off)] {
    if (!hand_off || !hand_off->taken) admission_.Release();
  };
  admission_.Enter([this, c](bool run) {
    if (run) {
      AsyncRetryLoop<T>::Run(c, env_);
    } else {
      c->finish(Unexpected(CancelledError(false, c->state.action)));
    }
  });
}

template <class T>
void ClientImpl::ContinueInSlot(
    const CallOptions& call,
    std::function<void(const RequestContext&, std::function<void(Result<T>)>)> start,
    std::function<void(Result<T>)> finish) {
  auto c = std::make_shared<AsyncRetryCall<T>>(NewRetryState(std::nullopt, call));
  c->start = std::move(start);
  c->finish = std::move(finish);
  c->release = [this] { admission_.Release(); };
  AsyncRetryLoop<T>::Run(std::move(c), env_);
}

template <class T>
void ClientImpl::OnWorker(std::function<Result<T>()> run, CompletionHandler<T> done) {
  auto shared = std::make_shared<CompletionHandler<T>>(std::move(done));
  WorkerPool::Task task;
  task.run = [shared, run = std::move(run)] { (*shared)(run()); };
  task.abandon = [shared] {
    (*shared)(Unexpected(MakeLocalError(ErrorCode::kCancelled,
                                        "the client was destroyed before this call was sent")));
  };
  workers_.Submit(std::move(task));
}

template <class T>
void ClientImpl::Post(Result<T> r, CompletionHandler<T> done) {
  // Shared by run and abandon: exactly one of them runs.
  auto state =
      std::make_shared<std::pair<Result<T>, CompletionHandler<T>>>(std::move(r), std::move(done));
  auto deliver = [state] { state->second(std::move(state->first)); };
  timers_.Schedule(std::chrono::steady_clock::duration::zero(), TimerQueue::Task{deliver, deliver});
}

template <class T>
CompletionHandler<T> ClientImpl::Guarded(CompletionHandler<T> on_done,
                                         std::shared_ptr<Initiation> initiation) {
  CompletionHandler<T> safe = [on_done = std::move(on_done),
                               logger = options_.logger](Result<T> r) {
    if (!on_done) return;
    try {
      on_done(std::move(r));
    } catch (...) {
      if (logger) logger(LogRecord{LogRecord::Level::kError, HandlerThrew()});
    }
  };
  return [this, safe = std::move(safe), initiation = std::move(initiation)](Result<T> r) {
    if (initiation->Inline()) {
      Post(std::move(r), safe);
      return;
    }
    safe(std::move(r));
  };
}

void ClientImpl::ManageAsync(Action action, std::string_view group,
                             std::vector<std::string> participants, const CallOptions& call,
                             CompletionHandler<BatchResult> on_done) {
  InitiationScope scope;
  auto reply = std::make_shared<CompletionHandler<BatchResult>>(
      Guarded(std::move(on_done), scope.initiation));
  if (!backend_ || !backend_->HasEventLoop()) {
    OnWorker<BatchResult>(
        [this, action, group = std::string(group), participants = std::move(participants),
         call]() mutable { return Manage(action, group, std::move(participants), call); },
        std::move(*reply));
    return;
  }
  auto prepared = Admit(action, group, std::move(participants), call, true);
  if (!prepared) {
    (*reply)(Unexpected(std::move(prepared).error()));  // posted: see Guarded
    return;
  }
  // Shared with the backend's completion, which reads the sent list.
  auto p = std::make_shared<PreparedCall>(std::move(*prepared));
  auto start = [this, action, p](const RequestContext& context,
                                 std::function<void(Result<BatchResult>)> done) {
    backend_->ManageAsync(action, p->group, p->normalized, context, std::move(done));
  };
  auto hand_off = std::make_shared<SlotHandOff>();
  auto finish = [this, action, p, reply, call, hand_off](Result<BatchResult> r) {
    r = AlignToSent(std::move(r), action, p->group, p->normalized, backend_->provider());
    auto pending = WantsVerification(action, call)
                       ? BatchToSettle(action, p->group, p->normalized, r)
                       : std::nullopt;
    if (!pending) {
      (*reply)(InCallerSpelling(std::move(r), p->originals));
      return;
    }
    // The read-back is a second call, chained on the loop as the first was,
    // in the action's own slot: it never queues behind other calls, so the
    // answer it settles is read right after the action, as the blocking path
    // reads it.
    auto g = AdmitRead(pending->group, /*pending=*/false);
    if (!g) {
      (*reply)(InCallerSpelling(
          Settle(std::move(r), std::move(*pending), Unexpected(std::move(g).error()),
                 InvitingAdd(action, call), nullptr),
          p->originals));
      return;
    }
    auto normalized = std::make_shared<std::string>(std::move(*g));
    auto state = std::make_shared<std::pair<Result<BatchResult>, BatchResult>>(std::move(r),
                                                                               std::move(*pending));
    hand_off->taken = true;
    ContinueInSlot<GroupInfo>(
        call,
        [this, normalized](const RequestContext& context,
                           std::function<void(Result<GroupInfo>)> done) {
          backend_->GetGroupAsync(*normalized, context, std::move(done));
        },
        [this, action, p, reply, call, state](const Result<GroupInfo>& read) {
          (*reply)(InCallerSpelling(Settle(std::move(state->first), std::move(state->second), read,
                                           InvitingAdd(action, call), nullptr),
                                    p->originals));
        });
  };
  StartAsync<BatchResult>(action, call, std::move(start), std::move(finish), hand_off);
}

template <class T>
void ClientImpl::ReadAsync(std::string group, const CallOptions& call, bool pending,
                           BackendRead<T> read, CompletionHandler<T> on_done) {
  InitiationScope scope;
  auto reply = Guarded(std::move(on_done), scope.initiation);
  auto g = AdmitRead(group, pending);
  if (!g) {
    reply(Unexpected(std::move(g).error()));  // posted: see Guarded
    return;
  }
  if (!backend_->HasEventLoop()) {
    OnWorker<T>(
        [this, group = std::move(group), call]() -> Result<T> {
          if constexpr (std::is_same_v<T, GroupInfo>) {
            return GetGroup(group, call);
          } else {
            return PendingRequests(group, call);
          }
        },
        std::move(reply));
    return;
  }
  auto normalized = std::make_shared<std::string>(std::move(*g));
  StartAsync<T>(
      std::nullopt, call,
      [this, read, normalized](const RequestContext& context, std::function<void(Result<T>)> done) {
        (backend_.get()->*read)(*normalized, context, std::move(done));
      },
      std::move(reply));
}

void ClientImpl::PendingRequestsAsync(std::string_view group, const CallOptions& call,
                                      CompletionHandler<std::vector<PendingRequest>> on_done) {
  ReadAsync<std::vector<PendingRequest>>(std::string(group), call, /*pending=*/true,
                                         &Backend::PendingRequestsAsync, std::move(on_done));
}

void ClientImpl::GetGroupAsync(std::string_view group, const CallOptions& call,
                               CompletionHandler<GroupInfo> on_done) {
  ReadAsync<GroupInfo>(std::string(group), call, /*pending=*/false, &Backend::GetGroupAsync,
                       std::move(on_done));
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
