// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_COMMON_STRINGS_HPP_
#define WA_PARTICIPANTS_SRC_COMMON_STRINGS_HPP_

#include <string>
#include <string_view>

namespace wa::internal {

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
/// `s` for an error message: quoted, control characters escaped, and cut
/// to a readable length, so hostile input cannot forge log lines.
std::string QuoteForMessage(std::string_view s);

}  // namespace wa::internal

#endif  // WA_PARTICIPANTS_SRC_COMMON_STRINGS_HPP_
