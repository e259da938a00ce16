// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/evolution/evolution_codec.hpp"

#include <utility>

#include <nlohmann/json.hpp>

#include "http/group_read.hpp"
#include "http/http_errors.hpp"
#include "ids/identifiers.hpp"
#include "ids/outcome_matching.hpp"
#include "json/json_body.hpp"
#include "json/json_writer.hpp"
#include "providers/baileys_answer.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal::evolution {
namespace {

using nlohmann::json;

// group.schema.ts: each participant has at least 10 characters.
constexpr std::size_t kMinParticipantLength = 10;

std::vector<std::pair<std::string, std::string>> Headers(const Config& config, bool json_body) {
  std::vector<std::pair<std::string, std::string>> h;
  h.emplace_back("apikey", config.token);
  h.emplace_back("Accept", "application/json");
  if (json_body) h.emplace_back("Content-Type", "application/json");
  return h;
}

std::string Url(const Config& config, std::string_view route, const std::string& group) {
  return config.base_url + "/group/" + std::string(route) + "/" + UrlEncode(config.instance) +
         "?groupJid=" + UrlEncode(group);
}

Result<json> SuccessObject(const HttpResponse& response, std::optional<Action> action,
                           std::chrono::system_clock::time_point now) {
  if (response.status < 200 || response.status > 299) {
    return Unexpected(ParseErrorResponse(response, action, now));
  }
  auto body = ParseJsonBody(response.body);
  if (!body || !body->is_object()) {
    return Unexpected(
        ShapeError(kProviderName, response, action, "with a body that is not a JSON object"));
  }
  return std::move(*body);
}

}  // namespace

Capabilities ProviderCapabilities() {
  Capabilities c;
  c.For(Action::kApprove).supported = false;
  c.For(Action::kReject).supported = false;
  c.pending_requests = false;
  return c;
}

Result<std::string> NormalizeGroup(std::string_view raw) {
  return NormalizeGroupJid(raw, kProviderName);
}

std::string WireParticipant(const std::string& participant) {
  if (participant.size() >= kMinParticipantLength || participant.find('@') != std::string::npos) {
    return participant;
  }
  // createJid passes "@s.whatsapp.net" through unchanged.
  return participant + "@s.whatsapp.net";
}

HttpRequest BuildManageRequest(const Config& config, Action action, const std::string& group,
                               const std::vector<std::string>& participants,
                               std::chrono::milliseconds timeout) {
  HttpRequest r;
  r.method = HttpMethod::kPost;
  r.url = Url(config, "updateParticipant", group);
  r.redacted_url = r.url;
  r.headers = Headers(config, /*json_body=*/true);
  std::vector<std::string> wire;
  wire.reserve(participants.size());
  for (const std::string& p : participants) wire.push_back(WireParticipant(p));
  r.body.reserve(48 + participants.size() * 20);
  r.body = "{\"action\":";
  AppendJsonString(r.body, ToString(action));
  r.body += ",\"participants\":";
  AppendJsonStringArray(r.body, wire);
  r.body.push_back('}');
  r.timeout = timeout;
  return r;
}

Result<BatchResult> ParseManageResponse(const HttpResponse& response, Action action,
                                        const std::string& group,
                                        const std::vector<std::string>& sent,
                                        std::chrono::system_clock::time_point now) {
  auto body = SuccessObject(response, action, now);
  if (!body) return Unexpected(std::move(body).error());
  auto list = body->find("updateParticipants");
  if (list == body->end() || !list->is_array()) {
    return Unexpected(
        ShapeError(kProviderName, response, action, "without an \"updateParticipants\" array"));
  }
  const auto sent_keys = SentKeys(sent);
  OutcomeMatcher matcher(sent, kProviderName);
  for (const json& entry : *list) {
    if (entry.is_object()) matcher.Add(ReadBaileysEntry(entry, action, sent_keys, kProviderName));
  }
  BatchResult result;
  result.action = action;
  result.group = group;
  result.participants = std::move(matcher).Finish();
  return result;
}

HttpRequest BuildGroupInfoRequest(const Config& config, const std::string& group,
                                  std::chrono::milliseconds timeout) {
  HttpRequest r;
  r.method = HttpMethod::kGet;
  r.url = Url(config, "findGroupInfos", group);
  r.redacted_url = r.url;
  r.headers = Headers(config, /*json_body=*/false);
  r.timeout = timeout;
  return r;
}

Result<GroupInfo> ParseGroupInfoResponse(const HttpResponse& response,
                                         std::chrono::system_clock::time_point now) {
  auto body = SuccessObject(response, std::nullopt, now);
  if (!body) return Unexpected(std::move(body).error());
  auto members = MemberList(*body, kProviderName, response);
  if (!members) return Unexpected(std::move(members).error());
  GroupInfo info;
  info.id = StringField(*body, "id");
  info.subject = StringField(*body, "subject");
  info.members.reserve((*members)->size());
  for (const json& p : **members) {
    if (!p.is_object()) return Unexpected(UnreadableMember(kProviderName, response));
    GroupMember m;
    m.jid = StringField(p, "id");
    if (m.jid.empty()) return Unexpected(UnreadableMember(kProviderName, response));
    // Baileys gives the other identity beside "id": "phoneNumber" when id
    // is a LID, "lid" when it is a phone JID.
    for (const std::string& v : {m.jid, StringField(p, "phoneNumber"), StringField(p, "lid")}) {
      auto n = NormalizeParticipantId(v);
      if (!n) continue;
      if (EndsWith(*n, "@lid")) {
        if (!m.lid) m.lid = *n;
      } else if (!m.phone) {
        m.phone = *n;
      }
    }
    const std::string role = StringField(p, "admin");
    m.is_super_admin = role == "superadmin";
    m.is_admin = m.is_super_admin || role == "admin";
    info.members.push_back(std::move(m));
  }
  return info;
}

std::string ErrorText(std::string_view body) {
  auto j = ParseJsonBody(body);
  if (!j || !j->is_object()) return ErrorTextFromBody(body);
  if (auto r = j->find("response"); r != j->end() && r->is_object()) {
    if (auto m = r->find("message"); m != r->end()) {
      std::string text = JoinedMessages(*m);
      if (!text.empty()) return text;
    }
  }
  return ExtractErrorText(*j);
}

Error ParseErrorResponse(const HttpResponse& response, std::optional<Action> action,
                         std::chrono::system_clock::time_point now) {
  std::string text = ErrorText(response.body);
  ErrorCode code = ErrorCodeForHttpStatus(response.status);
  // Evolution wraps whatever Baileys threw: 400 "Error updating
  // participants; Error: <WhatsApp's text>" for an action, 404 "Error
  // fetching group; Error: ..." for a read.
  if (response.status == 400 || response.status == 404) {
    code = ClassifyBaileysFailure(text).value_or(code);
  }
  return AnnotateTransportError(
      MakeHttpError(kProviderName, response, code, std::move(text), action, now), action);
}

}  // namespace internal::evolution
}  // namespace v1
}  // namespace wa
