// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The serve loop every provider route runs in: added latency, injected
// faults, and the bounded request log.

#include <algorithm>
#include <chrono>
#include <thread>
#include <utility>

#include "server_impl.hpp"
#include "sockets.hpp"

namespace wa::mock {
namespace {

using nlohmann::json;

// A log line for a terminal: control bytes from a request path shown, not obeyed.
std::string Printable(const std::string& line) {
  std::string out;
  for (char c : line) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[u >> 4];
      out += kHex[u & 0xf];
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string Dump(const json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::optional<Fault> MockServer::Impl::TakeFault() {
  std::lock_guard<std::mutex> lock(mu);
  if (faults.empty()) return std::nullopt;
  Fault f = faults.front();
  if (--faults.front().count <= 0) faults.pop_front();
  return f;
}

void MockServer::Impl::Record(LoggedRequest entry) {
  if (options.log) {
    options.log(Printable(entry.method + " " + entry.path + " -> " +
                          (entry.status ? std::to_string(entry.status) : std::string("dropped"))));
  }
  if (entry.body.size() > options.max_logged_body_bytes) {
    entry.body.resize(options.max_logged_body_bytes);
    entry.body_truncated = true;
  }
  std::lock_guard<std::mutex> lock(mu);
  log.push_back(std::move(entry));
  while (log.size() > std::max<std::size_t>(1, options.max_logged_requests)) log.pop_front();
}

void MockServer::Impl::Serve(const ProviderSim& provider, Handler handler,
                             const httplib::Request& req, httplib::Response& res) {
  std::optional<Fault> fault = TakeFault();
  auto delay = options.latency;
  if (fault && fault->kind == Fault::Kind::kLatency) delay += fault->delay;
  if (delay.count() > 0) std::this_thread::sleep_for(delay);

  LoggedRequest entry;
  entry.provider = provider.name;
  entry.method = req.method;
  entry.path = provider.redact_path ? provider.redact_path(req.path) : req.path;
  entry.body = req.body;
  entry.remote_port = req.remote_port;
  entry.user_agent = req.get_header_value("User-Agent");
  Reply reply;
  if (fault && fault->kind == Fault::Kind::kStatus) {
    reply.status = fault->status;
    reply.body = provider.error_body("Simulated failure");
  } else {
    reply = handler(*this, req);
  }
  if (fault && fault->kind == Fault::Kind::kOmitLastParticipant && reply.body.is_object()) {
    auto list = reply.body.find("participants");
    if (list != reply.body.end() && list->is_array() && !list->empty())
      list->erase(list->size() - 1);
  }
  // A null body is no body (Z-API's 405 and 415).
  std::string text = reply.body.is_null() ? std::string() : Dump(reply.body);
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
        res.set_chunked_content_provider("application/json",
                                         [text, step](std::size_t offset, httplib::DataSink& sink) {
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
  if (!text.empty()) res.set_content(text, "application/json");
  Record(std::move(entry));
}

}  // namespace wa::mock
