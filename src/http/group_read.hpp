// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_HTTP_GROUP_READ_HPP_
#define WA_PARTICIPANTS_SRC_HTTP_GROUP_READ_HPP_

#include <string_view>

#include <nlohmann/json.hpp>

#include "wa/participants/http.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// The `participants` array of a group read's `group` object, or kProtocol
/// (`ShapeError`) when it is missing or not an array. Without the list a
/// read says nothing about who is a member: it must never confirm a
/// removal, so no provider may read its absence as an empty group.
Result<const nlohmann::json*> MemberList(const nlohmann::json& group, std::string_view provider,
                                         const HttpResponse& response);

/// kProtocol for a group read with a member entry it cannot read (not an
/// object, or naming nobody). Skipping it would make the read say that
/// whoever it was is absent, which could confirm a removal that failed.
Error UnreadableMember(std::string_view provider, const HttpResponse& response);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_HTTP_GROUP_READ_HPP_
