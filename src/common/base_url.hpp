// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_COMMON_BASE_URL_HPP_
#define WA_PARTICIPANTS_SRC_COMMON_BASE_URL_HPP_

#include <string>
#include <string_view>

#include "wa/participants/error.hpp"

namespace wa::internal {

/// Validates `scheme://host[:port][/prefix]` (http or https, no user info,
/// query or fragment) and returns it without trailing slashes. `field`
/// names the option in the error, e.g. "RyzeOptions.base_url".
Result<std::string> NormalizeBaseUrl(std::string_view raw, std::string_view field);

}  // namespace wa::internal

#endif  // WA_PARTICIPANTS_SRC_COMMON_BASE_URL_HPP_
