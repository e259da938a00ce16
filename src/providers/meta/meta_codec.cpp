// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/meta/meta_codec.hpp"

#include <utility>

#include "http/group_read.hpp"
#include "http/http_errors.hpp"
#include "ids/identifiers.hpp"
#include "json/json_body.hpp"
#include "json/json_writer.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal::meta {
namespace {

using nlohmann::json;

bool IsGroupIdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '-' || c == '_' ||
         c == '=';
}

// The user as REF's table shows it ("+17865347866"): the phone with its
// plus. A WhatsApp ID is the same digits.
std::string WireUser(const std::string& participant) { return "+" + participant; }

std::string CodeText(std::optional<long long> code) {
  return code ? std::to_string(*code) : std::string("none");
}

}  // namespace

Capabilities ProviderCapabilities() {
  Capabilities c;
  for (Action a : {Action::kAdd, Action::kPromote, Action::kDemote}) {
    c.For(a).supported = false;
  }
  for (ActionCapability& a : c.actions) a.takes_lid = false;  // the Cloud API knows no LIDs
  ActionCapability& remove = c.For(Action::kRemove);
  remove.max_batch = 8;
  // The answer has no per-participant detail: results come by webhook.
  remove.answers_per_participant = false;
  return c;
}

bool IsGraphVersion(std::string_view v) {
  if (v.size() < 4 || v[0] != 'v') return false;
  const std::size_t dot = v.find('.');
  if (dot == std::string_view::npos || dot == 1 || dot + 1 == v.size()) return false;
  return IsAllDigits(v.substr(1, dot - 1)) && IsAllDigits(v.substr(dot + 1));
}

Result<std::string> NormalizeGroup(std::string_view raw) {
  auto pre = PrecheckIdentifier(raw, "group");
  if (!pre) return Unexpected(std::move(pre).error());
  bool ok = !pre->empty();
  for (char c : *pre) ok = ok && IsGroupIdChar(c);
  if (ok) return std::string(*pre);
  return Unexpected(MakeLocalError(
      ErrorCode::kInvalidArgument,
      "invalid group " + QuoteForMessage(raw) +
          ": the Cloud API names groups by their Graph group ID (letters, digits, '-', '_' "
          "and '='), as group creation and the groups webhooks give it; WhatsApp JIDs "
          "(...@g.us) and invite links are not accepted"));
}

std::string GroupUrl(const Config& config, const std::string& group, std::string_view tail) {
  return config.base_url + "/" + config.graph_version + "/" + UrlEncode(group) + std::string(tail);
}

HttpRequest MakeRequest(const Config& config, HttpMethod method, std::string url,
                        std::optional<std::string> body, std::chrono::milliseconds timeout) {
  HttpRequest r;
  r.method = method;
  r.url = std::move(url);
  r.redacted_url = r.url;  // the token travels in a header, never in the URL
  r.headers.emplace_back("Authorization", "Bearer " + config.token);
  r.headers.emplace_back("Accept", "application/json");
  if (body) {
    r.headers.emplace_back("Content-Type", "application/json");
    r.body = std::move(*body);
  }
  r.timeout = timeout;
  return r;
}

HttpRequest BuildRemoveRequest(const Config& config, const std::string& group,
                               const std::vector<std::string>& participants,
                               std::chrono::milliseconds timeout) {
  std::string body = "{\"messaging_product\":\"whatsapp\",\"participants\":[";
  for (std::size_t i = 0; i < participants.size(); ++i) {
    if (i > 0) body.push_back(',');
    body += "{\"user\":";
    AppendJsonString(body, WireUser(participants[i]));
    body.push_back('}');
  }
  body += "]}";
  return MakeRequest(config, HttpMethod::kDelete, GroupUrl(config, group, "/participants"),
                     std::move(body), timeout);
}

BatchResult EveryoneFailed(Action action, const std::string& group,
                           const std::vector<std::string>& sent, ParticipantErrorCode code,
                           const std::string& message) {
  BatchResult result;
  result.action = action;
  result.group = group;
  for (const std::string& p : sent) {
    result.participants.push_back({p, Unexpected(ParticipantError{code, message})});
  }
  return result;
}

