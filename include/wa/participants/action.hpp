// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_ACTION_HPP_
#define WA_PARTICIPANTS_ACTION_HPP_

/// @file
/// The six participant actions.

#include <optional>
#include <string_view>

#include "wa/participants/export.hpp"

namespace wa {
inline namespace v1 {

/// What to do to the participants of a group.
enum class Action {
  kAdd,      ///< Add to the group (needs admin).
  kRemove,   ///< Remove from the group (needs admin).
  kPromote,  ///< Make admin (needs super-admin on RyzeAPI).
  kDemote,   ///< Take admin away (needs super-admin on RyzeAPI).
  kApprove,  ///< Approve a pending join request (needs admin).
  kReject,   ///< Reject a pending join request (needs admin).
};

/// The RyzeAPI word for `action`: `add`, `remove`, `promote`, `demote`,
/// `approve` or `reject`. Thread safety: safe to call concurrently.
WA_PARTICIPANTS_EXPORT std::string_view ToString(Action action) noexcept;

/// Parses the words `ToString(Action)` produces (exact, lowercase); nullopt
/// for anything else. Thread safety: safe to call concurrently.
WA_PARTICIPANTS_EXPORT std::optional<Action> ParseAction(std::string_view word) noexcept;

/// True for the actions that answer a join request (approve, reject).
/// Thread safety: safe to call concurrently.
constexpr bool IsJoinRequestAction(Action action) noexcept {
  return action == Action::kApprove || action == Action::kReject;
}

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_ACTION_HPP_
