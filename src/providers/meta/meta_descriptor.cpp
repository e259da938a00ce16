// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include <utility>

#include "providers/descriptor.hpp"
#include "providers/meta/meta_codec.hpp"
#include "providers/meta/meta_events.hpp"
#include "wa/participants/meta.hpp"

namespace wa {
inline namespace v1 {
namespace internal::meta {
namespace {

// The Cloud API has no instance in its paths; the segment where the
// others put theirs holds the Graph API version, so `instance` names it.
ParticipantsClient FromSettings(ProviderSettings settings, ClientOptions client_options) {
  MetaOptions options;
  if (!settings.base_url.empty()) options.base_url = std::move(settings.base_url);
  if (!settings.instance.empty()) options.graph_version = std::move(settings.instance);
  options.access_token = std::move(settings.secrets["token"]);
  return MakeClient(std::move(options), std::move(client_options));
}

}  // namespace

ProviderDescriptor Descriptor() {
  ProviderInfo info;
  info.name = "meta";
  info.display_name = std::string(kProviderName);
  info.default_base_url = MetaOptions{}.base_url;
  info.default_instance = MetaOptions{}.graph_version;
  info.secrets = {{"token", "WA_TOKEN", true, "access token (Authorization: Bearer)"}};
  info.capabilities = ProviderCapabilities();
  return {std::move(info), &FromSettings, &IsOwnEvent, &ParseEvent};
}

}  // namespace internal::meta
}  // namespace v1
}  // namespace wa
