// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/meta/meta_join_requests.hpp"

#include <map>
#include <set>
#include <utility>

#include "events/event_reading.hpp"
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

constexpr const char* kNoRequest =
    "no pending join request from this number (none in the group's join_requests listing), "
    "so nothing was sent for it";

// The listed request of `participant`, matched by number; null if none.
const ListedJoinRequest* Find(const std::string& participant,
                              const std::vector<ListedJoinRequest>& listed) {
  const std::string key = MatchKey(participant);
  if (key.empty()) return nullptr;
  for (const ListedJoinRequest& e : listed) {
    if (e.request.phone && MatchKey(*e.request.phone) == key) return &e;
  }
  return nullptr;
}

// "(#131203) ...: details" from a per-request error entry
// {code, message, title, error_data: {details}}.
std::string EntryText(const json& error) {
  std::string text = StringField(error, "message");
  if (text.empty()) text = StringField(error, "title");
  if (auto d = error.find("error_data"); d != error.end() && d->is_object()) {
    std::string details = StringField(*d, "details");
    if (!details.empty() && text.find(details) == std::string::npos) {
      text += (text.empty() ? "" : ": ") + details;
    }
  }
  return text;
}

ParticipantError FromErrors(const json& errors, const std::string& fallback) {
  ParticipantError e{ParticipantErrorCode::kUnknown, fallback};
  if (!errors.is_array() || errors.empty() || !errors.front().is_object()) return e;
  const json& first = errors.front();
  std::optional<long long> code;
  if (auto c = first.find("code"); c != first.end()) code = CodeOf(*c);
  e.code = ParticipantCodeFor(code);
  std::string text = EntryText(first);
  if (!text.empty()) e.message = std::move(text);
  return e;
}

}  // namespace

HttpRequest BuildJoinRequestPageRequest(const Config& config, const std::string& group,
                                        const std::string& cursor,
                                        std::chrono::milliseconds timeout) {
  std::string tail = "/join_requests";
  if (!cursor.empty()) tail += "?after=" + UrlEncode(cursor);
  return MakeRequest(config, HttpMethod::kGet, GroupUrl(config, group, tail), std::nullopt,
                     timeout);
}

Result<JoinRequestPage> ParseJoinRequestPageResponse(const HttpResponse& response,
                                                     std::chrono::system_clock::time_point now) {
  auto body = ParseJsonBody(response.body);
  if (response.status < 200 || response.status > 299 || (body && ReadGraphError(*body))) {
    return Unexpected(ParseErrorResponse(response, std::nullopt, now));
  }
  if (!body || !body->is_object() || !body->contains("data") || !(*body)["data"].is_array()) {
    return Unexpected(ShapeError(kProviderName, response, std::nullopt,
                                 "without the \"data\" array of join requests"));
  }
  JoinRequestPage page;
  for (const json& entry : (*body)["data"]) {
    if (!entry.is_object()) continue;
    ListedJoinRequest e;
    e.id = StringField(entry, "join_request_id");
    auto phone = NormalizeParticipantId(StringField(entry, "wa_id"));
    if (e.id.empty() || !phone || EndsWith(*phone, "@lid")) {
      // An entry naming no request or nobody cannot be approved; skipping it
      // would later call that person's request absent.
      return Unexpected(ShapeError(kProviderName, response, std::nullopt,
                                   "with a join request lacking its join_request_id or wa_id"));
    }
    e.request.jid = *phone + "@s.whatsapp.net";
    e.request.phone = *phone;
    if (auto t = entry.find("creation_timestamp"); t != entry.end()) {
      if (auto seconds = CodeOf(*t)) e.request.requested_at = IsoTimeFrom(nlohmann::json(*seconds));
    }
    page.entries.push_back(std::move(e));
  }
  const json paging = body->value("paging", json::object());
  if (paging.is_object() && paging.contains("next") && !page.entries.empty()) {
    const json cursors = paging.value("cursors", json::object());
    if (cursors.is_object()) page.next_cursor = StringField(cursors, "after");
  }
  return page;
}

