// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/zapi/zapi_codec.hpp"

#include <utility>

#include <nlohmann/json.hpp>

#include "http/group_read.hpp"
#include "http/http_errors.hpp"
#include "ids/identifiers.hpp"
#include "json/json_body.hpp"
#include "json/json_writer.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal::zapi {
namespace {

// Every Z-API answer: the status, then a top-level "error" whatever the
// status, then a JSON object to read. `action` is set for participant
// actions (their failures after sending have unknown outcomes).
Result<nlohmann::json> ParseAnswer(const HttpResponse& response, std::optional<Action> action,
                                   std::chrono::system_clock::time_point now) {
  auto body = ParseJsonBody(response.body);
  std::string error_text = body ? ExtractErrorText(*body) : std::string();
  if (response.status < 200 || response.status > 299) {
    if (!body) error_text = ErrorTextFromBody(response.body);
    ErrorCode code = ErrorCodeForHttpStatus(response.status);
    // The security pages document the bodies of a missing Client-Token
    // ("null not allowed") and of a refused IP ("... not allowed"), and the
    // status page the text of a disconnected instance, but none their
    // status: a 400 carrying one of them is not bad input.
    if (response.status == 400) {
      auto by_text = ClassifyRequestMessage(error_text);
      if (by_text == ErrorCode::kUnauthenticated || by_text == ErrorCode::kPermissionDenied ||
          by_text == ErrorCode::kUnavailable) {
        code = *by_text;
      }
    }
    return Unexpected(
        MakeHttpError(kProviderName, response, code, std::move(error_text), action, now));
  }
  if (!body || !body->is_object()) {
    return Unexpected(
        ShapeError(kProviderName, response, action, "with a body that is not a JSON object"));
  }
  if (body->contains("error")) {
    // Z-API reports some failures (e.g. "You are not connected.") with a 200.
    ErrorCode code = ClassifyRequestMessage(error_text).value_or(ErrorCode::kProtocol);
    return Unexpected(
        MakeHttpError(kProviderName, response, code, std::move(error_text), action, now));
  }
  return std::move(*body);
}

}  // namespace

std::string_view EndpointFor(Action action) noexcept {
  switch (action) {
    case Action::kAdd:
      return "add-participant";
    case Action::kRemove:
      return "remove-participant";
    case Action::kPromote:
      return "add-admin";
    case Action::kDemote:
      return "remove-admin";
    case Action::kApprove:
      return "approve-participant";
    case Action::kReject:
      // Not approve-participant, whatever Z-API's Postman collection says.
      return "reject-participant";
  }
  return "unknown";
}

Capabilities ProviderCapabilities() {
  Capabilities c;
  // Every action answers {"value": true|false} for the whole batch.
  for (ActionCapability& action : c.actions) action.answers_per_participant = false;
  c.For(Action::kAdd).takes_lid = false;
  c.invite_if_restricted = true;
  c.pending_requests = false;  // join requests arrive only by webhook
  return c;
}

Result<std::string> NormalizeGroup(std::string_view raw) {
  auto pre = PrecheckIdentifier(raw, "group");
  if (!pre) return Unexpected(std::move(pre).error());
  GroupIdParts parts;
  if (ParseGroupId(*pre, parts)) {
    return parts.old_form ? parts.local : parts.local + "-group";
  }
  std::string why =
      IsAllDigits(*pre)
          ? "bare digits are a phone or a community id; Z-API group ids look like "
            "120363019502650977-group or 5511999999999-1623281429"
          : "Z-API group ids look like 120363019502650977-group, 5511999999999-1623281429 or "
            "120363019502650977@g.us; invite links are not accepted";
  return Unexpected(MakeLocalError(ErrorCode::kInvalidArgument,
                                   "invalid group " + QuoteForMessage(raw) + ": " + why));
}

HttpRequest BuildManageRequest(const Config& config, Action action, const std::string& group,
                               const std::vector<std::string>& participants,
                               std::chrono::milliseconds timeout, bool auto_invite) {
  HttpRequest r;
  r.method = HttpMethod::kPost;
  std::string prefix = config.base_url + "/instances/" + UrlEncode(config.instance) + "/token/";
  std::string suffix = "/" + std::string(EndpointFor(action));
  r.url = prefix + UrlEncode(config.token) + suffix;
  r.redacted_url = prefix + "***" + suffix;
  if (!config.client_token.empty()) r.headers.emplace_back("Client-Token", config.client_token);
  r.headers.emplace_back("Accept", "application/json");
  r.headers.emplace_back("Content-Type", "application/json");
  r.body.reserve(32 + group.size() + participants.size() * 20);
  r.body = "{\"groupId\":";
  AppendJsonString(r.body, group);
  r.body += ",\"phones\":";
  AppendJsonStringArray(r.body, participants);
  if (auto_invite && action == Action::kAdd) r.body += ",\"autoInvite\":true";
  r.body.push_back('}');
  r.timeout = timeout;
  return r;
}

