// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_WAHA_WAHA_CODEC_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_WAHA_WAHA_CODEC_HPP_

/// Pure WAHA request builders and answer parsers: no I/O, no clock. WAHA
/// passes its engine's answer through, so each parser reads the NOWEB
/// (Baileys), WEBJS (whatsapp-web.js) and GOWS (whatsmeow) shapes. Every
/// rule cites its source in docs/providers.md.

#include <chrono>
#include <optional>
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
namespace internal::waha {

inline constexpr std::string_view kProviderName = "WAHA";

/// Validated connection settings (base URL without trailing slash).
struct Config {
  std::string base_url;
  std::string instance;  // the session
  std::string token;     // the X-Api-Key header
};

/// What WAHA can do: every action, join-request listing and group reads.
/// It documents no rate limit, batch limit or server-side timeout.
Capabilities ProviderCapabilities();

/// A group for WAHA: `<id>@g.us` or the old `<creator>-<time>@g.us` (also
/// bare group digits and Z-API's `-group` form). Invite links and codes name
/// no group WAHA can act on.
Result<std::string> NormalizeGroup(std::string_view raw);

/// The participant as sent, in the `{"id": ...}` WAHA's docs show:
/// `<digits>@c.us` for a phone, `<digits>@lid` for a LID.
std::string WireParticipant(const std::string& participant);

/// `POST {base}/api/{session}/groups/{group}/participants/add|remove`,
/// `.../admin/promote|demote` and `.../participants/join-requests/approve|reject`,
/// with `{"participants": [{"id": ...}]}`.
HttpRequest BuildManageRequest(const Config& config, Action action, const std::string& group,
                               const std::vector<std::string>& participants,
                               std::chrono::milliseconds timeout);

/// Reads an action's answer, whichever engine gave it: NOWEB's
/// `[{status, jid, content}]`, GOWS's `[{JID, PhoneNumber, Error}]`,
/// WEBJS's add `{"<id>": {code, message, isInviteV4Sent}}` or its
/// batch-level `{"status": 200}` (every participant unconfirmed), a
/// join-request result `[{requesterId, success, error}]`, or WEBJS's bare
/// text when the account is no admin. Non-2xx statuses become errors.
Result<BatchResult> ParseManageResponse(const HttpResponse& response, Action action,
                                        const std::string& group,
                                        const std::vector<std::string>& sent,
                                        std::chrono::system_clock::time_point now);

/// `GET {base}/api/{session}/groups/{group}/participants`.
HttpRequest BuildGroupReadRequest(const Config& config, const std::string& group,
                                  std::chrono::milliseconds timeout);

/// Reads the members, in any engine's shape (and the normalised
/// `participants/v2` one): no array is kProtocol, never an empty group.
Result<GroupInfo> ParseGroupReadResponse(const HttpResponse& response,
                                         std::chrono::system_clock::time_point now);

/// `GET {base}/api/{session}/groups/{group}/participants/join-requests`.
HttpRequest BuildPendingRequestsRequest(const Config& config, const std::string& group,
                                        std::chrono::milliseconds timeout);

/// Reads `[{requesterId, requesterPn, requestMethod, timestamp}]`.
Result<std::vector<PendingRequest>> ParsePendingRequestsResponse(
    const HttpResponse& response, std::chrono::system_clock::time_point now);

/// The error for a failed answer: NestJS's `{message, error, statusCode}`,
/// 422's `{error, session, status, expected}` (the session is not WORKING:
/// kUnavailable) or 500's `{statusCode, exception: {message}, ...}`, where
/// WhatsApp's refusals (`not-authorized`, `item-not-found`) get their own
/// codes. A 404 on a join-request route says the server may predate them.
Error ParseErrorResponse(const HttpResponse& response, std::optional<Action> action,
                         std::chrono::system_clock::time_point now);

/// The text of an error body (for messages and tests).
std::string ErrorText(std::string_view body);

}  // namespace internal::waha
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_WAHA_WAHA_CODEC_HPP_
