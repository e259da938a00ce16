// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "zapi/zapi_backend.hpp"

#include <utility>

namespace wa::internal::zapi {

ZApiBackend::ZApiBackend(Config config, std::shared_ptr<HttpTransport> transport)
    : HttpBackendBase(std::move(transport), {config.token, config.client_token},
                      MakeQuotaKey("zapi", config.base_url, config.token)),
      config_(std::move(config)) {}

Result<std::string> ZApiBackend::NormalizeGroup(std::string_view group) const {
  return zapi::NormalizeGroup(group);
}

HttpRequest ZApiBackend::BuildManage(Action action, const std::string& group,
                                     const std::vector<std::string>& participants,
                                     const RequestContext& context) const {
  return BuildManageRequest(config_, action, group, participants, context.timeout,
                            context.invite_if_restricted);
}

Result<BatchResult> ZApiBackend::ParseManage(const HttpResponse& response, Action action,
                                             const std::string& group,
                                             const std::vector<std::string>& sent,
                                             std::chrono::system_clock::time_point now) const {
  return ParseManageResponse(response, action, group, sent, now);
}

HttpRequest ZApiBackend::BuildGroupRead(const std::string& group,
                                        const RequestContext& context) const {
  return BuildGroupMetadataRequest(config_, group, context.timeout);
}

Result<GroupInfo> ZApiBackend::ParseGroupRead(const HttpResponse& response,
                                              std::chrono::system_clock::time_point now) const {
  return ParseGroupMetadataResponse(response, now);
}

Result<std::vector<PendingRequest>> ZApiBackend::PendingRequests(
    const std::string& /*group*/, const RequestContext& /*context*/) {
  return Unexpected(MakeLocalError(
      ErrorCode::kUnsupported,
      "Z-API cannot list pending join requests: it delivers them only as webhooks "
      "(MEMBERSHIP_APPROVAL_REQUEST); approve or reject by phone with Approve/Reject"));
}

}  // namespace wa::internal::zapi
