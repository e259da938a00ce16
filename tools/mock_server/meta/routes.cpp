// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulated Meta Cloud API (Graph API) Groups endpoints over the shared
// world, answering in the shapes Meta's pages show (see docs/providers.md):
// the Bearer token before anything, Graph's {"error": {...}} envelope with
// the Groups API codes, join requests listed by pages with Graph cursors
// and acted on by join-request id, and a remove answered for the batch
// only. Meta documents no page size; this one pages by 2 so that paging is
// always exercised.

#include <mutex>
#include <string>
#include <vector>

#include "provider_registry.hpp"

namespace wa::mock {
namespace {

using nlohmann::json;

constexpr std::size_t kPageSize = 2;

json GraphError(long long code, const std::string& title, const std::string& details) {
  return {{"error",
           {{"message", "(#" + std::to_string(code) + ") " + title},
            {"type", "OAuthException"},
            {"code", code},
            {"error_data", {{"messaging_product", "whatsapp"}, {"details", details}}},
            {"fbtrace_id", "AbCdEfGhIjKlMnOpQrStUvW"}}}};
}

json MetaError(const std::string& message) {
  return GraphError(131000, "Something went wrong", message);
}

Reply Error(int status, long long code, const std::string& title, const std::string& details) {
  return {status, GraphError(code, title, details), {}};
}

// The Bearer token names the instance: the Cloud API has no instance in
// its paths.
const WorldState::Instance* Guard(SharedWorld& w, const httplib::Request& req, Reply& reply) {
  const std::string auth = req.get_header_value("Authorization");
  const std::string token = auth.rfind("Bearer ", 0) == 0 ? auth.substr(7) : "";
  const WorldState::Instance* inst = w.world.FindInstanceByToken("meta", token);
  if (inst == nullptr) {
    reply = Error(401, 190, "Access token has expired", "Your access token has expired.");
  } else if (!inst->connected) {
    reply = Error(500, 131000, "Something went wrong",
                  "Message failed to send due to an unknown error.");
    inst = nullptr;
  }
  return inst;
}

// The group, if the business may act on it; else the Groups API's answer.
WorldState::Group* GroupFor(SharedWorld& w, const WorldState::Instance& inst, const std::string& id,
                            const std::string& action, Reply& reply) {
  WorldState::Group* group = w.world.FindGroup(id);
  switch (w.world.Check(inst, group, action)) {
    case WorldState::Refusal::kNone:
      return group;
    case WorldState::Refusal::kGroupNotFound:
      reply = Error(400, 131041, "Group unknown",
                    "The group was not found, either because it doesn't exist or you are not a "
                    "member.");
      return nullptr;
    case WorldState::Refusal::kNotAdmin:
    case WorldState::Refusal::kNotSuperAdmin:
      reply = Error(403, 10, "Permission Denied",
                    "Permission is either not granted or has been removed.");
      return nullptr;
  }
  return nullptr;
}

std::string Digits(std::string s) {
  if (!s.empty() && s[0] == '+') s.erase(0, 1);
  return s;
}

std::string RequestId(const std::string& phone) { return "JR" + phone; }

// A Graph request body, `{"messaging_product": "whatsapp", key: [...]}`;
// null when it is not one.
json GraphBody(const httplib::Request& req, const char* key) {
  json body = json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object() ||
      body.value("messaging_product", "") != "whatsapp" || !body.contains(key) ||
      !body[key].is_array()) {
    return nullptr;
  }
  return body;
}

Reply Remove(SharedWorld& w, const httplib::Request& req) {
  std::lock_guard<std::mutex> lock(w.mu);
  Reply reply;
  const auto* inst = Guard(w, req, reply);
  if (inst == nullptr) return reply;
  json body = GraphBody(req, "participants");
  if (body.is_null()) {
    return Error(400, 100, "Invalid parameter",
                 std::string("participants") + " and messaging_product are required");
  }
  std::vector<std::string> users;
  for (const json& p : body["participants"]) {
    if (!p.is_object() || !p.contains("user") || !p["user"].is_string()) {
      return Error(400, 100, "Invalid parameter", "each participant needs a user");
    }
    users.push_back(Digits(p["user"].get<std::string>()));
  }
  if (users.empty() || users.size() > 8) {
    return Error(400, 131009, "Parameter value is not valid",
                 "Maximum 8 participants. The array cannot be empty.");
  }
  WorldState::Group* group = GroupFor(w, *inst, req.matches[2], "remove", reply);
  if (group == nullptr) return reply;
  w.world.Apply(*group, "remove", users);
  // Results per participant go out by webhook; the answer is the batch's.
  return {200, {{"request_id", "REQUEST_ID"}}, {}};
}

Reply ListJoinRequests(SharedWorld& w, const httplib::Request& req) {
  std::lock_guard<std::mutex> lock(w.mu);
  Reply reply;
  const auto* inst = Guard(w, req, reply);
  if (inst == nullptr) return reply;
  WorldState::Group* group = GroupFor(w, *inst, req.matches[2], "approve", reply);
  if (group == nullptr) return reply;
  std::size_t start = 0;
  const std::string after = req.get_param_value("after");
  if (!after.empty()) {
    if (after.rfind("cursor", 0) != 0 || after.size() == 6 ||
        after.find_first_not_of("0123456789", 6) != std::string::npos) {
      return Error(400, 131059, "Invalid cursor",
                   "The cursor has either expired or become corrupted. Start pagination from "
                   "the beginning again.");
    }
    start = std::stoul(after.substr(6));
  }
  json data = json::array();
  const std::size_t end = std::min(group->pending.size(), start + kPageSize);
  for (std::size_t i = start; i < end; ++i) {
    const auto& p = group->pending[i];
    data.push_back({{"join_request_id", RequestId(p.phone)},
                    {"wa_id", p.phone},
                    {"creation_timestamp", 1755548877}});
  }
  json out = {{"data", data}};
  if (!data.empty()) {
    out["paging"] = {{"cursors",
                      {{"before", "cursor" + std::to_string(start)},
                       {"after", "cursor" + std::to_string(end)}}}};
    if (end < group->pending.size()) {
      out["paging"]["next"] = "https://graph.facebook.com/" + std::string(req.matches[1]) + "/" +
                              std::string(req.matches[2]) + "/join_requests?after=cursor" +
                              std::to_string(end);
    }
  }
  return {200, std::move(out), {}};
}

Reply ActOnJoinRequests(SharedWorld& w, const httplib::Request& req, const std::string& action) {
  std::lock_guard<std::mutex> lock(w.mu);
  Reply reply;
  const auto* inst = Guard(w, req, reply);
  if (inst == nullptr) return reply;
  json body = GraphBody(req, "join_requests");
  if (body.is_null()) {
    return Error(400, 100, "Invalid parameter",
                 std::string("join_requests") + " and messaging_product are required");
  }
  WorldState::Group* group = GroupFor(w, *inst, req.matches[2], action, reply);
  if (group == nullptr) return reply;
  json done = json::array();
  json failed = json::array();
  for (const json& id : body["join_requests"]) {
    const std::string s = id.is_string() ? id.get<std::string>() : "";
    const std::string phone = s.rfind("JR", 0) == 0 ? s.substr(2) : "";
    const auto outcomes =
        phone.empty() ? std::vector<WorldState::Outcome>{} : w.world.Apply(*group, action, {phone});
    if (!outcomes.empty() && outcomes[0].success) {
      done.push_back(s);
    } else {
      json error = {{"code", 131213},
                    {"message", "(#131213) Group join request does not exist."},
                    {"title", "Group join request does not exist."},
                    {"error_data", {{"details", "Group join request does not exist."}}}};
      failed.push_back({{"join_request_id", s}, {"errors", json::array({error})}});
    }
  }
  json out = {{"messaging_product", "whatsapp"},
              {action == "approve" ? "approved_join_requests" : "rejected_join_requests", done}};
  if (!failed.empty()) out["failed_join_requests"] = failed;
  return {200, std::move(out), {}};
}

Reply Approve(SharedWorld& w, const httplib::Request& req) {
  return ActOnJoinRequests(w, req, "approve");
}
Reply Reject(SharedWorld& w, const httplib::Request& req) {
  return ActOnJoinRequests(w, req, "reject");
}

// GET /{group}?fields=...: the id and messaging_product, plus the fields asked for.
Reply GroupInfo(SharedWorld& w, const httplib::Request& req) {
  std::lock_guard<std::mutex> lock(w.mu);
  Reply reply;
  const auto* inst = Guard(w, req, reply);
  if (inst == nullptr) return reply;
  WorldState::Group* group = GroupFor(w, *inst, req.matches[2], "read", reply);
  if (group == nullptr) return reply;
  json out = {{"messaging_product", "whatsapp"}, {"id", std::string(req.matches[2])}};
  std::string fields = req.get_param_value("fields") + ",";
  json participants = json::array();
  for (const auto& m : group->members) {
    // "excluding your business", as the count is.
    if (m.phone != inst->phone) participants.push_back({{"wa_id", m.phone}});
  }
  for (std::size_t at = 0, comma; (comma = fields.find(',', at)) != std::string::npos;
       at = comma + 1) {
    const std::string f = fields.substr(at, comma - at);
    if (f == "subject") out["subject"] = group->subject;
    if (f == "description") out["description"] = group->description;
    if (f == "suspended") out["suspended"] = false;
    if (f == "creation_timestamp") out["creation_timestamp"] = 683731200;
    if (f == "participants") out["participants"] = participants;
    if (f == "total_participant_count") out["total_participant_count"] = participants.size();
    if (f == "join_approval_mode") {
      out["join_approval_mode"] =
          group->require_admin_approval ? "approval_required" : "auto_approve";
    }
  }
  return {200, std::move(out), {}};
}

constexpr const char* kGroup = R"(/(v[0-9]+\.[0-9]+)/([A-Za-z0-9_=-]+))";

std::string P(const char* tail) { return std::string(kGroup) + tail; }

const ProviderRegistrar kMeta({
    "meta",
    &MetaError,
    nullptr,  // the token travels in a header
    {
        {Route::Method::kDelete, P("/participants"), &Remove},
        {Route::Method::kGet, P("/join_requests"), &ListJoinRequests},
        {Route::Method::kPost, P("/join_requests"), &Approve},
        {Route::Method::kDelete, P("/join_requests"), &Reject},
        {Route::Method::kGet, P(""), &GroupInfo},
    },
    json::object(),
});

}  // namespace
}  // namespace wa::mock
