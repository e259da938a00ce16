// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "util/sdk_thread.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

thread_local int sdk_depth = 0;

}  // namespace

SdkThreadScope::SdkThreadScope() noexcept { ++sdk_depth; }

SdkThreadScope::~SdkThreadScope() { --sdk_depth; }

bool OnSdkThread() noexcept { return sdk_depth > 0; }

}  // namespace internal
}  // namespace v1
}  // namespace wa
