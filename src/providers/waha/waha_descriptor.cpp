// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include <utility>

#include "providers/descriptor.hpp"
#include "providers/waha/waha_codec.hpp"
#include "providers/waha/waha_events.hpp"
#include "wa/participants/waha.hpp"

namespace wa {
inline namespace v1 {
namespace internal::waha {
namespace {

ParticipantsClient FromSettings(ProviderSettings settings, ClientOptions client_options) {
  WahaOptions options;
  options.base_url = std::move(settings.base_url);
  // WAHA's own default session when none is named.
  if (!settings.instance.empty()) options.session = std::move(settings.instance);
  options.api_key = std::move(settings.secrets["token"]);
  return MakeClient(std::move(options), std::move(client_options));
}

}  // namespace

ProviderDescriptor Descriptor() {
  ProviderInfo info;
  info.name = "waha";
  info.display_name = std::string(kProviderName);
  info.default_base_url = "";  // self-hosted: the caller names the server
  info.default_instance = WahaOptions{}.session;
  info.secrets = {{"token", "WA_TOKEN", true, "X-Api-Key"}};
  info.capabilities = ProviderCapabilities();
  return {std::move(info), &FromSettings, &IsOwnEvent, &ParseEvent};
}

}  // namespace internal::waha
}  // namespace v1
}  // namespace wa
