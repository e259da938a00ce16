// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include <utility>

#include "providers/descriptor.hpp"
#include "providers/ryze/ryze_codec.hpp"
#include "providers/ryze/ryze_events.hpp"
#include "wa/participants/ryze.hpp"

namespace wa {
inline namespace v1 {
namespace internal::ryze {
namespace {

ParticipantsClient FromSettings(ProviderSettings settings, ClientOptions client_options) {
  RyzeOptions options;
  if (!settings.base_url.empty()) options.base_url = std::move(settings.base_url);
  options.instance = std::move(settings.instance);
  options.token = std::move(settings.secrets["token"]);
  return MakeClient(std::move(options), std::move(client_options));
}

}  // namespace

ProviderDescriptor Descriptor() {
  ProviderInfo info;
  info.name = "ryze";
  info.display_name = std::string(kProviderName);
  info.default_base_url = RyzeOptions{}.base_url;
  info.secrets = {{"token", "WA_TOKEN", true, "token"}};
  info.capabilities = ProviderCapabilities();
  return {std::move(info), &FromSettings, &IsOwnEvent, &ParseEvent};
}

}  // namespace internal::ryze
}  // namespace v1
}  // namespace wa
