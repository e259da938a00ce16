// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulated Evolution API v2: updateParticipant, findGroupInfos and
// participants, over the shared world. Written from its source (see
// docs/providers.md): the guards' order (instance, then apikey), the JSON
// schema's checks and their messages, createJid's rewriting of numbers, and
// Baileys' per-participant answer.

#include <cctype>
#include <mutex>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "provider_registry.hpp"

namespace wa::mock {
namespace {

using nlohmann::json;

json Envelope(int status, const std::string& error, json message) {
  return {{"status", status}, {"error", error}, {"response", {{"message", std::move(message)}}}};
}

json EvolutionError(const std::string& message) {
  return Envelope(400, "Bad Request", json::array({message}));
}

Reply Fail(int status, const std::string& error, json message) {
  return {status, Envelope(status, error, std::move(message)), {}};
}

// instanceExistsGuard (404 before any key is looked at), then authGuard:
// the apikey header must be the global key or the instance's token.
const WorldState::Instance* Guard(SharedWorld& w, const httplib::Request& req, Reply& reply) {
  const std::string name = req.matches[1];
  const auto* inst = w.world.FindInstance("evolution", name);
  if (inst == nullptr) {
    reply = Fail(404, "Not Found", json::array({"The \"" + name + "\" instance does not exist"}));
    return nullptr;
  }
  if (!req.has_header("apikey") || req.get_header_value("apikey") != inst->token) {
    reply = Fail(401, "Unauthorized", "Unauthorized");
    return nullptr;
  }
  return inst;
}

// createJid: JIDs pass through; otherwise the digits, with Brazil's ninth
// digit dropped for area codes 31 and up (subscriber starting 7-9) and
// Mexico's and Argentina's third digit dropped from 13-digit numbers.
std::string CreateJid(std::string p) {
  if (auto colon = p.find(':'); colon != std::string::npos && p.find('@') != std::string::npos) {
    p.erase(colon, p.find('@') - colon);
  }
  for (const char* domain : {"@g.us", "@s.whatsapp.net", "@lid", "@broadcast"}) {
    if (p.find(domain) != std::string::npos) return p;
  }
  std::string digits;
  for (char c : p) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
  }
  if (digits.size() >= 18) return digits + "@g.us";
  if (digits.size() == 13 && (digits.rfind("52", 0) == 0 || digits.rfind("54", 0) == 0)) {
    digits.erase(2, 1);
  } else if (digits.size() == 13 && digits.rfind("55", 0) == 0) {
    const int ddd = std::stoi(digits.substr(2, 2));
    if (digits[5] >= '7' && ddd >= 31) digits.erase(4, 1);
  }
  return digits + "@s.whatsapp.net";
}

// group.schema.ts's updateParticipantsSchema, with jsonschema's messages as
// abstract.router.ts maps them.
json SchemaErrors(const json& body) {
  json errors = json::array();
  auto add = [&](const std::string& property, const std::string& message) {
    errors.push_back({{"property", property}, {"message", message}});
  };
  static const std::set<std::string> kActions = {"add", "remove", "promote", "demote"};
  for (const char* key : {"action", "participants"}) {
    if (!body.contains(key)) {
      add("instance", std::string("instance requires property \"") + key + "\"");
    }
  }
  if (body.contains("action") &&
      (!body["action"].is_string() || !kActions.count(body["action"].get<std::string>()))) {
    add("action", "action is not one of enum values: add,remove,promote,demote");
  }
  if (!body.contains("participants")) return errors;
  const json& list = body["participants"];
  if (!list.is_array()) {
    add("participants", "participants is not of a type(s) array");
    return errors;
  }
  if (list.empty()) add("participants", "participants does not meet minimum length of 1");
  std::set<std::string> seen;
  bool duplicate = false;
  for (const json& p : list) duplicate = duplicate || !seen.insert(p.dump()).second;
  if (duplicate) add("participants", "participants contains duplicate item");
  static const std::regex kDigit("\\d+");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const json& p = list[i];
    if (!p.is_string() || p.get<std::string>().size() < 10 ||
        !std::regex_search(p.get<std::string>(), kDigit)) {
      add("participants[" + std::to_string(i) + "]",
          "\"participants\" must be an array of numeric strings");
    }
  }
  return errors;
}

// The group id: the body's groupJid first, then the query's, "@g.us"
// appended when missing.
std::string GroupJid(const json& body, const httplib::Request& req) {
  std::string jid;
  if (body.is_object() && body.contains("groupJid") && body["groupJid"].is_string()) {
    jid = body["groupJid"].get<std::string>();
  }
  if (jid.empty()) jid = req.get_param_value("groupJid");
  const std::string suffix = "@g.us";
  const bool has_suffix = jid.size() >= suffix.size() &&
                          jid.compare(jid.size() - suffix.size(), suffix.size(), suffix) == 0;
  if (!jid.empty() && !has_suffix) jid += suffix;
  return jid;
}

