// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "http/http_backend_base.hpp"

#include <functional>
#include <utility>

#include "ids/identifiers.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

Result<std::vector<PendingRequest>> PendingListingRefused(std::string_view why) {
  return Unexpected(MakeLocalError(ErrorCode::kUnsupported, std::string(why)));
}

HttpBackendBase::HttpBackendBase(std::shared_ptr<HttpTransport> transport,
                                 std::vector<std::string> secrets, std::string quota_key)
    : transport_(std::move(transport)),
      redact_(std::move(secrets)),
      quota_key_(std::move(quota_key)) {}

Result<BatchResult> HttpBackendBase::Manage(Action action, const std::string& group,
                                            const std::vector<std::string>& participants,
                                            const RequestContext& context) {
  return SendAndParse(BuildManage(action, group, participants, context), context, action,
                      [&](const HttpResponse& response, std::chrono::system_clock::time_point now) {
                        return ParseManage(response, action, group, participants, now);
                      });
}

void HttpBackendBase::ManageAsync(Action action, const std::string& group,
                                  const std::vector<std::string>& participants,
                                  const RequestContext& context,
                                  std::function<void(Result<BatchResult>)> done) {
  // The caller keeps `group` and `participants` alive until `done` runs.
  SendAndParseAsync<BatchResult>(
      BuildManage(action, group, participants, context), context, action,
      [this, action, &group, &participants](const HttpResponse& response,
                                            std::chrono::system_clock::time_point now) {
        return ParseManage(response, action, group, participants, now);
      },
      std::move(done));
}

Result<GroupInfo> HttpBackendBase::ParseGroupReadOf(
    const std::string& group, const HttpResponse& response,
    std::chrono::system_clock::time_point now) const {
  Result<GroupInfo> info = ParseGroupRead(response, now);
  // Some reads (a bare member list) do not name the group: it is the one asked for.
  if (info && info->id.empty()) info->id = group;
  return info;
}

Result<GroupInfo> HttpBackendBase::GetGroup(const std::string& group,
                                            const RequestContext& context) {
  return SendAndParse(
      BuildGroupRead(group, context), context, std::nullopt,
      [this, &group](const HttpResponse& response, std::chrono::system_clock::time_point now) {
        return ParseGroupReadOf(group, response, now);
      });
}

void HttpBackendBase::GetGroupAsync(const std::string& group, const RequestContext& context,
                                    std::function<void(Result<GroupInfo>)> done) {
  SendAndParseAsync<GroupInfo>(
      BuildGroupRead(group, context), context, std::nullopt,
      [this, group](const HttpResponse& response, std::chrono::system_clock::time_point now) {
        return ParseGroupReadOf(group, response, now);
      },
      std::move(done));
}

Result<std::string> HttpBackendBase::NormalizeParticipant(std::string_view participant) const {
  return NormalizeParticipantId(participant);
}

std::string MakeQuotaKey(std::string_view provider, std::string_view base_url,
                         std::string_view token) {
  std::string key(provider);
  key += '|';
  key += base_url;
  key += '|';
  key += std::to_string(std::hash<std::string_view>{}(token));
  return key;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
