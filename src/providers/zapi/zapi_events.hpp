// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_ZAPI_ZAPI_EVENTS_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_ZAPI_ZAPI_EVENTS_HPP_

#include <nlohmann/json.hpp>

#include "wa/participants/events.hpp"

namespace wa {
inline namespace v1 {
namespace internal::zapi {

/// True when `j` is shaped as a Z-API webhook delivery.
bool IsOwnEvent(const nlohmann::json& j);

/// A Z-API webhook delivery as a typed event; `j` satisfies `IsOwnEvent`.
/// Errors: `kInvalidArgument` for a delivery that is not about a group.
Result<GroupEvent> ParseEvent(const nlohmann::json& j);

}  // namespace internal::zapi
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_ZAPI_ZAPI_EVENTS_HPP_