std::vector<std::string> RequestIdsFor(const std::vector<std::string>& sent,
                                       const std::vector<ListedJoinRequest>& listed) {
  std::vector<std::string> ids;
  std::set<std::string> seen;
  for (const std::string& p : sent) {
    const ListedJoinRequest* e = Find(p, listed);
    if (e != nullptr && seen.insert(e->id).second) ids.push_back(e->id);
  }
  return ids;
}

HttpRequest BuildManageByIdsRequest(const Config& config, Action action, const std::string& group,
                                    const std::vector<std::string>& ids,
                                    std::chrono::milliseconds timeout) {
  std::string body = "{\"messaging_product\":\"whatsapp\",\"join_requests\":[";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) body.push_back(',');
    AppendJsonString(body, ids[i]);
  }
  body += "]}";
  const HttpMethod method = action == Action::kReject ? HttpMethod::kDelete : HttpMethod::kPost;
  return MakeRequest(config, method, GroupUrl(config, group, "/join_requests"), std::move(body),
                     timeout);
}

BatchResult NothingPending(Action action, const std::string& group,
                           const std::vector<std::string>& sent) {
  return EveryoneFailed(action, group, sent, ParticipantErrorCode::kNoPendingRequest, kNoRequest);
}

Result<BatchResult> ParseManageByIdsResponse(const HttpResponse& response, Action action,
                                             const std::string& group,
                                             const std::vector<std::string>& sent,
                                             const std::vector<ListedJoinRequest>& listed,
                                             std::chrono::system_clock::time_point now) {
  auto body = ParseJsonBody(response.body);
  std::optional<GraphError> graph = body ? ReadGraphError(*body) : std::nullopt;
  if (response.status < 200 || response.status > 299 || graph) {
    return Unexpected(ParseErrorResponse(response, action, now));
  }
  const char* done_key =
      action == Action::kReject ? "rejected_join_requests" : "approved_join_requests";
  if (!body || !body->is_object()) {
    return Unexpected(ShapeError(kProviderName, response, action, "with a body that is no object"));
  }
  std::set<std::string> succeeded;
  if (auto ok = body->find(done_key); ok != body->end() && ok->is_array()) {
    for (const json& id : *ok) {
      if (id.is_string()) succeeded.insert(id.get<std::string>());
    }
  }
  std::map<std::string, ParticipantError> failed;
  if (auto f = body->find("failed_join_requests"); f != body->end() && f->is_array()) {
    for (const json& entry : *f) {
      if (!entry.is_object()) continue;
      failed.emplace(StringField(entry, "join_request_id"),
                     FromErrors(entry.value("errors", json()),
                                "Meta listed this join request as failed, without a reason"));
    }
  }
  // A top-level errors[] names no request: it explains whoever is not
  // otherwise accounted for.
  std::optional<ParticipantError> general;
  if (auto e = body->find("errors"); e != body->end() && e->is_array() && !e->empty()) {
    general = FromErrors(*e, "Meta reported an error for the call");
  }
  BatchResult result;
  result.action = action;
  result.group = group;
  // Every participant sent gets the outcome of its request, also when two
  // spellings (with and without Brazil's ninth digit) name the same one.
  for (const std::string& p : sent) {
    ParticipantOutcome o;
    o.participant = p;
    const ListedJoinRequest* e = Find(p, listed);
    if (e == nullptr) {
      o.result = Unexpected(ParticipantError{ParticipantErrorCode::kNoPendingRequest, kNoRequest});
    } else if (succeeded.count(e->id) != 0) {
      o.result = ParticipantInfo{e->request.jid, false, false, /*confirmed=*/true};
    } else if (auto f = failed.find(e->id); f != failed.end()) {
      o.result = Unexpected(f->second);
    } else if (general) {
      o.result = Unexpected(*general);
    } else {
      o.result = Unexpected(ParticipantError{
          ParticipantErrorCode::kUnknown,
          "Meta's answer does not mention join request " + QuoteForMessage(e->id)});
    }
    result.participants.push_back(std::move(o));
  }
  return result;
}

}  // namespace internal::meta
}  // namespace v1
}  // namespace wa
