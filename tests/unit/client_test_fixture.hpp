// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The fixture of the client tests (client_*_test.cpp): a RyzeAPI client
// over a fake transport, a fake clock and a sleeper that only advances it.
#ifndef WA_PARTICIPANTS_TESTS_UNIT_CLIENT_TEST_FIXTURE_HPP_
#define WA_PARTICIPANTS_TESTS_UNIT_CLIENT_TEST_FIXTURE_HPP_

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fake_transport.hpp"
#include "wa/participants/client.hpp"

namespace wa::testing_util {

inline constexpr const char* kToken = "ryze-SECRET-token-123";
inline constexpr const char* kGroup = "120363406289005073@g.us";

inline std::string Echo(const HttpRequest& req) {
  // Answers success for every participant sent, in @s.whatsapp.net form.
  auto body = nlohmann::json::parse(req.body);
  nlohmann::json out = {{"success", true},
                        {"groupJid", body["identifier"]},
                        {"participants", nlohmann::json::array()}};
  for (const auto& p : body["participants"]) {
    std::string s = p.get<std::string>();
    out["participants"].push_back(
        {{"jid", s.find('@') == std::string::npos ? s + "@s.whatsapp.net" : s}, {"success", true}});
  }
  return out.dump();
}

class ClientTest : public ::testing::Test {
 protected:
  ClientTest() : transport_(std::make_shared<FakeTransport>()) {
    options_.transport = transport_;
    options_.sleeper = [this](std::chrono::milliseconds d) { clock_.Sleep(d); };
    options_.clock = [this] { return clock_.Now(); };
    options_.rate_limit = std::nullopt;
    ryze_.base_url = "https://ryze.test";
    ryze_.instance = "inst";
    ryze_.token = kToken;
  }

  ParticipantsClient Ryze() { return ParticipantsClient::Ryze(ryze_, options_); }

  std::shared_ptr<FakeTransport> transport_;
  FakeClock clock_;
  ClientOptions options_;
  RyzeOptions ryze_;
};

}  // namespace wa::testing_util

#endif  // WA_PARTICIPANTS_TESTS_UNIT_CLIENT_TEST_FIXTURE_HPP_
