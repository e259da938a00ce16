// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "http/redact.hpp"

#include <algorithm>
#include <utility>

#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

Redactor::Redactor(std::vector<std::string> secrets) {
  for (auto& s : secrets) {
    if (s.empty()) continue;
    std::string encoded = UrlEncode(s);
    if (encoded != s) needles_.push_back(std::move(encoded));
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
  return error;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
