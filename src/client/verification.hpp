// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_VERIFICATION_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_VERIFICATION_HPP_

#include <vector>

#include "wa/participants/group.hpp"
#include "wa/participants/outcome.hpp"

namespace wa::internal {

/// Compares each participant of `batch` with the group's current state and
/// upgrades what the provider could not confirm. An outcome that succeeded
/// unconfirmed, or failed as kUnknown, becomes a confirmed success when the
/// group is now as the action intended, and a precise ParticipantError when
/// it is not. Specific failures (not on WhatsApp, ...) are left alone: the
/// provider already said what happened to them. With `invited` (an add
/// sent with AddOptions::invite_if_restricted) a participant still missing
/// is kInvited rather than kNotMember. Participants marked in `never_sent`
/// (same order as `batch.participants`; null = none) are left alone: their
/// request provably never left, so the group's state is not their outcome.
/// Pure: no I/O.
void ApplyVerification(BatchResult& batch, const GroupInfo& group, bool invited = false,
                       const std::vector<bool>* never_sent = nullptr);

}  // namespace wa::internal

#endif  // WA_PARTICIPANTS_SRC_CLIENT_VERIFICATION_HPP_
