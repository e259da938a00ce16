// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The asynchronous calls of ClientImpl. Over a backend with an event loop a
// call holds no thread while it waits: the request is in flight on the
// transport's loop, a permit or backoff wait sits in the timer queue, and a
// call over `max_concurrency` waits in admission. A verifying call chains its
// read-back the same way. Without an event loop, the blocking call runs on a
// worker thread.

#include <type_traits>
#include <utility>

#include "client/client_impl.hpp"
#include "client/ready_future.hpp"
#include "client/verification.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

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

std::future<Result<BatchResult>> ClientImpl::ManageAsync(Action action, std::string_view group,
                                                         std::vector<std::string> participants,
                                                         const CallOptions& call) {
  if (!backend_ || !backend_->HasEventLoop()) {
    return OnWorker<BatchResult>(
        [this, action, group = std::string(group), participants = std::move(participants),
         call]() mutable { return Manage(action, group, std::move(participants), call); });
  }
  auto prepared = Admit(action, group, std::move(participants), call, true);
  if (!prepared) return Ready(Result<BatchResult>(Unexpected(std::move(prepared).error())));
  // Shared with the backend's completion, which reads the sent list.
  auto p = std::make_shared<PreparedCall>(std::move(*prepared));
  auto promise = std::make_shared<std::promise<Result<BatchResult>>>();
  auto future = promise->get_future();
  auto start = [this, action, p](const RequestContext& context,
                                 std::function<void(Result<BatchResult>)> done) {
    backend_->ManageAsync(action, p->group, p->normalized, context, std::move(done));
  };
  auto hand_off = std::make_shared<SlotHandOff>();
  auto finish = [this, action, p, promise, call, hand_off](Result<BatchResult> r) {
    r = AlignToSent(std::move(r), action, p->group, p->normalized, backend_->provider());
    auto pending = WantsVerification(action, call)
                       ? BatchToSettle(action, p->group, p->normalized, r)
                       : std::nullopt;
    if (!pending) {
      promise->set_value(InCallerSpelling(std::move(r), p->originals));
      return;
    }
    // The read-back is a second call, chained on the loop as the first was,
    // in the action's own slot: it never queues behind other calls, so the
    // answer it settles is read right after the action, as the blocking path
    // reads it.
    auto g = AdmitRead(pending->group, /*pending=*/false);
    if (!g) {
      promise->set_value(InCallerSpelling(
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
        [this, action, p, promise, call, state](const Result<GroupInfo>& read) {
          promise->set_value(
              InCallerSpelling(Settle(std::move(state->first), std::move(state->second), read,
                                      InvitingAdd(action, call), nullptr),
                               p->originals));
        });
  };
  StartAsync<BatchResult>(action, call, std::move(start), std::move(finish), hand_off);
  return future;
}

template <class T>
std::future<Result<T>> ClientImpl::ReadAsync(std::string group, const CallOptions& call,
                                             bool pending, BackendRead<T> read) {
  auto g = AdmitRead(group, pending);
  if (!g) return Ready(Result<T>(Unexpected(std::move(g).error())));
  if (!backend_->HasEventLoop()) {
    return OnWorker<T>([this, group = std::move(group), call]() -> Result<T> {
      if constexpr (std::is_same_v<T, GroupInfo>) {
        return GetGroup(group, call);
      } else {
        return PendingRequests(group, call);
      }
    });
  }
  auto promise = std::make_shared<std::promise<Result<T>>>();
  auto future = promise->get_future();
  auto normalized = std::make_shared<std::string>(std::move(*g));
  StartAsync<T>(
      std::nullopt, call,
      [this, read, normalized](const RequestContext& context, std::function<void(Result<T>)> done) {
        (backend_.get()->*read)(*normalized, context, std::move(done));
      },
      [promise](Result<T> r) { promise->set_value(std::move(r)); });
  return future;
}

std::future<Result<std::vector<PendingRequest>>> ClientImpl::PendingRequestsAsync(
    std::string_view group, const CallOptions& call) {
  return ReadAsync<std::vector<PendingRequest>>(std::string(group), call, /*pending=*/true,
                                                &Backend::PendingRequestsAsync);
}

std::future<Result<GroupInfo>> ClientImpl::GetGroupAsync(std::string_view group,
                                                         const CallOptions& call) {
  return ReadAsync<GroupInfo>(std::string(group), call, /*pending=*/false, &Backend::GetGroupAsync);
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
