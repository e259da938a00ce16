// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_BENCH_HOLD_SERVER_HPP_
#define WA_PARTICIPANTS_BENCH_HOLD_SERVER_HPP_

#include <sys/types.h>

#include <atomic>
#include <chrono>
#include <cstdint>

namespace wa {
namespace bench {

/// What the hold server and the benchmark share (an anonymous shared
/// mapping made before the fork): per call, when the server wrote its answer.
struct HoldStats {
  static constexpr int kMaxCalls = 16384;
  std::atomic<int> held{0};         // requests read and waiting for their hold to end
  std::atomic<int> answered{0};     // answers written
  std::atomic<int> connections{0};  // open now
  std::atomic<int> max_connections{0};
  std::atomic<std::int64_t> answered_at_ns[kMaxCalls];  // steady clock; 0 = not yet
};

/// A child process serving Z-API's remove-participant answer on
/// 127.0.0.1: one thread on epoll, so it holds thousands of connections.
/// It reads each request whole, holds it for `hold`, answers
/// `{"value":true}` with keep-alive, and records in `stats` when it
/// answered the call whose participant's last seven digits are its index.
class HoldServer {
 public:
  /// Forks the server; call before the process starts any thread.
  HoldServer(std::chrono::milliseconds hold, HoldStats* stats);
  ~HoldServer();
  HoldServer(const HoldServer&) = delete;
  HoldServer& operator=(const HoldServer&) = delete;
  /// The port it listens on; 0 if it could not start.
  int port() const { return port_; }

 private:
  pid_t child_ = -1;
  int port_ = 0;
};

/// Raises this process's open-file limit to its hard limit; returns the new
/// soft limit.
long RaiseFileLimit();

}  // namespace bench
}  // namespace wa

#endif  // WA_PARTICIPANTS_BENCH_HOLD_SERVER_HPP_
