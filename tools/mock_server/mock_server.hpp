// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TOOLS_MOCK_SERVER_MOCK_SERVER_HPP_
#define WA_PARTICIPANTS_TOOLS_MOCK_SERVER_MOCK_SERVER_HPP_

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace wa::mock {

/// Start-up settings of the simulator.
struct MockOptions {
  /// The world as a JSON document; empty = the built-in demo world.
  std::string state_json;
  /// RyzeAPI requests allowed per token per window; 0 = unlimited.
  int rate_limit = 100;
  /// The rate-limit window (RyzeAPI's is a minute).
  std::chrono::milliseconds rate_window = std::chrono::minutes(1);
  /// Added to every provider request.
  std::chrono::milliseconds latency{0};
  /// Worker threads (each serves one connection at a time).
  int threads = 64;
  /// Called with one line per request (token redacted); may be null.
  std::function<void(const std::string&)> log;
  /// When not empty, every `/_mock/*` endpoint but `/_mock/health` answers
  /// 401 unless the request carries `X-Mock-Admin-Token: <admin_token>`, and
  /// `GET /_mock/state?secrets=1` may then show the instances' tokens.
  /// Empty (the default): the admin endpoints are open, as befits a
  /// simulator on 127.0.0.1, and state dumps never show tokens.
  std::string admin_token;
  /// The request log keeps at most this many requests (the oldest go first)...
  std::size_t max_logged_requests = 10000;
  /// ...and at most this much of each body (the rest is dropped, and the
  /// entry says so), so a flood of large requests cannot exhaust memory.
  std::size_t max_logged_body_bytes = 64u << 10;
};

/// A misbehaviour applied to the next `count` provider requests. Limits
/// (checked by `ValidateFault` for faults that come from outside):
/// `status` 100-599, `delay` at most `kMaxFaultDelay`, `bytes` at most
/// `kMaxFaultBytes`, `count` 1-`kMaxFaultCount`.
struct Fault {
  enum class Kind {
    kLatency,              ///< sleep `delay`, then answer normally
    kStatus,               ///< answer `status` with the provider's error envelope, no action taken
    kDrop,                 ///< perform the action, then close the connection without answering
    kSlowBody,             ///< perform the action, then send the body one byte per `delay`
    kMalformedJson,        ///< perform the action, then answer 200 with broken JSON
    kTruncatedJson,        ///< perform the action, then answer 200 with half the real body
    kOversizedBody,        ///< perform the action, then answer 200 with `bytes` of body
    kOmitLastParticipant,  ///< RyzeAPI: leave the last participant out of the answer
  };
  Kind kind = Kind::kStatus;
  int status = 503;
  std::chrono::milliseconds delay{0};
  std::size_t bytes = 8u << 20;
  int count = 1;
};

inline constexpr std::chrono::milliseconds kMaxFaultDelay{60000};
inline constexpr std::size_t kMaxFaultBytes = 64u << 20;
inline constexpr int kMaxFaultCount = 100000;

/// Why `fault` is out of bounds, or empty when it is fine.
std::string ValidateFault(const Fault& fault);

/// One request the simulator received (secrets redacted).
struct LoggedRequest {
  std::string provider;  // a registered provider's name, or "" for anything else
  std::string method;
  std::string path;  // Z-API token replaced by ***
  std::string body;  // at most MockOptions::max_logged_body_bytes of it
  bool body_truncated = false;
  int remote_port = 0;
  int status = 0;          // 0 when the connection was dropped
  std::string user_agent;  // the User-Agent header, empty when absent
};

/// The stateful simulator of every registered provider on cpp-httplib, on 127.0.0.1.
/// Thread safe.
class MockServer {
 public:
  explicit MockServer(MockOptions options = {});
  ~MockServer();
  MockServer(const MockServer&) = delete;
  MockServer& operator=(const MockServer&) = delete;

  /// Loads the state and starts listening (port 0 = any free port); false
  /// with `error` set when the state is invalid or the port is taken.
  bool Start(int port, std::string* error);
  /// Stops listening and joins the server thread; idempotent.
  void Stop();
  int port() const;
  std::string base_url() const;

  void InjectFault(const Fault& fault);
  std::vector<LoggedRequest> Requests() const;
  /// Requests whose path contains `fragment` (all when empty).
  std::size_t CountRequests(const std::string& fragment = {}) const;
  void ClearRequests();
  /// The current world, as a JSON document.
  std::string StateJson() const;
  /// Replaces the world; false with `error` set when the document is invalid.
  bool LoadState(const std::string& json, std::string* error);

  /// The built-in demo world, as a JSON document.
  static std::string DemoStateJson();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace wa::mock

#endif  // WA_PARTICIPANTS_TOOLS_MOCK_SERVER_MOCK_SERVER_HPP_
