// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "util/strings.hpp"

#include <cstdio>

namespace wa {
inline namespace v1 {
namespace internal {

bool IsDigit(char c) noexcept { return c >= '0' && c <= '9'; }

bool IsAllDigits(std::string_view s) noexcept {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

bool HasControlCharacter(std::string_view s) noexcept {
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return true;
  }
  return false;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view TrimWhitespace(std::string_view s) noexcept {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view prefix) noexcept {
  return s.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view s, std::string_view suffix) noexcept {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    char y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string UrlEncode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                      u == '-' || u == '.' || u == '_' || u == '~';
    if (unreserved) {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 0xf]);
    }
  }
  return out;
}

namespace {

void AppendHexByte(std::string& out, unsigned char u) {
  char buf[8];
  std::snprintf(buf, sizeof(buf), "\\x%02x", u);
  out += buf;
}

// The code point of a well-formed sequence of `n` bytes at `p`.
char32_t DecodeUtf8(const char* p, std::size_t n) noexcept {
  auto b = [p](std::size_t k) { return static_cast<unsigned char>(p[k]); };
  switch (n) {
    case 1:
      return b(0);
    case 2:
      return ((b(0) & 0x1Fu) << 6) | (b(1) & 0x3Fu);
    case 3:
      return ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
    default:
      return ((b(0) & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) |
             (b(3) & 0x3Fu);
  }
}

// Characters that act on a terminal or a log line instead of showing.
bool ActsOnDisplay(char32_t c) noexcept {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void AppendEscaped(std::string& out, char32_t c) {
  if (c < 0x80) {
    AppendHexByte(out, static_cast<unsigned char>(c));
    return;
  }
  char buf[12];
  std::snprintf(buf, sizeof(buf), "\\u%04x", static_cast<unsigned>(c));
  out += buf;
}

}  // namespace

std::size_t Utf8SequenceLength(std::string_view s, std::size_t i) noexcept {
  auto b = [&s](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80;  // the range of the second byte (RFC 3629 table)
  unsigned char hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;  // no overlong forms
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;  // nothing past U+10FFFF
  } else {
    return 0;
  }
  if (i + n > s.size() || b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  }
  return n;
}

bool IsValidUtf8(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {  // ASCII: the common case
      ++i;
      continue;
    }
    std::size_t n = Utf8SequenceLength(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

void MakeValidUtf8(std::string& s) {
  if (!IsValidUtf8(s)) s = ValidUtf8(s);
}

std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++i;
    } else {
      out.append(s, i, n);
      i += n;
    }
  }
  return out;
}

std::string CutUtf8(std::string_view s, std::size_t max_bytes) {
  std::string valid = ValidUtf8(s);
  if (valid.size() <= max_bytes) return valid;
  std::size_t end = 0;
  while (end < valid.size()) {
    std::size_t n = Utf8SequenceLength(valid, end);
    if (end + n > max_bytes) break;
    end += n;
  }
  valid.resize(end);
  valid += "...";
  return valid;
}

std::string EscapeForDisplay(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      AppendHexByte(out, static_cast<unsigned char>(s[i]));
      ++i;
      continue;
    }
    char32_t c = DecodeUtf8(s.data() + i, n);
    if (ActsOnDisplay(c)) {
      AppendEscaped(out, c);
    } else {
      out.append(s, i, n);
    }
    i += n;
  }
  return out;
}

std::string QuoteForMessage(std::string_view s) {
  constexpr std::size_t kMaxShown = 80;  // characters, not bytes
  std::string out = "\"";
  std::size_t shown = 0;
  for (std::size_t i = 0; i < s.size(); ++shown) {
    if (shown == kMaxShown) {
      out += "...";
      break;
    }
    std::size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      AppendHexByte(out, static_cast<unsigned char>(s[i]));
      ++i;
      continue;
    }
    if (s[i] == '"' || s[i] == '\\') {
      out.push_back('\\');
      out.push_back(s[i]);
    } else {
      out += EscapeForDisplay(s.substr(i, n));
    }
    i += n;
  }
  out.push_back('"');
  return out;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
