// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulator as a program: its listening line, its exit on SIGTERM, and
// its refusal of fault specs out of bounds.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "process.hpp"

namespace wa {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::RunProcess;

TEST(MockProgram, PrintsListeningLineAndStopsOnSigterm) {
  int out[2];
  ASSERT_EQ(pipe(out), 0);
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    dup2(out[1], 1);
    close(out[0]);
    close(out[1]);
    execl(WA_MOCK_PATH, WA_MOCK_PATH, "--port", "0", "--quiet", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  FILE* f = fdopen(out[0], "r");
  char line[256] = {0};
  ASSERT_NE(fgets(line, sizeof(line), f), nullptr);
  EXPECT_THAT(line, ::testing::MatchesRegex("listening on http://127\\.0\\.0\\.1:[0-9]+\n"));
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  fclose(f);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

// `bytes: 99999999999999` used to stream 1.39 GB: specs out of bounds are
// usage errors now, before the simulator listens.
TEST(MockProgram, RefusesFaultSpecsOutOfBounds) {
  for (const char* spec : {"oversized_body=99999999999999", "latency=999999999", "status=42",
                           "drop:0", "slow_body=-1", "drop:99999999999"}) {
    auto r = RunProcess({WA_MOCK_PATH, "--port", "0", "--fault", spec}, {}, {}, 10);
    EXPECT_EQ(r.exit_code, 2) << spec;
    EXPECT_THAT(r.err, HasSubstr("--fault")) << spec;
    EXPECT_THAT(r.out, Not(HasSubstr("listening"))) << spec;
  }
}

}  // namespace
}  // namespace wa
