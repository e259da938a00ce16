// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "shared_world.hpp"

namespace wa::mock {

bool SharedWorld::Admit(const std::string& token, Reply& reply) {
  if (options.rate_limit <= 0) return true;
  std::lock_guard<std::mutex> lock(mu);
  auto now = std::chrono::steady_clock::now();
  Window& w = windows_[token];
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
  reply.headers.emplace_back("X-RateLimit-Remaining", std::to_string(options.rate_limit - w.count));
  reply.headers.emplace_back("X-RateLimit-Reset", std::to_string(reset.count()));
  return ok;
}

}  // namespace wa::mock
