// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/waha/waha_codec.hpp"

#include <utility>

#include <nlohmann/json.hpp>

#include "events/event_reading.hpp"
#include "http/group_read.hpp"
#include "http/http_errors.hpp"
#include "ids/identifiers.hpp"
#include "ids/outcome_matching.hpp"
#include "json/json_body.hpp"
#include "json/json_writer.hpp"
#include "providers/baileys_answer.hpp"
#include "providers/waha/waha_engine_answers.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal::waha {
namespace {

using nlohmann::json;

std::vector<std::pair<std::string, std::string>> Headers(const Config& config, bool json_body) {
  std::vector<std::pair<std::string, std::string>> h;
  h.emplace_back("X-Api-Key", config.token);
  h.emplace_back("Accept", "application/json");
  if (json_body) h.emplace_back("Content-Type", "application/json");
  return h;
}

std::string GroupUrl(const Config& config, const std::string& group, std::string_view route) {
  return config.base_url + "/api/" + UrlEncode(config.instance) + "/groups/" + UrlEncode(group) +
         "/" + std::string(route);
}

std::string_view Route(Action action) {
  switch (action) {
    case Action::kAdd:
      return "participants/add";
    case Action::kRemove:
      return "participants/remove";
    case Action::kPromote:
      return "admin/promote";
    case Action::kDemote:
      return "admin/demote";
    case Action::kApprove:
      return "participants/join-requests/approve";
    case Action::kReject:
      return "participants/join-requests/reject";
  }
  return "participants/add";
}

HttpRequest Get(const Config& config, const std::string& group, std::string_view route,
                std::chrono::milliseconds timeout) {
  HttpRequest r;
  r.method = HttpMethod::kGet;
  r.url = GroupUrl(config, group, route);
  r.redacted_url = r.url;
  r.headers = Headers(config, /*json_body=*/false);
  r.timeout = timeout;
  return r;
}

Result<json> SuccessArray(const HttpResponse& response, std::chrono::system_clock::time_point now,
                          std::string_view what) {
  if (response.status < 200 || response.status > 299) {
    return Unexpected(ParseErrorResponse(response, std::nullopt, now));
  }
  auto body = ParseJsonBody(response.body);
  if (!body || !body->is_array()) {
    return Unexpected(ShapeError(kProviderName, response, std::nullopt,
                                 "with a body that is not the " + std::string(what) + " array"));
  }
  return std::move(*body);
}

}  // namespace

Capabilities ProviderCapabilities() { return Capabilities{}; }

Result<std::string> NormalizeGroup(std::string_view raw) {
  return NormalizeGroupJid(raw, kProviderName);
}

std::string WireParticipant(const std::string& participant) {
  if (participant.find('@') != std::string::npos) return participant;
  return participant + "@c.us";
}

HttpRequest BuildManageRequest(const Config& config, Action action, const std::string& group,
                               const std::vector<std::string>& participants,
                               std::chrono::milliseconds timeout) {
  HttpRequest r;
  r.method = HttpMethod::kPost;
  r.url = GroupUrl(config, group, Route(action));
  r.redacted_url = r.url;
  r.headers = Headers(config, /*json_body=*/true);
  r.body.reserve(24 + participants.size() * 32);
  r.body = "{\"participants\":[";
  for (std::size_t i = 0; i < participants.size(); ++i) {
    if (i > 0) r.body.push_back(',');
    r.body += "{\"id\":";
    AppendJsonString(r.body, WireParticipant(participants[i]));
    r.body.push_back('}');
  }
  r.body += "]}";
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
  if (!body) return Unexpected(RefusedInText(response, action, now));
  if (body->is_object() && body->size() == 1 && body->contains("status")) {
    return BatchLevel((*body)["status"], action, group, sent);
  }
  const auto sent_keys = SentKeys(sent);
  OutcomeMatcher matcher(sent, kProviderName);
  if (body->is_object()) {
    // WEBJS's add: one member per participant id.
    for (const auto& [id, result] : body->items()) {
      if (!result.is_object()) {
        return Unexpected(ShapeError(kProviderName, response, action,
                                     "with an entry that is no {code, message} object"));
      }
      matcher.Add(ReadWebjsAdd(id, result, action));
    }
  } else if (body->is_array()) {
    for (const json& entry : *body) {
      if (!entry.is_object()) continue;
      if (entry.contains("requesterId")) {
        matcher.Add(ReadJoinRequestResult(entry, action));
      } else if (entry.contains("JID") || entry.contains("Error")) {
        matcher.Add(ReadGowsEntry(entry, action, sent_keys));
      } else {
        matcher.Add(ReadBaileysEntry(entry, action, sent_keys, kProviderName));
      }
    }
  } else {
    return Unexpected(ShapeError(kProviderName, response, action,
                                 "with a body that is neither a list nor an object"));
  }
  BatchResult result;
  result.action = action;
  result.group = group;
  result.participants = std::move(matcher).Finish();
  return result;
}

