// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_ZAPI_ZAPI_BACKEND_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_ZAPI_ZAPI_BACKEND_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "http/codec_backend.hpp"
#include "providers/zapi/zapi_codec.hpp"

namespace wa {
inline namespace v1 {
namespace internal::zapi {

/// Z-API's codec, named for `CodecBackend`. Its redactor hides both the
/// instance token (which sits in the URL path) and the Client-Token.
struct Wire {
  using Config = zapi::Config;
  static constexpr std::string_view kName = "zapi";
  static constexpr bool kListsPendingRequests = false;
  static constexpr std::string_view kNoPendingRequests =
      "Z-API cannot list pending join requests: it delivers them only as webhooks "
      "(MEMBERSHIP_APPROVAL_REQUEST); approve or reject by phone with Approve/Reject";

  static std::vector<std::string> Secrets(const Config& config) {
    return {config.token, config.client_token};
  }
  static Result<std::string> NormalizeGroup(std::string_view group) {
    return zapi::NormalizeGroup(group);
  }
  static wa::Capabilities Capabilities() { return ProviderCapabilities(); }
  static HttpRequest BuildManage(const Config& config, Action action, const std::string& group,
                                 const std::vector<std::string>& participants,
                                 const RequestContext& context) {
    return BuildManageRequest(config, action, group, participants, context.timeout,
                              context.invite_if_restricted);
  }
  static constexpr auto ParseManage = &ParseManageResponse;
  static HttpRequest BuildGroupRead(const Config& config, const std::string& group,
                                    const RequestContext& context) {
    return BuildGroupMetadataRequest(config, group, context.timeout);
  }
  static constexpr auto ParseGroupRead = &ParseGroupMetadataResponse;
};

/// Z-API over an `HttpTransport`.
using ZApiBackend = CodecBackend<Wire>;

}  // namespace internal::zapi
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_ZAPI_ZAPI_BACKEND_HPP_
