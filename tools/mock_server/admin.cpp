// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulator's admin API, /_mock/*: the request log, the world, fault
// injection and health, behind the optional admin token.

#include <cstdint>
#include <map>
#include <mutex>

#include "server_impl.hpp"

namespace wa::mock {
namespace {

using nlohmann::json;

// The state as /_mock/state shows it: tokens replaced unless asked for.
json StateDump(const WorldState& world, bool with_secrets) {
  json doc = world.ToJson();
  if (with_secrets) return doc;
  auto instances = doc.find("instances");
  if (instances == doc.end() || !instances->is_array()) return doc;
  for (auto& i : *instances) {
    for (const char* secret : {"token", "client_token"}) {
      auto it = i.find(secret);
      if (it != i.end() && it->is_string() && !it->get<std::string>().empty()) *it = "***";
    }
  }
  return doc;
}

// Reads the optional numbers of a fault document into `f`; what is wrong
// with them (a string where a number belongs, a negative delay) or empty.
std::string ReadFaultNumbers(const json& doc, Fault& f) {
  auto number = [&doc](const char* key, std::int64_t fallback, std::int64_t& out) {
    auto it = doc.find(key);
    if (it == doc.end()) {
      out = fallback;
      return true;
    }
    if (!it->is_number_integer()) return false;
    out = it->get<std::int64_t>();
    return true;
  };
  std::int64_t status = 0;
  std::int64_t delay = 0;
  std::int64_t bytes = 0;
  std::int64_t count = 0;
  if (!number("status", 503, status) || !number("delay_ms", 0, delay) ||
      !number("bytes", 8 << 20, bytes) || !number("count", 1, count)) {
    return "status, delay_ms, bytes and count must be integers";
  }
  if (status < 0 || delay < 0 || bytes < 0 || count < 0 ||
      bytes > static_cast<std::int64_t>(kMaxFaultBytes) || count > kMaxFaultCount ||
      delay > kMaxFaultDelay.count() || status > 999) {
    return "a fault number is out of range";
  }
  f.status = static_cast<int>(status);
  f.delay = std::chrono::milliseconds(delay);
  f.bytes = static_cast<std::size_t>(bytes);
  f.count = static_cast<int>(count);
  return {};
}

}  // namespace

std::string ValidateFault(const Fault& f) {
  if (f.status < 100 || f.status > 599) return "status must be between 100 and 599";
  if (f.delay.count() < 0 || f.delay > kMaxFaultDelay) {
    return "delay_ms must be between 0 and " + std::to_string(kMaxFaultDelay.count());
  }
  if (f.bytes > kMaxFaultBytes) {
    return "bytes must be at most " + std::to_string(kMaxFaultBytes);
  }
  if (f.count < 1 || f.count > kMaxFaultCount) {
    return "count must be between 1 and " + std::to_string(kMaxFaultCount);
  }
  return {};
}

// The admin token, when one is set, guards every admin endpoint.
bool MockServer::Impl::AdminAllowed(const httplib::Request& req) const {
  return options.admin_token.empty() ||
         req.get_header_value("X-Mock-Admin-Token") == options.admin_token;
}

void MockServer::Impl::Admin(const httplib::Request& req, httplib::Response& res) {
  const std::string& what = req.matches[1];
  if (what != "health" && !AdminAllowed(req)) {
    res.status = 401;
    res.set_content(R"({"error":"X-Mock-Admin-Token is missing or wrong"})", "application/json");
    return;
  }
  if (what == "requests" && req.method == "GET") {
    json out = json::array();
    std::lock_guard<std::mutex> lock(mu);
    for (const auto& e : log) {
      out.push_back({{"provider", e.provider},
                     {"method", e.method},
                     {"path", e.path},
                     {"body", e.body},
                     {"body_truncated", e.body_truncated},
                     {"remote_port", e.remote_port},
                     {"status", e.status},
                     {"user_agent", e.user_agent}});
    }
    res.set_content(Dump(out), "application/json");
  } else if (what == "requests" && req.method == "DELETE") {
    std::lock_guard<std::mutex> lock(mu);
    log.clear();
    res.status = 204;
  } else if (what == "state" && req.method == "GET") {
    // Tokens only to a holder of the admin token who asks for them.
    bool secrets = !options.admin_token.empty() && req.get_param_value("secrets") == "1";
    std::lock_guard<std::mutex> lock(mu);
    res.set_content(Dump(StateDump(world, secrets), 2), "application/json");
  } else if (what == "state" && req.method == "PUT") {
    std::string error;
    auto doc = json::parse(req.body, nullptr, false);
    std::lock_guard<std::mutex> lock(mu);
    if (doc.is_discarded() || !world.Load(doc, &error)) {
      res.status = 400;
      res.set_content(Dump(json{{"error", doc.is_discarded() ? "malformed JSON" : error}}),
                      "application/json");
    } else {
      res.status = 204;
    }
  } else if (what == "faults" && req.method == "POST") {
    auto doc = json::parse(req.body, nullptr, false);
    static const std::map<std::string, Fault::Kind> kKinds = {
        {"latency", Fault::Kind::kLatency},
        {"status", Fault::Kind::kStatus},
        {"drop", Fault::Kind::kDrop},
        {"slow_body", Fault::Kind::kSlowBody},
        {"malformed_json", Fault::Kind::kMalformedJson},
        {"truncated_json", Fault::Kind::kTruncatedJson},
        {"omit_last_participant", Fault::Kind::kOmitLastParticipant},
        {"oversized_body", Fault::Kind::kOversizedBody}};
    auto kind = doc.is_object() ? kKinds.find(doc.value("kind", "")) : kKinds.end();
    if (kind == kKinds.end()) {
      res.status = 400;
      res.set_content(
          R"({"error":"kind must be one of latency, status, drop, slow_body, malformed_json, truncated_json, oversized_body"})",
          "application/json");
      return;
    }
    Fault f;
    f.kind = kind->second;
    std::string problem = ReadFaultNumbers(doc, f);
    if (problem.empty()) problem = ValidateFault(f);
    if (!problem.empty()) {
      res.status = 400;
      res.set_content(Dump(json{{"error", problem}}), "application/json");
      return;
    }
    std::lock_guard<std::mutex> lock(mu);
    faults.push_back(f);
    res.status = 204;
  } else if (what == "health") {
    res.set_content(R"({"ok":true})", "application/json");
  } else {
    res.status = 404;
  }
}

}  // namespace wa::mock
