// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/meta/meta_events.hpp"

#include <string>
#include <utility>

#include "events/event_reading.hpp"
#include "json/json_body.hpp"
#include "providers/meta/meta_codec.hpp"

namespace wa {
inline namespace v1 {
namespace internal::meta {
namespace {

using nlohmann::json;

// A participant entry: {input} (what the business sent), {wa_id}, or both.
EventParticipant Who(const json& entry, const Labeler& label) {
  EventParticipant p;
  if (!entry.is_object()) return p;
  for (const char* key : {"wa_id", "input"}) {
    std::string id = StringField(entry, key);
    if (!id.empty()) return label.FromId(std::move(id), Labeler::Field::kPhone);
  }
  return p;
}

void ReadList(const json& group, const char* key, const Labeler& label, GroupEvent& e) {
  auto list = group.find(key);
  if (list == group.end() || !list->is_array()) return;
  for (const json& entry : *list) {
    EventParticipant who = Who(entry, label);
    if (!who.id.empty()) e.participants.push_back(std::move(who));
  }
}

// "(#code) message: details" of the first {code, message, title, error_data}.
std::string ErrorsText(const json& errors) {
  if (!errors.is_array() || errors.empty() || !errors.front().is_object()) return "";
  const json& first = errors.front();
  std::string text = StringField(first, "message");
  if (text.empty()) text = StringField(first, "title");
  if (auto d = first.find("error_data"); d != first.end() && d->is_object()) {
    std::string details = StringField(*d, "details");
    if (!details.empty()) text += (text.empty() ? "" : ": ") + details;
  }
  if (auto c = first.find("code"); c != first.end()) {
    if (auto code = CodeOf(*c)) text = "(#" + std::to_string(*code) + ") " + text;
  }
  return text;
}

// The first group object of the first change that has one.
const json* FirstGroup(const json& j, std::string& field) {
  for (const json& entry : j["entry"]) {
    if (!entry.is_object() || !entry.contains("changes") || !entry["changes"].is_array()) continue;
    for (const json& change : entry["changes"]) {
      if (!change.is_object()) continue;
      auto value = change.find("value");
      if (value == change.end() || !value->is_object()) continue;
      auto groups = value->find("groups");
      if (groups == value->end() || !groups->is_array()) continue;
      for (const json& g : *groups) {
        if (!g.is_object()) continue;
        field = StringField(change, "field");
        return &g;
      }
    }
  }
  return nullptr;
}

}  // namespace

bool IsOwnEvent(const json& j) {
  return j.contains("object") && j["object"] == "whatsapp_business_account" &&
         j.contains("entry") && j["entry"].is_array();
}

Result<GroupEvent> ParseEvent(const json& j) {
  std::string field;
  const json* found = FirstGroup(j, field);
  if (found == nullptr) {
    return Unexpected(NotAnEvent("Meta delivery with no entry[].changes[].value.groups[] event"));
  }
  const json& g = *found;
  Labeler label(g);
  GroupEvent e;
  e.provider = "meta";
  e.type = StringField(g, "type", field);
  e.group = StringField(g, "group_id");
  const std::string reason = StringField(g, "reason");
  if (!reason.empty()) e.request_method = reason;
  if (e.type == "group_participants_add") {
    e.kind = reason == "invite_link" ? GroupEventKind::kParticipantJoined
                                     : GroupEventKind::kParticipantAdded;
    ReadList(g, "added_participants", label, e);
  } else if (e.type == "group_participants_remove") {
    const bool left = StringField(g, "initiated_by") == "participant";
    e.kind = left ? GroupEventKind::kParticipantLeft : GroupEventKind::kParticipantRemoved;
    ReadList(g, "removed_participants", label, e);
    if (left && !e.participants.empty()) e.actor = e.participants.front();
    const std::string general = ErrorsText(g.value("errors", json()));
    if (auto failed = g.find("failed_participants"); failed != g.end() && failed->is_array()) {
      for (const json& entry : *failed) {
        EventFailure f{Who(entry, label), ""};
        if (f.participant.id.empty()) continue;
        // Some failures carry their own errors[]; others only the group's.
        f.error = entry.is_object() ? ErrorsText(entry.value("errors", json())) : "";
        if (f.error.empty()) f.error = general;
        e.failed.push_back(std::move(f));
      }
    }
  } else if (e.type == "group_join_request_created" || e.type == "group_join_request_revoked") {
    e.kind = e.type == "group_join_request_created" ? GroupEventKind::kJoinRequest
                                                    : GroupEventKind::kJoinRequestRevoked;
    EventParticipant who = Who(g, label);
    if (!who.id.empty()) {
      e.actor = who;
      e.participants.push_back(std::move(who));
    }
  } else {
    e.kind = GroupEventKind::kOther;  // lifecycle, settings, status
  }
  if (auto t = g.find("timestamp"); t != g.end()) {
    if (auto seconds = CodeOf(*t)) e.time = TimeFrom(json(*seconds));
  }
  return e;
}

}  // namespace internal::meta
}  // namespace v1
}  // namespace wa