Reply UpdateParticipant(SharedWorld& w, const httplib::Request& req) {
  std::lock_guard<std::mutex> lock(w.mu);
  Reply reply;
  const auto* inst = Guard(w, req, reply);
  if (inst == nullptr) return reply;
  json body = json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) body = json::object();
  const std::string group_jid = GroupJid(body, req);
  if (group_jid.empty()) {
    return Fail(400, "Bad Request",
                json::array({"The group id needs to be informed in the query",
                             "ex: \"groupJid=120362@g.us\""}));
  }
  if (json errors = SchemaErrors(body); !errors.empty()) {
    return Fail(400, "Bad Request", std::move(errors));
  }
  // What Baileys throws comes back as "Error updating participants".
  auto thrown = [](const std::string& what) {
    return Fail(400, "Bad Request", json::array({"Error updating participants", what}));
  };
  if (!inst->connected) return thrown("Error: Connection Closed");
  WorldState::Group* group = w.world.FindGroup(group_jid);
  const std::string action = body["action"];
  switch (w.world.Check(*inst, group, action)) {
    case WorldState::Refusal::kGroupNotFound:
      return thrown("Error: item-not-found");
    case WorldState::Refusal::kNotAdmin:
    case WorldState::Refusal::kNotSuperAdmin:
      return thrown("Error: not-authorized");
    case WorldState::Refusal::kNone:
      break;
  }
  std::vector<std::string> inputs;
  std::vector<std::string> jids;
  for (const json& p : body["participants"]) {
    jids.push_back(CreateJid(p.get<std::string>()));
    // The world knows people by their full number; WhatsApp knows the
    // rewritten JID as the same account.
    std::string digits;
    for (char c : p.get<std::string>().substr(0, p.get<std::string>().find('@'))) {
      if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
    }
    inputs.push_back(p.get<std::string>().find("@lid") != std::string::npos ? p.get<std::string>()
                                                                            : digits);
  }
  auto outcomes = w.world.Apply(*group, action, inputs);
  json entries = json::array();
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    const auto& o = outcomes[i];
    json attrs = {{"jid", jids[i]}};
    json node = {{"tag", "participant"}, {"attrs", attrs}};
    if (!o.success) {
      node["attrs"]["error"] = o.whatsapp_status;
      if (o.whatsapp_status == "403" && action == "add") {
        node["content"] = json::array(
            {{{"tag", "add_request"},
              {"attrs", {{"code", "cV0oyyBsD49e6Plw"}, {"expiration", "1759028118"}}}}});
      }
    }
    entries.push_back({{"status", o.success ? "200" : o.whatsapp_status},
                       {"jid", jids[i]},
                       {"content", std::move(node)}});
  }
  return {201, {{"updateParticipants", std::move(entries)}}, {}};
}

// The read routes' groupJidSchema: ^[\d-]+@g.us$.
bool ValidGroupJid(const std::string& jid) {
  static const std::regex kGroupJid("^[\\d-]+@g.us$");
  return std::regex_search(jid, kGroupJid);
}

json Members(SharedWorld& w, const WorldState::Group& group, bool with_contact) {
  json members = json::array();
  for (const auto& m : group.members) {
    json p = {{"id", m.phone + "@s.whatsapp.net"},
              {"lid", w.world.LidOf(m.phone) + "@lid"},
              {"admin", m.role == WorldState::Role::kSuperAdmin ? json("superadmin")
                        : m.role == WorldState::Role::kAdmin    ? json("admin")
                                                                : json(nullptr)}};
    if (with_contact) {
      p["name"] = nullptr;
      p["imgUrl"] = nullptr;
    }
    members.push_back(std::move(p));
  }
  return members;
}

Reply ReadGroup(SharedWorld& w, const httplib::Request& req, bool full) {
  std::lock_guard<std::mutex> lock(w.mu);
  Reply reply;
  const auto* inst = Guard(w, req, reply);
  if (inst == nullptr) return reply;
  const std::string jid = req.get_param_value("groupJid");
  if (!ValidGroupJid(jid)) {
    return Fail(
        400, "Bad Request",
        json::array({{{"property", "groupJid"},
                      {"message", "groupJid does not match pattern \"^[\\\\d-]+@g.us$\""}}}));
  }
  const std::string what = full ? "Error fetching group" : "No participants";
  if (!inst->connected)
    return Fail(404, "Not Found", json::array({what, "Error: Connection Closed"}));
  WorldState::Group* group = w.world.FindGroup(jid);
  if (w.world.Check(*inst, group, "read") != WorldState::Refusal::kNone) {
    return Fail(404, "Not Found", json::array({what, "Error: item-not-found"}));
  }
  if (!full) return {200, {{"participants", Members(w, *group, true)}}, {}};
  const std::string owner = group->owner();
  return {200,
          {{"id", group->id + "@g.us"},
           {"subject", group->subject},
           {"subjectOwner", owner.empty() ? "" : owner + "@s.whatsapp.net"},
           {"subjectTime", 1714769954},
           {"pictureUrl", nullptr},
           {"size", group->members.size()},
           {"creation", 1714769954},
           {"owner", owner.empty() ? "" : owner + "@s.whatsapp.net"},
           {"desc", group->description},
           {"descId", "BAE57E16498982ED"},
           {"restrict", false},
           {"announce", false},
           {"participants", Members(w, *group, false)},
           {"isCommunity", false},
           {"isCommunityAnnounce", false}},
          {}};
}

Reply FindGroupInfos(SharedWorld& w, const httplib::Request& req) {
  return ReadGroup(w, req, true);
}
Reply Participants(SharedWorld& w, const httplib::Request& req) { return ReadGroup(w, req, false); }

const ProviderRegistrar kEvolution({
    "evolution",
    &EvolutionError,
    nullptr,
    {
        {Route::Method::kPost, R"(/group/updateParticipant/([^/]+))", &UpdateParticipant},
        {Route::Method::kGet, R"(/group/findGroupInfos/([^/]+))", &FindGroupInfos},
        {Route::Method::kGet, R"(/group/participants/([^/]+))", &Participants},
    },
    json::object(),
});

}  // namespace
}  // namespace wa::mock
