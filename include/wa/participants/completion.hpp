// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_COMPLETION_HPP_
#define WA_PARTICIPANTS_COMPLETION_HPP_

/// @file
/// `wa::CompletionHandler`, how an asynchronous call hands its result to a
/// program built on an event loop (Boost.Asio, libuv, a game loop, a
/// coroutine framework) without parking a thread on a future.

#include <functional>
#include <type_traits>

#include "wa/participants/error.hpp"

namespace wa {
inline namespace v1 {

/// Receives the result of one asynchronous call, exactly once.
///
/// Where it runs: on one of the SDK's own threads, never inside the call
/// that started it: the event-loop thread for an answer from the network,
/// the timer thread for an answer known before sending (bad input, a
/// refusal), a worker thread over a transport without an event loop, and
/// the destroying thread when the last client copy is destroyed while the
/// call waits (then with `kCancelled`).
///
/// Rules, because it runs on the thread that carries every other call:
/// - It must not block. Hand the result to your own loop instead (for
///   Asio, `asio::post(strand, ...)`); see examples/asio_event_loop.
/// - It may start new calls and may destroy the client.
/// - If it throws, the exception is caught, reported to
///   `ClientOptions::logger` at `kError` (with the exception's type, not its
///   text), and dropped: the SDK's threads go on serving other calls.
/// - An empty handler is allowed: the call runs and its result is dropped.
/// - It is a `std::function`, so it must be copyable: hold a move-only
///   resource (an Asio handler, a `unique_ptr`) through a `shared_ptr`.
/// - A connection of your own (`ParticipantsConnection`) that answers at
///   once may run it inside the call; the SDK's own connection never does.
///
/// Thread safety: each handler is called once, from one thread.
template <class T>
using CompletionHandler = std::function<void(Result<T>)>;

namespace internal {
/// Whether `F` can be a `CompletionHandler<T>` (selects the callback
/// overloads without making `{}` call options ambiguous).
template <class F, class T>
using IfHandler = std::enable_if_t<std::is_invocable_v<std::decay_t<F>&, Result<T>>, int>;
}  // namespace internal

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_COMPLETION_HPP_
