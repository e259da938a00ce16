// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/zapi/zapi_events.hpp"

#include <string>

#include "events/event_reading.hpp"
#include "json/json_body.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal::zapi {
namespace {

using nlohmann::json;

GroupEventKind ZApiKind(const std::string& notification) {
  if (notification == "MEMBERSHIP_APPROVAL_REQUEST") return GroupEventKind::kJoinRequest;
  if (notification == "REVOKED_MEMBERSHIP_REQUESTS") return GroupEventKind::kJoinRequestRevoked;
  if (notification == "GROUP_PARTICIPANT_ADD") return GroupEventKind::kParticipantAdded;
  if (notification == "GROUP_PARTICIPANT_REMOVE") return GroupEventKind::kParticipantRemoved;
  if (notification == "GROUP_PARTICIPANT_LEAVE") return GroupEventKind::kParticipantLeft;
  if (notification == "GROUP_PARTICIPANT_PROMOTE") return GroupEventKind::kParticipantPromoted;
  if (notification == "GROUP_PARTICIPANT_DEMOTE") return GroupEventKind::kParticipantDemoted;
  // Joined through an invite link: no admin added them.
  if (notification == "GROUP_PARTICIPANT_INVITE") return GroupEventKind::kParticipantJoined;
  return GroupEventKind::kOther;
}

}  // namespace

Result<GroupEvent> ParseEvent(const json& j) {
  GroupEvent e;
  e.provider = "zapi";
  e.type = j["notification"].get<std::string>();
  e.kind = ZApiKind(e.type);
  e.group = StringField(j, "phone");
  std::string method = StringField(j, "requestMethod");
  if (!method.empty()) e.request_method = method;
  // participantPhone is "the group member who sent the message": for a
  // notification, whoever caused it.
  Labeler label(j);
  EventParticipant actor = label.FromFields(j, "participantPhone", "participantLid");
  if (!actor.id.empty()) e.actor = std::move(actor);
  if (auto params = j.find("notificationParameters"); params != j.end() && params->is_array()) {
    std::size_t first = 0;
    // A join request a member made for someone else lists the member
    // first, then the person awaiting approval: approving the first would
    // act on the wrong person.
    if (e.kind == GroupEventKind::kJoinRequest && method == "non_admin_add" && params->size() > 1) {
      first = 1;
      if (!e.actor) e.actor = label.FromJson((*params)[0]);
    }
    for (std::size_t i = first; i < params->size(); ++i) {
      e.participants.push_back(label.FromJson((*params)[i]));
    }
  }
  for (const char* key : {"momment", "moment", "timestamp"}) {  // "momment" is Z-API's spelling
    if (auto it = j.find(key); it != j.end() && !e.time) e.time = TimeFrom(*it);
  }
  return e;
}

bool IsOwnEvent(const json& j) {
  return j.contains("notification") && j["notification"].is_string();
}

}  // namespace internal::zapi
}  // namespace v1
}  // namespace wa
