// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_UTIL_THREAD_NAME_HPP_
#define WA_PARTICIPANTS_SRC_UTIL_THREAD_NAME_HPP_

#include <thread>

namespace wa {
inline namespace v1 {
namespace internal {

/// Names `thread` (at most 15 characters show), so the SDK's threads are
/// recognisable in `top -H`, gdb and /proc: "wa-curl-loop", "wa-timer",
/// "wa-worker". Called by the creator, so the name is set before the
/// creator returns. Best effort: does nothing where unsupported.
void NameThread(std::thread& thread, const char* name) noexcept;

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_UTIL_THREAD_NAME_HPP_
