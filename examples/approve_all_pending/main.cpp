// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Approves every pending join request of a group (RyzeAPI: Z-API cannot list
// them, and this program says so).
//   approve_all_pending GROUP

#include <iostream>
#include <string>
#include <vector>

#include <wa/participants.hpp>

#include "client_from_env.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: approve_all_pending GROUP\n";
    return 2;
  }
  auto client = examples::ClientFromEnv();
  auto pending = client.PendingRequests(argv[1]);
  if (!pending) {
    if (pending.error().code == wa::ErrorCode::kUnsupported) {
      std::cerr << "this provider cannot list join requests: " << pending.error().message << "\n";
    } else {
      std::cerr << "listing failed: " << wa::ToString(pending.error()) << "\n";
    }
    return 1;
  }
  if (pending->empty()) {
    std::cout << "no pending requests\n";
    return 0;
  }
  std::vector<std::string> jids;
  for (const auto& request : *pending) {
    std::cout << "pending: " << request.jid << " (" << request.phone.value_or("phone hidden")
              << ", since " << request.requested_at << ")\n";
    jids.push_back(request.jid);  // the LID: what approve wants
  }
  auto approved = client.Approve(argv[1], jids);
  if (!approved) {
    std::cerr << "approve failed: " << wa::ToString(approved.error()) << "\n";
    return 1;
  }
  std::cout << "approved " << approved->succeeded() << " of " << approved->participants.size()
            << "\n";
  return approved->all_succeeded() ? 0 : 3;
}
