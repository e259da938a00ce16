// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/whapi/whapi_codec.hpp"

#include <utility>

#include <nlohmann/json.hpp>

#include "events/event_reading.hpp"
#include "http/group_read.hpp"
#include "http/http_errors.hpp"
#include "ids/identifiers.hpp"
#include "ids/outcome_matching.hpp"
#include "json/json_body.hpp"
#include "json/json_writer.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal::whapi {
namespace {

using nlohmann::json;

bool IsJoinRequest(Action action) {
  return action == Action::kApprove || action == Action::kReject;
}

std::vector<std::pair<std::string, std::string>> Headers(const Config& config, bool json_body) {
  std::vector<std::pair<std::string, std::string>> h;
  h.emplace_back("Authorization", "Bearer " + config.token);
  h.emplace_back("Accept", "application/json");
  if (json_body) h.emplace_back("Content-Type", "application/json");
  return h;
}

// The group goes percent-encoded (`%40g.us`), as Whapi's own MCP client sends it.
std::string GroupUrl(const Config& config, const std::string& group, std::string_view tail) {
  return config.base_url + "/groups/" + UrlEncode(group) + std::string(tail);
}

std::string_view Route(Action action) {
  switch (action) {
    case Action::kAdd:
    case Action::kRemove:
      return "/participants";
    case Action::kPromote:
    case Action::kDemote:
      return "/admins";
    case Action::kApprove:
    case Action::kReject:
      return "/applications";
  }
  return "/participants";
}

HttpMethod MethodOf(Action action) {
  switch (action) {
    case Action::kAdd:
    case Action::kApprove:
      return HttpMethod::kPost;
    case Action::kPromote:
      return HttpMethod::kPatch;
    case Action::kRemove:
    case Action::kDemote:
    case Action::kReject:
      return HttpMethod::kDelete;
  }
  return HttpMethod::kPost;
}

HttpRequest Get(const Config& config, const std::string& url, std::chrono::milliseconds timeout) {
  HttpRequest r;
  r.method = HttpMethod::kGet;
  r.url = url;
  r.redacted_url = r.url;
  r.headers = Headers(config, /*json_body=*/false);
  r.timeout = timeout;
  return r;
}

// The spec's own example lists ids as numbers, its schema as strings: read both.
std::string IdText(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_unsigned()) return std::to_string(v.get<std::uint64_t>());
  if (v.is_number_integer()) return std::to_string(v.get<std::int64_t>());
  return {};
}

// `{success}` alone: accepted for the batch, nothing said per participant.
BatchResult BatchLevel(bool success, Action action, const std::string& group,
                       const std::vector<std::string>& sent) {
  BatchResult result;
  result.action = action;
  result.group = group;
  for (const std::string& p : sent) {
    ParticipantOutcome o;
    o.participant = p;
    if (success) {
      o.result = ParticipantInfo{p, action == Action::kPromote, false, /*confirmed=*/false};
    } else {
      o.result = Unexpected(ParticipantError{
          ParticipantErrorCode::kUnknown,
          "Whapi.Cloud answered {\"success\": false} for the whole batch and nothing per "
          "participant; its state is unknown (CallOptions::verify settles it)"});
    }
    result.participants.push_back(std::move(o));
  }
  return result;
}

}  // namespace

Capabilities ProviderCapabilities() {
  Capabilities c;
  // ContactID is digits only (`^([\d]{7,15})?$`); an application is a ChatID,
  // which a LID satisfies.
  for (Action a : {Action::kAdd, Action::kRemove, Action::kPromote, Action::kDemote}) {
    c.For(a).takes_lid = false;
  }
  c.For(Action::kPromote).answers_per_participant = false;
  c.For(Action::kDemote).answers_per_participant = false;
  return c;
}

bool OneRequestPerParticipant(Action action) { return IsJoinRequest(action); }

Result<std::string> NormalizeGroup(std::string_view raw) {
  return NormalizeGroupJid(raw, kProviderName);
}

std::string WireApplication(const std::string& participant) {
  if (participant.find('@') != std::string::npos) return participant;
  return participant + "@s.whatsapp.net";
}

