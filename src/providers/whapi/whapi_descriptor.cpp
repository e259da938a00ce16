// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include <utility>

#include "providers/descriptor.hpp"
#include "providers/whapi/whapi_codec.hpp"
#include "providers/whapi/whapi_events.hpp"
#include "wa/participants/whapi.hpp"

namespace wa {
inline namespace v1 {
namespace internal::whapi {
namespace {

// Whapi.Cloud has no instance: the token names the channel, so the
// instance setting is not used.
ParticipantsClient FromSettings(ProviderSettings settings, ClientOptions client_options) {
  WhapiOptions options;
  if (!settings.base_url.empty()) options.base_url = std::move(settings.base_url);
  options.token = std::move(settings.secrets["token"]);
  return MakeClient(std::move(options), std::move(client_options));
}

}  // namespace

ProviderDescriptor Descriptor() {
  ProviderInfo info;
  info.name = "whapi";
  info.display_name = std::string(kProviderName);
  info.default_base_url = WhapiOptions{}.base_url;
  // A placeholder the CLI shows: the token, not an instance, names the channel.
  info.default_instance = "channel";
  info.secrets = {{"token", "WA_TOKEN", true, "Bearer token (names the channel)"}};
  info.capabilities = ProviderCapabilities();
  return {std::move(info), &FromSettings, &IsOwnEvent, &ParseEvent};
}

}  // namespace internal::whapi
}  // namespace v1
}  // namespace wa
