// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TESTS_INTEGRATION_MOCK_FIXTURE_HPP_
#define WA_PARTICIPANTS_TESTS_INTEGRATION_MOCK_FIXTURE_HPP_

#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "mock_server.hpp"
#include "wa/participants.hpp"

namespace wa::testing_util {

inline constexpr const char* kCustomers = "120363406289005073@g.us";
inline constexpr const char* kSuppliersZApi = "120363019502650977-group";

/// Starts the simulator on a free loopback port for each test, and builds
/// clients that talk to it through the real CurlTransport.
class MockFixture : public ::testing::Test {
 protected:
  void SetUp() override { StartMock(Unlimited()); }

  /// Mock options without RyzeAPI's rate limit, so tests may call freely.
  static mock::MockOptions Unlimited() {
    mock::MockOptions o;
    o.rate_limit = 0;
    return o;
  }

  void StartMock(mock::MockOptions options) {
    if (mock_) mock_->Stop();
    mock_ = std::make_unique<mock::MockServer>(options);
    std::string error;
    ASSERT_TRUE(mock_->Start(0, &error)) << error;
  }

  ClientOptions Options() const {
    ClientOptions o;
    o.rate_limit = std::nullopt;
    o.timeout = std::chrono::seconds(10);
    return o;
  }

  ParticipantsClient Ryze(const std::string& token = "ryze-demo-token") const {
    return Ryze(token, Options());
  }
  ParticipantsClient Ryze(const std::string& token, ClientOptions options) const {
    RyzeOptions r;
    r.base_url = mock_->base_url() + "/";
    r.instance = "demo";
    r.token = token;
    return ParticipantsClient::Ryze(r, std::move(options));
  }
  ParticipantsClient ZApi(const std::string& client_token = "zapi-demo-client-token",
                          const std::string& token = "zapi-demo-token") const {
    ZApiOptions z;
    z.base_url = mock_->base_url();
    z.instance = "demo";
    z.token = token;
    z.client_token = client_token;
    return ParticipantsClient::ZApi(z, Options());
  }

  /// Waits (bounded) until the mock has logged `n` requests.
  void AwaitRequests(std::size_t n) const {
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (mock_->CountRequests() < n && std::chrono::steady_clock::now() < until) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }

  std::unique_ptr<mock::MockServer> mock_;
};

}  // namespace wa::testing_util

#endif  // WA_PARTICIPANTS_TESTS_INTEGRATION_MOCK_FIXTURE_HPP_
