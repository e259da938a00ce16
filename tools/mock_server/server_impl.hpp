// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TOOLS_MOCK_SERVER_SERVER_IMPL_HPP_
#define WA_PARTICIPANTS_TOOLS_MOCK_SERVER_SERVER_IMPL_HPP_

#include <deque>
#include <optional>
#include <string>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "mock_server.hpp"
#include "provider_registry.hpp"
#include "shared_world.hpp"

namespace wa::mock {

/// Paths and bodies are whatever clients sent (`/instances/%FF/...` decodes
/// to a byte that is not UTF-8): dumping must replace, never throw.
std::string Dump(const nlohmann::json& j, int indent = -1);

/// The server core: the world the providers' routes share, the serve loop
/// that wraps every route with latency, faults and the request log, and
/// the `/_mock/*` admin endpoints. `mu` guards the world, faults and log.
struct MockServer::Impl : SharedWorld {
  httplib::Server server;
  std::thread thread;
  int port = 0;

  std::deque<Fault> faults;
  std::deque<LoggedRequest> log;  // bounded: see Record

  std::optional<Fault> TakeFault();
  void Record(LoggedRequest entry);
  /// Runs `handler` for `provider` under the next fault, and logs it.
  void Serve(const ProviderSim& provider, Handler handler, const httplib::Request& req,
             httplib::Response& res);

  /// The admin token, when one is set, guards every admin endpoint.
  bool AdminAllowed(const httplib::Request& req) const;
  /// `/_mock/{requests,state,faults,health}`.
  void Admin(const httplib::Request& req, httplib::Response& res);
};

}  // namespace wa::mock

#endif  // WA_PARTICIPANTS_TOOLS_MOCK_SERVER_SERVER_IMPL_HPP_
