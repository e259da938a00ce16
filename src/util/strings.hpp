// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_UTIL_STRINGS_HPP_
#define WA_PARTICIPANTS_SRC_UTIL_STRINGS_HPP_

#include <string>
#include <string_view>

namespace wa {
inline namespace v1 {
namespace internal {

bool IsDigit(char c) noexcept;
bool IsAllDigits(std::string_view s) noexcept;
bool HasControlCharacter(std::string_view s) noexcept;
std::string AsciiLower(std::string_view s);
std::string_view TrimWhitespace(std::string_view s) noexcept;
bool StartsWith(std::string_view s, std::string_view prefix) noexcept;
bool EndsWith(std::string_view s, std::string_view suffix) noexcept;
bool EqualsIgnoreCase(std::string_view a, std::string_view b) noexcept;
/// Percent-encodes everything but RFC 3986 unreserved characters.
std::string UrlEncode(std::string_view s);
/// `s` for an error message: quoted, cut to 80 characters (never inside
/// one), with quotes, backslashes, control characters and bytes that are
/// not UTF-8 escaped, so hostile input can neither forge log lines nor
/// break a JSON encoder.
std::string QuoteForMessage(std::string_view s);

/// The length of the well-formed UTF-8 sequence at `s[i]`, or 0 when the
/// bytes there are not one (stray continuation, overlong form, surrogate,
/// beyond U+10FFFF, cut short).
std::size_t Utf8SequenceLength(std::string_view s, std::size_t i) noexcept;
/// Whether all of `s` is well-formed UTF-8.
bool IsValidUtf8(std::string_view s) noexcept;
/// `s` with every byte that is not part of well-formed UTF-8 replaced by
/// U+FFFD, so any JSON encoder or terminal accepts it.
std::string ValidUtf8(std::string_view s);
/// `ValidUtf8` in place; no copy when `s` is already valid (the usual case).
void MakeValidUtf8(std::string& s);
/// `ValidUtf8(s)` cut to at most `max_bytes` (plus "..." when cut), only
/// ever between two characters.
std::string CutUtf8(std::string_view s, std::size_t max_bytes);
/// `s` safe to show on a terminal or in a log line: C0 and C1 control
/// characters, DEL, the Unicode line and paragraph separators, bidirectional
/// overrides and bytes that are not UTF-8 become visible escapes (`\x1b`,
/// `\u0085`, `\u202e`), so text from a server can neither move the cursor,
/// write the clipboard, rewrite a line nor forge one.
std::string EscapeForDisplay(std::string_view s);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_UTIL_STRINGS_HPP_
