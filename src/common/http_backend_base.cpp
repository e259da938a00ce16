// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "common/http_backend_base.hpp"

#include <functional>
#include <utility>

#include "common/identifiers.hpp"

namespace wa {
namespace internal {

HttpBackendBase::HttpBackendBase(std::shared_ptr<HttpTransport> transport,
                                 std::vector<std::string> secrets, std::string quota_key)
    : transport_(std::move(transport)),
      redact_(std::move(secrets)),
      quota_key_(std::move(quota_key)) {}

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
}  // namespace wa
