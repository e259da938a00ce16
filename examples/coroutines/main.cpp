// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// C++20: approves every pending request to join a group with co_await, no
// thread parked per call.
//   coroutines GROUP

#include <coroutine>
#include <exception>
#include <future>
#include <iostream>
#include <string>
#include <vector>

#include <wa/participants.hpp>
#include <wa/participants/coro.hpp>

#include "client_from_env.hpp"

// A minimal coroutine type: starts at once, and `exit_code` is ready when the
// body returns. Real programs use their framework's task type instead.
struct Job {
  struct promise_type {
    std::promise<int> exit_code;
    Job get_return_object() { return Job{exit_code.get_future()}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_value(int code) { exit_code.set_value(code); }
    void unhandled_exception() { exit_code.set_exception(std::current_exception()); }
  };
  std::future<int> exit_code;
};

// [START coroutine]
// The group by value: the coroutine outlives the caller's arguments. The
// client by reference: main keeps it until the job is done, so the last
// copy dies in main, not on the SDK's thread that finishes the coroutine.
Job ApproveAll(const wa::ParticipantsClient& client, std::string group) {
  // Each co_await resumes on the SDK's thread (pass a wa::ResumeOn to resume
  // on your own executor instead), so nothing here may block.
  auto pending = co_await wa::AsyncPendingRequests(client, group);
  if (!pending) {
    std::cerr << "listing failed: " << wa::ToString(pending.error()) << "\n";
    co_return 1;
  }
  if (pending->empty()) {
    std::cout << "no pending requests\n";
    co_return 0;
  }
  std::vector<std::string> who;
  for (const auto& request : *pending) who.push_back(request.jid);
  auto approved = co_await wa::AsyncManage(client, wa::Action::kApprove, group, who);
  if (!approved) {
    std::cerr << "approve failed: " << wa::ToString(approved.error()) << "\n";
    co_return 1;
  }
  for (const auto& p : approved->participants) {
    std::cout << p.participant << ": "
              << (p.result ? "approved" : wa::ToString(p.result.error().code)) << "\n";
  }
  co_return approved->all_succeeded() ? 0 : 3;
}
// [END coroutine]

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: coroutines GROUP\n";
    return 2;
  }
  auto client = examples::ClientFromEnv();
  auto job = ApproveAll(client, argv[1]);
  return job.exit_code.get();  // only main waits; the calls held no thread
}
