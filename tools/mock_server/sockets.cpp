// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "sockets.hpp"

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdlib>

namespace wa::mock {
namespace {

int LocalPort(int fd, bool peer) {
  sockaddr_storage addr{};
  socklen_t len = sizeof(addr);
  int rc = peer ? getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len)
                : getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  if (rc != 0) return -1;
  if (addr.ss_family == AF_INET) return ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
  if (addr.ss_family == AF_INET6) return ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port);
  return -1;
}

}  // namespace

void RaiseListenBacklog(int server_port) {
  DIR* dir = opendir("/proc/self/fd");
  if (dir == nullptr) return;
  while (dirent* entry = readdir(dir)) {
    int fd = std::atoi(entry->d_name);
    int listening = 0;
    socklen_t len = sizeof(listening);
    if (fd <= 2 || getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) != 0 || !listening) {
      continue;
    }
    if (LocalPort(fd, false) == server_port) listen(fd, SOMAXCONN);
  }
  closedir(dir);
}

void DropConnection(int server_port, int remote_port) {
  DIR* dir = opendir("/proc/self/fd");
  if (dir == nullptr) return;
  while (dirent* entry = readdir(dir)) {
    int fd = std::atoi(entry->d_name);
    if (fd <= 2) continue;
    if (LocalPort(fd, false) == server_port && LocalPort(fd, true) == remote_port) {
      shutdown(fd, SHUT_RDWR);
      break;
    }
  }
  closedir(dir);
}

}  // namespace wa::mock
