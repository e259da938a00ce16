// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_JSON_JSON_BODY_HPP_
#define WA_PARTICIPANTS_SRC_JSON_JSON_BODY_HPP_

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace wa {
inline namespace v1 {
namespace internal {

/// Parses `body` without throwing; nullopt for malformed JSON. The codecs
/// walk the result only a few levels deep, so nesting is not bounded here.
std::optional<nlohmann::json> ParseJsonBody(std::string_view body);

/// As `ParseJsonBody`, but also accepts `//` and `/* */` comments: some
/// providers publish webhook samples with comments in them, and a
/// receiver should take what a lenient reader can. Webhook bodies are
/// walked whole (their secrets blanked, then dumped), recursively, so JSON
/// nested more than 128 levels deep is refused (nullopt): no provider's is,
/// and a DOM that deep would overflow the stack of that walk.
std::optional<nlohmann::json> ParseLenientJson(std::string_view body);

/// The provider's error text in any of the envelopes seen: `{"error":
/// {"message": ...}}` (RyzeAPI), `{"error": "..."}` (Z-API), `{"message":
/// ...}`. Empty when there is none.
std::string ExtractErrorText(const nlohmann::json& body);

/// The error text of a raw body: from its JSON if it parses, else the whole
/// body, trimmed, so an HTML error page still says something. Not yet cut
/// or cleaned: `Sanitize` does that after redaction.
std::string ErrorTextFromBody(std::string_view body);

/// A `message` field as one line: a string as is, or a list of strings and
/// `{"message": ...}` objects (validation errors) joined by "; "; empty for
/// anything else.
std::string JoinedMessages(const nlohmann::json& message);

/// `j[key]` as a string if present and a string; else `fallback`.
std::string StringField(const nlohmann::json& j, const char* key, std::string fallback = {});
/// `j[key]` as a bool if present and a bool; else `fallback`.
bool BoolField(const nlohmann::json& j, const char* key, bool fallback = false);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_JSON_JSON_BODY_HPP_
