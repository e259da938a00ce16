// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include <utility>

#include "providers/descriptor.hpp"
#include "providers/evolution/evolution_codec.hpp"
#include "providers/evolution/evolution_events.hpp"
#include "wa/participants/evolution.hpp"

namespace wa {
inline namespace v1 {
namespace internal::evolution {
namespace {

ParticipantsClient FromSettings(ProviderSettings settings, ClientOptions client_options) {
  EvolutionOptions options;
  options.base_url = std::move(settings.base_url);
  options.instance = std::move(settings.instance);
  options.api_key = std::move(settings.secrets["token"]);
  return MakeClient(std::move(options), std::move(client_options));
}

}  // namespace

ProviderDescriptor Descriptor() {
  ProviderInfo info;
  info.name = "evolution";
  info.display_name = std::string(kProviderName);
  info.default_base_url = "";  // self-hosted: the caller names the server
  info.secrets = {{"token", "WA_TOKEN", true, "apikey"}};
  info.capabilities = ProviderCapabilities();
  return {std::move(info), &FromSettings, &IsOwnEvent, &ParseEvent};
}

}  // namespace internal::evolution
}  // namespace v1
}  // namespace wa
