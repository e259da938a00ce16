// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_EVENTS_HPP_
#define WA_PARTICIPANTS_EVENTS_HPP_

/// @file
/// Typed group events from the providers' webhooks: join requests (the only
/// way Z-API reports them) and membership changes.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wa/participants/error.hpp"
#include "wa/participants/export.hpp"

namespace wa {
inline namespace v1 {

/// What happened.
enum class GroupEventKind {
  kJoinRequest,          ///< Someone asked to join (Z-API MEMBERSHIP_APPROVAL_REQUEST).
  kJoinRequestRevoked,   ///< They withdrew the request (REVOKED_MEMBERSHIP_REQUESTS).
  kParticipantAdded,     ///< Added or joined (GROUP_PARTICIPANT_ADD, RyzeAPI "joined"/"add").
  kParticipantRemoved,   ///< Removed by an admin (GROUP_PARTICIPANT_REMOVE, "removed"/"remove").
  kParticipantLeft,      ///< Left by themselves (GROUP_PARTICIPANT_LEAVE, "left"/"leave").
  kParticipantPromoted,  ///< Made admin (GROUP_PARTICIPANT_PROMOTE, "promoted"/"promote").
  kParticipantDemoted,   ///< Admin taken away (GROUP_PARTICIPANT_DEMOTE, "demoted"/"demote").
  kParticipantJoined,    ///< Joined through an invite link (Z-API GROUP_PARTICIPANT_INVITE).
  kOther,                ///< A kind this SDK does not know; see `GroupEvent::type`.
};

/// Stable snake_case name of `kind`, e.g. `"join_request"`. Thread safe.
WA_PARTICIPANTS_EXPORT std::string_view ToString(GroupEventKind kind) noexcept;

/// A participant named by an event. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT EventParticipant {
  /// The identifier as the provider sent it.
  std::string id;
  /// The phone number (digits), when it is one or the provider gave it. Bare
  /// digits count as a phone only when some numbering plan could hold them
  /// and the delivery does not name them as a LID elsewhere.
  std::optional<std::string> phone;
  /// The LID (`…@lid`), when it is one or the provider gave it; some
  /// deliveries send LIDs as bare digits, and those are recognised too.
  std::optional<std::string> lid;
};

/// A participant an action failed for, as a webhook reports it. Thread
/// safety: value type.
struct WA_PARTICIPANTS_EXPORT EventFailure {
  /// Whom it failed for.
  EventParticipant participant;
  /// The provider's reason ("(#131212) ...: details"), empty when it gave none.
  std::string error;
};

/// One webhook delivery, parsed. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT GroupEvent {
  /// The classification; `kOther` for kinds this SDK does not know.
  GroupEventKind kind = GroupEventKind::kOther;
  /// `"zapi"` or `"ryze"`.
  std::string provider;
  /// The provider's own name for the event (`GROUP_PARTICIPANT_ADD`, `joined`, ...).
  std::string type;
  /// The group, as the provider identified it.
  std::string group;
  /// Whom it happened to: the people added, removed, promoted or demoted,
  /// the ones who left or joined, or who ask to join (for a join request
  /// made by a member on someone's behalf, the person awaiting approval,
  /// not the member).
  std::vector<EventParticipant> participants;
  /// Who acted, when the provider says: the admin who added or removed,
  /// the member who asked on someone's behalf (Z-API `non_admin_add`), or
  /// the participant themself (a leave, a join request by invite link).
  std::optional<EventParticipant> actor;
  /// How a join was requested (Z-API `requestMethod`), when given.
  std::optional<std::string> request_method;
  /// Whom the action failed for, with the provider's reason, when a
  /// delivery reports failures (Meta's `failed_participants`); else empty.
  std::vector<EventFailure> failed;
  /// When it happened, when given.
  std::optional<std::chrono::system_clock::time_point> time;
  /// The whole delivery as JSON, every field kept except secrets: RyzeAPI
  /// deliveries carry the instance token, which is replaced by `***`.
  std::string raw_json;
};

/// Parses a webhook body from Z-API (a `notification` payload) or RyzeAPI
/// (`{"event": "group.flow", ...}`). Unknown kinds are kept as `kOther` and
/// unknown fields are ignored, never rejected. Errors: `kInvalidArgument`
/// when the body is not JSON or not a group event at all (say, a chat
/// message). Thread safety: safe to call concurrently.
WA_PARTICIPANTS_EXPORT Result<GroupEvent> ParseEvent(std::string_view body);

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_EVENTS_HPP_
