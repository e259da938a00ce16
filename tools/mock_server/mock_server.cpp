// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "mock_server.hpp"

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>

#include <cstdlib>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "mock_state.hpp"

namespace wa::mock {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// The answer a handler computed, before faults are applied.
struct Reply {
  int status = 200;
  json body;
  std::vector<std::pair<std::string, std::string>> headers;
};

json RyzeError(const std::string& message) {
  return {{"success", false}, {"error", {{"message", message}}}};
}

json ZApiError(const std::string& message) { return {{"error", message}}; }

int LocalPort(int fd, bool peer) {
  sockaddr_storage addr{};
  socklen_t len = sizeof(addr);
  int rc = peer ? getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len)
                : getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  if (rc != 0) return -1;
  if (addr.ss_family == AF_INET) return ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
  if (addr.ss_family == AF_INET6) return ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port);
  return -1;
}

// cpp-httplib listens with a backlog of 5 (compiled into Debian's library):
// 16 clients connecting at once then lose SYNs and stall for a retransmit.
// Linux lets listen() be called again to raise the backlog, so find the
// listening socket by its port and do that.
void RaiseListenBacklog(int server_port) {
  DIR* dir = opendir("/proc/self/fd");
  if (dir == nullptr) return;
  while (dirent* entry = readdir(dir)) {
    int fd = std::atoi(entry->d_name);
    int listening = 0;
    socklen_t len = sizeof(listening);
    if (fd <= 2 || getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) != 0 || !listening) {
      continue;
    }
    if (LocalPort(fd, false) == server_port) listen(fd, SOMAXCONN);
  }
  closedir(dir);
}

// cpp-httplib does not expose a request's socket, so find it by its two
// ports among this process's descriptors and shut it down: the client then
// sees the connection close with no response at all.
void DropConnection(int server_port, int remote_port) {
  DIR* dir = opendir("/proc/self/fd");
  if (dir == nullptr) return;
  while (dirent* entry = readdir(dir)) {
    int fd = std::atoi(entry->d_name);
    if (fd <= 2) continue;
    if (LocalPort(fd, false) == server_port && LocalPort(fd, true) == remote_port) {
      shutdown(fd, SHUT_RDWR);
      break;
    }
  }
  closedir(dir);
}

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

}  // namespace

struct MockServer::Impl {
  struct Window {
    Clock::time_point start;
    std::chrono::system_clock::time_point wall_start;
    int count = 0;
  };

  MockOptions options;
  httplib::Server server;
  std::thread thread;
  int port = 0;

  mutable std::mutex mu;
  WorldState world;
  std::deque<Fault> faults;
  std::vector<LoggedRequest> log;
  std::map<std::string, Window> windows;  // per token

  std::optional<Fault> TakeFault() {
    std::lock_guard<std::mutex> lock(mu);
    if (faults.empty()) return std::nullopt;
    Fault f = faults.front();
    if (--faults.front().count <= 0) faults.pop_front();
    return f;
  }

  void Record(LoggedRequest entry) {
    if (options.log) {
      options.log(entry.method + " " + entry.path + " -> " +
                  (entry.status ? std::to_string(entry.status) : std::string("dropped")));
    }
    std::lock_guard<std::mutex> lock(mu);
    log.push_back(std::move(entry));
  }

  // RyzeAPI's fixed window per token; adds the X-RateLimit-* headers.
  bool Admit(const std::string& token, Reply& reply) {
    if (options.rate_limit <= 0) return true;
    std::lock_guard<std::mutex> lock(mu);
    auto now = Clock::now();
    Window& w = windows[token];
    if (w.count == 0 || now - w.start >= options.rate_window) {
      w.start = now;
      w.wall_start = std::chrono::system_clock::now();
      w.count = 0;
    }
    bool ok = w.count < options.rate_limit;
    if (ok) ++w.count;
    auto reset = std::chrono::ceil<std::chrono::seconds>(
        (w.wall_start + options.rate_window).time_since_epoch());
    reply.headers.emplace_back("X-RateLimit-Limit", std::to_string(options.rate_limit));
    reply.headers.emplace_back("X-RateLimit-Remaining",
                               std::to_string(options.rate_limit - w.count));
    reply.headers.emplace_back("X-RateLimit-Reset", std::to_string(reset.count()));
    return ok;
  }

