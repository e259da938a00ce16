// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_HTTP_BASE_URL_HPP_
#define WA_PARTICIPANTS_SRC_HTTP_BASE_URL_HPP_

#include <string>
#include <string_view>

#include "wa/participants/error.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// Validates `scheme://host[:port][/prefix]` (http or https, no user info,
/// query, fragment or dot segment) and returns it without trailing slashes. `field`
/// names the option in the error, e.g. "RyzeOptions.base_url".
Result<std::string> NormalizeBaseUrl(std::string_view raw, std::string_view field);

/// The host of a URL `NormalizeBaseUrl` returned (no port, brackets kept
/// for IPv6 literals).
std::string_view UrlHost(std::string_view url) noexcept;
/// Whether a normalized URL is plain `http://`.
bool IsPlainHttpUrl(std::string_view url) noexcept;
/// `localhost`, `*.localhost`, 127.0.0.0/8 or `[::1]`.
bool IsLoopbackHost(std::string_view host) noexcept;
/// `host` is `domain` or one of its subdomains (case-insensitive).
bool HostIsWithin(std::string_view host, std::string_view domain) noexcept;

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_HTTP_BASE_URL_HPP_
