// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_WAHA_WAHA_BACKEND_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_WAHA_WAHA_BACKEND_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "http/codec_backend.hpp"
#include "providers/waha/waha_codec.hpp"

namespace wa {
inline namespace v1 {
namespace internal::waha {

/// WAHA's codec, named for `CodecBackend`.
struct Wire {
  using Config = waha::Config;
  static constexpr std::string_view kName = "waha";
  static constexpr bool kListsPendingRequests = true;

  static std::vector<std::string> Secrets(const Config& config) { return {config.token}; }
  static Result<std::string> NormalizeGroup(std::string_view group) {
    return waha::NormalizeGroup(group);
  }
  static wa::Capabilities Capabilities() { return ProviderCapabilities(); }
  static HttpRequest BuildManage(const Config& config, Action action, const std::string& group,
                                 const std::vector<std::string>& participants,
                                 const RequestContext& context) {
    return BuildManageRequest(config, action, group, participants, context.timeout);
  }
  static constexpr auto ParseManage = &ParseManageResponse;
  static HttpRequest BuildGroupRead(const Config& config, const std::string& group,
                                    const RequestContext& context) {
    return BuildGroupReadRequest(config, group, context.timeout);
  }
  static constexpr auto ParseGroupRead = &ParseGroupReadResponse;
  static HttpRequest BuildPendingRequests(const Config& config, const std::string& group,
                                          const RequestContext& context) {
    return BuildPendingRequestsRequest(config, group, context.timeout);
  }
  static constexpr auto ParsePendingRequests = &ParsePendingRequestsResponse;
};

/// WAHA over an `HttpTransport`.
using WahaBackend = CodecBackend<Wire>;

}  // namespace internal::waha
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_WAHA_WAHA_BACKEND_HPP_
