// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Webhook bodies of both providers into typed events. The shapes of
// RyzeAPI's "group.flow" data are unconfirmed, so everything is read
// tolerantly: alternative field names, strings or objects, unknown kinds
// kept as kOther.

#include <array>
#include <utility>

#include <nlohmann/json.hpp>

#include "common/identifiers.hpp"
#include "common/json_body.hpp"
#include "common/strings.hpp"
#include "wa/participants/events.hpp"

namespace wa {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 8> kKindNames = {
    "join_request",     "join_request_revoked", "participant_added",   "participant_removed",
    "participant_left", "participant_promoted", "participant_demoted", "other"};

Error NotAnEvent(std::string why) {
  return MakeLocalError(ErrorCode::kInvalidArgument, "not a group event: " + std::move(why));
}

// Secrets ride along in deliveries (RyzeAPI's instanceData.token): blank
// them wherever they are before the JSON is kept.
void Redact(json& j) {
  if (j.is_object()) {
    for (auto& [key, value] : j.items()) {
      std::string k = internal::AsciiLower(key);
      if (k == "token" || k == "apikey" || k == "api_key" || k == "client_token" ||
          k == "clienttoken" || k == "authorization") {
        value = "***";
      } else {
        Redact(value);
      }
    }
  } else if (j.is_array()) {
    for (auto& v : j) Redact(v);
  }
}

EventParticipant FromId(std::string id) {
  EventParticipant p;
  p.id = std::move(id);
  if (auto n = internal::NormalizeParticipantId(p.id)) {
    if (internal::EndsWith(*n, "@lid")) {
      p.lid = *n;
    } else {
      p.phone = *n;
    }
  }
  return p;
}

EventParticipant FromJson(const json& v) {
  if (v.is_string()) return FromId(v.get<std::string>());
  EventParticipant p;
  if (!v.is_object()) return p;
  for (const char* key : {"jid", "id", "phone", "phoneNumber", "lid"}) {
    std::string s = internal::StringField(v, key);
    if (s.empty()) continue;
    EventParticipant q = FromId(s);
    if (p.id.empty()) p.id = q.id;
    if (!p.phone && q.phone) p.phone = q.phone;
    if (!p.lid && q.lid) p.lid = q.lid;
  }
  return p;
}

std::optional<std::chrono::system_clock::time_point> TimeFrom(const json& v) {
  if (!v.is_number()) return std::nullopt;
  auto n = v.get<double>();
  if (!(n > 0)) return std::nullopt;
  // Z-API sends milliseconds; other senders seconds.
  double ms = n > 1e11 ? n : n * 1000;
  // system_clock counts nanoseconds in 64 bits, which ends in 2262
  // (~9.2e12 ms): anything later is not a timestamp and would overflow.
  if (ms >= 9e12) return std::nullopt;
  auto whole = static_cast<std::int64_t>(ms);
  return std::chrono::system_clock::time_point(std::chrono::milliseconds(whole));
}

GroupEventKind ZApiKind(const std::string& notification) {
  if (notification == "MEMBERSHIP_APPROVAL_REQUEST") return GroupEventKind::kJoinRequest;
  if (notification == "REVOKED_MEMBERSHIP_REQUESTS") return GroupEventKind::kJoinRequestRevoked;
  if (notification == "GROUP_PARTICIPANT_ADD") return GroupEventKind::kParticipantAdded;
  if (notification == "GROUP_PARTICIPANT_REMOVE") return GroupEventKind::kParticipantRemoved;
  if (notification == "GROUP_PARTICIPANT_LEAVE") return GroupEventKind::kParticipantLeft;
  if (notification == "GROUP_PARTICIPANT_PROMOTE") return GroupEventKind::kParticipantPromoted;
  if (notification == "GROUP_PARTICIPANT_DEMOTE") return GroupEventKind::kParticipantDemoted;
  return GroupEventKind::kOther;
}

GroupEventKind RyzeKind(const std::string& type) {
  std::string t = internal::AsciiLower(type);
  if (t == "joined" || t == "join" || t == "add" || t == "added")
    return GroupEventKind::kParticipantAdded;
  if (t == "left" || t == "leave") return GroupEventKind::kParticipantLeft;
  if (t == "removed" || t == "remove" || t == "kicked") return GroupEventKind::kParticipantRemoved;
  if (t == "promoted" || t == "promote") return GroupEventKind::kParticipantPromoted;
  if (t == "demoted" || t == "demote") return GroupEventKind::kParticipantDemoted;
  if (t == "request" || t == "join_request" || t == "membership_request") {
    return GroupEventKind::kJoinRequest;
  }
  if (t == "revoked" || t == "request_revoked") return GroupEventKind::kJoinRequestRevoked;
  return GroupEventKind::kOther;
}

Result<GroupEvent> ParseZApi(const json& j) {
  GroupEvent e;
  e.provider = "zapi";
  e.type = j["notification"].get<std::string>();
  e.kind = ZApiKind(e.type);
  e.group = internal::StringField(j, "phone");
  if (auto params = j.find("notificationParameters"); params != j.end() && params->is_array()) {
    for (const auto& p : *params) e.participants.push_back(FromJson(p));
  }
  std::string method = internal::StringField(j, "requestMethod");
  if (!method.empty()) e.request_method = method;
  for (const char* key : {"momment", "moment", "timestamp"}) {  // "momment" is Z-API's spelling
    if (auto it = j.find(key); it != j.end() && !e.time) e.time = TimeFrom(*it);
  }
  return e;
}

Result<GroupEvent> ParseRyze(const json& j) {
  std::string event = j["event"].get<std::string>();
  if (!internal::StartsWith(internal::AsciiLower(event), "group.")) {
    return Unexpected(NotAnEvent("RyzeAPI event \"" + event + "\" is not about a group"));
  }
  GroupEvent e;
  e.provider = "ryze";
  const json& data = j.contains("data") && j["data"].is_object() ? j["data"] : j;
  e.type = internal::StringField(data, "type", internal::StringField(data, "action", event));
  e.kind = event == "group.flow" || event == "group.participants" ? RyzeKind(e.type)
                                                                  : GroupEventKind::kOther;
  for (const char* key : {"groupJid", "group", "id", "jid"}) {
    if (e.group.empty()) e.group = internal::StringField(data, key);
  }
  if (auto list = data.find("participants"); list != data.end() && list->is_array()) {
    for (const auto& p : *list) e.participants.push_back(FromJson(p));
  }
  for (const json* src : {&data, &j}) {
    for (const char* key : {"timestamp", "date_time", "time"}) {
      if (auto it = src->find(key); it != src->end() && !e.time) e.time = TimeFrom(*it);
    }
  }
  return e;
}

}  // namespace

std::string_view ToString(GroupEventKind kind) noexcept {
  auto i = static_cast<std::size_t>(kind);
  return i < kKindNames.size() ? kKindNames[i] : std::string_view("other");
}

Result<GroupEvent> ParseEvent(std::string_view body) {
  auto parsed = internal::ParseJsonBody(body);
  if (!parsed || !parsed->is_object())
    return Unexpected(NotAnEvent("the body is not a JSON object"));
  json& j = *parsed;
  Result<GroupEvent> event =
      Unexpected(NotAnEvent("neither a Z-API notification nor a RyzeAPI event"));
  if (j.contains("notification") && j["notification"].is_string()) {
    event = ParseZApi(j);
  } else if (j.contains("event") && j["event"].is_string()) {
    event = ParseRyze(j);
  }
  if (!event) return event;
  Redact(j);
  event->raw_json = j.dump();
  return event;
}

}  // namespace wa
