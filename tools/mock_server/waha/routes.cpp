// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulated WAHA, running its NOWEB (Baileys) engine: participant
// actions, join requests and member reads, over the shared world. Written
// from its source (see docs/providers.md): the API-key check before
// anything, the session lookup, the WORKING-session guard (422), NestJS's
// error bodies, and the exception filter's 500 for whatever the engine threw.

#include <mutex>
#include <string>
#include <vector>

#include "provider_registry.hpp"

namespace wa::mock {
namespace {

using nlohmann::json;

json NestError(int status, const std::string& error, const std::string& message) {
  return {{"message", message}, {"error", error}, {"statusCode", status}};
}

json WahaError(const std::string& message) { return NestError(400, "Bad Request", message); }

// AllExceptionsFilter's body for anything the engine threw.
Reply Thrown(const httplib::Request& req, const std::string& message, const std::string& name) {
  return {
      500,
      {{"statusCode", 500},
       {"timestamp", "2026-07-23T19:48:30.717Z"},
       {"exception",
        {{"stack", name + ": " + message + "\n    at WhatsappSessionNoWebCore"},
         {"message", message},
         {"name", name}}},
       {"request",
        {{"path", req.path},
         {"method", req.method},
         {"body", json::object()},
         {"query", json::object()}}},
       {"version",
        {{"version", "2026.8.2"}, {"engine", "NOWEB"}, {"tier", "CORE"}, {"browser", nullptr}}}},
      {}};
}

// The API key (header, or the x-api-key query parameter), then the session,
// then its status.
const WorldState::Instance* Guard(SharedWorld& w, const httplib::Request& req, Reply& reply) {
  std::string key = req.get_header_value("X-Api-Key");
  if (key.empty()) key = req.get_param_value("x-api-key");
  const std::string session = req.matches[1];
  const auto* inst = w.world.FindInstance("waha", session);
  if (key.empty() || !w.world.KnowsToken("waha", key) || (inst != nullptr && inst->token != key)) {
    reply = {401, {{"message", "Unauthorized"}, {"statusCode", 401}}, {}};
    return nullptr;
  }
  if (inst == nullptr) {
    reply = {404,
             NestError(404, "Not Found",
                       "We didn't find a session with name '" + session +
                           "'.\nPlease start it first by using POST /api/sessions/" + session +
                           "/start request"),
             {}};
    return nullptr;
  }
  if (!inst->connected) {
    reply = {
        422,
        {{"error", "Session status is not as expected. Try again later or restart the session"},
         {"session", session},
         {"status", "STARTING"},
         {"expected", {"WORKING"}}},
        {}};
    return nullptr;
  }
  return inst;
}

std::string PhoneOf(const std::string& id) {
  std::string local = id.substr(0, id.find('@'));
  return id.find("@lid") != std::string::npos ? id : local;
}

Reply Participants(SharedWorld& w, const httplib::Request& req, const std::string& action) {
  std::lock_guard<std::mutex> lock(w.mu);
  Reply reply;
  const auto* inst = Guard(w, req, reply);
  if (inst == nullptr) return reply;
  json body = json::parse(req.body, nullptr, false);
  // No validation pipe on these routes: a bad body fails inside the engine.
  if (body.is_discarded() || !body.is_object() || !body.contains("participants") ||
      !body["participants"].is_array()) {
    return Thrown(req, "Cannot read properties of undefined (reading 'map')", "TypeError");
  }
  std::vector<std::string> inputs;
  std::vector<std::string> ids;  // as sent: WhatsApp echoes them
  for (const json& p : body["participants"]) {
    if (!p.is_object() || !p.contains("id") || !p["id"].is_string()) {
      return Thrown(req, "Cannot read properties of undefined (reading 'id')", "TypeError");
    }
    ids.push_back(p["id"].get<std::string>());
    inputs.push_back(PhoneOf(ids.back()));
  }
  WorldState::Group* group = w.world.FindGroup(req.matches[2]);
  switch (w.world.Check(*inst, group, action)) {
    case WorldState::Refusal::kGroupNotFound:
      return Thrown(req, "item-not-found", "Error");
    case WorldState::Refusal::kNotAdmin:
    case WorldState::Refusal::kNotSuperAdmin:
      return Thrown(req, "not-authorized", "Error");
    case WorldState::Refusal::kNone:
      break;
  }
  json entries = json::array();
  const auto outcomes = w.world.Apply(*group, action, inputs);
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    const auto& o = outcomes[i];
    const std::string jid = o.phone.empty() ? o.input : o.phone + "@s.whatsapp.net";
    if (action == "approve" || action == "reject") {
      // The join-request result: {requesterId, success, error?}.
      json e = {{"requesterId", ids[i]}, {"success", o.success}};
      if (!o.success) e["error"] = std::stoi(o.whatsapp_status);
      entries.push_back(std::move(e));
      continue;
    }
    json node = {{"tag", "participant"}, {"attrs", {{"jid", jid}}}};
    if (!o.success) node["attrs"]["error"] = o.whatsapp_status;
    entries.push_back({{"status", o.success ? "200" : o.whatsapp_status},
                       {"jid", jid},
                       {"content", std::move(node)}});
  }
  return {200, std::move(entries), {}};
}

Reply Add(SharedWorld& w, const httplib::Request& req) { return Participants(w, req, "add"); }
Reply Remove(SharedWorld& w, const httplib::Request& req) { return Participants(w, req, "remove"); }
Reply Promote(SharedWorld& w, const httplib::Request& req) {
  return Participants(w, req, "promote");
}
Reply Demote(SharedWorld& w, const httplib::Request& req) { return Participants(w, req, "demote"); }
Reply Approve(SharedWorld& w, const httplib::Request& req) {
  return Participants(w, req, "approve");
}
Reply Reject(SharedWorld& w, const httplib::Request& req) { return Participants(w, req, "reject"); }

// Reads: NOWEB's raw members, the normalised v2, and join requests.
Reply Read(SharedWorld& w, const httplib::Request& req, const std::string& what) {
  std::lock_guard<std::mutex> lock(w.mu);
  Reply reply;
  const auto* inst = Guard(w, req, reply);
  if (inst == nullptr) return reply;
  WorldState::Group* group = w.world.FindGroup(req.matches[2]);
  const std::string check = what == "join-requests" ? "approve" : "read";
  switch (w.world.Check(*inst, group, check)) {
    case WorldState::Refusal::kGroupNotFound:
      return Thrown(req, "Group with id '" + std::string(req.matches[2]) + "' not found", "Error");
    case WorldState::Refusal::kNotAdmin:
    case WorldState::Refusal::kNotSuperAdmin:
      return Thrown(req, "not-authorized", "Error");
    case WorldState::Refusal::kNone:
      break;
  }
  json out = json::array();
  if (what == "join-requests") {
    for (const auto& p : group->pending) {
      out.push_back({{"requesterId", w.world.LidOf(p.phone) + "@lid"},
                     {"requesterPn", p.phone + "@c.us"},
                     {"addedById", nullptr},
                     {"parentGroupId", nullptr},
                     {"requestMethod", "invite_link"},
                     {"timestamp", 1776693600}});
    }
    return {200, std::move(out), {}};
  }
  for (const auto& m : group->members) {
    const std::string role = WorldState::RoleName(m.role);
    if (what == "v2") {
      out.push_back({{"id", m.phone + "@c.us"},
                     {"pn", m.phone + "@c.us"},
                     {"role", role == "member" ? "participant" : role}});
    } else {
      out.push_back({{"id", m.phone + "@s.whatsapp.net"},
                     {"admin", role == "member" ? json(nullptr) : json(role)}});
    }
  }
  return {200, std::move(out), {}};
}

Reply Members(SharedWorld& w, const httplib::Request& req) { return Read(w, req, "raw"); }
Reply MembersV2(SharedWorld& w, const httplib::Request& req) { return Read(w, req, "v2"); }
Reply JoinRequests(SharedWorld& w, const httplib::Request& req) {
  return Read(w, req, "join-requests");
}

constexpr const char* kGroupPath = R"(/api/([^/]+)/groups/([^/]+)/)";

std::string P(const char* tail) { return std::string(kGroupPath) + tail; }

const ProviderRegistrar kWaha({
    "waha",
    &WahaError,
    nullptr,
    {
        {Route::Method::kPost, P("participants/add"), &Add},
        {Route::Method::kPost, P("participants/remove"), &Remove},
        {Route::Method::kPost, P("admin/promote"), &Promote},
        {Route::Method::kPost, P("admin/demote"), &Demote},
        {Route::Method::kPost, P("participants/join-requests/approve"), &Approve},
        {Route::Method::kPost, P("participants/join-requests/reject"), &Reject},
        {Route::Method::kGet, P("participants/join-requests"), &JoinRequests},
        {Route::Method::kGet, P("participants/v2"), &MembersV2},
        {Route::Method::kGet, P("participants/?"), &Members},
    },
    json::object(),
});

}  // namespace
}  // namespace wa::mock
