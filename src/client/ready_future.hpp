// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_READY_FUTURE_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_READY_FUTURE_HPP_

#include <future>
#include <utility>

#include "wa/participants/expected.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// A future that already holds `r`: how an async call answers at once (bad
/// input, a refusal) through the same channel as a late answer.
template <class T, class E>
std::future<Expected<T, E>> Ready(Expected<T, E> r) {
  std::promise<Expected<T, E>> promise;
  promise.set_value(std::move(r));
  return promise.get_future();
}

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_CLIENT_READY_FUTURE_HPP_
