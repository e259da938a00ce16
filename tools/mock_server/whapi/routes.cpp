// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulated Whapi.Cloud: participant and admin changes, join requests
// ("applications") and group reads, over the shared world. Written from
// its OpenAPI specs (see docs/providers.md): the Bearer token names the
// channel, a disconnected channel answers the documented 401, the group id
// must be a `…@g.us` id, and every error is `{"error": {code, message}}`.

#include <algorithm>
#include <mutex>
#include <regex>
#include <string>
#include <vector>

#include "provider_registry.hpp"

namespace wa::mock {
namespace {

using nlohmann::json;

json Error(int code, const std::string& message) {
  return {{"error", {{"code", code}, {"message", message}}}};
}

json WhapiError(const std::string& message) { return Error(500, message); }

Reply Fail(int status, const std::string& message) { return {status, Error(status, message), {}}; }

// A 400 says which parameter failed, in `details` (as the specs' example).
Reply BadRequest(const std::string& details) {
  json body = Error(400, "Wrong request parameters");
  body["error"]["details"] = details;
  return {400, std::move(body), {}};
}

// What the 401 of each route says (the specs' descriptions).
std::string AuthorizationText(const std::string& action) {
  if (action == "promote" || action == "demote") {
    return "need channel authorization for " + action + " group admin";
  }
  return "need channel authorization for " + action + " participant";
}

// The token, then the channel's session, then the group id's form.
const WorldState::Instance* Guard(SharedWorld& w, const httplib::Request& req,
                                  const std::string& action, Reply& reply) {
  const std::string auth = req.get_header_value("Authorization");
  const std::string prefix = "Bearer ";
  std::string token = auth.rfind(prefix, 0) == 0 ? auth.substr(prefix.size()) : std::string();
  if (token.empty()) token = req.get_param_value("token");
  const auto* inst = w.world.FindInstanceByToken("whapi", token);
  if (inst == nullptr) {
    reply = Fail(401, "Unauthorized");
    return nullptr;
  }
  if (!inst->connected) {
    reply = Fail(401, AuthorizationText(action));
    return nullptr;
  }
  static const std::regex kGroupId(R"(^[\d-]{10,31}@g\.us$)");
  if (!std::regex_match(std::string(req.matches[1]), kGroupId)) {
    reply = BadRequest("GroupID must be a group id ending in @g.us");
    return nullptr;
  }
  return inst;
}

// The group, when `inst` may act on it; else the documented refusal.
WorldState::Group* Allowed(SharedWorld& w, const WorldState::Instance& inst,
                           const httplib::Request& req, const std::string& check, Reply& reply) {
  WorldState::Group* group = w.world.FindGroup(req.matches[1]);
  switch (w.world.Check(inst, group, check)) {
    case WorldState::Refusal::kGroupNotFound:
      reply = Fail(404, "Specified group not found");
      return nullptr;
    case WorldState::Refusal::kNotAdmin:
    case WorldState::Refusal::kNotSuperAdmin:
      reply = Fail(403, "You do not have permissions for this action");
      return nullptr;
    case WorldState::Refusal::kNone:
      break;
  }
  return group;
}

std::string ChatId(const std::string& phone) { return phone + "@s.whatsapp.net"; }

Reply Participants(SharedWorld& w, const httplib::Request& req, const std::string& action) {
  std::lock_guard<std::mutex> lock(w.mu);
  Reply reply;
  const auto* inst = Guard(w, req, action, reply);
  if (inst == nullptr) return reply;
  json body = json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object() || !body.contains("participants") ||
      !body["participants"].is_array() || body["participants"].empty()) {
    return BadRequest("participants must be a non-empty array");
  }
  static const std::regex kContactId(R"(^\d{7,15}$)");
  std::vector<std::string> inputs;
  for (const json& p : body["participants"]) {
    if (!p.is_string() || !std::regex_match(p.get<std::string>(), kContactId)) {
      return BadRequest("each participant must be 7 to 15 digits");
    }
    inputs.push_back(p.get<std::string>());
  }
  WorldState::Group* group = Allowed(w, *inst, req, action, reply);
  if (group == nullptr) return reply;
  json failed = json::array();
  json processed = json::array();
  bool all = true;
  for (const auto& o : w.world.Apply(*group, action, inputs)) {
    (o.success ? processed : failed).push_back(o.input);
    all = all && o.success;
  }
  // Promote and demote answer ResponseSuccess; add and (2025) remove
  // ResponseListParticipants.
  if (action == "promote" || action == "demote") return {200, {{"success", all}}, {}};
  return {200, {{"success", true}, {"failed", failed}, {"processed", processed}}, {}};
}

Reply Add(SharedWorld& w, const httplib::Request& req) { return Participants(w, req, "add"); }
Reply Remove(SharedWorld& w, const httplib::Request& req) { return Participants(w, req, "remove"); }
Reply Promote(SharedWorld& w, const httplib::Request& req) {
  return Participants(w, req, "promote");
}
Reply Demote(SharedWorld& w, const httplib::Request& req) { return Participants(w, req, "demote"); }

// One application per request; the answer is still a list of results.
Reply Application(SharedWorld& w, const httplib::Request& req, const std::string& action) {
  std::lock_guard<std::mutex> lock(w.mu);
  Reply reply;
  const auto* inst = Guard(w, req, action, reply);
  if (inst == nullptr) return reply;
  json body = json::parse(req.body, nullptr, false);
  static const std::regex kChatId(R"(^[\d-]{10,31}@[\w\.]{1,}$)");
  if (body.is_discarded() || !body.is_object() || !body.contains("application") ||
      !body["application"].is_string() ||
      !std::regex_match(body["application"].get<std::string>(), kChatId)) {
    return BadRequest("application must be a chat id");
  }
  const std::string chat_id = body["application"].get<std::string>();
  WorldState::Group* group = Allowed(w, *inst, req, action, reply);
  if (group == nullptr) return reply;
  const std::string input =
      chat_id.find("@lid") != std::string::npos ? chat_id : chat_id.substr(0, chat_id.find('@'));
  const auto outcomes = w.world.Apply(*group, action, {input});
  json e = {{"chatId", chat_id}, {"success", outcomes.at(0).success}};
  if (!outcomes.at(0).success) e["error"] = outcomes.at(0).error;
  return {200, json::array({std::move(e)}), {}};
}

Reply Approve(SharedWorld& w, const httplib::Request& req) {
  return Application(w, req, "approve");
}
Reply Reject(SharedWorld& w, const httplib::Request& req) { return Application(w, req, "reject"); }

Reply Applications(SharedWorld& w, const httplib::Request& req) {
  std::lock_guard<std::mutex> lock(w.mu);
  Reply reply;
  const auto* inst = Guard(w, req, "read", reply);
  if (inst == nullptr) return reply;
  WorldState::Group* group = Allowed(w, *inst, req, "approve", reply);
  if (group == nullptr) return reply;
  // `count` (1..500, default 100) from `offset` (default 0), as documented.
  const auto number = [&](const char* key, long long fallback) {
    const std::string v = req.get_param_value(key);
    if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos) {
      return fallback;
    }
    return std::stoll(v);
  };
  const long long count = std::clamp(number("count", 100), 1LL, 500LL);
  const long long offset = number("offset", 0);
  const long long total = static_cast<long long>(group->pending.size());
  json list = json::array();
  for (long long i = offset; i < total && i < offset + count; ++i) {
    const auto& p = group->pending[static_cast<std::size_t>(i)];
    list.push_back({{"chatId", ChatId(p.phone)},
                    {"request_method", "invite_link"},
                    {"timestamp", 1717680789}});
  }
  return {
      200,
      {{"applications", std::move(list)}, {"count", count}, {"total", total}, {"offset", offset}},
      {}};
}