  // Authenticates a RyzeAPI request; fills `reply` and returns null on failure.
  const WorldState::Instance* RyzeAuth(const httplib::Request& req, const std::string& instance_id,
                                       Reply& reply) {
    std::string token = req.get_header_value("token");
    std::string auth = req.get_header_value("Authorization");
    if (token.empty() && auth.rfind("Bearer ", 0) == 0) token = auth.substr(7);
    if (token.empty()) {
      reply = {401, RyzeError("Missing token"), {}};
      return nullptr;
    }
    std::unique_lock<std::mutex> lock(mu);
    const auto* inst = world.FindInstance("ryze", instance_id);
    if (inst == nullptr || inst->token != token) {
      bool owns_other = world.KnowsToken("ryze", token);
      reply.status = owns_other ? 403 : 401;
      reply.body =
          RyzeError(owns_other ? "Token does not have access to this instance" : "Invalid token");
      return nullptr;
    }
    lock.unlock();
    if (!Admit(token, reply)) {
      reply.status = 429;
      reply.body = RyzeError("Rate limit exceeded. Try again later.");
      return nullptr;
    }
    if (!inst->connected) {
      reply.status = 503;
      reply.body = RyzeError("Instance is not connected to WhatsApp");
      return nullptr;
    }
    return inst;
  }

