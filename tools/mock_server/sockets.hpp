// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TOOLS_MOCK_SERVER_SOCKETS_HPP_
#define WA_PARTICIPANTS_TOOLS_MOCK_SERVER_SOCKETS_HPP_

namespace wa::mock {

/// cpp-httplib listens with a backlog of 5 (compiled into Debian's library):
/// 16 clients connecting at once then lose SYNs and stall for a retransmit.
/// Linux lets listen() be called again to raise the backlog, so this finds
/// the listening socket by its port and does that.
void RaiseListenBacklog(int server_port);

/// cpp-httplib does not expose a request's socket, so this finds it by its
/// two ports among this process's descriptors and shuts it down: the client
/// then sees the connection close with no response at all.
void DropConnection(int server_port, int remote_port);

}  // namespace wa::mock

#endif  // WA_PARTICIPANTS_TOOLS_MOCK_SERVER_SOCKETS_HPP_
