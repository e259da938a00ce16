// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_COMMON_OUTCOME_MATCHING_HPP_
#define WA_PARTICIPANTS_SRC_COMMON_OUTCOME_MATCHING_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "wa/participants/outcome.hpp"

namespace wa::internal {

/// One per-participant entry as a provider reported it.
struct ReportedParticipant {
  std::string jid;
  bool success = false;
  std::string error;  // the provider's reason, verbatim
  bool is_admin = false;
  bool is_super_admin = false;
};

/// Classifies a provider's per-participant reason text. Matching is on
/// lowercase phrases seen in provider docs and WhatsApp gateway answers
/// (including the numeric codes WhatsApp itself returns: 403 privacy, 408
/// recently left, 409 already a member).
ParticipantErrorCode ClassifyParticipantReason(std::string_view text);

/// Pairs `reported` entries with `sent` identifiers (normalised, distinct),
/// by number rather than by exact string, and returns one outcome per sent
/// identifier, in order. A sent identifier nobody reported becomes kUnknown.
/// When a provider answers a phone with its LID the numbers differ; such
/// leftovers are paired by position only if the answer has exactly one entry
/// per identifier sent and every matched entry sits at its own position.
std::vector<ParticipantOutcome> MatchOutcomes(const std::vector<std::string>& sent,
                                              const std::vector<ReportedParticipant>& reported,
                                              std::string_view provider);

}  // namespace wa::internal

#endif  // WA_PARTICIPANTS_SRC_COMMON_OUTCOME_MATCHING_HPP_
