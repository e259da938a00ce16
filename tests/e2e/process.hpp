// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TESTS_E2E_PROCESS_HPP_
#define WA_PARTICIPANTS_TESTS_E2E_PROCESS_HPP_

#include <map>
#include <string>
#include <vector>

namespace wa::testing_util {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs `argv` with exactly the environment `env` (nothing inherited),
/// feeding `input` on stdin, and waits at most `timeout_seconds`.
ProcessResult RunProcess(const std::vector<std::string>& argv,
                         const std::map<std::string, std::string>& env,
                         const std::string& input = {}, int timeout_seconds = 30);

}  // namespace wa::testing_util

#endif  // WA_PARTICIPANTS_TESTS_E2E_PROCESS_HPP_
