// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Reads the members and the pending join requests of several groups at
// once: every request is in flight together on the SDK's one event-loop
// thread (ClientOptions::max_concurrency bounds how many), and this thread
// only collects the futures.
//   sweep_groups GROUP...

#include <future>
#include <iostream>
#include <string>
#include <vector>

#include <wa/participants.hpp>

#include "client_from_env.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: sweep_groups GROUP...\n";
    return 2;
  }
  auto client = examples::ClientFromEnv();
  struct Sweep {
    std::string group;
    std::future<wa::Result<wa::GroupInfo>> members;
    std::future<wa::Result<std::vector<wa::PendingRequest>>> pending;
  };
  std::vector<Sweep> sweeps;
  for (int i = 1; i < argc; ++i) {
    // Both calls return at once; the requests go out together.
    sweeps.push_back(
        {argv[i], client.GetGroupAsync(argv[i]), client.PendingRequestsAsync(argv[i])});
  }
  int rc = 0;
  for (auto& s : sweeps) {
    auto members = s.members.get();
    auto pending = s.pending.get();
    std::cout << s.group << ": ";
    if (members) {
      std::cout << members->members.size() << " member(s)";
    } else {
      std::cout << "members unavailable (" << wa::ToString(members.error().code) << ")";
      rc = 1;
    }
    if (pending) {
      std::cout << ", " << pending->size() << " pending request(s)\n";
    } else if (pending.error().code == wa::ErrorCode::kUnsupported) {
      std::cout << ", pending requests arrive only by webhook on this provider\n";
    } else {
      std::cout << ", pending requests unavailable (" << wa::ToString(pending.error().code)
                << ")\n";
      rc = 1;
    }
  }
  return rc;
}
