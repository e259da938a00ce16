// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_EVOLUTION_EVOLUTION_CODEC_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_EVOLUTION_EVOLUTION_CODEC_HPP_

/// Pure Evolution API v2 request builders and answer parsers: no I/O, no
/// clock. Every rule cites its source in docs/providers.md.

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
namespace internal::evolution {

inline constexpr std::string_view kProviderName = "Evolution API";

/// Validated connection settings (base URL without trailing slash).
struct Config {
  std::string base_url;
  std::string instance;
  std::string token;  // the `apikey` header
};

/// What Evolution API can do: add, remove, promote and demote, and group
/// reads. It has no join-request endpoints, and documents no rate limit,
/// batch limit or server-side timeout.
Capabilities ProviderCapabilities();

/// A group for Evolution API: `<id>@g.us` or the old `<creator>-<time>@g.us`
/// (also bare group digits and Z-API's `-group` form). Invite links and
/// codes name no group Evolution can act on.
Result<std::string> NormalizeGroup(std::string_view raw);

/// The participant as sent: E.164 digits, so that Evolution's own rewriting
/// of Brazilian, Mexican and Argentinian numbers applies, except that a
/// number shorter than the validator's 10 characters goes as its JID;
/// LIDs as `<digits>@lid`.
std::string WireParticipant(const std::string& participant);

/// `POST {base}/group/updateParticipant/{instance}?groupJid={group}` with
/// `{"action", "participants"}`.
HttpRequest BuildManageRequest(const Config& config, Action action, const std::string& group,
                               const std::vector<std::string>& participants,
                               std::chrono::milliseconds timeout);

/// Reads `{"updateParticipants": [{"status", "jid", "content"}]}`: one
/// outcome per `sent` identifier, each failure classified by WhatsApp's
/// status code. Non-2xx statuses become errors (`ParseErrorResponse`); a
/// 2xx without the array is kProtocol.
Result<BatchResult> ParseManageResponse(const HttpResponse& response, Action action,
                                        const std::string& group,
                                        const std::vector<std::string>& sent,
                                        std::chrono::system_clock::time_point now);

/// `GET {base}/group/findGroupInfos/{instance}?groupJid={group}`.
HttpRequest BuildGroupInfoRequest(const Config& config, const std::string& group,
                                  std::chrono::milliseconds timeout);

/// Reads a group: `id`, `subject` and `participants[{id, phoneNumber | lid,
/// admin}]`, where `id` is a phone JID or a LID. Also reads the bare
/// `{"participants": [...]}` of `/group/participants`. No participants
/// array is kProtocol, never an empty group.
Result<GroupInfo> ParseGroupInfoResponse(const HttpResponse& response,
                                         std::chrono::system_clock::time_point now);

/// The error for a failed answer: `{"status", "error", "response":
/// {"message"}}`, where `message` is a string, strings, or `{property,
/// message}` objects. A 400 "Error updating participants" is WhatsApp
/// refusing the whole request; its reason decides the code.
Error ParseErrorResponse(const HttpResponse& response, std::optional<Action> action,
                         std::chrono::system_clock::time_point now);

/// The text of an error body (for messages and tests).
std::string ErrorText(std::string_view body);

}  // namespace internal::evolution
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_EVOLUTION_EVOLUTION_CODEC_HPP_
