// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "http/base_url.hpp"

#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

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
  // libcurl resolves "." and ".." segments away: the prefix sent would not
  // be the prefix validated.
  const std::string_view whole = out;
  for (std::string_view path = whole.substr(scheme_len + authority.size()); !path.empty();) {
    path.remove_prefix(1);  // the '/'
    std::string_view segment = path.substr(0, path.find('/'));
    if (segment == "." || segment == "..") return fail("its path has a \".\" or \"..\" segment");
    path.remove_prefix(segment.size());
  }
  return out;
}

bool IsPlainHttpUrl(std::string_view url) noexcept { return StartsWith(url, "http://"); }

std::string_view UrlHost(std::string_view url) noexcept {
  auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return {};
  std::string_view authority = url.substr(scheme_end + 3);
  authority = authority.substr(0, authority.find('/'));
  if (StartsWith(authority, "[")) return authority.substr(0, authority.find(']') + 1);
  return authority.substr(0, authority.find(':'));
}

bool IsLoopbackHost(std::string_view host) noexcept {
  if (HostIsWithin(host, "localhost") || host == "[::1]") return true;
  if (!StartsWith(host, "127.")) return false;
  for (char c : host) {
    if (!IsDigit(c) && c != '.') return false;
  }
  return true;
}

bool HostIsWithin(std::string_view host, std::string_view domain) noexcept {
  if (EqualsIgnoreCase(host, domain)) return true;
  return host.size() > domain.size() + 1 && host[host.size() - domain.size() - 1] == '.' &&
         EqualsIgnoreCase(host.substr(host.size() - domain.size()), domain);
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
