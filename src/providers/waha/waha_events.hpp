// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_WAHA_WAHA_EVENTS_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_WAHA_WAHA_EVENTS_HPP_

#include <nlohmann/json.hpp>

#include "wa/participants/events.hpp"

namespace wa {
inline namespace v1 {
namespace internal::waha {

/// True when `j` is shaped as a WAHA webhook delivery: an `event`
/// name, the `session` and a `payload` object at the top level.
bool IsOwnEvent(const nlohmann::json& j);

/// A WAHA delivery as a typed event; `j` satisfies `IsOwnEvent`.
/// Errors: `kInvalidArgument` for a delivery that is not about a group's
/// participants.
Result<GroupEvent> ParseEvent(const nlohmann::json& j);

}  // namespace internal::waha
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_WAHA_WAHA_EVENTS_HPP_
