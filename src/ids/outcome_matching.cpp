// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "ids/outcome_matching.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

#include "ids/identifiers.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
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

// Longer texts are classified every time rather than copied.
constexpr std::size_t kMaxRememberedReason = 256;

ParticipantErrorCode ClassifyUncached(std::string_view text) {
  std::string lower = AsciiLower(text);
  for (const auto& rule : kReasonRules) {
    if (lower.find(rule.phrase) != std::string::npos) return rule.code;
  }
  return ParticipantErrorCode::kUnknown;
}

}  // namespace

ParticipantErrorCode ClassifyParticipantReason(std::string_view text) {
  // Providers repeat a handful of fixed reason texts, within a batch (fifty
  // "not on WhatsApp") and across calls: remembering the last one per
  // thread skips the phrase search almost always.
  struct Last {
    std::string text;
    ParticipantErrorCode code = ParticipantErrorCode::kUnknown;
    bool valid = false;
  };
  thread_local Last last;
  if (last.valid && text == last.text) return last.code;
  ParticipantErrorCode code = ClassifyUncached(text);
  if (text.size() <= kMaxRememberedReason) {
    last.text.assign(text);
    last.code = code;
    last.valid = true;
  }
  return code;
}

OutcomeMatcher::OutcomeMatcher(const std::vector<std::string>& sent, std::string_view provider)
    : sent_(sent), provider_(provider), out_(sent.size()), filled_(sent.size(), false) {}

OutcomeMatcher::Match OutcomeMatcher::Lookup(const std::string& key) {
  if (!indexed_) {
    indexed_ = true;
    index_.reserve(sent_.size());
    for (std::size_t i = 0; i < sent_.size(); ++i) index_.emplace(MatchKey(sent_[i]), i);
  }
  auto it = index_.find(key);
  if (it == index_.end()) return {Match::kNone, 0};
  return {filled_[it->second] ? Match::kDuplicate : Match::kFound, it->second};
}

void OutcomeMatcher::Add(ReportedParticipant entry) {
  std::size_t position = position_++;
  std::string key = MatchKey(entry.jid);
  Match m{Match::kNone, 0};
  if (!key.empty()) {
    if (position < sent_.size() && !filled_[position] && MatchKey(sent_[position]) == key) {
      m = {Match::kFound, position};
    } else {
      m = Lookup(key);
    }
  }
  switch (m.kind) {
    case Match::kDuplicate:
      return;  // a second entry for one participant: the first one counts
    case Match::kNone:
      // A phone answered with its LID (or an entry for someone not sent):
      // nothing ties it to an input, and a guess could report one person's
      // failure as another's. Kept only to say why the input is unknown.
      if (unmatched_example_.empty()) unmatched_example_ = std::move(entry.jid);
      ++unmatched_;
      return;
    case Match::kFound:
      Fill(m.index, std::move(entry));
      return;
  }
}

void OutcomeMatcher::Fill(std::size_t i, ReportedParticipant r) {
  filled_[i] = true;
  if (r.success) {
    out_[i].result = ParticipantInfo{std::move(r.jid), r.is_admin, r.is_super_admin,
                                     /*confirmed=*/true};
  } else {
    ParticipantErrorCode code = r.code ? *r.code : ClassifyParticipantReason(r.error);
    std::string reason = r.error.empty()
                             ? std::string(provider_) + " reported a failure without a reason"
                             : std::move(r.error);
    out_[i].result = Unexpected(ParticipantError{code, std::move(reason)});
  }
}

std::vector<ParticipantOutcome> OutcomeMatcher::Finish() && {
  std::string unreported;
  for (std::size_t i = 0; i < sent_.size(); ++i) {
    out_[i].participant = sent_[i];
    if (filled_[i]) continue;
    if (unreported.empty()) {
      unreported = std::string(provider_) + " did not report on this participant";
      if (unmatched_ > 0) {
        unreported += " by number: its answer also named " + std::to_string(unmatched_) +
                      " identifier(s) that match nothing sent (e.g. " +
                      QuoteForMessage(unmatched_example_) +
                      "), which may be this participant's LID; its state is unknown (a group "
                      "read that gives both phone and LID can settle it: CallOptions::verify)";
      } else {
        unreported += "; its state is unknown";
      }
    }
    out_[i].result = Unexpected(ParticipantError{ParticipantErrorCode::kUnknown, unreported});
  }
  return std::move(out_);
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
