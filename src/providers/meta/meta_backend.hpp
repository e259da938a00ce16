// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_META_META_BACKEND_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_META_META_BACKEND_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "http/codec_backend.hpp"
#include "providers/meta/meta_codec.hpp"
#include "providers/meta/meta_join_requests.hpp"

namespace wa {
inline namespace v1 {
namespace internal::meta {

/// Meta's codec, named for `CodecBackend`: join requests are listed page by
/// page, and approved or rejected by their ids.
struct Wire {
  using Config = meta::Config;
  static constexpr std::string_view kName = "meta";

  static std::vector<std::string> Secrets(const Config& config) { return {config.token}; }
  static Result<std::string> NormalizeGroup(std::string_view group) {
    return meta::NormalizeGroup(group);
  }
  static wa::Capabilities Capabilities() { return ProviderCapabilities(); }
  // Only remove reaches here: the client refuses add, promote and demote
  // (unsupported) before sending, and approve and reject go by id below.
  static HttpRequest BuildManage(const Config& config, Action, const std::string& group,
                                 const std::vector<std::string>& participants,
                                 const RequestContext& context) {
    return BuildRemoveRequest(config, group, participants, context.timeout);
  }
  static constexpr auto ParseManage = &ParseRemoveResponse;
  static HttpRequest BuildGroupRead(const Config& config, const std::string& group,
                                    const RequestContext& context) {
    return BuildGroupReadRequest(config, group, context.timeout);
  }
  static constexpr auto ParseGroupRead = &ParseGroupReadResponse;

  static HttpRequest BuildJoinRequestPage(const Config& config, const std::string& group,
                                          const std::string& cursor,
                                          const RequestContext& context) {
    return BuildJoinRequestPageRequest(config, group, cursor, context.timeout);
  }
  static constexpr auto ParseJoinRequestPage = &ParseJoinRequestPageResponse;
  static bool ActsByRequestId(Action action) {
    return action == Action::kApprove || action == Action::kReject;
  }
  static constexpr auto RequestIdsFor = &meta::RequestIdsFor;
  static HttpRequest BuildManageByIds(const Config& config, Action action, const std::string& group,
                                      const std::vector<std::string>& ids,
                                      const RequestContext& context) {
    return BuildManageByIdsRequest(config, action, group, ids, context.timeout);
  }
  static constexpr auto ParseManageByIds = &ParseManageByIdsResponse;
  static constexpr auto NothingPending = &meta::NothingPending;
};

/// Meta's Cloud API over an `HttpTransport`.
using MetaBackend = CodecBackend<Wire>;

}  // namespace internal::meta
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_META_META_BACKEND_HPP_
