// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/waha/waha_events.hpp"

#include <string>

#include "events/event_reading.hpp"
#include "json/json_body.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal::waha {
namespace {

using nlohmann::json;

// group.v2.participants' "type". A member removed by an admin and one who
// left both arrive as "leave".
GroupEventKind ParticipantsKind(const std::string& type) {
  if (type == "join") return GroupEventKind::kParticipantAdded;
  if (type == "leave") return GroupEventKind::kParticipantLeft;
  if (type == "promote") return GroupEventKind::kParticipantPromoted;
  if (type == "demote") return GroupEventKind::kParticipantDemoted;
  return GroupEventKind::kOther;
}

// group.v2.participants.join-request's "action".
GroupEventKind JoinRequestKind(const std::string& action) {
  if (action == "created") return GroupEventKind::kJoinRequest;
  if (action == "revoked") return GroupEventKind::kJoinRequestRevoked;
  return GroupEventKind::kOther;  // "rejected": an admin's answer, no request any more
}

// The legacy group.join/group.leave (WEBJS's GroupNotification): "type" add,
// invite, remove or leave; the members in "recipientIds".
GroupEventKind LegacyKind(const std::string& event, const std::string& type) {
  if (type == "invite") return GroupEventKind::kParticipantJoined;
  if (type == "add") return GroupEventKind::kParticipantAdded;
  if (type == "remove") return GroupEventKind::kParticipantRemoved;
  if (type == "leave") return GroupEventKind::kParticipantLeft;
  return event == "group.join" ? GroupEventKind::kParticipantAdded
                               : GroupEventKind::kParticipantLeft;
}

// Who acted: WAHA's payload does not say, but its engines' raw event in
// "_data" does (NOWEB and WEBJS "author", GOWS "Sender").
void ReadActor(const json& raw, const Labeler& label, GroupEvent& e) {
  if (!raw.is_object()) return;
  for (const char* key : {"author", "Sender"}) {
    auto it = raw.find(key);
    if (it == raw.end() || !it->is_string()) continue;
    EventParticipant who = label.FromJson(*it);
    if (!who.id.empty()) {
      e.actor = std::move(who);
      return;
    }
  }
}

}  // namespace

Result<GroupEvent> ParseEvent(const json& j) {
  const std::string event = j["event"].get<std::string>();
  const json& payload = j["payload"];
  Labeler label(j);
  GroupEvent e;
  e.provider = "waha";
  if (event == "group.v2.participants") {
    e.type = StringField(payload, "type");
    e.kind = ParticipantsKind(e.type);
    if (auto list = payload.find("participants"); list != payload.end() && list->is_array()) {
      for (const auto& p : *list) {
        // {id, pn, role}: the id may be a LID, "pn" its phone.
        EventParticipant who = label.FromJson(p);
        if (p.is_object() && !who.phone) {
          auto pn = NormalizeParticipantId(StringField(p, "pn"));
          if (pn && !EndsWith(*pn, "@lid")) who.phone = *pn;
        }
        if (!who.id.empty()) e.participants.push_back(std::move(who));
      }
    }
    ReadActor(payload.value("_data", json()), label, e);
  } else if (event == "group.v2.participants.join-request") {
    e.type = StringField(payload, "action");
    e.kind = JoinRequestKind(e.type);
    std::string method = StringField(payload, "requestMethod");
    if (!method.empty()) e.request_method = method;
    EventParticipant who = label.FromFields(payload, "requesterPn", "requesterId");
    if (who.id.empty()) who = label.FromJson(payload.value("requesterId", json()));
    if (!who.id.empty()) e.participants.push_back(std::move(who));
  } else if (event == "group.join" || event == "group.leave") {
    e.type = StringField(payload, "type", event);
    e.kind = LegacyKind(event, e.type);
    if (auto list = payload.find("recipientIds"); list != payload.end() && list->is_array()) {
      for (const auto& p : *list) {
        EventParticipant who = label.FromJson(p);
        if (!who.id.empty()) e.participants.push_back(std::move(who));
      }
    }
    ReadActor(payload, label, e);
    e.group = StringField(payload, "chatId");
  } else if (StartsWith(event, "group.")) {
    // group.v2.join, .leave and .update: this account's own membership, or
    // the group's settings; no participant list to report.
    e.type = event;
    e.kind = GroupEventKind::kOther;
  } else {
    return Unexpected(NotAnEvent("WAHA event \"" + event + "\" is not about a group"));
  }
  if (e.group.empty()) {
    if (auto g = payload.find("group"); g != payload.end() && g->is_object()) {
      e.group = StringField(*g, "id");
    }
  }
  for (const json* src : {&payload, &j}) {
    if (auto it = src->find("timestamp"); it != src->end() && !e.time) e.time = TimeFrom(*it);
  }
  return e;
}

bool IsOwnEvent(const json& j) {
  return j.contains("event") && j["event"].is_string() && j.contains("session") &&
         j["session"].is_string() && j.contains("payload") && j["payload"].is_object();
}

}  // namespace internal::waha
}  // namespace v1
}  // namespace wa
