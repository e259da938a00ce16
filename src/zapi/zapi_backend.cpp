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

Result<BatchResult> ZApiBackend::Manage(Action action, const std::string& group,
                                        const std::vector<std::string>& participants,
                                        const RequestContext& context) {
  return SendAndParse(BuildManageRequest(config_, action, group, participants, context.timeout,
                                         context.invite_if_restricted),
                      context, action,
                      [&](const HttpResponse& response, std::chrono::system_clock::time_point now) {
                        return ParseManageResponse(response, action, group, participants, now);
                      });
}

Result<std::vector<PendingRequest>> ZApiBackend::PendingRequests(
    const std::string& /*group*/, const RequestContext& /*context*/) {
  return Unexpected(MakeLocalError(
      ErrorCode::kUnsupported,
      "Z-API cannot list pending join requests: it delivers them only as webhooks "
      "(MEMBERSHIP_APPROVAL_REQUEST); approve or reject by phone with Approve/Reject"));
}

Result<GroupInfo> ZApiBackend::GetGroup(const std::string& group, const RequestContext& context) {
  return SendAndParse(BuildGroupMetadataRequest(config_, group, context.timeout), context,
                      std::nullopt, ParseGroupMetadataResponse);
}

}  // namespace wa::internal::zapi
