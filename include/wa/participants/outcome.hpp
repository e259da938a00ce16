// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_OUTCOME_HPP_
#define WA_PARTICIPANTS_OUTCOME_HPP_

/// @file
/// What a successful request returns: one outcome per participant.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wa/participants/action.hpp"
#include "wa/participants/expected.hpp"
#include "wa/participants/export.hpp"

namespace wa {
inline namespace v1 {

/// A participant's state after a successful action. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT ParticipantInfo {
  /// The participant's JID as the provider reported it (for example
  /// `5511999999999@s.whatsapp.net` or `199789077627112@lid`); for providers
  /// that report nothing per participant, the identifier that was sent.
  std::string jid;
  /// Admin after the action, as reported; when `confirmed` is false this is
  /// what the action should have produced, not an observation.
  bool is_admin = false;
  /// Super-admin after the action, as reported (same caveat as `is_admin`).
  bool is_super_admin = false;
  /// True when the provider answered for this participant individually.
  /// False when it answered only for the whole batch (Z-API's
  /// `{"value": true}`): the change was accepted but not confirmed per person.
  bool confirmed = false;
};

/// Why one participant failed while the request as a whole succeeded.
enum class ParticipantErrorCode {
  kNotOnWhatsApp,      ///< The number has no WhatsApp account.
  kPrivacyRestricted,  ///< Their privacy settings forbid being added; send an invite.
  kAlreadyMember,      ///< Already in the group (for add) or already in the target state.
  kNotMember,          ///< Not in the group (for remove, promote, demote).
  kNotAuthorized,      ///< The instance lacks the rights for this participant.
  kNoPendingRequest,   ///< No join request to approve or reject.
  kInvalid,            ///< The provider rejected the identifier.
  kUnknown,            ///< No answer for this participant, or an unrecognised reason.
  /// Not added, but sent a private invite link instead (an add with
  /// `AddOptions::invite_if_restricted`); they join only if they accept it.
  kInvited,
};

/// Stable snake_case name of `code`, e.g. `"not_on_whatsapp"`. Thread safe.
WA_PARTICIPANTS_EXPORT std::string_view ToString(ParticipantErrorCode code) noexcept;

/// Why one participant failed. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT ParticipantError {
  /// The classification of `message`.
  ParticipantErrorCode code = ParticipantErrorCode::kUnknown;
  /// The provider's reason (redacted of secrets, cut to 1 KiB on a character
  /// boundary, valid UTF-8; control characters kept, so escape them before
  /// showing it); or, when the provider said nothing for this participant, a
  /// sentence from this SDK saying so.
  std::string message;
};

/// The result for one distinct participant of a batch. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT ParticipantOutcome {
  /// The identifier exactly as the caller gave it (the first spelling, when
  /// several spellings of one number were given).
  std::string participant;
  /// The participant's state, or why this participant failed.
  Expected<ParticipantInfo, ParticipantError> result;
};

/// The answer to one participant action. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT BatchResult {
  /// The action performed.
  Action action = Action::kAdd;
  /// The group as the provider echoed it, else as this SDK normalised it.
  std::string group;
  /// One outcome per distinct input participant, in input order. Never
  /// shorter than the input: a participant the provider did not mention is
  /// reported as `ParticipantErrorCode::kUnknown`.
  std::vector<ParticipantOutcome> participants;

  /// How many participants succeeded.
  std::size_t succeeded() const noexcept;
  /// How many participants failed.
  std::size_t failed() const noexcept;
  /// True when every participant succeeded (and there was at least one).
  bool all_succeeded() const noexcept;
};

/// A pending request to join a group. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT PendingRequest {
  /// The requester's JID, usually an `@lid`. Pass it to `Approve`/`Reject`.
  std::string jid;
  /// The requester's phone number (digits), when the provider revealed it.
  std::optional<std::string> phone;
  /// When the request was made, ISO 8601 as the provider gave it; may be empty.
  std::string requested_at;
};

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_OUTCOME_HPP_
