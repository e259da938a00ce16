// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "http/group_read.hpp"

#include <optional>

#include "http/http_errors.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

Result<const nlohmann::json*> MemberList(const nlohmann::json& group, std::string_view provider,
                                         const HttpResponse& response) {
  auto list = group.find("participants");
  if (list == group.end() || !list->is_array()) {
    return Unexpected(
        ShapeError(provider, response, std::nullopt, "without a \"participants\" array"));
  }
  return &*list;
}

Error UnreadableMember(std::string_view provider, const HttpResponse& response) {
  return ShapeError(provider, response, std::nullopt,
                    "with a member entry that names nobody (so it cannot show who is absent)");
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
