// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "ryze/ryze_backend.hpp"

#include <utility>

namespace wa::internal::ryze {

RyzeBackend::RyzeBackend(Config config, std::shared_ptr<HttpTransport> transport)
    : HttpBackendBase(std::move(transport), {config.token},
                      MakeQuotaKey("ryze", config.base_url, config.token)),
      config_(std::move(config)) {}

Result<std::string> RyzeBackend::NormalizeGroup(std::string_view group) const {
  return ryze::NormalizeGroup(group);
}

Result<BatchResult> RyzeBackend::Manage(Action action, const std::string& group,
                                        const std::vector<std::string>& participants,
                                        const RequestContext& context) {
  return SendAndParse(BuildManageRequest(config_, action, group, participants, context.timeout),
                      context, action,
                      [&](const HttpResponse& response, std::chrono::system_clock::time_point now) {
                        return ParseManageResponse(response, action, group, participants, now);
                      });
}

Result<std::vector<PendingRequest>> RyzeBackend::PendingRequests(const std::string& group,
                                                                 const RequestContext& context) {
  return SendAndParse(BuildPendingRequestsRequest(config_, group, context.timeout), context,
                      std::nullopt, ParsePendingRequestsResponse);
}

Result<GroupInfo> RyzeBackend::GetGroup(const std::string& group, const RequestContext& context) {
  return SendAndParse(BuildGroupInfoRequest(config_, group, context.timeout), context, std::nullopt,
                      ParseGroupInfoResponse);
}

}  // namespace wa::internal::ryze
