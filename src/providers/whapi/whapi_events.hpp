// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_WHAPI_WHAPI_EVENTS_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_WHAPI_WHAPI_EVENTS_HPP_

#include <nlohmann/json.hpp>

#include "wa/participants/events.hpp"

namespace wa {
inline namespace v1 {
namespace internal::whapi {

/// True when `j` is shaped as a Whapi.Cloud webhook delivery: an `event`
/// object with a string `type` at the top level.
bool IsOwnEvent(const nlohmann::json& j);

/// A Whapi.Cloud delivery as a typed event; `j` satisfies `IsOwnEvent`.
/// `groups.put` carries `groups_participants[{group_id, participants,
/// action}]`; the entries after the first are merged into it when they
/// name the same group and action (the rest stay in `raw_json`).
/// Errors: `kInvalidArgument` for a delivery that is not about groups.
Result<GroupEvent> ParseEvent(const nlohmann::json& j);

}  // namespace internal::whapi
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_WHAPI_WHAPI_EVENTS_HPP_
