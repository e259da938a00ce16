// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_WHAPI_WHAPI_BACKEND_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_WHAPI_WHAPI_BACKEND_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "http/codec_backend.hpp"
#include "providers/whapi/whapi_codec.hpp"

namespace wa {
inline namespace v1 {
namespace internal::whapi {

/// Whapi.Cloud's codec, named for `CodecBackend`.
struct Wire {
  using Config = whapi::Config;
  static constexpr std::string_view kName = "whapi";

  static std::vector<std::string> Secrets(const Config& config) { return {config.token}; }
  static Result<std::string> NormalizeGroup(std::string_view group) {
    return whapi::NormalizeGroup(group);
  }
  static wa::Capabilities Capabilities() { return ProviderCapabilities(); }
  // Approve and reject: one application per request, each under its own permit.
  static bool OneRequestPerParticipant(Action action) {
    return whapi::OneRequestPerParticipant(action);
  }
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
  // The listing comes in pages of at most 500, each read.
  static HttpRequest BuildJoinRequestPage(const Config& config, const std::string& group,
                                          const std::string& cursor,
                                          const RequestContext& context) {
    return BuildJoinRequestPageRequest(config, group, cursor, context.timeout);
  }
  static constexpr auto ParseJoinRequestPage = &ParseJoinRequestPageResponse;
};

/// Whapi.Cloud over an `HttpTransport`.
using WhapiBackend = CodecBackend<Wire>;

}  // namespace internal::whapi
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_WHAPI_WHAPI_BACKEND_HPP_
