// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TOOLS_MOCK_SERVER_SHARED_WORLD_HPP_
#define WA_PARTICIPANTS_TOOLS_MOCK_SERVER_SHARED_WORLD_HPP_

#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "mock_server.hpp"
#include "mock_state.hpp"

namespace wa::mock {

/// The answer a route computed, before the server applies faults.
struct Reply {
  int status = 200;
  nlohmann::json body;  // null = no body at all
  std::vector<std::pair<std::string, std::string>> headers;
};

/// What every provider's routes act on: the one world, the lock that
/// serialises all access to it (and to the server's faults and log), and the
/// per-token rate windows. Routes lock `mu` themselves around `world`.
struct SharedWorld {
  MockOptions options;
  mutable std::mutex mu;
  WorldState world;

  /// RyzeAPI's fixed window per token: false when `token` is over
  /// `options.rate_limit`; adds the X-RateLimit-* headers to `reply` either
  /// way. Always true when the limit is off. Takes `mu`.
  bool Admit(const std::string& token, Reply& reply);

 private:
  struct Window {
    std::chrono::steady_clock::time_point start;
    std::chrono::system_clock::time_point wall_start;
    int count = 0;
  };
  std::map<std::string, Window> windows_;  // per token
};

}  // namespace wa::mock

#endif  // WA_PARTICIPANTS_TOOLS_MOCK_SERVER_SHARED_WORLD_HPP_