Result<BatchResult> ParseManageResponse(const HttpResponse& response, Action action,
                                        const std::string& group,
                                        const std::vector<std::string>& sent,
                                        std::chrono::system_clock::time_point now) {
  auto body = ParseAnswer(response, action, now);
  if (!body) return Unexpected(std::move(body).error());
  auto value = body->find("value");
  if (value == body->end() || !value->is_boolean()) {
    return Unexpected(ShapeError(kProviderName, response, action, "without a boolean \"value\""));
  }
  bool ok = value->get<bool>();
  BatchResult result;
  result.action = action;
  result.group = group;
  result.participants.reserve(sent.size());
  for (const auto& p : sent) {
    ParticipantOutcome o;
    o.participant = p;
    if (ok) {
      // Z-API confirms only the batch: report the state the action should
      // have produced, marked unconfirmed.
      bool admin = action == Action::kPromote;
      o.result = ParticipantInfo{p, admin, false, /*confirmed=*/false};
    } else {
      o.result = Unexpected(ParticipantError{
          ParticipantErrorCode::kUnknown,
          "Z-API answered {\"value\": false} for the batch, without saying which participants "
          "failed or why"});
    }
    result.participants.push_back(std::move(o));
  }
  return result;
}

HttpRequest BuildGroupMetadataRequest(const Config& config, const std::string& group,
                                      std::chrono::milliseconds timeout) {
  HttpRequest r;
  r.method = HttpMethod::kGet;
  std::string prefix = config.base_url + "/instances/" + UrlEncode(config.instance) + "/token/";
  // light-group-metadata is group-metadata without the invite link, which
  // a membership read never needs (and only admins may see).
  std::string suffix = "/light-group-metadata/" + UrlEncode(group);
  r.url = prefix + UrlEncode(config.token) + suffix;
  r.redacted_url = prefix + "***" + suffix;
  if (!config.client_token.empty()) r.headers.emplace_back("Client-Token", config.client_token);
  r.headers.emplace_back("Accept", "application/json");
  r.timeout = timeout;
  return r;
}

namespace {

// The metadata page types isAdmin and isSuperAdmin as "string" while its
// examples send booleans: read both.
bool FlagField(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return false;
  if (it->is_boolean()) return it->get<bool>();
  return it->is_string() && EqualsIgnoreCase(it->get<std::string>(), "true");
}

}  // namespace

Result<GroupInfo> ParseGroupMetadataResponse(const HttpResponse& response,
                                             std::chrono::system_clock::time_point now) {
  auto body = ParseAnswer(response, std::nullopt, now);
  if (!body) return Unexpected(std::move(body).error());
  auto members = MemberList(*body, kProviderName, response);
  if (!members) return Unexpected(std::move(members).error());
  const nlohmann::json* list = *members;
  GroupInfo info;
  info.id = StringField(*body, "phone");
  info.subject = StringField(*body, "subject");
  if (auto it = body->find("requireAdminApproval"); it != body->end() && it->is_boolean()) {
    info.require_admin_approval = it->get<bool>();
  }
  info.members.reserve(list->size());
  for (const auto& p : *list) {
    if (!p.is_object()) return Unexpected(UnreadableMember(kProviderName, response));
    GroupMember m;
    m.jid = StringField(p, "phone");
    if (m.jid.empty()) return Unexpected(UnreadableMember(kProviderName, response));
    // "phone" may itself be a LID (the @lid tips page). A member whose id
    // this SDK cannot read is kept all the same: dropping it could make a
    // verification believe they had left.
    if (auto n = NormalizeParticipantId(m.jid); n && EndsWith(*n, "@lid")) {
      m.lid = std::move(*n);
    } else if (n) {
      m.phone = std::move(*n);
    }
    m.is_super_admin = FlagField(p, "isSuperAdmin");
    m.is_admin = FlagField(p, "isAdmin") || m.is_super_admin;
    info.members.push_back(std::move(m));
  }
  return info;
}

}  // namespace internal::zapi
}  // namespace v1
}  // namespace wa