Result<BatchResult> ParseRemoveResponse(const HttpResponse& response, Action action,
                                        const std::string& group,
                                        const std::vector<std::string>& sent,
                                        std::chrono::system_clock::time_point now) {
  auto body = ParseJsonBody(response.body);
  const bool ok_status = response.status >= 200 && response.status <= 299;
  std::optional<GraphError> graph = body ? ReadGraphError(*body) : std::nullopt;
  if (graph && graph->code == 131201) {
    // HTTP 206 "Request partially succeeded": which ones did is only in the
    // webhook, or in a group read.
    return EveryoneFailed(action, group, sent, ParticipantErrorCode::kUnknown,
                          "Meta answered (#131201) Request partially succeeded without naming "
                          "whom; the group_participants_update webhook or a group read "
                          "(CallOptions::verify) says who was removed");
  }
  if (graph && graph->code == 131212 && sent.size() == 1) {
    return EveryoneFailed(
        action, group, sent, ParticipantErrorCode::kNotMember,
        graph->message.empty() ? "Participant is not a part of the group." : graph->message);
  }
  if (!ok_status || graph) return Unexpected(ParseErrorResponse(response, action, now));
  // The success body is undocumented ({"request_id"} and {"success": true}
  // are both plausible); anything that is no error accepts the batch.
  BatchResult result;
  result.action = action;
  result.group = group;
  for (const std::string& p : sent) {
    result.participants.push_back({p, ParticipantInfo{p, false, false, /*confirmed=*/false}});
  }
  return result;
}

HttpRequest BuildGroupReadRequest(const Config& config, const std::string& group,
                                  std::chrono::milliseconds timeout) {
  return MakeRequest(config, HttpMethod::kGet,
                     GroupUrl(config, group, "?fields=subject,participants"), std::nullopt,
                     timeout);
}

Result<GroupInfo> ParseGroupReadResponse(const HttpResponse& response,
                                         std::chrono::system_clock::time_point now) {
  auto body = ParseJsonBody(response.body);
  if (response.status < 200 || response.status > 299 || (body && ReadGraphError(*body))) {
    return Unexpected(ParseErrorResponse(response, std::nullopt, now));
  }
  if (!body || !body->is_object()) {
    return Unexpected(
        ShapeError(kProviderName, response, std::nullopt, "with a body that is no group object"));
  }
  auto members = MemberList(*body, kProviderName, response);
  if (!members) return Unexpected(std::move(members).error());
  GroupInfo info;
  info.id = StringField(*body, "id");
  info.subject = StringField(*body, "subject");
  const std::string mode = StringField(*body, "join_approval_mode");
  if (mode == "approval_required") info.require_admin_approval = true;
  if (mode == "auto_approve") info.require_admin_approval = false;
  for (const json& p : **members) {
    auto id = p.is_object() ? NormalizeParticipantId(StringField(p, "wa_id"))
                            : Result<std::string>(Unexpected(Error{}));
    if (!id || EndsWith(*id, "@lid")) return Unexpected(UnreadableMember(kProviderName, response));
    GroupMember m;
    m.jid = *id + "@s.whatsapp.net";
    m.phone = *id;
    // The list is only {wa_id}: Meta reports no admins.
    info.members.push_back(std::move(m));
  }
  return info;
}

std::optional<long long> CodeOf(const json& v) {
  if (v.is_number_integer()) return v.get<long long>();
  if (v.is_string()) {
    const std::string s = v.get<std::string>();
    if (!s.empty() && s.size() < 19 && IsAllDigits(s)) return std::stoll(s);
  }
  return std::nullopt;
}

std::optional<GraphError> ReadGraphError(const json& body) {
  if (!body.is_object()) return std::nullopt;
  auto it = body.find("error");
  if (it == body.end() || !it->is_object()) return std::nullopt;
  const json& e = *it;
  GraphError g;
  if (auto c = e.find("code"); c != e.end()) g.code = CodeOf(*c);
  if (auto s = e.find("error_subcode"); s != e.end()) g.subcode = CodeOf(*s);
  g.message = StringField(e, "message");
  g.type = StringField(e, "type");
  g.fbtrace_id = StringField(e, "fbtrace_id");
  if (auto d = e.find("error_data"); d != e.end() && d->is_object()) {
    g.details = StringField(*d, "details");
  }
  return g;
}

