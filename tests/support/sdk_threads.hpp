// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TESTS_SUPPORT_SDK_THREADS_HPP_
#define WA_PARTICIPANTS_TESTS_SUPPORT_SDK_THREADS_HPP_

#include <dirent.h>

#include <fstream>
#include <string>

namespace wa::testing_util {

/// How many threads of this process carry a name starting with `prefix`
/// (the SDK names its own "wa-curl-loop", "wa-timer" and "wa-worker"), so
/// tests can count the SDK's threads apart from the in-process simulator's.
inline int CountThreadsNamed(const std::string& prefix = "wa-") {
  int n = 0;
  DIR* dir = opendir("/proc/self/task");
  if (dir == nullptr) return -1;
  while (dirent* entry = readdir(dir)) {
    if (entry->d_name[0] == '.') continue;
    std::ifstream comm(std::string("/proc/self/task/") + entry->d_name + "/comm");
    std::string name;
    if (std::getline(comm, name) && name.compare(0, prefix.size(), prefix) == 0) ++n;
  }
  closedir(dir);
  return n;
}

}  // namespace wa::testing_util

#endif  // WA_PARTICIPANTS_TESTS_SUPPORT_SDK_THREADS_HPP_
