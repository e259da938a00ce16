// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_DESCRIPTOR_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_DESCRIPTOR_HPP_

#include <nlohmann/json.hpp>

#include "wa/participants/events.hpp"
#include "wa/participants/providers.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// Everything the rest of the SDK and its tools need from one provider,
/// so that none of them names a provider: the CLI reads `info` for its
/// flags, environment and usage, `make_client` to build the client, and
/// `ParseEvent` asks each provider whether a webhook body is its own.
struct ProviderDescriptor {
  /// Name, display name, default base URL, secrets, capabilities.
  ProviderInfo info;
  /// Builds the client from run-time settings whose secret names are known
  /// to `info` (the registry checks them first).
  ParticipantsClient (*make_client)(ProviderSettings settings, ClientOptions client_options);
  /// True when a parsed webhook body is shaped as this provider's.
  bool (*owns_event)(const nlohmann::json& body);
  /// Reads a body `owns_event` accepted.
  Result<GroupEvent> (*parse_event)(const nlohmann::json& body);
};

/// Every provider of this build, in the order usage messages list them.
const std::vector<ProviderDescriptor>& Registry();

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_DESCRIPTOR_HPP_