std::optional<ErrorCode> ErrorCodeFor(long long code) {
  switch (code) {
    case 0:    // AuthException
    case 190:  // access token expired
      return ErrorCode::kUnauthenticated;
    case 3:       // capability or permissions issue
    case 10:      // permission denied
    case 368:     // temporarily blocked for policy violations
    case 131207:  // group suspended
    case 131215:  // number not eligible for the Groups API
      return ErrorCode::kPermissionDenied;
    case 4:       // app's API call rate limit
    case 80007:   // WhatsApp Business Account rate limit
    case 130429:  // throughput reached
    case 131208:  // too many group operations
      return ErrorCode::kRateLimited;
    case 100:     // invalid parameter
    case 131008:  // required parameter missing
    case 131009:  // parameter value not valid
    case 131020:  // single-member group
    case 131047:  // re-engagement window
    case 131059:  // invalid cursor
    case 131202:  // duplicate participant
    case 131204:  // participant over limit
    case 131212:  // not a participant (of a batch: whom is not said)
    case 131213:  // join request does not exist
      return ErrorCode::kInvalidArgument;
    case 131041:  // group unknown
      return ErrorCode::kNotFound;
    case 131000:  // something went wrong
      return ErrorCode::kUnavailable;
    default:
      if (code >= 200 && code <= 299) return ErrorCode::kPermissionDenied;
      return std::nullopt;
  }
}

ParticipantErrorCode ParticipantCodeFor(std::optional<long long> code) {
  if (!code) return ParticipantErrorCode::kUnknown;
  switch (*code) {
    case 131212:
      return ParticipantErrorCode::kNotMember;
    case 131213:
      return ParticipantErrorCode::kNoPendingRequest;
    case 131202:
    case 131009:
      return ParticipantErrorCode::kInvalid;
    default:
      return ParticipantErrorCode::kUnknown;
  }
}

Error ParseErrorResponse(const HttpResponse& response, std::optional<Action> action,
                         std::chrono::system_clock::time_point now) {
  auto body = ParseJsonBody(response.body);
  std::optional<GraphError> g = body ? ReadGraphError(*body) : std::nullopt;
  if (!g) {
    const int status = response.status >= 200 && response.status <= 299 ? 502 : response.status;
    return AnnotateTransportError(
        MakeHttpError(kProviderName, response, ErrorCodeForHttpStatus(status),
                      ErrorTextFromBody(response.body), action, now),
        action);
  }
  ErrorCode code = ErrorCodeForHttpStatus(response.status);
  if (g->code) code = ErrorCodeFor(*g->code).value_or(code);
  std::string text = g->message;
  if (!g->details.empty() && g->details != g->message) {
    text += (text.empty() ? "" : ": ") + g->details;
  }
  Error e = AnnotateTransportError(
      MakeHttpError(kProviderName, response, code, std::move(text), action, now), action);
  // Kept as values, and named in the message for whoever reads the log:
  // the code decided `code`, and fbtrace_id is what Meta's support asks for.
  e.provider_code = g->code;
  e.provider_subcode = g->subcode;
  e.provider_trace_id = g->fbtrace_id;
  std::string graph;
  if (g->code) graph += "code " + CodeText(g->code);
  if (g->subcode) graph += (graph.empty() ? "" : ", ") + ("error_subcode " + CodeText(g->subcode));
  if (!g->type.empty()) graph += (graph.empty() ? "" : ", ") + ("type " + g->type);
  if (!g->fbtrace_id.empty())
    graph += (graph.empty() ? "" : ", ") + ("fbtrace_id " + g->fbtrace_id);
  if (!graph.empty()) e.message += " [Graph " + graph + "]";
  return e;
}

}  // namespace internal::meta
}  // namespace v1
}  // namespace wa
