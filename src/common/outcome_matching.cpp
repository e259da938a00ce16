// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "common/outcome_matching.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <unordered_map>
#include <utility>

#include "common/identifiers.hpp"
#include "common/strings.hpp"

namespace wa::internal {
namespace {

struct ReasonRule {
  std::string_view phrase;
  ParticipantErrorCode code;
};

// Order matters: the first phrase found wins, so the more specific phrases
// ("pending request not found") come before the general ones ("not found").
constexpr std::array<ReasonRule, 31> kReasonRules = {{
    {"no pending", ParticipantErrorCode::kNoPendingRequest},
    {"pending request not found", ParticipantErrorCode::kNoPendingRequest},
    {"request not found", ParticipantErrorCode::kNoPendingRequest},
    {"not requested", ParticipantErrorCode::kNoPendingRequest},
    {"not on whatsapp", ParticipantErrorCode::kNotOnWhatsApp},
    {"not registered", ParticipantErrorCode::kNotOnWhatsApp},
    {"no whatsapp", ParticipantErrorCode::kNotOnWhatsApp},
    {"without whatsapp", ParticipantErrorCode::kNotOnWhatsApp},
    {"doesn't have whatsapp", ParticipantErrorCode::kNotOnWhatsApp},
    {"does not have whatsapp", ParticipantErrorCode::kNotOnWhatsApp},
    {"does not exist", ParticipantErrorCode::kNotOnWhatsApp},
    {"privacy", ParticipantErrorCode::kPrivacyRestricted},
    {"invite", ParticipantErrorCode::kPrivacyRestricted},
    {"403", ParticipantErrorCode::kPrivacyRestricted},
    {"already a member", ParticipantErrorCode::kAlreadyMember},
    {"already in", ParticipantErrorCode::kAlreadyMember},
    {"already participant", ParticipantErrorCode::kAlreadyMember},
    {"already", ParticipantErrorCode::kAlreadyMember},
    {"409", ParticipantErrorCode::kAlreadyMember},
    {"not a member", ParticipantErrorCode::kNotMember},
    {"not a participant", ParticipantErrorCode::kNotMember},
    {"not in group", ParticipantErrorCode::kNotMember},
    {"not in the group", ParticipantErrorCode::kNotMember},
    {"not participant", ParticipantErrorCode::kNotMember},
    {"404", ParticipantErrorCode::kNotMember},
    // Demoting someone who is not an admin: already in the target state.
    {"not an admin", ParticipantErrorCode::kAlreadyMember},
    {"not authorized", ParticipantErrorCode::kNotAuthorized},
    {"not allowed", ParticipantErrorCode::kNotAuthorized},
    {"admin", ParticipantErrorCode::kNotAuthorized},
    {"forbidden", ParticipantErrorCode::kNotAuthorized},
    {"invalid", ParticipantErrorCode::kInvalid},
}};

}  // namespace

ParticipantErrorCode ClassifyParticipantReason(std::string_view text) {
  std::string lower = AsciiLower(text);
  for (const auto& rule : kReasonRules) {
    if (lower.find(rule.phrase) != std::string::npos) return rule.code;
  }
  return ParticipantErrorCode::kUnknown;
}

std::vector<ParticipantOutcome> MatchOutcomes(const std::vector<std::string>& sent,
                                              const std::vector<ReportedParticipant>& reported,
                                              std::string_view provider) {
  // Key -> index of the first reported entry with that key.
  std::unordered_map<std::string, std::size_t> by_key;
  by_key.reserve(reported.size());
  for (std::size_t i = 0; i < reported.size(); ++i) {
    std::string key = MatchKey(reported[i].jid);
    if (!key.empty()) by_key.emplace(std::move(key), i);
  }

  std::vector<std::optional<std::size_t>> match(sent.size());
  std::vector<bool> used(reported.size(), false);
  bool in_order = true;
  for (std::size_t i = 0; i < sent.size(); ++i) {
    auto it = by_key.find(MatchKey(sent[i]));
    if (it == by_key.end() || used[it->second]) continue;
    match[i] = it->second;
    used[it->second] = true;
    if (it->second != i) in_order = false;
  }
  if (in_order && reported.size() == sent.size()) {
    for (std::size_t i = 0; i < sent.size(); ++i) {
      if (!match[i] && !used[i]) {
        match[i] = i;
        used[i] = true;
      }
    }
  }

  std::vector<ParticipantOutcome> out;
  out.reserve(sent.size());
  for (std::size_t i = 0; i < sent.size(); ++i) {
    ParticipantOutcome o;
    o.participant = sent[i];
    if (!match[i]) {
      o.result = Unexpected(ParticipantError{
          ParticipantErrorCode::kUnknown,
          std::string(provider) + " did not report on this participant; its state is unknown"});
    } else {
      const ReportedParticipant& r = reported[*match[i]];
      if (r.success) {
        o.result = ParticipantInfo{r.jid, r.is_admin, r.is_super_admin, /*confirmed=*/true};
      } else {
        std::string reason = r.error.empty()
                                 ? std::string(provider) + " reported a failure without a reason"
                                 : r.error;
        o.result = Unexpected(ParticipantError{ClassifyParticipantReason(r.error), reason});
      }
    }
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace wa::internal
