// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/backend.hpp"

namespace wa {
inline namespace v1 {

Backend::~Backend() = default;

wa::Capabilities Backend::Capabilities() const { return wa::Capabilities{}; }

Result<GroupInfo> Backend::GetGroup(const std::string& /*group*/,
                                    const RequestContext& /*context*/) {
  return Unexpected(MakeLocalError(ErrorCode::kUnsupported,
                                   std::string(provider()) + " backend cannot read group members"));
}

// The *Async defaults take `done` by value, as overriders move it into their
// completion; here it is only called.
// NOLINTBEGIN(performance-unnecessary-value-param)
void Backend::ManageAsync(Action action, const std::string& group,
                          const std::vector<std::string>& participants,
                          const RequestContext& context,
                          std::function<void(Result<BatchResult>)> done) {
  done(Manage(action, group, participants, context));
}

void Backend::PendingRequestsAsync(const std::string& group, const RequestContext& context,
                                   std::function<void(Result<std::vector<PendingRequest>>)> done) {
  done(PendingRequests(group, context));
}

void Backend::GetGroupAsync(const std::string& group, const RequestContext& context,
                            std::function<void(Result<GroupInfo>)> done) {
  done(GetGroup(group, context));
}
// NOLINTEND(performance-unnecessary-value-param)

}  // namespace v1
}  // namespace wa
