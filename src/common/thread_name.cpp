// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "common/thread_name.hpp"

#if defined(__linux__)
#include <pthread.h>
#endif

namespace wa::internal {

void NameThread(std::thread& thread, const char* name) noexcept {
#if defined(__linux__)
  pthread_setname_np(thread.native_handle(), name);
#else
  (void)thread;
  (void)name;
#endif
}

}  // namespace wa::internal
