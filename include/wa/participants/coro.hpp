// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_CORO_HPP_
#define WA_PARTICIPANTS_CORO_HPP_

/// @file
/// C++20 awaitables over the completion-handler calls of
/// `wa::ParticipantsClient`:
///
/// ```cpp
/// wa::Result<wa::BatchResult> r =
///     co_await wa::AsyncManage(client, wa::Action::kRemove, group, {"5511999999999"});
/// ```
///
/// Only the awaitables live here; bring your own coroutine type (a task of
/// your framework, or Asio's `awaitable` through its own adapters). Under
/// C++17 this header declares nothing, so it may be included everywhere.

#if __cplusplus >= 202002L && __has_include(<coroutine>)

#include <atomic>
#include <coroutine>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wa/participants/client.hpp"

namespace wa {
inline namespace v1 {

/// Where an awaiting coroutine resumes: called once with the resumption,
/// from the SDK's thread; it should hand it to the caller's executor (for
/// Asio: `[ex](auto resume) { asio::post(ex, std::move(resume)); }`). When
/// empty, the coroutine resumes on the SDK's thread itself, where it must
/// not block (the rules of `CompletionHandler`). Thread safety: called from
/// one thread, once.
using ResumeOn = std::function<void(std::function<void()>)>;

/// What `co_await` of an `Async...` call gives: the call's `Result<T>`.
/// The call starts when awaited, not when the awaitable is made, and the
/// awaiting coroutine is suspended until its handler runs, then resumed on
/// the SDK's thread or through `ResumeOn`. (The SDK's own connection never
/// answers inside the call; a connection that does, such as a test's, lets
/// the coroutine go on without suspending.) Await each one once. Errors:
/// those of the call it wraps. Thread safety: one awaiter.
template <class T>
class [[nodiscard]] CallAwaitable {
 public:
  /// Starts the call with the handler given to it; used by the `Async...`
  /// functions below.
  using Start = std::function<void(CompletionHandler<T>)>;
  /// An awaitable that runs `start` when awaited, resuming through
  /// `resume_on`.
  CallAwaitable(Start start, ResumeOn resume_on)
      : start_(std::move(start)), resume_on_(std::move(resume_on)) {}

  /// Never ready before the call has started.
  bool await_ready() const noexcept { return false; }
  /// Starts the call. The handler may run on another thread, and resume the
  /// coroutine, before this returns, so nothing here touches `*this` after
  /// the exchange below; and when the handler ran inside `start_` (a
  /// connection that answers at once), the coroutine does not suspend at
  /// all, so a loop of such awaits cannot grow the stack.
  bool await_suspend(std::coroutine_handle<> awaiting) {
    auto start = std::move(start_);
    start([this, awaiting, resume_on = std::move(resume_on_)](Result<T> r) {
      result_.emplace(std::move(r));
      if (!claimed_.exchange(true)) return;  // await_suspend has not returned
      if (resume_on) {
        resume_on([awaiting] { awaiting.resume(); });
      } else {
        awaiting.resume();
      }
    });
    return !claimed_.exchange(true);
  }
  /// The call's result.
  Result<T> await_resume() { return std::move(*result_); }

 private:
  Start start_;
  ResumeOn resume_on_;
  std::optional<Result<T>> result_;
  // Set by the first of the handler and the end of await_suspend; the
  // second acts on it: the handler resumes the coroutine only when
  // await_suspend came first (the coroutine suspended), and await_suspend
  // keeps it running when the handler came first (the result is in).
  std::atomic<bool> claimed_{false};
};

/// `co_await`-able `ParticipantsClient::ManageAsync`: resumes with the
/// call's `Result<BatchResult>`. `client` is copied (copies share one
/// backend). Errors: as `Manage`. Thread safety: as the client.
inline CallAwaitable<BatchResult> AsyncManage(const ParticipantsClient& client, Action action,
                                              std::string_view group,
                                              std::vector<std::string> participants,
                                              CallOptions call_options = {},
                                              ResumeOn resume_on = {}) {
  return CallAwaitable<BatchResult>(
      [client, action, group = std::string(group), participants = std::move(participants),
       call_options = std::move(call_options)](CompletionHandler<BatchResult> done) mutable {
        client.ManageAsync(action, group, std::move(participants), std::move(call_options),
                           std::move(done));
      },
      std::move(resume_on));
}

/// `co_await`-able `ParticipantsClient::GetGroupAsync`. Errors: as
/// `GetGroup`. Thread safety: as the client.
inline CallAwaitable<GroupInfo> AsyncGetGroup(const ParticipantsClient& client,
                                              std::string_view group, CallOptions call_options = {},
                                              ResumeOn resume_on = {}) {
  return CallAwaitable<GroupInfo>(
      [client, group = std::string(group),
       call_options = std::move(call_options)](CompletionHandler<GroupInfo> done) mutable {
        client.GetGroupAsync(group, std::move(call_options), std::move(done));
      },
      std::move(resume_on));
}

/// `co_await`-able `ParticipantsClient::PendingRequestsAsync`. Errors: as
/// `PendingRequests`. Thread safety: as the client.
inline CallAwaitable<std::vector<PendingRequest>> AsyncPendingRequests(
    const ParticipantsClient& client, std::string_view group, CallOptions call_options = {},
    ResumeOn resume_on = {}) {
  return CallAwaitable<std::vector<PendingRequest>>(
      [client, group = std::string(group), call_options = std::move(call_options)](
          CompletionHandler<std::vector<PendingRequest>> done) mutable {
        client.PendingRequestsAsync(group, std::move(call_options), std::move(done));
      },
      std::move(resume_on));
}

}  // namespace v1
}  // namespace wa

#endif  // C++20 coroutines

#endif  // WA_PARTICIPANTS_CORO_HPP_
