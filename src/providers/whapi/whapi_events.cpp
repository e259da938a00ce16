// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/whapi/whapi_events.hpp"

#include <string>

#include "events/event_reading.hpp"
#include "json/json_body.hpp"

namespace wa {
inline namespace v1 {
namespace internal::whapi {
namespace {

using nlohmann::json;

// ParticipantEvent's "action". "remove" does not tell an admin's removal
// from a member leaving; "rejected_request" is an admin's answer, no
// request any more; null (the 2025 enum allows it) says nothing.
GroupEventKind ActionKind(const std::string& action) {
  if (action == "add") return GroupEventKind::kParticipantAdded;
  if (action == "remove") return GroupEventKind::kParticipantRemoved;
  if (action == "promote") return GroupEventKind::kParticipantPromoted;
  if (action == "demote") return GroupEventKind::kParticipantDemoted;
  if (action == "request") return GroupEventKind::kJoinRequest;
  if (action == "revoke_request") return GroupEventKind::kJoinRequestRevoked;
  return GroupEventKind::kOther;
}

void AddParticipants(const json& entry, const Labeler& label, GroupEvent& e) {
  auto list = entry.find("participants");
  if (list == entry.end() || !list->is_array()) return;
  for (const auto& p : *list) {
    EventParticipant who = label.FromJson(p);
    if (!who.id.empty()) e.participants.push_back(std::move(who));
  }
}

}  // namespace

Result<GroupEvent> ParseEvent(const json& j) {
  // IsOwnEvent checked it; a const json's operator[] must not meet a
  // missing key, so it is looked up anyway.
  auto found = j.is_object() ? j.find("event") : j.end();
  const json event = found != j.end() && found->is_object() ? *found : json::object();
  const std::string type = StringField(event, "type");
  // The docs' samples name the method "event", the spec's schema "method".
  std::string method = StringField(event, "event");
  if (method.empty()) method = StringField(event, "method");
  if (type != "groups") {
    return Unexpected(
        NotAnEvent("Whapi.Cloud event \"" + type + "." + method + "\" is not about a group"));
  }
  Labeler label(j);
  GroupEvent e;
  e.provider = "whapi";
  e.type = type + "." + method;
  auto entries = j.find("groups_participants");
  if (method == "put" && entries != j.end() && entries->is_array() && !entries->empty() &&
      (*entries)[0].is_object()) {
    const json& first = (*entries)[0];
    const std::string action = StringField(first, "action");
    if (!action.empty()) e.type = action;
    e.kind = ActionKind(action);
    e.group = StringField(first, "group_id");
    for (const json& entry : *entries) {
      if (!entry.is_object() || StringField(entry, "group_id") != e.group ||
          StringField(entry, "action") != action) {
        continue;
      }
      AddParticipants(entry, label, e);
    }
  } else {
    // groups.post (this account joined or made a group), groups.patch (its
    // settings): no participant change to report.
    e.kind = GroupEventKind::kOther;
    if (auto groups = j.find("groups");
        groups != j.end() && groups->is_array() && !groups->empty() && (*groups)[0].is_object()) {
      e.group = StringField((*groups)[0], "id");
    }
  }
  return e;
}

bool IsOwnEvent(const json& j) {
  if (!j.is_object()) return false;
  auto event = j.find("event");
  return event != j.end() && event->is_object() && event->contains("type") &&
         (*event)["type"].is_string();
}

}  // namespace internal::whapi
}  // namespace v1
}  // namespace wa
