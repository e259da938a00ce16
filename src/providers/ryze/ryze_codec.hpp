// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_RYZE_RYZE_CODEC_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_RYZE_RYZE_CODEC_HPP_

/// Pure RyzeAPI request builders and response parsers: no I/O, no clock
/// (the caller passes `now`), so every wire rule is testable offline.

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "wa/participants/action.hpp"
#include "wa/participants/capabilities.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/group.hpp"
#include "wa/participants/http.hpp"
#include "wa/participants/outcome.hpp"

namespace wa {
inline namespace v1 {
namespace internal::ryze {

inline constexpr std::string_view kProviderName = "RyzeAPI";

/// Validated connection settings (base URL without trailing slash).
struct Config {
  std::string base_url;
  std::string instance;
  std::string token;
};

/// What RyzeAPI can do. It documents 100 requests per minute per token, and
/// server-side limits of 60 s for participant actions and 90 s for join
/// requests; each attempt waits a little longer than that, so RyzeAPI's own
/// answer, not our timer, decides.
Capabilities ProviderCapabilities();

/// A group for RyzeAPI: `<id>@g.us` (also from Z-API's `-group` and old
/// `creator-timestamp` forms, or bare digits), an invite link
/// (`https://chat.whatsapp.com/CODE`) or an invite code.
Result<std::string> NormalizeGroup(std::string_view raw);

/// `POST {base}/api/group/participants/{instance}`.
HttpRequest BuildManageRequest(const Config& config, Action action, const std::string& group,
                               const std::vector<std::string>& participants,
                               std::chrono::milliseconds timeout);

/// Reads a participants answer. Non-2xx statuses become errors (see
/// `ParseErrorResponse`); a 2xx yields one outcome per `sent` identifier.
Result<BatchResult> ParseManageResponse(const HttpResponse& response, Action action,
                                        const std::string& group,
                                        const std::vector<std::string>& sent,
                                        std::chrono::system_clock::time_point now);

/// `GET {base}/api/group/requests/{instance}?identifier={group}`.
HttpRequest BuildPendingRequestsRequest(const Config& config, const std::string& group,
                                        std::chrono::milliseconds timeout);

/// Reads a pending-requests answer.
Result<std::vector<PendingRequest>> ParsePendingRequestsResponse(
    const HttpResponse& response, std::chrono::system_clock::time_point now);

/// `GET {base}/api/group/info/{instance}?identifier={group}`.
HttpRequest BuildGroupInfoRequest(const Config& config, const std::string& group,
                                  std::chrono::milliseconds timeout);

/// Reads a group-info answer: the documented GroupDetail (`name`, `jid`,
/// `participants[{jid, lid, isAdmin, isSuperAdmin}]`,
/// `groupSettings.requireAdminApproval`), bare or inside `data`. An answer
/// without the participants array is kProtocol, never an empty group.
Result<GroupInfo> ParseGroupInfoResponse(const HttpResponse& response,
                                         std::chrono::system_clock::time_point now);

/// The error for a failed answer: status mapped by `ErrorCodeForHttpStatus`
/// except that "Instance is not connected" (sent as 400 or 503) is always
/// kUnavailable; the provider's text is kept verbatim.
Error ParseErrorResponse(const HttpResponse& response, std::optional<Action> action,
                         std::chrono::system_clock::time_point now);

}  // namespace internal::ryze
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_RYZE_RYZE_CODEC_HPP_