HttpRequest BuildManageRequest(const Config& config, Action action, const std::string& group,
                               const std::vector<std::string>& participants,
                               std::chrono::milliseconds timeout) {
  HttpRequest r;
  r.method = MethodOf(action);
  r.url = GroupUrl(config, group, Route(action));
  r.redacted_url = r.url;
  r.headers = Headers(config, /*json_body=*/true);
  if (IsJoinRequest(action)) {
    r.body = "{\"application\":";
    AppendJsonString(r.body,
                     participants.empty() ? std::string() : WireApplication(participants[0]));
    r.body.push_back('}');
  } else {
    r.body.reserve(20 + participants.size() * 18);
    r.body = "{\"participants\":[";
    for (std::size_t i = 0; i < participants.size(); ++i) {
      if (i > 0) r.body.push_back(',');
      AppendJsonString(r.body, participants[i]);
    }
    r.body += "]}";
  }
  r.timeout = timeout;
  return r;
}

Result<BatchResult> ParseManageResponse(const HttpResponse& response, Action action,
                                        const std::string& group,
                                        const std::vector<std::string>& sent,
                                        std::chrono::system_clock::time_point now) {
  if (response.status < 200 || response.status > 299) {
    return Unexpected(ParseErrorResponse(response, action, now));
  }
  auto body = ParseJsonBody(response.body);
  OutcomeMatcher matcher(sent, kProviderName);
  if (IsJoinRequest(action)) {
    if (!body || !body->is_array()) {
      return Unexpected(ShapeError(kProviderName, response, action,
                                   "with a body that is not the [{chatId, success}] array"));
    }
    for (const json& entry : *body) {
      if (!entry.is_object()) continue;
      ReportedParticipant p;
      p.jid = StringField(entry, "chatId");
      p.success = BoolField(entry, "success");
      if (!p.success) {
        p.error = StringField(entry, "error");
        if (p.error.empty()) p.error = "Whapi.Cloud reported no success and gave no reason";
      }
      matcher.Add(std::move(p));
    }
  } else {
    if (!body || !body->is_object() || !body->contains("success") ||
        !(*body)["success"].is_boolean()) {
      return Unexpected(
          ShapeError(kProviderName, response, action, "without a boolean \"success\""));
    }
    const json* failed = body->contains("failed") ? &(*body)["failed"] : nullptr;
    const json* processed = body->contains("processed") ? &(*body)["processed"] : nullptr;
    if ((failed == nullptr || !failed->is_array()) &&
        (processed == nullptr || !processed->is_array())) {
      return BatchLevel((*body)["success"].get<bool>(), action, group, sent);
    }
    for (const json* list : {processed, failed}) {
      if (list == nullptr || !list->is_array()) continue;
      const bool ok = list == processed;
      for (const json& id : *list) {
        ReportedParticipant p;
        p.jid = IdText(id);
        if (p.jid.empty()) continue;
        p.success = ok;
        p.is_admin = ok && action == Action::kPromote;
        if (!ok) p.error = "Whapi.Cloud listed this participant as failed and gave no reason";
        matcher.Add(std::move(p));
      }
    }
  }
  BatchResult result;
  result.action = action;
  result.group = group;
  result.participants = std::move(matcher).Finish();
  return result;
}

HttpRequest BuildGroupReadRequest(const Config& config, const std::string& group,
                                  std::chrono::milliseconds timeout) {
  return Get(config, GroupUrl(config, group, ""), timeout);
}

Result<GroupInfo> ParseGroupReadResponse(const HttpResponse& response,
                                         std::chrono::system_clock::time_point now) {
  if (response.status < 200 || response.status > 299) {
    return Unexpected(ParseErrorResponse(response, std::nullopt, now));
  }
  auto body = ParseJsonBody(response.body);
  if (!body || !body->is_object()) {
    return Unexpected(
        ShapeError(kProviderName, response, std::nullopt, "with a body that is not the group"));
  }
  auto members = MemberList(*body, kProviderName, response);
  if (!members) return Unexpected(std::move(members).error());
  GroupInfo info;
  info.id = StringField(*body, "id");
  info.subject = StringField(*body, "name");
  info.members.reserve((*members)->size());
  for (const json& p : **members) {
    // {id: ContactID digits, rank: admin|member|creator}
    std::string id = p.is_object() ? IdText(p.value("id", json())) : std::string();
    auto n = NormalizeParticipantId(id);
    if (!n) return Unexpected(UnreadableMember(kProviderName, response));
    GroupMember m;
    m.jid = id;
    if (EndsWith(*n, "@lid")) {
      m.lid = *n;
    } else {
      m.phone = *n;
    }
    const std::string rank = StringField(p, "rank");
    m.is_super_admin = rank == "creator";
    m.is_admin = m.is_super_admin || rank == "admin";
    info.members.push_back(std::move(m));
  }
  return info;
}

