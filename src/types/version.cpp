// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/version.hpp"

// WA_PARTICIPANTS_VERSION_STRING comes from project(VERSION) in CMakeLists.txt.
#ifndef WA_PARTICIPANTS_VERSION_STRING
#error "WA_PARTICIPANTS_VERSION_STRING must be defined by the build"
#endif

namespace wa {
inline namespace v1 {

std::string_view Version() noexcept { return WA_PARTICIPANTS_VERSION_STRING; }

}  // namespace v1
}  // namespace wa
