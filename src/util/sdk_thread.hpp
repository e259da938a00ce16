// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_UTIL_SDK_THREAD_HPP_
#define WA_PARTICIPANTS_SRC_UTIL_SDK_THREAD_HPP_

namespace wa {
inline namespace v1 {
namespace internal {

/// Marks the calling thread, while the scope lives, as one that runs a step
/// of some SDK call: the SDK's own threads (event loop, timer, workers) for
/// their whole life, and any thread inside a transport's completion. A
/// client destroyed there must not wait for its calls to finish: this very
/// thread is the one that finishes them. Scopes nest.
class SdkThreadScope {
 public:
  SdkThreadScope() noexcept;
  ~SdkThreadScope();
  SdkThreadScope(const SdkThreadScope&) = delete;
  SdkThreadScope& operator=(const SdkThreadScope&) = delete;
};

/// True inside an `SdkThreadScope` on this thread.
bool OnSdkThread() noexcept;

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_UTIL_SDK_THREAD_HPP_