HttpRequest BuildJoinRequestPageRequest(const Config& config, const std::string& group,
                                        const std::string& cursor,
                                        std::chrono::milliseconds timeout) {
  std::string tail = "/applications?count=500";
  if (!cursor.empty()) tail += "&offset=" + cursor;
  return Get(config, GroupUrl(config, group, tail), timeout);
}

Result<std::vector<PendingRequest>> ParsePendingRequestsResponse(
    const HttpResponse& response, std::chrono::system_clock::time_point now) {
  if (response.status < 200 || response.status > 299) {
    return Unexpected(ParseErrorResponse(response, std::nullopt, now));
  }
  auto body = ParseJsonBody(response.body);
  if (!body || !body->is_object() || !body->contains("applications") ||
      !(*body)["applications"].is_array()) {
    return Unexpected(
        ShapeError(kProviderName, response, std::nullopt, "without an \"applications\" array"));
  }
  std::vector<PendingRequest> out;
  for (const json& entry : (*body)["applications"]) {
    if (!entry.is_object()) continue;
    PendingRequest p;
    p.jid = StringField(entry, "chatId");
    auto phone = NormalizeParticipantId(p.jid);
    if (phone && !EndsWith(*phone, "@lid")) p.phone = *phone;
    if (auto t = entry.find("timestamp"); t != entry.end()) p.requested_at = IsoTimeFrom(*t);
    if (!p.jid.empty()) out.push_back(std::move(p));
  }
  return out;
}

Result<JoinRequestPage> ParseJoinRequestPageResponse(const HttpResponse& response,
                                                     std::chrono::system_clock::time_point now) {
  auto requests = ParsePendingRequestsResponse(response, now);
  if (!requests) return Unexpected(std::move(requests).error());
  JoinRequestPage page;
  for (PendingRequest& r : *requests) {
    ListedJoinRequest e;
    e.id = r.jid;  // an application is named by its chat id
    e.request = std::move(r);
    page.entries.push_back(std::move(e));
  }
  // The next page starts where this one ended, while `total` says there is
  // more; an empty page ends the listing whatever `total` says.
  const json body = *ParseJsonBody(response.body);
  const std::size_t read = body["applications"].size();
  const auto number = [&](const char* key) -> long long {
    auto it = body.find(key);
    return it != body.end() && it->is_number_integer() ? it->get<long long>() : -1;
  };
  const long long offset = std::max(0LL, number("offset"));
  const long long total = number("total");
  const long long next = offset + static_cast<long long>(read);
  if (read > 0 && total > next) page.next_cursor = std::to_string(next);
  return page;
}

std::string ErrorText(std::string_view body) {
  auto j = ParseJsonBody(body);
  if (!j || !j->is_object()) return ErrorTextFromBody(body);
  auto e = j->find("error");
  if (e == j->end() || !e->is_object()) return ExtractErrorText(*j);
  std::string text = StringField(*e, "message");
  std::string details = StringField(*e, "details");
  if (!details.empty()) text += text.empty() ? details : " (" + details + ")";
  return text;
}

Error ParseErrorResponse(const HttpResponse& response, std::optional<Action> action,
                         std::chrono::system_clock::time_point now) {
  std::string text = ErrorText(response.body);
  ErrorCode code = ErrorCodeForHttpStatus(response.status);
  // Whapi's documented 401 is about the WhatsApp session, not the token.
  const bool session =
      response.status == 401 && AsciiLower(text).find("channel authorization") != std::string::npos;
  if (session) code = ErrorCode::kUnavailable;
  // Add's 409 "Specified participant already in group": the request, not the
  // server, is at fault, and sending it again would meet the same answer.
  if (response.status == 409) code = ErrorCode::kInvalidArgument;
  Error e = AnnotateTransportError(
      MakeHttpError(kProviderName, response, code, std::move(text), action, now), action);
  if (session) {
    e.message +=
        " (the channel's WhatsApp session is not connected: reconnect it in the Whapi.Cloud "
        "panel)";
  }
  return e;
}

}  // namespace internal::whapi
}  // namespace v1
}  // namespace wa
