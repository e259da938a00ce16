// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Adds a long list of numbers (one per line on stdin) in paced chunks, the
// way providers tolerate: small chunks, a pause with jitter between them,
// inside the per-token rate limit, with progress on stderr.
//   bulk_add GROUP < numbers.txt

#include <chrono>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <wa/participants.hpp>

#include "client_from_env.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: bulk_add GROUP < numbers.txt\n";
    return 2;
  }
  std::vector<std::string> numbers;
  for (std::string line; std::getline(std::cin, line);) {
    if (!line.empty()) numbers.push_back(line);
  }

  wa::BulkOptions bulk;
  bulk.chunk_size = 20;
  bulk.pause_between_chunks = std::chrono::milliseconds(
      std::stoi(examples::Env("BULK_PAUSE_MS").empty() ? "2000" : examples::Env("BULK_PAUSE_MS")));
  bulk.jitter = 0.3;
  bulk.on_progress = [](const wa::BulkProgress& p) {
    std::cerr << "chunk " << p.chunks_done << "/" << p.chunks_total << ": " << p.succeeded
              << " added, " << p.failed << " failed so far\n";
  };

  auto client = examples::ClientFromEnv();
  auto result = client.ManageMany(wa::Action::kAdd, argv[1], numbers, bulk);
  if (!result) {
    std::cerr << "nothing was added: " << wa::ToString(result.error()) << "\n";
    return 1;
  }
  std::map<std::string, int> reasons;
  for (const auto& p : result->participants) {
    if (!p.result) ++reasons[std::string(wa::ToString(p.result.error().code))];
  }
  std::cout << result->succeeded() << " of " << result->participants.size() << " added\n";
  for (const auto& [reason, count] : reasons) std::cout << "  " << reason << ": " << count << "\n";
  return result->all_succeeded() ? 0 : 3;
}
