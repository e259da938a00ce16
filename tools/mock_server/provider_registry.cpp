// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "provider_registry.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace wa::mock {
namespace {

// Built on first use: registrars in other translation units run during
// static initialisation, in an order nothing fixes.
std::vector<ProviderSim>& Registry() {
  static auto* registry = new std::vector<ProviderSim>();
  return *registry;
}

// cpp-httplib serves a request with the first route that matches it, so a
// second provider with the same method and pattern would silently never be
// reached, or silently take the first one's requests.
[[noreturn]] void Clash(const std::string& first, const std::string& second,
                        const std::string& what) {
  std::fprintf(stderr, "wa-participants-mock: providers \"%s\" and \"%s\" both register %s\n",
               first.c_str(), second.c_str(), what.c_str());
  std::abort();
}

void RefuseClashes(const std::vector<ProviderSim>& registry, const ProviderSim& sim) {
  for (const ProviderSim& other : registry) {
    if (other.name == sim.name) Clash(other.name, sim.name, "the same name");
    for (const Route& a : other.routes) {
      for (const Route& b : sim.routes) {
        if (a.method == b.method && a.pattern == b.pattern) {
          Clash(other.name, sim.name, "the route " + a.pattern);
        }
      }
    }
  }
}

}  // namespace

ProviderRegistrar::ProviderRegistrar(ProviderSim sim) {
  auto& registry = Registry();
  RefuseClashes(registry, sim);
  auto at =
      std::lower_bound(registry.begin(), registry.end(), sim.name,
                       [](const ProviderSim& p, const std::string& name) { return p.name < name; });
  registry.insert(at, std::move(sim));
}

const std::vector<ProviderSim>& RegisteredProviders() { return Registry(); }

}  // namespace wa::mock
