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

HttpRequest RyzeBackend::BuildManage(Action action, const std::string& group,
                                     const std::vector<std::string>& participants,
                                     const RequestContext& context) const {
  return BuildManageRequest(config_, action, group, participants, context.timeout);
}

Result<BatchResult> RyzeBackend::ParseManage(const HttpResponse& response, Action action,
                                             const std::string& group,
                                             const std::vector<std::string>& sent,
                                             std::chrono::system_clock::time_point now) const {
  return ParseManageResponse(response, action, group, sent, now);
}

HttpRequest RyzeBackend::BuildGroupRead(const std::string& group,
                                        const RequestContext& context) const {
  return BuildGroupInfoRequest(config_, group, context.timeout);
}

Result<GroupInfo> RyzeBackend::ParseGroupRead(const HttpResponse& response,
                                              std::chrono::system_clock::time_point now) const {
  return ParseGroupInfoResponse(response, now);
}

Result<std::vector<PendingRequest>> RyzeBackend::PendingRequests(const std::string& group,
                                                                 const RequestContext& context) {
  return SendAndParse(BuildPendingRequestsRequest(config_, group, context.timeout), context,
                      std::nullopt, ParsePendingRequestsResponse);
}

void RyzeBackend::PendingRequestsAsync(
    const std::string& group, const RequestContext& context,
    std::function<void(Result<std::vector<PendingRequest>>)> done) {
  SendAndParseAsync<std::vector<PendingRequest>>(
      BuildPendingRequestsRequest(config_, group, context.timeout), context, std::nullopt,
      ParsePendingRequestsResponse, std::move(done));
}

}  // namespace wa::internal::ryze
