// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include <utility>

#include "providers/descriptor.hpp"
#include "providers/zapi/zapi_codec.hpp"
#include "providers/zapi/zapi_events.hpp"
#include "wa/participants/zapi.hpp"

namespace wa {
inline namespace v1 {
namespace internal::zapi {
namespace {

ParticipantsClient FromSettings(ProviderSettings settings, ClientOptions client_options) {
  ZApiOptions options;
  if (!settings.base_url.empty()) options.base_url = std::move(settings.base_url);
  options.instance = std::move(settings.instance);
  options.token = std::move(settings.secrets["token"]);
  options.client_token = std::move(settings.secrets["client_token"]);
  return MakeClient(std::move(options), std::move(client_options));
}

}  // namespace

ProviderDescriptor Descriptor() {
  ProviderInfo info;
  info.name = "zapi";
  info.display_name = std::string(kProviderName);
  info.default_base_url = ZApiOptions{}.base_url;
  info.secrets = {{"token", "WA_TOKEN", true, "token"},
                  {"client_token", "WA_CLIENT_TOKEN", false, "Client-Token"}};
  info.capabilities = ProviderCapabilities();
  return {std::move(info), &FromSettings, &IsOwnEvent, &ParseEvent};
}

}  // namespace internal::zapi
}  // namespace v1
}  // namespace wa
