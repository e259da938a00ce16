// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulated RyzeAPI: its participant actions, join-request listing and
// group info, over the shared world.

#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "provider_registry.hpp"

namespace wa::mock {
namespace {

using nlohmann::json;

json RyzeError(const std::string& message) {
  return {{"success", false}, {"error", {{"message", message}}}};
}

// Authenticates a RyzeAPI request; fills `reply` and returns null on
// failure. The limiter runs first, keyed by whatever token was presented:
// the rate-limit page says every response carries X-RateLimit-*, refusals
// included.
const WorldState::Instance* RyzeAuth(SharedWorld& w, const httplib::Request& req,
                                     const std::string& instance_id, Reply& reply) {
  std::string token = req.get_header_value("token");
  std::string auth = req.get_header_value("Authorization");
  if (token.empty() && auth.rfind("Bearer ", 0) == 0) token = auth.substr(7);
  if (!w.Admit(token, reply)) {
    reply.status = 429;
    reply.body = RyzeError("Rate limit exceeded. Try again later.");
    return nullptr;
  }
  if (token.empty()) {
    reply.status = 401;
    reply.body = RyzeError("Missing token");
    return nullptr;
  }
  std::lock_guard<std::mutex> lock(w.mu);
  const auto* inst = w.world.FindInstance("ryze", instance_id);
  if (inst == nullptr || inst->token != token) {
    bool owns_other = w.world.KnowsToken("ryze", token);
    reply.status = owns_other ? 403 : 401;
    reply.body =
        RyzeError(owns_other ? "Token does not have access to this instance" : "Invalid token");
    return nullptr;
  }
  if (!inst->connected) {
    reply.status = 503;
    reply.body = RyzeError("Instance is not connected to WhatsApp");
    return nullptr;
  }
  return inst;
}

Reply RyzeParticipants(SharedWorld& w, const httplib::Request& req) {
  Reply reply;
  const auto* inst = RyzeAuth(w, req, req.matches[1], reply);
  if (inst == nullptr) return reply;
  auto body = json::parse(req.body, nullptr, false);
  auto bad = [&](const std::string& message) {
    reply.status = 400;
    reply.body = RyzeError(message);
    return reply;
  };
  if (body.is_discarded() || !body.is_object()) return bad("Invalid JSON body");
  std::string action = body.value("action", "");
  static const std::set<std::string> kActions = {"add",    "remove",  "promote",
                                                 "demote", "approve", "reject"};
  if (!kActions.count(action)) {
    return bad("Invalid action. Must be one of: add, remove, promote, demote, approve, reject");
  }
  std::string identifier = body.value("identifier", "");
  if (identifier.empty()) return bad("Identifier is required");
  auto list = body.find("participants");
  if (list == body.end() || !list->is_array() || list->empty()) {
    return bad("At least one participant is required");
  }
  std::vector<std::string> participants;
  for (const auto& p : *list) {
    if (p.is_string()) participants.push_back(p.get<std::string>());
  }

  std::lock_guard<std::mutex> lock(w.mu);
  WorldState::Group* group = w.world.FindGroup(identifier);
  switch (w.world.Check(*inst, group, action)) {
    case WorldState::Refusal::kGroupNotFound:
      reply.status = 404;
      reply.body = RyzeError("Group not found or you are not a member of this group");
      return reply;
    case WorldState::Refusal::kNotAdmin:
    case WorldState::Refusal::kNotSuperAdmin:
      reply.status = 403;
      reply.body = RyzeError("Not authorized to perform this action (must be admin)");
      return reply;
    case WorldState::Refusal::kNone:
      break;
  }
  auto outcomes = w.world.Apply(*group, action, participants);
  json entries = json::array();
  int ok = 0;
  bool by_lid = action == "approve" || action == "reject";
  for (const auto& o : outcomes) {
    // The real service answers in JID form: LIDs for join requests.
    std::string jid = o.phone.empty() ? o.input
                      : by_lid        ? w.world.LidOf(o.phone) + "@lid"
                                      : o.phone + "@s.whatsapp.net";
    json e = {{"jid", jid},
              {"isAdmin", o.is_admin},
              {"isSuperAdmin", o.is_super_admin},
              {"success", o.success}};
    if (!o.success) e["error"] = o.error;
    ok += o.success ? 1 : 0;
    entries.push_back(std::move(e));
  }
  static const std::map<std::string, std::string> kVerbs = {
      {"add", "added"},      {"remove", "removed"},   {"promote", "promoted"},
      {"demote", "demoted"}, {"approve", "approved"}, {"reject", "rejected"}};
  reply.body = {{"success", true},
                {"message", "Successfully " + kVerbs.at(action) + " " + std::to_string(ok) +
                                " participant(s)"},
                {"groupJid", group->id + "@g.us"},
                {"action", action},
                {"participants", entries}};
  return reply;
}

Reply RyzeRequests(SharedWorld& w, const httplib::Request& req) {
  Reply reply;
  const auto* inst = RyzeAuth(w, req, req.matches[1], reply);
  if (inst == nullptr) return reply;
  std::string identifier = req.get_param_value("identifier");
  if (identifier.empty()) {
    reply.status = 400;
    reply.body = RyzeError("Identifier is required");
    return reply;
  }
  std::lock_guard<std::mutex> lock(w.mu);
  WorldState::Group* group = w.world.FindGroup(identifier);
  auto refusal = w.world.Check(*inst, group, "approve");
  if (refusal == WorldState::Refusal::kGroupNotFound) {
    reply.status = 404;
    reply.body = RyzeError("Group not found or you are not a member of this group");
    return reply;
  }
  if (refusal != WorldState::Refusal::kNone) {
    reply.status = 403;
    reply.body = RyzeError("Not authorized to view group requests (must be admin)");
    return reply;
  }
  json requests = json::array();
  for (const auto& p : group->pending) {
    requests.push_back({{"jid", w.world.LidOf(p.phone) + "@lid"},
                        {"phoneNumber", p.phone + "@s.whatsapp.net"},
                        {"requestedAt", p.requested_at}});
  }
  reply.body = {{"success", true},
                {"message", std::to_string(requests.size()) + " pending requests found"},
                {"groupJid", group->id + "@g.us"},
                {"requests", requests},
                {"meta", {{"total", requests.size()}}}};
  return reply;
}

Reply RyzeGroupInfo(SharedWorld& w, const httplib::Request& req) {
  Reply reply;
  const auto* inst = RyzeAuth(w, req, req.matches[1], reply);
  if (inst == nullptr) return reply;
  std::lock_guard<std::mutex> lock(w.mu);
  WorldState::Group* group = w.world.FindGroup(req.get_param_value("identifier"));
  if (w.world.Check(*inst, group, "read") == WorldState::Refusal::kGroupNotFound) {
    reply.status = 404;
    reply.body = RyzeError("Group not found or you are not a member of this group");
    return reply;
  }
  // The documented GroupDetail (overview page's structure, with each
  // participant's lid as the info page describes), served bare: the
  // captured docs do not show an envelope around it.
  json members = json::array();
  const std::string creator = group->owner();
  for (const auto& m : group->members) {
    members.push_back({{"jid", m.phone + "@s.whatsapp.net"},
                       {"lid", w.world.LidOf(m.phone) + "@lid"},
                       {"isAdmin", m.is_admin()},
                       {"isSuperAdmin", m.is_super_admin()}});
  }
  reply.body = {{"name", group->subject},
                {"jid", group->id + "@g.us"},
                {"description", group->description},
                {"inviteCode", group->invite_code},
                {"inviteLink", "https://chat.whatsapp.com/" + group->invite_code},
                {"createdBy", creator.empty() ? "" : creator + "@s.whatsapp.net"},
                {"participantCount", group->members.size()},
                {"participants", members},
                {"groupSettings",
                 {{"membersCanEditInfo", false},
                  {"membersCanSendMessages", true},
                  {"membersCanAddOthers", false},
                  {"requireAdminApproval", group->require_admin_approval}}}};
  return reply;
}

const ProviderRegistrar kRyze({
    "ryze",
    &RyzeError,
    nullptr,
    {
        {Route::Method::kPost, R"(/api/group/participants/([^/]+))", &RyzeParticipants},
        {Route::Method::kGet, R"(/api/group/requests/([^/]+))", &RyzeRequests},
        {Route::Method::kGet, R"(/api/group/info/([^/]+))", &RyzeGroupInfo},
    },
});

}  // namespace
}  // namespace wa::mock
