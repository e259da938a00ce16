// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Peer HTTP clients (curl CLI, python requests.Session, node fetch) sending
// the SDK's request, where they are installed.
#ifndef WA_PARTICIPANTS_BENCH_PEERS_HPP_
#define WA_PARTICIPANTS_BENCH_PEERS_HPP_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "wa/participants/http.hpp"

namespace wa::bench {

/// Each peer's label and its requests per second over `n` sequential sends
/// of `req` on one kept-alive connection: nullopt when the peer is not
/// installed, a value <= 0 when it failed. The token and the body reach
/// the peers through the environment and a scratch directory, never argv.
/// Not thread-safe (it sets environment variables).
std::vector<std::pair<std::string, std::optional<double>>> PeerRps(const HttpRequest& req,
                                                                   const std::string& token, int n);

}  // namespace wa::bench

#endif  // WA_PARTICIPANTS_BENCH_PEERS_HPP_
