// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Webhook bodies into typed events: each provider in the registry says
// whether a body is its own and reads it; this file only parses, asks and
// redacts.

#include <array>
#include <string>

#include <nlohmann/json.hpp>

#include "events/event_reading.hpp"
#include "json/json_body.hpp"
#include "providers/descriptor.hpp"
#include "util/strings.hpp"
#include "wa/participants/events.hpp"

namespace wa {
inline namespace v1 {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 9> kKindNames = {
    "join_request",        "join_request_revoked", "participant_added",
    "participant_removed", "participant_left",     "participant_promoted",
    "participant_demoted", "participant_joined",   "other"};

// Secrets ride along in deliveries (RyzeAPI's instanceData.token,
// Evolution API's apikey; a gateway's configuration echoed in metadata):
// blank them wherever they are before the JSON is kept.
void Redact(json& j) {
  if (j.is_object()) {
    for (auto& [key, value] : j.items()) {
      std::string k = internal::AsciiLower(key);
      if (k == "token" || k == "apikey" || k == "api_key" || k == "api-key" || k == "x-api-key" ||
          k == "x_api_key" || k == "client_token" || k == "clienttoken" || k == "authorization" ||
          k == "secret" || k == "password" || k == "jwt_key" || k == "hmac") {
        value = "***";
      } else {
        Redact(value);
      }
    }
  } else if (j.is_array()) {
    for (auto& v : j) Redact(v);
  }
}

}  // namespace

std::string_view ToString(GroupEventKind kind) noexcept {
  auto i = static_cast<std::size_t>(kind);
  return i < kKindNames.size() ? kKindNames[i] : std::string_view("other");
}

Result<GroupEvent> ParseEvent(std::string_view body) {
  auto parsed = internal::ParseLenientJson(body);
  if (!parsed || !parsed->is_object()) {
    return Unexpected(internal::NotAnEvent("the body is not a JSON object"));
  }
  json& j = *parsed;
  const internal::ProviderDescriptor* owner = nullptr;
  std::string known;
  for (const auto& provider : internal::Registry()) {
    if (owner == nullptr && provider.owns_event(j)) owner = &provider;
    known += (known.empty() ? "" : ", ") + provider.info.display_name;
  }
  if (owner == nullptr) {
    return Unexpected(internal::NotAnEvent("no provider's delivery (" + known + ")"));
  }
  Result<GroupEvent> event = owner->parse_event(j);
  if (!event) return event;
  Redact(j);
  event->raw_json = j.dump();
  return event;
}

}  // namespace v1
}  // namespace wa
