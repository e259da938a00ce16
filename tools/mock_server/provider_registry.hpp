// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TOOLS_MOCK_SERVER_PROVIDER_REGISTRY_HPP_
#define WA_PARTICIPANTS_TOOLS_MOCK_SERVER_PROVIDER_REGISTRY_HPP_

#include <string>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "shared_world.hpp"

namespace wa::mock {

/// Computes a provider's answer to one request. Called on a server worker
/// thread; it locks `world.mu` itself while it reads or changes the world.
using Handler = Reply (*)(SharedWorld& world, const httplib::Request& req);

/// One endpoint of a simulated provider.
struct Route {
  enum class Method { kGet, kPost, kPut, kPatch, kDelete };
  Method method = Method::kGet;
  /// A cpp-httplib regex matched against the whole path; captures land in
  /// `req.matches`. Within a provider, earlier routes win.
  std::string pattern;
  Handler handler = nullptr;
};

/// A simulated provider: its name and how the server core treats its
/// requests (latency, faults and the request log are the core's job).
struct ProviderSim {
  /// As `LoggedRequest::provider` and the state's `instances[].provider` say it.
  std::string name;
  /// The provider's error envelope, used for injected `status` faults.
  nlohmann::json (*error_body)(const std::string& message) = nullptr;
  /// Hides a secret the provider carries in its paths, for the request
  /// log; null when its paths carry none.
  std::string (*redact_path)(const std::string& path) = nullptr;
  std::vector<Route> routes;
  /// This provider's instance in the built-in demo world: the fields beyond
  /// the ones every provider's demo instance shares (id "demo", token
  /// "<name>-demo-token", phone 5511900000000), say Z-API's client_token.
  nlohmann::json demo_instance = nlohmann::json::object();
};

/// Adds a provider at static-initialisation time: each `<provider>/routes.cpp`
/// holds one `const ProviderRegistrar` at namespace scope.
class ProviderRegistrar {
 public:
  explicit ProviderRegistrar(ProviderSim sim);
};

/// Every registered provider, ordered by name. Complete once `main` runs.
const std::vector<ProviderSim>& RegisteredProviders();

}  // namespace wa::mock

#endif  // WA_PARTICIPANTS_TOOLS_MOCK_SERVER_PROVIDER_REGISTRY_HPP_
