// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_EVOLUTION_EVOLUTION_BACKEND_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_EVOLUTION_EVOLUTION_BACKEND_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "http/codec_backend.hpp"
#include "providers/evolution/evolution_codec.hpp"

namespace wa {
inline namespace v1 {
namespace internal::evolution {

/// Evolution API's codec, named for `CodecBackend`.
struct Wire {
  using Config = evolution::Config;
  static constexpr std::string_view kName = "evolution";
  static constexpr bool kListsPendingRequests = false;
  static constexpr std::string_view kNoPendingRequests =
      "Evolution API has no endpoint that lists join requests";

  static std::vector<std::string> Secrets(const Config& config) { return {config.token}; }
  static Result<std::string> NormalizeGroup(std::string_view group) {
    return evolution::NormalizeGroup(group);
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
    return BuildGroupInfoRequest(config, group, context.timeout);
  }
  static constexpr auto ParseGroupRead = &ParseGroupInfoResponse;
};

/// Evolution API over an `HttpTransport`.
using EvolutionBackend = CodecBackend<Wire>;

}  // namespace internal::evolution
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_EVOLUTION_EVOLUTION_BACKEND_HPP_