HttpRequest BuildGroupReadRequest(const Config& config, const std::string& group,
                                  std::chrono::milliseconds timeout) {
  return Get(config, group, "participants", timeout);
}

Result<GroupInfo> ParseGroupReadResponse(const HttpResponse& response,
                                         std::chrono::system_clock::time_point now) {
  if (response.status < 200 || response.status > 299) {
    return Unexpected(ParseErrorResponse(response, std::nullopt, now));
  }
  auto body = ParseJsonBody(response.body);
  GroupInfo info;
  const json* list = nullptr;
  if (body && body->is_array()) {
    list = &*body;
  } else if (body && body->is_object()) {
    // The whole group (GET .../groups/{id}, NOWEB's metadata): its members
    // ride in "participants".
    auto members = MemberList(*body, kProviderName, response);
    if (!members) return Unexpected(std::move(members).error());
    list = *members;
    info.id = StringField(*body, "id");
    info.subject = StringField(*body, "subject");
  } else {
    return Unexpected(ShapeError(kProviderName, response, std::nullopt,
                                 "with a body that is not the participants array"));
  }
  info.members.reserve(list->size());
  for (const json& p : *list) {
    GroupMember m;
    switch (ReadMember(p, m)) {
      case MemberRead::kMember:
        info.members.push_back(std::move(m));
        break;
      case MemberRead::kLeft:
        break;
      case MemberRead::kUnreadable:
        return Unexpected(UnreadableMember(kProviderName, response));
    }
  }
  return info;
}

HttpRequest BuildPendingRequestsRequest(const Config& config, const std::string& group,
                                        std::chrono::milliseconds timeout) {
  return Get(config, group, "participants/join-requests", timeout);
}

Result<std::vector<PendingRequest>> ParsePendingRequestsResponse(
    const HttpResponse& response, std::chrono::system_clock::time_point now) {
  if (response.status == 404) {
    Error e = ParseErrorResponse(response, std::nullopt, now);
    if (StartsWith(e.provider_message, "Cannot ")) {
      e.message +=
          " (WAHA lists join requests only since its 2026 releases; an older server has no "
          "such route)";
    }
    return Unexpected(std::move(e));
  }
  auto list = SuccessArray(response, now, "join requests");
  if (!list) return Unexpected(std::move(list).error());
  std::vector<PendingRequest> out;
  out.reserve(list->size());
  for (const json& entry : *list) {
    if (!entry.is_object()) continue;
    PendingRequest p;
    p.jid = StringField(entry, "requesterId");
    auto phone = NormalizeParticipantId(StringField(entry, "requesterPn"));
    if (phone && !EndsWith(*phone, "@lid")) p.phone = *phone;
    if (auto t = entry.find("timestamp"); t != entry.end()) p.requested_at = IsoTimeFrom(*t);
    if (!p.jid.empty()) out.push_back(std::move(p));
  }
  return out;
}

std::string ErrorText(std::string_view body) {
  auto j = ParseJsonBody(body);
  if (!j || !j->is_object()) return ErrorTextFromBody(body);
  // 500: the exception's own message; NestJS: "message" (a string or a
  // list of validation messages); 422: "error".
  if (auto ex = j->find("exception"); ex != j->end() && ex->is_object()) {
    std::string m = StringField(*ex, "message");
    if (!m.empty()) return m;
  }
  std::string m = JoinedMessages(j->value("message", json()));
  return m.empty() ? StringField(*j, "error") : m;
}

Error ParseErrorResponse(const HttpResponse& response, std::optional<Action> action,
                         std::chrono::system_clock::time_point now) {
  std::string text = ErrorText(response.body);
  ErrorCode code = ErrorCodeForHttpStatus(response.status);
  // The session exists but is not WORKING (starting, waiting for its QR
  // code, failed): try later, not bad input.
  if (response.status == 422) code = ErrorCode::kUnavailable;
  if (response.status == 500) {
    std::string lower = AsciiLower(text);
    if (lower.find("not found") != std::string::npos) code = ErrorCode::kNotFound;
    code = ClassifyBaileysFailure(text).value_or(code);
  }
  Error e = AnnotateTransportError(
      MakeHttpError(kProviderName, response, code, std::move(text), action, now), action);
  // Express's own 404 for a route the server lacks ("Cannot POST ...").
  const bool no_route = StartsWith(e.provider_message, "Cannot ");
  if (no_route && (action == Action::kApprove || action == Action::kReject)) {
    e.message +=
        " (WAHA approves and rejects join requests only since its 2026 releases; an "
        "older server has no such route)";
  }
  return e;
}

}  // namespace internal::waha
}  // namespace v1
}  // namespace wa
