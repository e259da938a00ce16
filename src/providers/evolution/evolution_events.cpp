// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/evolution/evolution_events.hpp"

#include <string>

#include "events/event_reading.hpp"
#include "json/json_body.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal::evolution {
namespace {

using nlohmann::json;

// Baileys' ParticipantAction. A member who leaves arrives as "remove" too:
// the delivery does not tell the two apart.
GroupEventKind EvolutionKind(const std::string& action) {
  if (action == "add") return GroupEventKind::kParticipantAdded;
  if (action == "remove") return GroupEventKind::kParticipantRemoved;
  if (action == "promote") return GroupEventKind::kParticipantPromoted;
  if (action == "demote") return GroupEventKind::kParticipantDemoted;
  return GroupEventKind::kOther;
}

bool IsGroupParticipantsEvent(std::string event) {
  // The delivery says "group-participants.update"; the configuration's
  // name for it is GROUP_PARTICIPANTS_UPDATE.
  for (char& c : event) c = c == '_' ? '-' : c;
  event = AsciiLower(event);
  return event == "group-participants-update" || event == "group-participants.update";
}

}  // namespace

Result<GroupEvent> ParseEvent(const json& j) {
  const std::string event = j["event"].get<std::string>();
  if (!IsGroupParticipantsEvent(event)) {
    return Unexpected(
        NotAnEvent("Evolution API event \"" + event + "\" is not about a group's participants"));
  }
  const json& data = j["data"];
  GroupEvent e;
  e.provider = "evolution";
  e.type = StringField(data, "action");
  e.kind = EvolutionKind(e.type);
  e.group = StringField(data, "id");
  Labeler label(j);
  // Participants are strings (Baileys before 7.0.0-rc.6) or objects
  // {id, phoneNumber | lid, admin} (since). "participantsData" only
  // repeats them, and is malformed in some releases: it is not read.
  if (auto list = data.find("participants"); list != data.end() && list->is_array()) {
    for (const auto& p : *list) {
      EventParticipant who = label.FromJson(p);
      if (!who.id.empty()) e.participants.push_back(std::move(who));
    }
  }
  // Before Baileys 7.0.0-rc.6 participants were bare JIDs, and
  // "participantsData" gave each one's phone; later releases fill it with
  // broken values ("[object Object]"), which the normaliser refuses.
  if (auto extra = data.find("participantsData"); extra != data.end() && extra->is_array()) {
    for (const auto& d : *extra) {
      auto jid = d.find("jid");
      if (jid == d.end() || !jid->is_string()) continue;
      for (EventParticipant& p : e.participants) {
        if (p.id != jid->get<std::string>() || p.phone) continue;
        auto phone = NormalizeParticipantId(StringField(d, "phoneNumber"));
        if (phone && !EndsWith(*phone, "@lid")) p.phone = *phone;
      }
    }
  }
  // "author" is who acted (often a LID), "authorPn" its phone JID.
  EventParticipant actor = label.FromFields(data, "authorPn", "author");
  if (actor.id.empty()) actor = label.FromJson(data.value("author", json()));
  if (!actor.id.empty()) e.actor = std::move(actor);
  // date_time is the server's local wall-clock time marked "Z", so it is
  // not a reliable instant; a numeric timestamp would be, when present.
  if (auto it = data.find("timestamp"); it != data.end()) e.time = TimeFrom(*it);
  return e;
}

bool IsOwnEvent(const json& j) {
  return j.contains("event") && j["event"].is_string() && j.contains("instance") &&
         j["instance"].is_string() && j.contains("data") && j["data"].is_object();
}

}  // namespace internal::evolution
}  // namespace v1
}  // namespace wa
