// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Removes participants from a group and reports each one.
//   remove_participants GROUP PARTICIPANT...

#include <iostream>
#include <string>
#include <vector>

#include <wa/participants.hpp>

#include "client_from_env.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: remove_participants GROUP PARTICIPANT...\n";
    return 2;
  }
  auto client = examples::ClientFromEnv();
  std::vector<std::string> participants(argv + 2, argv + argc);

  auto result = client.Remove(argv[1], participants);
  if (!result) {
    std::cerr << "remove failed: " << wa::ToString(result.error()) << "\n";
    return 1;
  }
  for (const auto& p : result->participants) {
    if (p.result) {
      std::cout << p.participant << ": removed" << (p.result->confirmed ? "" : " (unconfirmed)")
                << "\n";
    } else {
      std::cout << p.participant << ": " << wa::ToString(p.result.error().code) << " ("
                << p.result.error().message << ")\n";
    }
  }
  return result->all_succeeded() ? 0 : 3;
}
