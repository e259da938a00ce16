// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "raw_http_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <stdexcept>

namespace wa::testing_util {
namespace {

// Every blocking wait is sliced so that a stopping server notices promptly.
constexpr int kSliceMs = 20;
// A request larger than this is not what these tests send.
constexpr std::size_t kMaxRequestBytes = 1u << 20;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::size_t ContentLength(const std::string& head) {
  std::string lower = Lower(head);
  auto pos = lower.find("\r\ncontent-length:");
  if (pos == std::string::npos) return 0;
  return static_cast<std::size_t>(std::strtoul(lower.c_str() + pos + 17, nullptr, 10));
}

bool SendAll(int fd, const std::string& data) {
  std::size_t sent = 0;
  while (sent < data.size()) {
    ssize_t n = send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

std::string HttpResponseText(int status, const std::string& body,
                             const std::vector<std::string>& extra_headers) {
  std::string out = "HTTP/1.1 " + std::to_string(status) + " Status\r\n";
  out += "Content-Type: application/json\r\n";
  for (const auto& h : extra_headers) out += h + "\r\n";
  out += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  out += body;
  return out;
}

RawHttpServer::RawHttpServer(Script script) : script_(std::move(script)) {
  listen_fd_ = socket(AF_INET, SOCK_STREAM, 0);
  if (listen_fd_ < 0) throw std::runtime_error("socket failed");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof(addr);
  if (bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 ||
      listen(listen_fd_, 16) != 0 ||
      getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    close(listen_fd_);
    throw std::runtime_error("cannot listen on 127.0.0.1");
  }
  port_ = ntohs(addr.sin_port);
  acceptor_ = std::thread([this] { AcceptLoop(); });
}

RawHttpServer::~RawHttpServer() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  StopListening();
  acceptor_.join();
  // The acceptor is gone: nobody adds threads any more.
  for (auto& t : threads_) t.join();
  close(listen_fd_);
}

std::string RawHttpServer::base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }

std::vector<RawRequest> RawHttpServer::Requests() const {
  std::lock_guard<std::mutex> lock(mu_);
  return requests_;
}

std::size_t RawHttpServer::Count(const std::string& method) const {
  std::lock_guard<std::mutex> lock(mu_);
  return static_cast<std::size_t>(std::count_if(
      requests_.begin(), requests_.end(), [&](const RawRequest& r) { return r.method == method; }));
}

int RawHttpServer::connections() const {
  std::lock_guard<std::mutex> lock(mu_);
  return connections_;
}

bool RawHttpServer::AwaitRequests(std::size_t n, std::chrono::milliseconds limit) const {
  std::unique_lock<std::mutex> lock(mu_);
  return cv_.wait_for(lock, limit, [&] { return requests_.size() >= n; });
}

bool RawHttpServer::Stopping() const {
  std::lock_guard<std::mutex> lock(mu_);
  return stopping_;
}

void RawHttpServer::StopListening() {
  std::lock_guard<std::mutex> lock(mu_);
  if (!listening_) return;
  listening_ = false;
  // On Linux, shutting a listening socket down refuses every later connect
  // at once (a close could wait for the acceptor's poll to let go of it)
  // and wakes the acceptor.
  shutdown(listen_fd_, SHUT_RDWR);
}

void RawHttpServer::AcceptLoop() {
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (stopping_ || !listening_) return;
    }
    pollfd p{listen_fd_, POLLIN, 0};
    if (poll(&p, 1, kSliceMs) <= 0) continue;
    int fd = accept(listen_fd_, nullptr, nullptr);
    if (fd < 0) continue;
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    std::lock_guard<std::mutex> lock(mu_);
    int connection = ++connections_;
    threads_.emplace_back([this, fd, connection] { Serve(fd, connection); });
  }
}

void RawHttpServer::Serve(int fd, int connection) {
  std::string buffer;
  int index = 0;
  char chunk[16384];
  for (;;) {
    // Read until one whole request is buffered.
    std::size_t head_end = buffer.find("\r\n\r\n");
    while (head_end == std::string::npos ||
           buffer.size() < head_end + 4 + ContentLength(buffer.substr(0, head_end + 2))) {
      if (Stopping() || buffer.size() > kMaxRequestBytes) {
        close(fd);
        return;
      }
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, kSliceMs) <= 0) continue;
      ssize_t n = recv(fd, chunk, sizeof(chunk), 0);
      if (n <= 0) {  // the client left
        close(fd);
        return;
      }
      buffer.append(chunk, static_cast<std::size_t>(n));
      head_end = buffer.find("\r\n\r\n");
    }
    RawRequest r;
    r.head = buffer.substr(0, head_end + 2);
    std::size_t length = ContentLength(r.head);
    r.body = buffer.substr(head_end + 4, length);
    buffer.erase(0, head_end + 4 + length);
    auto sp1 = r.head.find(' ');
    auto sp2 = r.head.find(' ', sp1 + 1);
    r.method = r.head.substr(0, sp1);
    r.target = r.head.substr(sp1 + 1, sp2 - sp1 - 1);
    r.connection = connection;
    r.index_on_connection = index++;
    {
      std::lock_guard<std::mutex> lock(mu_);
      requests_.push_back(r);
    }
    cv_.notify_all();
    RawAction action = script_(r);
    switch (action.kind) {
      case RawAction::Kind::kRespond:
        if (!SendAll(fd, action.response)) {
          close(fd);
          return;
        }
        break;
      case RawAction::Kind::kRespondAndRefuse:
        SendAll(fd, action.response);
        StopListening();
        close(fd);
        return;
      case RawAction::Kind::kCloseAndRefuse:
        StopListening();
        close(fd);
        return;
      case RawAction::Kind::kClose:
        close(fd);
        return;
      case RawAction::Kind::kHang:
        // Hold the connection, reading and dropping anything more, until
        // the client gives up or the server stops.
        while (!Stopping()) {
          pollfd p{fd, POLLIN, 0};
          if (poll(&p, 1, kSliceMs) <= 0) continue;
          if (recv(fd, chunk, sizeof(chunk), 0) <= 0) break;
        }
        close(fd);
        return;
    }
  }
}

}  // namespace wa::testing_util
