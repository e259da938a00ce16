// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_VERSION_HPP_
#define WA_PARTICIPANTS_VERSION_HPP_

/// @file
/// The library version. The numbers come from `project(VERSION ...)` in the
/// top-level CMakeLists.txt (the one place the version is set), which passes
/// them to the compiler; `Version()` reports the version actually linked.

#include <string_view>

#include "wa/participants/export.hpp"

namespace wa {
inline namespace v1 {

/// The version of the linked library, e.g. `"0.1.0"`. Thread safe.
WA_PARTICIPANTS_EXPORT std::string_view Version() noexcept;

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_VERSION_HPP_
