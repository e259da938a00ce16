// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "util/thread_name.hpp"

#if defined(__linux__)
#include <pthread.h>
#endif

namespace wa {
inline namespace v1 {
namespace internal {

void NameThread(std::thread& thread, const char* name) noexcept {
#if defined(__linux__)
  pthread_setname_np(thread.native_handle(), name);
#else
  (void)thread;
  (void)name;
#endif
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
