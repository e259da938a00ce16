// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "hold_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace wa {
namespace bench {
namespace {

using Clock = std::chrono::steady_clock;

std::int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
      .count();
}

constexpr char kAnswer[] =
    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 14\r\n\r\n"
    "{\"value\":true}";

struct Conn {
  std::string in;
  int index = -1;  // the call being held, when one is
};

struct Due {
  Clock::time_point at;
  int fd;
  int index;
};

// The call's index: the last seven digits of the first phone in the body.
int IndexOf(const std::string& request) {
  auto at = request.find("\"phones\":[\"");
  if (at == std::string::npos) return -1;
  auto end = request.find('"', at + 11);
  if (end == std::string::npos || end - (at + 11) < 7) return -1;
  return std::atoi(request.substr(end - 7, 7).c_str());
}

// A whole request (headers, and a body of Content-Length) is in `in`: its
// length, or 0.
std::size_t WholeRequest(const std::string& in) {
  auto head = in.find("\r\n\r\n");
  if (head == std::string::npos) return 0;
  std::size_t length = 0;
  auto cl = in.find("Content-Length: ");
  if (cl != std::string::npos && cl < head)
    length = std::strtoul(in.c_str() + cl + 16, nullptr, 10);
  return in.size() >= head + 4 + length ? head + 4 + length : 0;
}

[[noreturn]] void Serve(int listener, std::chrono::milliseconds hold, HoldStats* stats) {
  int ep = epoll_create1(0);
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.fd = listener;
  epoll_ctl(ep, EPOLL_CTL_ADD, listener, &ev);
  std::unordered_map<int, Conn> conns;
  std::deque<Due> due;  // every hold is as long: arrival order is due order
  std::vector<epoll_event> events(1024);
  char buf[16384];
  for (;;) {
    int timeout = -1;
    if (!due.empty()) {
      auto wait =
          std::chrono::duration_cast<std::chrono::milliseconds>(due.front().at - Clock::now());
      timeout = wait.count() < 0 ? 0 : static_cast<int>(wait.count()) + 1;
    }
    int n = epoll_wait(ep, events.data(), static_cast<int>(events.size()), timeout);
    for (int i = 0; i < n; ++i) {
      int fd = events[static_cast<std::size_t>(i)].data.fd;
      if (fd == listener) {
        for (;;) {
          int c = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
          if (c < 0) break;
          int one = 1;
          setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
          epoll_event cev{};
          cev.events = EPOLLIN;
          cev.data.fd = c;
          epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev);
          conns[c];
          int open = ++stats->connections;
          if (open > stats->max_connections.load()) stats->max_connections = open;
        }
        continue;
      }
      auto& conn = conns[fd];
      ssize_t got = read(fd, buf, sizeof(buf));
      if (got <= 0) {
        epoll_ctl(ep, EPOLL_CTL_DEL, fd, nullptr);
        close(fd);
        if (conn.index >= 0) --stats->held;
        conns.erase(fd);
        --stats->connections;
        continue;
      }
      conn.in.append(buf, static_cast<std::size_t>(got));
      if (auto whole = WholeRequest(conn.in); whole > 0 && conn.index < 0) {
        conn.index = IndexOf(conn.in);
        conn.in.erase(0, whole);
        ++stats->held;
        due.push_back({Clock::now() + hold, fd, conn.index});
      }
    }
    auto now = Clock::now();
    while (!due.empty() && due.front().at <= now) {
      Due d = due.front();
      due.pop_front();
      auto it = conns.find(d.fd);
      if (it == conns.end() || it->second.index != d.index) continue;  // closed meanwhile
      it->second.index = -1;
      --stats->held;
      if (write(d.fd, kAnswer, sizeof(kAnswer) - 1) > 0 && d.index >= 0 &&
          d.index < HoldStats::kMaxCalls) {
        stats->answered_at_ns[d.index] = NowNs();
      }
      ++stats->answered;
    }
  }
}

}  // namespace

long RaiseFileLimit() {
  rlimit limit{};
  getrlimit(RLIMIT_NOFILE, &limit);
  limit.rlim_cur = limit.rlim_max;
  setrlimit(RLIMIT_NOFILE, &limit);
  getrlimit(RLIMIT_NOFILE, &limit);
  return static_cast<long>(limit.rlim_cur);
}

HoldServer::HoldServer(std::chrono::milliseconds hold, HoldStats* stats) {
  int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  int one = 1;
  setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 ||
      listen(listener, 65535) != 0) {
    close(listener);
    return;
  }
  socklen_t len = sizeof(addr);
  getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
  child_ = fork();
  if (child_ == 0) Serve(listener, hold, stats);
  close(listener);
  if (child_ < 0) port_ = 0;
}

HoldServer::~HoldServer() {
  if (child_ <= 0) return;
  kill(child_, SIGKILL);
  waitpid(child_, nullptr, 0);
}

}  // namespace bench
}  // namespace wa
