// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TESTS_SUPPORT_RAW_HTTP_SERVER_HPP_
#define WA_PARTICIPANTS_TESTS_SUPPORT_RAW_HTTP_SERVER_HPP_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace wa::testing_util {

/// One request the server read in full (request line, headers and the
/// Content-Length body).
struct RawRequest {
  std::string method;
  std::string target;  // path and query, as sent
  std::string head;    // request line and headers, raw
  std::string body;
  int connection = 0;           // 1 for the first accepted connection, and so on
  int index_on_connection = 0;  // 0 for the first request on it
};

/// What the server does once it has read a request.
struct RawAction {
  enum class Kind {
    kRespond,           ///< write `response` (a whole HTTP response) and keep reading
    kClose,             ///< close the connection without a byte of answer
    kCloseAndRefuse,    ///< close it and stop listening: later connects are refused
    kHang,              ///< answer nothing; hold the connection until the client leaves
    kRespondAndRefuse,  ///< write `response`, stop listening, then close the connection
  };
  Kind kind = Kind::kRespond;
  std::string response;

  static RawAction Respond(std::string response) { return {Kind::kRespond, std::move(response)}; }
  static RawAction Close() { return {Kind::kClose, {}}; }
  static RawAction CloseAndRefuse() { return {Kind::kCloseAndRefuse, {}}; }
  static RawAction Hang() { return {Kind::kHang, {}}; }
  static RawAction RespondAndRefuse(std::string response) {
    return {Kind::kRespondAndRefuse, std::move(response)};
  }
};

/// `HTTP/1.1 <status>` with a JSON body, `Content-Length` and any extra
/// header lines ("Name: value").
std::string HttpResponseText(int status, const std::string& body,
                             const std::vector<std::string>& extra_headers = {});

/// A plain-socket HTTP/1.1 server on 127.0.0.1 for fault tests: it records
/// every request it *read*, and a script decides what happens next. Unlike
/// the simulator (cpp-httplib) it can read a request and hang up, or stop
/// listening, at an exact point. Every wait is bounded; the destructor
/// stops and joins everything. Thread safe.
class RawHttpServer {
 public:
  using Script = std::function<RawAction(const RawRequest&)>;

  explicit RawHttpServer(Script script);
  ~RawHttpServer();
  RawHttpServer(const RawHttpServer&) = delete;
  RawHttpServer& operator=(const RawHttpServer&) = delete;

  int port() const { return port_; }
  std::string base_url() const;

  /// Every request read so far, in order.
  std::vector<RawRequest> Requests() const;
  /// How many requests with `method` were read.
  std::size_t Count(const std::string& method) const;
  /// Connections accepted so far.
  int connections() const;
  /// Waits (at most `limit`) until `n` requests were read; false on timeout.
  bool AwaitRequests(std::size_t n,
                     std::chrono::milliseconds limit = std::chrono::seconds(10)) const;
  /// Stops listening: every later connect is refused. Idempotent.
  void StopListening();

 private:
  void AcceptLoop();
  void Serve(int fd, int connection);
  bool Stopping() const;

  Script script_;
  int listen_fd_ = -1;
  int port_ = 0;
  mutable std::mutex mu_;
  mutable std::condition_variable cv_;
  bool stopping_ = false;
  bool listening_ = true;
  int connections_ = 0;
  std::vector<RawRequest> requests_;
  std::vector<std::thread> threads_;  // connection threads; guarded by mu_
  std::thread acceptor_;
};

}  // namespace wa::testing_util

#endif  // WA_PARTICIPANTS_TESTS_SUPPORT_RAW_HTTP_SERVER_HPP_
