// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_WHAPI_WHAPI_CODEC_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_WHAPI_WHAPI_CODEC_HPP_

/// Pure Whapi.Cloud request builders and answer parsers: no I/O, no clock.
/// Every rule cites its source in docs/providers.md.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/join_request_pages.hpp"
#include "wa/participants/action.hpp"
#include "wa/participants/capabilities.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/group.hpp"
#include "wa/participants/http.hpp"
#include "wa/participants/outcome.hpp"

namespace wa {
inline namespace v1 {
namespace internal::whapi {

inline constexpr std::string_view kProviderName = "Whapi.Cloud";

/// Validated connection settings (base URL without trailing slash). The
/// token names the channel (one WhatsApp number), so there is no instance.
struct Config {
  std::string base_url;
  std::string token;  // the Bearer token
};

/// What Whapi.Cloud can do: every action, join-request listing and group
/// reads. Add, remove, promote and demote take phone digits only (no LIDs);
/// promote and demote answer only `{success}` for the whole batch. No batch
/// limit, rate limit or server-side timeout is documented.
Capabilities ProviderCapabilities();

/// True for approve and reject: Whapi.Cloud takes one application per request.
bool OneRequestPerParticipant(Action action);

/// A group for Whapi.Cloud: `<id>@g.us` (or the old `<creator>-<time>@g.us`).
Result<std::string> NormalizeGroup(std::string_view raw);

/// The application id of a join request: `<digits>@s.whatsapp.net` for a
/// phone, the LID as it is.
std::string WireApplication(const std::string& participant);

/// `POST|DELETE {base}/groups/{group}/participants`,
/// `PATCH|DELETE {base}/groups/{group}/admins` with
/// `{"participants": ["<digits>", ...]}`, and `POST|DELETE
/// {base}/groups/{group}/applications` with `{"application": "<chat id>"}`
/// (for the first participant only: one application per request).
HttpRequest BuildManageRequest(const Config& config, Action action, const std::string& group,
                               const std::vector<std::string>& participants,
                               std::chrono::milliseconds timeout);

/// Reads an action's answer: `{success, failed[], processed[]}` (add, and
/// remove since the 2025 spec), `{success}` alone (promote, demote and the
/// 2024 remove: every participant unconfirmed), or the join-request result
/// `[{chatId, success, error}]`. Non-2xx statuses become errors.
Result<BatchResult> ParseManageResponse(const HttpResponse& response, Action action,
                                        const std::string& group,
                                        const std::vector<std::string>& sent,
                                        std::chrono::system_clock::time_point now);

/// `GET {base}/groups/{group}`.
HttpRequest BuildGroupReadRequest(const Config& config, const std::string& group,
                                  std::chrono::milliseconds timeout);

/// Reads the group's `participants[{id, rank}]`: no array is kProtocol,
/// never an empty group.
Result<GroupInfo> ParseGroupReadResponse(const HttpResponse& response,
                                         std::chrono::system_clock::time_point now);

/// `GET {base}/groups/{group}/applications?count=500` (the documented
/// maximum), with `&offset=<cursor>` for every page but the first.
HttpRequest BuildJoinRequestPageRequest(const Config& config, const std::string& group,
                                        const std::string& cursor,
                                        std::chrono::milliseconds timeout);
/// One page: its requests (each named by its chat id, which is also what
/// approve and reject send), and the next page's offset while `total` says
/// there are more.
Result<JoinRequestPage> ParseJoinRequestPageResponse(const HttpResponse& response,
                                                     std::chrono::system_clock::time_point now);
Result<std::vector<PendingRequest>> ParsePendingRequestsResponse(
    const HttpResponse& response, std::chrono::system_clock::time_point now);

/// The error for a failed answer, from `{"error": {code, message, details}}`.
/// A 401 that says the channel needs authorization means the WhatsApp
/// session is not connected: kUnavailable, not a bad token.
Error ParseErrorResponse(const HttpResponse& response, std::optional<Action> action,
                         std::chrono::system_clock::time_point now);

/// The text of an error body: `error.message`, then `error.details`.
std::string ErrorText(std::string_view body);

}  // namespace internal::whapi
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_WHAPI_WHAPI_CODEC_HPP_
