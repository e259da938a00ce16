// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "http/redact.hpp"

#include <algorithm>
#include <utility>

#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

namespace {

// The forms a secret takes inside a JSON string that echoes it: the plain
// escapes (`\"`, `\\`, control characters), `/` as `\/`, and every
// character other than a letter or digit as `\u00XX` (lower and upper case
// hex), as some serialisers write it.
std::vector<std::string> JsonEscapedForms(const std::string& s) {
  static constexpr char kLower[] = "0123456789abcdef";
  static constexpr char kUpper[] = "0123456789ABCDEF";
  std::string plain, slashed, lower, upper;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    std::string piece(1, c);
    if (c == '"' || c == '\\') {
      piece = std::string("\\") + c;
    } else if (u < 0x20) {
      piece = std::string("\\u00") + kLower[u >> 4] + kLower[u & 15];
    }
    plain += piece;
    slashed += c == '/' ? std::string("\\/") : piece;
    if (alnum || u >= 0x80) {
      lower += c;
      upper += c;
    } else {
      lower += std::string("\\u00") + kLower[u >> 4] + kLower[u & 15];
      upper += std::string("\\u00") + kUpper[u >> 4] + kUpper[u & 15];
    }
  }
  return {plain, slashed, lower, upper};
}

}  // namespace

Redactor::Redactor(std::vector<std::string> secrets) {
  for (auto& s : secrets) {
    if (s.empty()) continue;
    std::vector<std::string> forms = JsonEscapedForms(s);
    forms.push_back(UrlEncode(s));
    for (auto& form : forms) {
      if (form != s && std::find(needles_.begin(), needles_.end(), form) == needles_.end()) {
        needles_.push_back(std::move(form));
      }
    }
    needles_.push_back(std::move(s));
  }
  // Longest first, so a secret that contains another is replaced whole.
  std::sort(needles_.begin(), needles_.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

std::string Redactor::operator()(std::string_view text) const {
  std::string out(text);
  InPlace(out);
  return out;
}

void Redactor::InPlace(std::string& text) const {
  for (const auto& needle : needles_) {
    std::size_t pos = 0;
    while ((pos = text.find(needle, pos)) != std::string::npos) {
      text.replace(pos, needle.size(), "***");
      pos += 3;
    }
  }
}

Error Redactor::operator()(Error error) const {
  error.message = (*this)(error.message);
  error.provider_message = (*this)(error.provider_message);
  error.provider_trace_id = (*this)(error.provider_trace_id);
  return error;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