  Reply RyzeParticipants(const httplib::Request& req) {
    Reply reply;
    const auto* inst = RyzeAuth(req, req.matches[1], reply);
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

    std::lock_guard<std::mutex> lock(mu);
    WorldState::Group* group = world.FindGroup(identifier);
    switch (world.Check(*inst, group, action)) {
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
    auto outcomes = world.Apply(*group, action, participants);
    json entries = json::array();
    int ok = 0;
    bool by_lid = action == "approve" || action == "reject";
    for (const auto& o : outcomes) {
      // The real service answers in JID form: LIDs for join requests.
      std::string jid = o.phone.empty() ? o.input
                        : by_lid        ? world.LidOf(o.phone) + "@lid"
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

  Reply RyzeRequests(const httplib::Request& req) {
    Reply reply;
    const auto* inst = RyzeAuth(req, req.matches[1], reply);
    if (inst == nullptr) return reply;
    std::string identifier = req.get_param_value("identifier");
    if (identifier.empty()) {
      reply.status = 400;
      reply.body = RyzeError("Identifier is required");
      return reply;
    }
    std::lock_guard<std::mutex> lock(mu);
    WorldState::Group* group = world.FindGroup(identifier);
    auto refusal = world.Check(*inst, group, "approve");
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
      requests.push_back({{"jid", world.LidOf(p.phone) + "@lid"},
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

  Reply RyzeGroupInfo(const httplib::Request& req) {
    Reply reply;
    const auto* inst = RyzeAuth(req, req.matches[1], reply);
    if (inst == nullptr) return reply;
    std::lock_guard<std::mutex> lock(mu);
    WorldState::Group* group = world.FindGroup(req.get_param_value("identifier"));
    if (world.Check(*inst, group, "read") == WorldState::Refusal::kGroupNotFound) {
      reply.status = 404;
      reply.body = RyzeError("Group not found or you are not a member of this group");
      return reply;
    }
    json members = json::array();
    for (const auto& m : group->members) {
      members.push_back({{"jid", m.phone + "@s.whatsapp.net"},
                         {"lid", world.LidOf(m.phone) + "@lid"},
                         {"isAdmin", m.role != WorldState::Role::kMember},
                         {"isSuperAdmin", m.role == WorldState::Role::kSuperAdmin}});
    }
    reply.body = {{"success", true},
                  {"groupJid", group->id + "@g.us"},
                  {"subject", group->subject},
                  {"requireAdminApproval", group->require_admin_approval},
                  {"participants", members}};
    return reply;
  }

  // Z-API group-metadata; `instance` is already authenticated.
  Reply ZApiGroupMetadata(const std::string& group_id) {
    WorldState::Group* group = world.FindGroup(group_id);
    if (group == nullptr) return {404, ZApiError("Group not found"), {}};
    json members = json::array();
    std::string owner;
    for (const auto& m : group->members) {
      if (m.role == WorldState::Role::kSuperAdmin && owner.empty()) owner = m.phone;
      members.push_back({{"phone", m.phone},
                         {"isAdmin", m.role != WorldState::Role::kMember},
                         {"isSuperAdmin", m.role == WorldState::Role::kSuperAdmin}});
    }
    bool old_form = group->id.find('-') != std::string::npos;
    return {200,
            {{"phone", old_form ? group->id : group->id + "-group"},
             {"owner", owner},
             {"subject", group->subject},
             {"requireAdminApproval", group->require_admin_approval},
             {"participants", members}},
            {}};
  }

  Reply ZApiAction(const httplib::Request& req) {
    Reply reply;
    std::string instance_id = req.matches[1];
    std::string token = req.matches[2];
    std::string endpoint = req.matches[3];
    auto ep = ZApiEndpoints().find(endpoint);
    if (ep == ZApiEndpoints().end() && endpoint != "group-metadata") {
      return {404, ZApiError("Not found"), {}};
    }
    std::lock_guard<std::mutex> lock(mu);
    const auto* inst = world.FindInstance("zapi", instance_id);
    if (inst == nullptr) return {404, ZApiError("Instance not found"), {}};
    if (inst->token != token) return {401, ZApiError("Invalid token"), {}};
    if (!req.has_header("Client-Token")) return {400, ZApiError("null not allowed"), {}};
    if (req.get_header_value("Client-Token") != inst->client_token) {
      return {403, ZApiError("Client-Token not allowed"), {}};
    }
    if (req.method == "GET") {
      if (endpoint != "group-metadata" || req.matches.size() < 5) {
        return {405, ZApiError("Method Not Allowed"), {}};
      }
      return ZApiGroupMetadata(req.matches[4]);
    }
    if (ep == ZApiEndpoints().end()) return {405, ZApiError("Method Not Allowed"), {}};
    if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
      return {415, ZApiError("Unsupported Media Type"), {}};
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
    if (!inst->connected) return {200, ZApiError("You are not connected."), {}};
    std::vector<std::string> list;
    for (const auto& p : *phones) {
      if (p.is_string()) list.push_back(p.get<std::string>());
    }
    WorldState::Group* group = world.FindGroup(body["groupId"].get<std::string>());
    if (world.Check(*inst, group, ep->second) != WorldState::Refusal::kNone) {
      return {200, {{"value", false}}, {}};
    }
    // autoInvite: numbers whose privacy blocks the add get a private invite
    // link, which Z-API counts as handled.
    auto auto_invite = body.find("autoInvite");
    bool invite = ep->second == "add" && auto_invite != body.end() && auto_invite->is_boolean() &&
                  auto_invite->get<bool>();
    bool all_ok = true;
    for (const auto& o : world.Apply(*group, ep->second, list, invite)) {
      all_ok = all_ok && (o.success || o.invited);
    }
    return {200, {{"value", all_ok}}, {}};
  }

  // Wraps a provider handler with latency, faults and the request log.
  void Serve(const std::string& provider, const httplib::Request& req, httplib::Response& res,
             const std::function<Reply(const httplib::Request&)>& handler) {
    std::optional<Fault> fault = TakeFault();
    auto delay = options.latency;
    if (fault && fault->kind == Fault::Kind::kLatency) delay += fault->delay;
    if (delay.count() > 0) std::this_thread::sleep_for(delay);

    LoggedRequest entry{provider,
                        req.method,
                        provider == "zapi" ? RedactZApiPath(req.path) : req.path,
                        req.body,
                        req.remote_port,
                        0,
                        req.get_header_value("User-Agent")};
    Reply reply;
    if (fault && fault->kind == Fault::Kind::kStatus) {
      reply.status = fault->status;
      reply.body =
          provider == "ryze" ? RyzeError("Simulated failure") : ZApiError("Simulated failure");
    } else {
      reply = handler(req);
    }
    if (fault && fault->kind == Fault::Kind::kOmitLastParticipant && reply.body.is_object()) {
      auto list = reply.body.find("participants");
      if (list != reply.body.end() && list->is_array() && !list->empty())
        list->erase(list->size() - 1);
    }
    std::string text = reply.body.dump();
    for (const auto& [k, v] : reply.headers) res.set_header(k, v);
    res.status = reply.status;
    entry.status = reply.status;

    if (fault) {
      switch (fault->kind) {
        case Fault::Kind::kDrop:
          // Logged first: the log must show the request before the client
          // can observe the drop.
          entry.status = 0;
          Record(std::move(entry));
          DropConnection(port, req.remote_port);
          return;
        case Fault::Kind::kSlowBody: {
          auto step = fault->delay.count() > 0 ? fault->delay : std::chrono::milliseconds(200);
          res.set_chunked_content_provider(
              "application/json", [text, step](std::size_t offset, httplib::DataSink& sink) {
                if (offset >= text.size()) {
                  sink.done();
                  return true;
                }
                std::this_thread::sleep_for(step);
                return sink.write(text.data() + offset, 1);
              });
          Record(std::move(entry));
          return;
        }
        case Fault::Kind::kMalformedJson:
          text = "{\"success\": tru";
          break;
        case Fault::Kind::kTruncatedJson:
          text = text.substr(0, text.size() / 2);
          break;
        case Fault::Kind::kOversizedBody: {
          std::size_t total = fault->bytes;
          res.set_chunked_content_provider(
              "application/json", [total](std::size_t offset, httplib::DataSink& sink) {
                if (offset >= total) {
                  sink.done();
                  return true;
                }
                std::string chunk(std::min<std::size_t>(64 * 1024, total - offset), ' ');
                if (offset == 0) chunk[0] = '[';
                return sink.write(chunk.data(), chunk.size());
              });
          Record(std::move(entry));
          return;
        }
        default:
          break;
      }
    }
    res.set_content(text, "application/json");
    Record(std::move(entry));
  }

  void Admin(const httplib::Request& req, httplib::Response& res) {
    const std::string& what = req.matches[1];
    if (what == "requests" && req.method == "GET") {
      json out = json::array();
      std::lock_guard<std::mutex> lock(mu);
      for (const auto& e : log) {
        out.push_back({{"provider", e.provider},
                       {"method", e.method},
                       {"path", e.path},
                       {"body", e.body},
                       {"remote_port", e.remote_port},
                       {"status", e.status},
                       {"user_agent", e.user_agent}});
      }
      res.set_content(out.dump(), "application/json");
    } else if (what == "requests" && req.method == "DELETE") {
      std::lock_guard<std::mutex> lock(mu);
      log.clear();
      res.status = 204;
    } else if (what == "state" && req.method == "GET") {
      std::lock_guard<std::mutex> lock(mu);
      res.set_content(world.ToJson().dump(2), "application/json");
    } else if (what == "state" && req.method == "PUT") {
      std::string error;
      auto doc = json::parse(req.body, nullptr, false);
      std::lock_guard<std::mutex> lock(mu);
      if (doc.is_discarded() || !world.Load(doc, &error)) {
        res.status = 400;
        res.set_content(json{{"error", doc.is_discarded() ? "malformed JSON" : error}}.dump(),
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
      f.status = doc.value("status", 503);
      f.delay = std::chrono::milliseconds(doc.value("delay_ms", 0));
      f.bytes = doc.value("bytes", std::size_t{8u << 20});
      f.count = doc.value("count", 1);
      std::lock_guard<std::mutex> lock(mu);
      faults.push_back(f);
      res.status = 204;
    } else if (what == "health") {
      res.set_content(R"({"ok":true})", "application/json");
    } else {
      res.status = 404;
    }
  }
};

MockServer::MockServer(MockOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
}

MockServer::~MockServer() { Stop(); }

bool MockServer::Start(int port, std::string* error) {
  // A dropped connection must not kill the process that hosts the mock.
  signal(SIGPIPE, SIG_IGN);
  std::string state =
      impl_->options.state_json.empty() ? DemoStateJson() : impl_->options.state_json;
  if (!LoadState(state, error)) return false;

  Impl* impl = impl_.get();
  auto& s = impl->server;
  int threads = std::max(1, impl->options.threads);
  s.new_task_queue = [threads] {
    return new httplib::ThreadPool(static_cast<std::size_t>(threads));
  };
  // Without TCP_NODELAY, headers and body go out as two segments and each
  // request stalls ~40 ms on the client's delayed ACK.
  s.set_tcp_nodelay(true);
  s.set_keep_alive_max_count(100000);
  s.set_keep_alive_timeout(30);
  s.set_read_timeout(30, 0);
  s.set_write_timeout(30, 0);
  s.set_payload_max_length(16u << 20);
  s.Post(R"(/api/group/participants/([^/]+))",
         [impl](const httplib::Request& req, httplib::Response& res) {
           impl->Serve("ryze", req, res,
                       [impl](const httplib::Request& r) { return impl->RyzeParticipants(r); });
         });
  s.Get(R"(/api/group/requests/([^/]+))",
        [impl](const httplib::Request& req, httplib::Response& res) {
          impl->Serve("ryze", req, res,
                      [impl](const httplib::Request& r) { return impl->RyzeRequests(r); });
        });
  s.Get(R"(/api/group/info/([^/]+))", [impl](const httplib::Request& req, httplib::Response& res) {
    impl->Serve("ryze", req, res,
                [impl](const httplib::Request& r) { return impl->RyzeGroupInfo(r); });
  });
  s.Get(R"(/instances/([^/]+)/token/([^/]+)/(group-metadata)/([^/]+))",
        [impl](const httplib::Request& req, httplib::Response& res) {
          impl->Serve("zapi", req, res,
                      [impl](const httplib::Request& r) { return impl->ZApiAction(r); });
        });
  const char* zapi = R"(/instances/([^/]+)/token/([^/]+)/([A-Za-z-]+))";
  s.Post(zapi, [impl](const httplib::Request& req, httplib::Response& res) {
    impl->Serve("zapi", req, res,
                [impl](const httplib::Request& r) { return impl->ZApiAction(r); });
  });
  auto method_not_allowed = [impl](const httplib::Request& req, httplib::Response& res) {
    impl->Serve("zapi", req, res, [](const httplib::Request&) {
      return Reply{405, ZApiError("Method Not Allowed"), {}};
    });
  };
  s.Get(zapi, method_not_allowed);
  s.Put(zapi, method_not_allowed);
  s.Delete(zapi, method_not_allowed);
  auto admin = [impl](const httplib::Request& req, httplib::Response& res) {
    impl->Admin(req, res);
  };
  s.Get(R"(/_mock/([a-z]+))", admin);
  s.Post(R"(/_mock/([a-z]+))", admin);
  s.Put(R"(/_mock/([a-z]+))", admin);
  s.Delete(R"(/_mock/([a-z]+))", admin);

  int bound =
      port == 0 ? s.bind_to_any_port("127.0.0.1") : (s.bind_to_port("127.0.0.1", port) ? port : -1);
  if (bound <= 0) {
    if (error) *error = "cannot listen on 127.0.0.1:" + std::to_string(port);
    return false;
  }
  impl->port = bound;
  RaiseListenBacklog(bound);
  impl->thread = std::thread([impl] { impl->server.listen_after_bind(); });
  // The socket already listens (connections queue in the backlog); wait for
  // the accept loop so that an immediate Stop() cannot miss it.
  while (!s.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return true;
}

void MockServer::Stop() {
  if (!impl_->thread.joinable()) return;
  impl_->server.stop();
  impl_->thread.join();
}

int MockServer::port() const { return impl_->port; }

std::string MockServer::base_url() const {
  return "http://127.0.0.1:" + std::to_string(impl_->port);
}

void MockServer::InjectFault(const Fault& fault) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->faults.push_back(fault);
}

std::vector<LoggedRequest> MockServer::Requests() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->log;
}

std::size_t MockServer::CountRequests(const std::string& fragment) const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  std::size_t n = 0;
  for (const auto& e : impl_->log) {
    if (e.path.find(fragment) != std::string::npos) ++n;
  }
  return n;
}

void MockServer::ClearRequests() {
  std::lock_guard<std::mutex> lock(impl_->mu);
  impl_->log.clear();
}

std::string MockServer::StateJson() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->world.ToJson().dump(2);
}

bool MockServer::LoadState(const std::string& text, std::string* error) {
  auto doc = json::parse(text, nullptr, false);
  if (doc.is_discarded()) {
    if (error) *error = "the state is not valid JSON";
    return false;
  }
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->world.Load(doc, error);
}

std::string MockServer::DemoStateJson() { return WorldState::DemoDocument().dump(2); }

}  // namespace wa::mock
