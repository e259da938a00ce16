// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/backend.hpp"

namespace wa {

Backend::~Backend() = default;

Result<GroupInfo> Backend::GetGroup(const std::string& /*group*/,
                                    const RequestContext& /*context*/) {
  return Unexpected(MakeLocalError(ErrorCode::kUnsupported,
                                   std::string(provider()) + " backend cannot read group members"));
}

}  // namespace wa
