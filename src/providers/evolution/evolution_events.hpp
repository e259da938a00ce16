// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_EVOLUTION_EVOLUTION_EVENTS_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_EVOLUTION_EVOLUTION_EVENTS_HPP_

#include <nlohmann/json.hpp>

#include "wa/participants/events.hpp"

namespace wa {
inline namespace v1 {
namespace internal::evolution {

/// True when `j` is shaped as an Evolution API webhook delivery: an `event`
/// name, the `instance` name and a `data` object at the top level.
bool IsOwnEvent(const nlohmann::json& j);

/// An Evolution API delivery as a typed event; `j` satisfies `IsOwnEvent`.
/// Errors: `kInvalidArgument` for a delivery that is not about a group's
/// participants.
Result<GroupEvent> ParseEvent(const nlohmann::json& j);

}  // namespace internal::evolution
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_EVOLUTION_EVOLUTION_EVENTS_HPP_
