// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/ryze/ryze_events.hpp"

#include <string>

#include "events/event_reading.hpp"
#include "json/json_body.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal::ryze {
namespace {

using nlohmann::json;

GroupEventKind RyzeKind(const std::string& type) {
  std::string t = AsciiLower(type);
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

}  // namespace

Result<GroupEvent> ParseEvent(const json& j) {
  std::string event = j["event"].get<std::string>();
  if (!StartsWith(AsciiLower(event), "group.")) {
    return Unexpected(NotAnEvent("RyzeAPI event \"" + event + "\" is not about a group"));
  }
  GroupEvent e;
  e.provider = "ryze";
  const json& data = j.contains("data") && j["data"].is_object() ? j["data"] : j;
  e.type = StringField(data, "type", StringField(data, "action", event));
  e.kind = event == "group.flow" || event == "group.participants" ? RyzeKind(e.type)
                                                                  : GroupEventKind::kOther;
  for (const char* key : {"groupJid", "group", "id", "jid"}) {
    if (e.group.empty()) e.group = StringField(data, key);
  }
  if (auto list = data.find("participants"); list != data.end() && list->is_array()) {
    Labeler label(j);
    for (const auto& p : *list) e.participants.push_back(label.FromJson(p));
    // group.flow's fields are not documented: take who acted where
    // WhatsApp gateways commonly put it.
    for (const char* key : {"author", "actor", "sender"}) {
      auto it = data.find(key);
      if (e.actor || it == data.end() || !(it->is_string() || it->is_object())) continue;
      EventParticipant who = label.FromJson(*it);
      if (!who.id.empty()) e.actor = std::move(who);
    }
  }
  for (const json* src : {&data, &j}) {
    for (const char* key : {"timestamp", "date_time", "time"}) {
      if (auto it = src->find(key); it != src->end() && !e.time) e.time = TimeFrom(*it);
    }
  }
  return e;
}

// RyzeAPI names its instance inside "instanceData"; gateways with a
// top-level "instance" (Evolution API) or "session" (WAHA) also send an
// "event" string, and their deliveries are theirs.
bool IsOwnEvent(const json& j) {
  return j.contains("event") && j["event"].is_string() && !j.contains("instance") &&
         !j.contains("session");
}

}  // namespace internal::ryze
}  // namespace v1
}  // namespace wa
