// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_ZAPI_ZAPI_BACKEND_HPP_
#define WA_PARTICIPANTS_SRC_ZAPI_ZAPI_BACKEND_HPP_

#include <memory>

#include "common/http_backend_base.hpp"
#include "zapi/zapi_codec.hpp"

namespace wa::internal::zapi {

/// Z-API over an `HttpTransport`. Its redactor hides both the instance
/// token (which sits in the URL path) and the Client-Token.
class ZApiBackend final : public HttpBackendBase {
 public:
  ZApiBackend(Config config, std::shared_ptr<HttpTransport> transport);

  std::string_view provider() const noexcept override { return "zapi"; }
  Result<std::string> NormalizeGroup(std::string_view group) const override;
  /// Z-API sends a private invite link (`autoInvite`) when privacy blocks an add.
  bool CanInviteIfRestricted() const override { return true; }
  /// Always kUnsupported: Z-API delivers join requests only by webhook.
  Result<std::vector<PendingRequest>> PendingRequests(const std::string& group,
                                                      const RequestContext& context) override;

 private:
  HttpRequest BuildManage(Action action, const std::string& group,
                          const std::vector<std::string>& participants,
                          const RequestContext& context) const override;
  Result<BatchResult> ParseManage(const HttpResponse& response, Action action,
                                  const std::string& group, const std::vector<std::string>& sent,
                                  std::chrono::system_clock::time_point now) const override;
  HttpRequest BuildGroupRead(const std::string& group,
                             const RequestContext& context) const override;
  Result<GroupInfo> ParseGroupRead(const HttpResponse& response,
                                   std::chrono::system_clock::time_point now) const override;

  Config config_;
};

}  // namespace wa::internal::zapi

#endif  // WA_PARTICIPANTS_SRC_ZAPI_ZAPI_BACKEND_HPP_
