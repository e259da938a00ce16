// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_META_META_EVENTS_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_META_META_EVENTS_HPP_

#include <nlohmann/json.hpp>

#include "wa/participants/events.hpp"

namespace wa {
inline namespace v1 {
namespace internal::meta {

/// A WhatsApp Business Account webhook: `{"object":
/// "whatsapp_business_account", "entry": [...]}`.
bool IsOwnEvent(const nlohmann::json& j);

/// The first group event (`entry[].changes[].value.groups[]`) of a
/// delivery; a delivery batching several reports the first (all are in
/// `raw_json`).
Result<GroupEvent> ParseEvent(const nlohmann::json& j);

}  // namespace internal::meta
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_META_META_EVENTS_HPP_
