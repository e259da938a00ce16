// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_RYZE_RYZE_ANSWER_READER_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_RYZE_RYZE_ANSWER_READER_HPP_

#include <optional>
#include <string>
#include <string_view>

#include "ids/outcome_matching.hpp"

namespace wa {
inline namespace v1 {
namespace internal::ryze {

/// The top-level facts of a participants answer.
struct AnswerSummary {
  bool is_object = false;       // the document is a JSON object
  std::optional<bool> success;  // "success"
  std::string group_jid;        // "groupJid"
  std::string error_text;       // "error" (string) or "error.message"
  std::string message;          // "message"
  /// What the top-level "participants" field held: an answer that lacks the
  /// array says nothing about anyone, which is not the same as "nobody".
  enum class List { kAbsent, kArray, kOther } participants = List::kAbsent;
};

/// Reads a RyzeAPI participants answer in one streaming pass (`ScanJson`), handing
/// each entry of the top-level "participants" array to `matcher` as soon as
/// it is complete; no JSON DOM is built, so memory stays proportional to the
/// outcomes rather than to the document. Unknown fields and nesting are
/// skipped. Returns false when the body is not well-formed JSON.
bool ReadParticipantsAnswer(std::string_view body, AnswerSummary& summary, OutcomeMatcher& matcher);

}  // namespace internal::ryze
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_RYZE_RYZE_ANSWER_READER_HPP_
