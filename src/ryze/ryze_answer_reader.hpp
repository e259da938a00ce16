// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_RYZE_RYZE_ANSWER_READER_HPP_
#define WA_PARTICIPANTS_SRC_RYZE_RYZE_ANSWER_READER_HPP_

#include <optional>
#include <string>
#include <string_view>

#include "common/outcome_matching.hpp"

namespace wa::internal::ryze {

/// The top-level facts of a participants answer.
struct AnswerSummary {
  bool is_object = false;       // the document is a JSON object
  std::optional<bool> success;  // "success"
  std::string group_jid;        // "groupJid"
  std::string error_text;       // "error" (string) or "error.message"
  std::string message;          // "message"
};

/// Reads a RyzeAPI participants answer in one streaming pass (`ScanJson`), handing
/// each entry of the top-level "participants" array to `matcher` as soon as
/// it is complete; no JSON DOM is built, so memory stays proportional to the
/// outcomes rather than to the document. Unknown fields and nesting are
/// skipped. Returns false when the body is not well-formed JSON.
bool ReadParticipantsAnswer(std::string_view body, AnswerSummary& summary, OutcomeMatcher& matcher);

}  // namespace wa::internal::ryze

#endif  // WA_PARTICIPANTS_SRC_RYZE_RYZE_ANSWER_READER_HPP_
