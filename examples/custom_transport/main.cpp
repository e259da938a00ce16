// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// A custom HttpTransport: here a decorator over the default libcurl one that
// tags every request with a correlation id and keeps per-status counts (the
// same seam serves a corporate proxy, another HTTP library, or a replay
// harness). Log only `redacted_url`: `url` may hold a token.
//   custom_transport GROUP

#include <atomic>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <wa/participants.hpp>

#include "client_from_env.hpp"

namespace {

class CountingTransport : public wa::HttpTransport {
 public:
  explicit CountingTransport(std::shared_ptr<wa::HttpTransport> inner) : inner_(std::move(inner)) {}

  wa::Result<wa::HttpResponse> Send(const wa::HttpRequest& request) override {
    wa::HttpRequest tagged = request;
    tagged.headers.emplace_back("X-Correlation-Id", "example-" + std::to_string(++sequence_));
    auto response = inner_->Send(tagged);
    std::lock_guard<std::mutex> lock(mu_);
    ++by_status_[response ? std::to_string(response->status)
                          : std::string(wa::ToString(response.error().code))];
    std::cerr << "sent " << request.redacted_url << "\n";
    return response;
  }

  void Report() const {
    std::lock_guard<std::mutex> lock(mu_);
    for (const auto& [status, count] : by_status_) std::cout << status << ": " << count << "\n";
  }

 private:
  std::shared_ptr<wa::HttpTransport> inner_;
  std::atomic<int> sequence_{0};
  mutable std::mutex mu_;
  std::map<std::string, int> by_status_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: custom_transport GROUP\n";
    return 2;
  }
  auto transport = std::make_shared<CountingTransport>(wa::MakeCurlTransport());
  wa::ClientOptions options;
  options.transport = transport;
  auto client = examples::ClientFromEnv(options);
  for (int i = 0; i < 3; ++i) {
    auto r = client.PendingRequests(argv[1]);
    if (!r && r.error().code != wa::ErrorCode::kUnsupported) {
      std::cerr << wa::ToString(r.error()) << "\n";
      return 1;
    }
  }
  transport->Report();
  return 0;
}
