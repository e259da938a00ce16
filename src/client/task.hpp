// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_TASK_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_TASK_HPP_

#include <functional>

namespace wa {
inline namespace v1 {
namespace internal {

/// Work handed to a queue that may shut down before running it: exactly
/// one of `run` and `abandon` is called, so a promise behind it is always
/// kept.
struct Task {
  std::function<void()> run;
  std::function<void()> abandon;  // called instead of `run` at shutdown
};

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_CLIENT_TASK_HPP_