Reply GroupInfo(SharedWorld& w, const httplib::Request& req) {
  std::lock_guard<std::mutex> lock(w.mu);
  Reply reply;
  const auto* inst = Guard(w, req, "read", reply);
  if (inst == nullptr) return reply;
  WorldState::Group* group = Allowed(w, *inst, req, "read", reply);
  if (group == nullptr) return reply;
  json members = json::array();
  std::string creator;
  for (const auto& m : group->members) {
    const std::string role = WorldState::RoleName(m.role);
    if (role == "superadmin" && creator.empty()) creator = m.phone;
    const char* rank = role == "superadmin" ? "creator" : (role == "admin" ? "admin" : "member");
    members.push_back({{"id", m.phone}, {"rank", rank}});
  }
  const std::size_t n = members.size();
  return {200,
          {{"id", group->id + "@g.us"},
           {"name", group->subject},
           {"type", "group"},
           {"timestamp", 1713791253},
           {"participants", std::move(members)},
           {"participants_count", n},
           {"name_at", 1713791253},
           {"created_at", 1713791253},
           {"created_by", creator}},
          {}};
}

constexpr const char* kGroupPath = R"(/groups/([^/]+))";

std::string P(const char* tail) { return std::string(kGroupPath) + tail; }

const ProviderRegistrar kWhapi({
    "whapi",
    &WhapiError,
    nullptr,
    {
        {Route::Method::kPost, P("/participants"), &Add},
        {Route::Method::kDelete, P("/participants"), &Remove},
        {Route::Method::kPatch, P("/admins"), &Promote},
        {Route::Method::kDelete, P("/admins"), &Demote},
        {Route::Method::kGet, P("/applications"), &Applications},
        {Route::Method::kPost, P("/applications"), &Approve},
        {Route::Method::kDelete, P("/applications"), &Reject},
        {Route::Method::kGet, P(""), &GroupInfo},
    },
    json::object(),
});

}  // namespace
}  // namespace wa::mock
