// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulated Z-API: its participant actions and group metadata reads,
// over the shared world. The instance token sits in the path.

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "provider_registry.hpp"

namespace wa::mock {
namespace {

using nlohmann::json;

json ZApiError(const std::string& message) { return {{"error", message}}; }

std::string RedactZApiPath(const std::string& path) {
  auto pos = path.find("/token/");
  if (pos == std::string::npos) return path;
  auto start = pos + 7;
  auto end = path.find('/', start);
  return path.substr(0, start) + "***" + (end == std::string::npos ? "" : path.substr(end));
}

const std::map<std::string, std::string>& ZApiEndpoints() {
  static const auto* kMap = new std::map<std::string, std::string>{
      {"add-participant", "add"},         {"remove-participant", "remove"},
      {"approve-participant", "approve"}, {"reject-participant", "reject"},
      {"add-admin", "promote"},           {"remove-admin", "demote"},
  };
  return *kMap;
}

// Z-API group-metadata and light-group-metadata (the same without the
// invite link); `instance` is already authenticated.
Reply ZApiGroupMetadata(WorldState& world, const std::string& group_id, bool light) {
  WorldState::Group* group = world.FindGroup(group_id);
  if (group == nullptr) return {404, ZApiError("Group not found"), {}};
  json members = json::array();
  const std::string owner = group->owner();
  for (const auto& m : group->members) {
    members.push_back(
        {{"phone", m.phone}, {"isAdmin", m.is_admin()}, {"isSuperAdmin", m.is_super_admin()}});
  }
  bool old_form = group->id.find('-') != std::string::npos;
  json link = light ? json(nullptr) : json("https://chat.whatsapp.com/" + group->invite_code);
  return {200,
          {{"phone", old_form ? group->id : group->id + "-group"},
           {"description", group->description},
           {"owner", owner},
           {"subject", group->subject},
           {"creation", 1588721491000},
           {"invitationLink", link},
           {"invitationLinkError", nullptr},
           {"communityId", nullptr},
           {"adminOnlyMessage", false},
           {"adminOnlySettings", false},
           {"requireAdminApproval", group->require_admin_approval},
           {"isGroupAnnouncement", false},
           {"participants", members},
           {"subjectTime", 1617805323000},
           {"subjectOwner", owner}},
          {}};
}

Reply ZApiAction(SharedWorld& w, const httplib::Request& req) {
  Reply reply;
  std::string instance_id = req.matches[1];
  std::string token = req.matches[2];
  std::string endpoint = req.matches[3];
  auto ep = ZApiEndpoints().find(endpoint);
  const bool read = endpoint == "group-metadata" || endpoint == "light-group-metadata";
  if (ep == ZApiEndpoints().end() && !read) return {404, ZApiError("Not found"), {}};
  std::lock_guard<std::mutex> lock(w.mu);
  const auto* inst = w.world.FindInstance("zapi", instance_id);
  if (inst == nullptr) return {404, ZApiError("Instance not found"), {}};
  if (inst->token != token) return {401, ZApiError("Invalid token"), {}};
  // The Client-Token is enforced only once the account activates it; the
  // security page documents the missing-token body, not its status.
  if (inst->client_token_active) {
    if (!req.has_header("Client-Token")) return {400, ZApiError("null not allowed"), {}};
    if (req.get_header_value("Client-Token") != inst->client_token) {
      return {403, ZApiError("Client-Token not allowed"), {}};
    }
  }
  // 405 and 415 are documented without a body.
  if (req.method == "GET") {
    if (!read || req.matches.size() < 5) return {405, nullptr, {}};
    // No page says what a read answers while disconnected: Z-API's flat
    // error with the /status page's text.
    if (!inst->connected) return {400, ZApiError("You are not connected."), {}};
    return ZApiGroupMetadata(w.world, req.matches[4], endpoint == "light-group-metadata");
  }
  if (ep == ZApiEndpoints().end()) return {405, nullptr, {}};
  if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
    return {415, nullptr, {}};
  }
  auto body = json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object() || !body.contains("groupId") ||
      !body["groupId"].is_string()) {
    return {400, ZApiError("Invalid request"), {}};
  }
  auto phones = body.find("phones");
  if (phones == body.end() || !phones->is_array() || phones->empty()) {
    return {400, ZApiError("phones is required"), {}};
  }
  // A disconnected instance cannot act: the documented failure is
  // {"value": false}, "false if there is a failure".
  if (!inst->connected) return {200, {{"value", false}}, {}};
  std::vector<std::string> list;
  for (const auto& p : *phones) {
    if (p.is_string()) list.push_back(p.get<std::string>());
  }
  WorldState::Group* group = w.world.FindGroup(body["groupId"].get<std::string>());
  if (w.world.Check(*inst, group, ep->second) != WorldState::Refusal::kNone) {
    return {200, {{"value", false}}, {}};
  }
  // autoInvite: numbers whose privacy blocks the add get a private invite
  // link, which Z-API counts as handled.
  auto auto_invite = body.find("autoInvite");
  bool invite = ep->second == "add" && auto_invite != body.end() && auto_invite->is_boolean() &&
                auto_invite->get<bool>();
  bool all_ok = true;
  for (const auto& o : w.world.Apply(*group, ep->second, list, invite)) {
    all_ok = all_ok && (o.success || o.invited);
  }
  return {200, {{"value", all_ok}}, {}};
}

// Any other method on a Z-API path: 405, documented without a body.
Reply MethodNotAllowed(SharedWorld&, const httplib::Request&) { return {405, nullptr, {}}; }

constexpr const char* kAction = R"(/instances/([^/]+)/token/([^/]+)/([A-Za-z-]+))";
constexpr const char* kRead =
    R"(/instances/([^/]+)/token/([^/]+)/(group-metadata|light-group-metadata)/([^/]+))";

const ProviderRegistrar kZApi({
    "zapi",
    &ZApiError,
    &RedactZApiPath,
    {
        {Route::Method::kGet, kRead, &ZApiAction},
        {Route::Method::kPost, kAction, &ZApiAction},
        {Route::Method::kGet, kAction, &MethodNotAllowed},
        {Route::Method::kPost, kRead, &MethodNotAllowed},
        {Route::Method::kPut, kRead, &MethodNotAllowed},
        {Route::Method::kDelete, kRead, &MethodNotAllowed},
        {Route::Method::kPut, kAction, &MethodNotAllowed},
        {Route::Method::kDelete, kAction, &MethodNotAllowed},
    },
    {{"client_token", "zapi-demo-client-token"}},
});

}  // namespace
}  // namespace wa::mock
