// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_IDS_OUTCOME_MATCHING_HPP_
#define WA_PARTICIPANTS_SRC_IDS_OUTCOME_MATCHING_HPP_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "wa/participants/outcome.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// One per-participant entry as a provider reported it.
struct ReportedParticipant {
  std::string jid;
  bool success = false;
  std::string error;  // the provider's reason, verbatim
  // The classification, when the provider's own code table gave one (for
  // example WhatsApp's status); otherwise `error` is classified by phrase.
  std::optional<ParticipantErrorCode> code;
  bool is_admin = false;
  bool is_super_admin = false;
};

/// Classifies a provider's per-participant reason text. Matching is on
/// lowercase phrases seen in provider docs and WhatsApp gateway answers
/// (including the numeric codes WhatsApp itself returns: 403 privacy, 408
/// recently left, 409 already a member).
ParticipantErrorCode ClassifyParticipantReason(std::string_view text);

/// Pairs reported entries with the identifiers sent (normalised, distinct),
/// by number rather than by exact string, as the entries stream in; yields
/// one outcome per identifier sent, in order. An identifier nobody reported
/// becomes kUnknown. When a provider answers a phone with its LID the
/// numbers differ and nothing in the answer ties the two together: such an
/// input stays kUnknown (never paired by position, which could report one
/// person's failure as another's) until a group read that gives both phone
/// and LID settles it.
///
/// Answers usually list participants in the order sent, so each entry is
/// first tried against its own position; a key index is built only when an
/// entry is out of place. Memory stays proportional to the outcomes.
class OutcomeMatcher {
 public:
  OutcomeMatcher(const std::vector<std::string>& sent, std::string_view provider);

  void Add(ReportedParticipant entry);
  std::vector<ParticipantOutcome> Finish() &&;

 private:
  struct Match {
    enum Kind { kNone, kFound, kDuplicate } kind;
    std::size_t index;
  };
  void Fill(std::size_t i, ReportedParticipant entry);
  Match Lookup(const std::string& key);

  const std::vector<std::string>& sent_;
  std::string_view provider_;
  std::vector<ParticipantOutcome> out_;
  std::vector<bool> filled_;
  std::unordered_map<std::string, std::size_t> index_;  // built on first miss
  bool indexed_ = false;
  std::size_t position_ = 0;
  std::size_t unmatched_ = 0;      // entries that matched nothing sent
  std::string unmatched_example_;  // the first of them, for the message
};

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_IDS_OUTCOME_MATCHING_HPP_
