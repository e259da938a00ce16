// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_META_META_CODEC_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_META_META_CODEC_HPP_

/// Pure request builders and answer parsers for Meta's WhatsApp Cloud API
/// Groups API (the Graph API): no I/O, no clock. Every rule cites its
/// source in docs/providers.md.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "wa/participants/action.hpp"
#include "wa/participants/capabilities.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/group.hpp"
#include "wa/participants/http.hpp"
#include "wa/participants/outcome.hpp"

namespace wa {
inline namespace v1 {
namespace internal::meta {

inline constexpr std::string_view kProviderName = "Meta Cloud API";

/// Validated connection settings (base URL without trailing slash).
struct Config {
  std::string base_url;
  std::string graph_version;  // "v23.0"
  std::string token;          // the Bearer access token
};

/// Remove (at most 8, answered for the batch only: results come by
/// webhook), approve and reject; add, promote and demote do not exist.
Capabilities ProviderCapabilities();

/// A Graph group ID (`Y2FwaV9ncm91cDox...`): letters, digits, `-`, `_`
/// and `=`. A WhatsApp JID (`...@g.us`) or an invite link names no group
/// the Graph API knows.
Result<std::string> NormalizeGroup(std::string_view raw);

/// `vMAJOR.MINOR`, as the Graph API's paths spell versions.
bool IsGraphVersion(std::string_view version);

/// `{base}/{version}/{group}` plus `tail` (which starts with '/' or '?').
std::string GroupUrl(const Config& config, const std::string& group, std::string_view tail);

/// A request with the Bearer header (and a JSON body when `body` is set).
HttpRequest MakeRequest(const Config& config, HttpMethod method, std::string url,
                        std::optional<std::string> body, std::chrono::milliseconds timeout);

/// `DELETE {base}/{version}/{group}/participants` with
/// `{"messaging_product":"whatsapp","participants":[{"user":"+<digits>"}]}`.
HttpRequest BuildRemoveRequest(const Config& config, const std::string& group,
                               const std::vector<std::string>& participants,
                               std::chrono::milliseconds timeout);

/// Reads the answer to a remove. Meta documents no success body, so any
/// 2xx without an `error` object accepts the batch and every outcome is
/// unconfirmed; a Graph error is a request error, except 131201 (partial)
/// and, for one participant, 131212 (not a member), which are outcomes.
Result<BatchResult> ParseRemoveResponse(const HttpResponse& response, Action action,
                                        const std::string& group,
                                        const std::vector<std::string>& sent,
                                        std::chrono::system_clock::time_point now);

/// `GET {base}/{version}/{group}?fields=subject,participants`.
HttpRequest BuildGroupReadRequest(const Config& config, const std::string& group,
                                  std::chrono::milliseconds timeout);

/// Reads `{id, subject, participants: [{wa_id}]}`; no list is kProtocol.
Result<GroupInfo> ParseGroupReadResponse(const HttpResponse& response,
                                         std::chrono::system_clock::time_point now);

/// A Graph error (`{"error": {message, type, code, error_subcode,
/// error_data: {messaging_product, details}, fbtrace_id}}`), read.
struct GraphError {
  std::optional<long long> code;
  std::optional<long long> subcode;
  std::string message;
  std::string type;
  std::string details;
  std::string fbtrace_id;
};

/// The `error` object of `body`, when it has one.
std::optional<GraphError> ReadGraphError(const nlohmann::json& body);

/// The `ErrorCode` for a Graph or Groups API code (nullopt: unknown, so
/// the HTTP status decides). Meta says to build on the code, not the status.
std::optional<ErrorCode> ErrorCodeFor(long long code);

/// The `ParticipantErrorCode` for a code in a per-participant error.
ParticipantErrorCode ParticipantCodeFor(std::optional<long long> code);

/// The code as a JSON number or a numeric string (samples show both).
std::optional<long long> CodeOf(const nlohmann::json& value);

/// The error for a failed answer: the Graph error's code decides the
/// `ErrorCode`; its message, details, type, code, error_subcode and
/// fbtrace_id are all kept in `provider_message`.
Error ParseErrorResponse(const HttpResponse& response, std::optional<Action> action,
                         std::chrono::system_clock::time_point now);

/// Every participant of `sent` failing with `code` and `message`.
BatchResult EveryoneFailed(Action action, const std::string& group,
                           const std::vector<std::string>& sent, ParticipantErrorCode code,
                           const std::string& message);

}  // namespace internal::meta
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_META_META_CODEC_HPP_
