// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_ZAPI_ZAPI_CODEC_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_ZAPI_ZAPI_CODEC_HPP_

/// Pure Z-API request builders and response parsers.

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
namespace internal::zapi {

inline constexpr std::string_view kProviderName = "Z-API";

/// Validated connection settings (base URL without trailing slash).
struct Config {
  std::string base_url;
  std::string instance;
  std::string token;
  std::string client_token;
};

/// The endpoint of each action (`add-participant`, ..., `add-admin`,
/// `remove-admin`).
std::string_view EndpointFor(Action action) noexcept;

/// What Z-API can do. Its add takes phone numbers only: the add-participant
/// page asks for phone numbers, and create-group says `@lid` identifiers are
/// not supported and are left out; no page says an add accepts them. An add
/// can send a private invite (`autoInvite`) when privacy blocks it. Z-API
/// documents no request limit and no server-side timeout, so the client's
/// general defaults apply.
Capabilities ProviderCapabilities();

/// A group for Z-API: `<digits>-group` or the pre-2021 `<creator>-<timestamp>`;
/// an `@g.us` JID is converted to those forms.
Result<std::string> NormalizeGroup(std::string_view raw);

/// `POST {base}/instances/{id}/token/{token}/{endpoint}` with `{"groupId",
/// "phones"}` and the `Client-Token` header. `redacted_url` hides the token.
/// `auto_invite` adds `"autoInvite": true` to an add (ignored otherwise).
HttpRequest BuildManageRequest(const Config& config, Action action, const std::string& group,
                               const std::vector<std::string>& participants,
                               std::chrono::milliseconds timeout, bool auto_invite = false);

/// Reads an answer: `{"value": true}` makes every participant succeed
/// unconfirmed, `{"value": false}` makes every participant kUnknown, and a
/// top-level `"error"` fails the request whatever the status.
Result<BatchResult> ParseManageResponse(const HttpResponse& response, Action action,
                                        const std::string& group,
                                        const std::vector<std::string>& sent,
                                        std::chrono::system_clock::time_point now);

/// `GET {base}/instances/{id}/token/{token}/group-metadata/{groupId}`.
HttpRequest BuildGroupMetadataRequest(const Config& config, const std::string& group,
                                      std::chrono::milliseconds timeout);

/// Reads `{"phone", "subject", "participants": [{"phone", "isAdmin",
/// "isSuperAdmin"}], "requireAdminApproval"}`.
Result<GroupInfo> ParseGroupMetadataResponse(const HttpResponse& response,
                                             std::chrono::system_clock::time_point now);

}  // namespace internal::zapi
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_ZAPI_ZAPI_CODEC_HPP_
