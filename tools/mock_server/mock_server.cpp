// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulator's life cycle: start-up (the providers' routes as they
// registered themselves, then the admin endpoints), stop, and the
// in-process accessors the tests use.

#include "mock_server.hpp"

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <thread>
#include <utility>

#include "server_impl.hpp"
#include "sockets.hpp"

namespace wa::mock {

using nlohmann::json;

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
  // The admin API first: cpp-httplib serves the first route that matches,
  // so no provider's pattern, however broad, can hide /_mock/*.
  auto admin = [impl](const httplib::Request& req, httplib::Response& res) {
    impl->Admin(req, res);
  };
  s.Get(R"(/_mock/([a-z]+))", admin);
  s.Post(R"(/_mock/([a-z]+))", admin);
  s.Put(R"(/_mock/([a-z]+))", admin);
  s.Delete(R"(/_mock/([a-z]+))", admin);
  // Each simulated provider's routes, wrapped by the core's serve loop.
  for (const ProviderSim& provider : RegisteredProviders()) {
    for (const Route& route : provider.routes) {
      const ProviderSim* p = &provider;
      Handler handler = route.handler;
      auto serve = [impl, p, handler](const httplib::Request& req, httplib::Response& res) {
        impl->Serve(*p, handler, req, res);
      };
      switch (route.method) {
        case Route::Method::kGet:
          s.Get(route.pattern, serve);
          break;
        case Route::Method::kPost:
          s.Post(route.pattern, serve);
          break;
        case Route::Method::kPut:
          s.Put(route.pattern, serve);
          break;
        case Route::Method::kPatch:
          s.Patch(route.pattern, serve);
          break;
        case Route::Method::kDelete:
          s.Delete(route.pattern, serve);
          break;
      }
    }
  }

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
  return {impl_->log.begin(), impl_->log.end()};
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
  return Dump(impl_->world.ToJson(), 2);
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

std::string MockServer::DemoStateJson() { return Dump(WorldState::DemoDocument(), 2); }

}  // namespace wa::mock
