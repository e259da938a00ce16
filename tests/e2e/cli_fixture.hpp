// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// What the CLI's end-to-end tests share: the simulator started per test, the
// environment that points the CLI at it, a runner that checks no secret is
// ever printed, and the manage --json schema of docs/cli.md.
#ifndef WA_PARTICIPANTS_TESTS_E2E_CLI_FIXTURE_HPP_
#define WA_PARTICIPANTS_TESTS_E2E_CLI_FIXTURE_HPP_

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "mock_server.hpp"
#include "process.hpp"

namespace wa::testing_util {

inline constexpr const char* kRyzeToken = "ryze-demo-token";
inline constexpr const char* kZToken = "zapi-demo-token";
inline constexpr const char* kZClient = "zapi-demo-client-token";
inline constexpr const char* kGroup = "120363406289005073@g.us";

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    mock::MockOptions o;
    o.rate_limit = 0;
    mock_ = std::make_unique<mock::MockServer>(o);
    std::string error;
    ASSERT_TRUE(mock_->Start(0, &error)) << error;
  }

  std::map<std::string, std::string> Env(const std::string& provider = "ryze") const {
    std::map<std::string, std::string> env = {
        {"WA_PROVIDER", provider}, {"WA_BASE_URL", mock_->base_url()}, {"WA_INSTANCE", "demo"}};
    // Every demo instance's token is "<provider>-demo-token".
    env["WA_TOKEN"] = provider + "-demo-token";
    if (provider == "zapi") env["WA_CLIENT_TOKEN"] = kZClient;
    return env;
  }

  ProcessResult Run(std::vector<std::string> args, const std::map<std::string, std::string>& env,
                    const std::string& input = {}) {
    args.insert(args.begin(), WA_CLI_PATH);
    ProcessResult r = RunProcess(args, env, input);
    // No path, success or failure, may print a secret.
    for (const char* secret : {kRyzeToken, kZToken, kZClient, "evolution-demo-token",
                               "waha-demo-token", "wrong-token-XYZ"}) {
      EXPECT_THAT(r.out, ::testing::Not(::testing::HasSubstr(secret)));
      EXPECT_THAT(r.err, ::testing::Not(::testing::HasSubstr(secret)));
    }
    return r;
  }

  // Validates the manage schema of docs/cli.md; returns the parsed object.
  static nlohmann::json ManageJson(const ProcessResult& r) {
    auto lines = std::count(r.out.begin(), r.out.end(), '\n');
    EXPECT_EQ(lines, 1) << "exactly one JSON object on stdout: " << r.out;
    nlohmann::json j = nlohmann::json::parse(r.out, nullptr, false);
    EXPECT_TRUE(j.is_object()) << r.out;
    if (!j.is_object()) return j;
    EXPECT_TRUE(j["ok"].is_boolean());
    EXPECT_TRUE(j["action"].is_string());
    EXPECT_TRUE(j["group"].is_string());
    EXPECT_TRUE(j["participants"].is_array());
    for (const auto& p : j["participants"]) {
      EXPECT_TRUE(p["participant"].is_string());
      EXPECT_TRUE(p["ok"].is_boolean());
      if (p["ok"].get<bool>()) {
        EXPECT_TRUE(p["jid"].is_string());
        EXPECT_FALSE(p.contains("error")) << "error only when ok is false";
      } else {
        EXPECT_TRUE(p["error"]["code"].is_string());
        EXPECT_TRUE(p["error"]["message"].is_string());
      }
    }
    if (!j["error"].is_null()) {
      EXPECT_TRUE(j["error"]["code"].is_string());
      EXPECT_TRUE(j["error"]["http_status"].is_number_integer());
      EXPECT_TRUE(j["error"]["message"].is_string());
    }
    return j;
  }

  std::unique_ptr<mock::MockServer> mock_;
};

}  // namespace wa::testing_util

#endif  // WA_PARTICIPANTS_TESTS_E2E_CLI_FIXTURE_HPP_
