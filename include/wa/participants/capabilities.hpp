// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_CAPABILITIES_HPP_
#define WA_PARTICIPANTS_CAPABILITIES_HPP_

/// @file
/// What one provider can do, as its `Backend` declares it. The client reads
/// this before sending anything, so a call a provider cannot serve fails with
/// a clear error instead of reaching the wire.

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>

#include "wa/participants/action.hpp"
#include "wa/participants/export.hpp"

namespace wa {
inline namespace v1 {

/// What a provider does with one participant action. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT ActionCapability {
  /// False when the provider has no endpoint for the action: the client
  /// refuses it with `kUnsupported` before sending anything.
  bool supported = true;
  /// The most participants one request may carry; 0 means no documented
  /// limit. `ManageMany` never builds a chunk larger than this, and `Manage`
  /// refuses a longer list with `kInvalidArgument` before sending.
  std::size_t max_batch = 0;
  /// False when the action takes only phone numbers: the client refuses
  /// LIDs (`…@lid`) with `kInvalidArgument`, naming each, before sending.
  bool takes_lid = true;
  /// True when the provider's answer says what happened to each
  /// participant; false when it confirms only the batch (Z-API's
  /// `{"value": true}`), so each outcome is `confirmed = false` until
  /// `CallOptions::verify` or `ParticipantsClient::Verify` reads the group.
  bool answers_per_participant = true;
  /// The timeout of one attempt when neither the call nor the client sets
  /// one; zero means the client's general default. A provider that documents
  /// its own server-side limit sets a little more than that, so its answer,
  /// not ours, decides.
  std::chrono::milliseconds default_timeout{0};
};

/// What a provider can do. `Backend::Capabilities()` returns it; the default
/// is "everything, no limits". Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT Capabilities {
  /// One entry per `Action`, indexed by its value; use `For`.
  std::array<ActionCapability, 6> actions{};
  /// True when `PendingRequests` can list join requests.
  bool pending_requests = true;
  /// True when `GetGroup` can read the members (so `verify` can work).
  bool group_read = true;
  /// True when an add honours `AddOptions::invite_if_restricted`; otherwise
  /// the client refuses such a call with `kUnsupported` before sending.
  bool invite_if_restricted = false;
  /// The provider's documented request limit per minute, used as the
  /// client's default pacing (`ClientOptions::rate_limit`).
  std::optional<int> documented_requests_per_minute;

  /// The entry for `action`. Thread safety: as the value it is called on.
  /// Errors: none.
  const ActionCapability& For(Action action) const noexcept {
    return actions[static_cast<std::size_t>(action)];
  }
  /// The entry for `action`, to change. Thread safety: as the value it is
  /// called on. Errors: none.
  ActionCapability& For(Action action) noexcept {
    return actions[static_cast<std::size_t>(action)];
  }
};

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_CAPABILITIES_HPP_
