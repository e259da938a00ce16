// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "common/base_url.hpp"

#include "common/strings.hpp"

namespace wa::internal {

Result<std::string> NormalizeBaseUrl(std::string_view raw, std::string_view field) {
  auto fail = [&](std::string_view why) {
    std::string msg(field);
    msg += " ";
    msg += QuoteForMessage(raw);
    msg += " is not usable: ";
    msg += why;
    return Unexpected(MakeLocalError(ErrorCode::kInvalidArgument, std::move(msg)));
  };
  std::string_view s = TrimWhitespace(raw);
  if (s.empty()) return fail("it is empty");
  if (HasControlCharacter(s) || s.find(' ') != std::string_view::npos) {
    return fail("it contains spaces or control characters");
  }
  std::string lower = AsciiLower(s);
  std::size_t scheme_len = 0;
  if (StartsWith(lower, "https://")) {
    scheme_len = 8;
  } else if (StartsWith(lower, "http://")) {
    scheme_len = 7;
  } else {
    return fail("expected http:// or https:// followed by a host");
  }
  if (s.find_first_of("?#") != std::string_view::npos) {
    return fail("a base URL has no query or fragment");
  }
  std::string_view rest = s.substr(scheme_len);
  std::string_view authority = rest.substr(0, rest.find('/'));
  if (authority.empty()) return fail("the host is missing");
  if (authority.find('@') != std::string_view::npos) {
    return fail("credentials do not belong in the URL; use the token options");
  }
  std::string out(lower.substr(0, scheme_len));
  out += rest;
  while (out.size() > scheme_len && out.back() == '/') out.pop_back();
  return out;
}

}  // namespace wa::internal
