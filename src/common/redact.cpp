// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "common/redact.hpp"

#include <algorithm>
#include <utility>

#include "common/strings.hpp"

namespace wa::internal {

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
  for (const auto& needle : needles_) {
    std::size_t pos = 0;
    while ((pos = out.find(needle, pos)) != std::string::npos) {
      out.replace(pos, needle.size(), "***");
      pos += 3;
    }
  }
  return out;
}

Error Redactor::operator()(Error error) const {
  error.message = (*this)(error.message);
  error.provider_message = (*this)(error.provider_message);
  return error;
}

}  // namespace wa::internal
