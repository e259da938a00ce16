// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The CLI against the self-hosted gateways' simulators: every action each
// one has works end to end, and every action it lacks is refused as
// unsupported with nothing sent (WAHA lacks none).

#include <string>
#include <vector>

#include "cli_fixture.hpp"

namespace wa {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using testing_util::Cli;
using testing_util::kGroup;

struct Gateway {
  const char* provider;
  std::vector<const char*> unsupported;  // commands it lacks
  bool reads_subject;                    // whether its group read names the group
};

class CliGateway : public Cli, public ::testing::WithParamInterface<Gateway> {};

TEST_P(CliGateway, EveryActionItHasWorks) {
  const auto env = Env(GetParam().provider);
  // 5511955555555 is a member of Customers; 5544911114444 is not.
  struct Step {
    std::vector<std::string> args;
    int exit_code;
  };
  for (const Step& step : std::vector<Step>{
           {{"add", "--group", kGroup, "5544911114444"}, 0},
           {{"promote", "--group", kGroup, "5544911114444"}, 0},
           {{"demote", "--group", kGroup, "5544911114444"}, 0},
           {{"remove", "--group", kGroup, "5544911114444"}, 0},
           // Removing them again: the request works, the participant fails.
           {{"remove", "--group", kGroup, "5544911114444"}, 3},
           {{"--verify", "add", "--group", kGroup, "5544911114444"}, 0},
       }) {
    std::vector<std::string> args = {"--json"};
    args.insert(args.end(), step.args.begin(), step.args.end());
    auto r = Run(args, env);
    SCOPED_TRACE(step.args[0] + " " + step.args[1]);
    EXPECT_EQ(r.exit_code, step.exit_code) << r.out << r.err;
    json j = ManageJson(r);
    ASSERT_EQ(j["participants"].size(), 1u);
    if (step.exit_code == 3) {
      EXPECT_EQ(j["participants"][0]["error"]["code"], "not_member");
    } else {
      EXPECT_EQ(j["participants"][0]["confirmed"], true);
    }
  }
  auto members = Run({"--json", "members", "--group", kGroup}, env);
  EXPECT_EQ(members.exit_code, 0) << members.err;
  json m = json::parse(members.out, nullptr, false);
  ASSERT_TRUE(m.is_object()) << members.out;
  // Named even where the read itself does not name the group.
  EXPECT_EQ(m["group"], kGroup);
  if (GetParam().reads_subject) {
    EXPECT_EQ(m["subject"], "Customers");
  }
  bool found = false;
  for (const auto& member : m["members"]) found = found || member["phone"] == "5544911114444";
  EXPECT_TRUE(found) << members.out;
}

TEST_P(CliGateway, WhatItLacksIsUnsupportedAndNothingIsSent) {
  const auto env = Env(GetParam().provider);
  mock_->ClearRequests();
  for (const char* command : GetParam().unsupported) {
    SCOPED_TRACE(command);
    std::vector<std::string> args = {command, "--group", kGroup};
    if (std::string(command) != "requests") args.push_back("5511944444444");
    auto r = Run(args, env);
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_THAT(r.err, HasSubstr("unsupported"));
    EXPECT_THAT(r.err, HasSubstr("nothing was sent"));
  }
  EXPECT_TRUE(mock_->Requests().empty());
}

TEST_P(CliGateway, SelfHostedNeedsABaseUrl) {
  auto env = Env(GetParam().provider);
  env.erase("WA_BASE_URL");
  auto r = Run({"remove", "--group", kGroup, "5511955555555"}, env);
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_THAT(r.err, HasSubstr("self-hosted"));
  EXPECT_THAT(r.err, HasSubstr("WA_BASE_URL"));
}

// Without WA_INSTANCE, WAHA's own default session ("default") is used; the
// others need one.
TEST_P(CliGateway, TheInstanceDefaultsOnlyWhereTheProviderHasOne) {
  auto env = Env(GetParam().provider);
  env.erase("WA_INSTANCE");
  mock_->ClearRequests();
  auto r = Run({"remove", "--group", kGroup, "5511955555555"}, env);
  if (std::string(GetParam().provider) == "waha") {
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;  // the demo world has no "default" session
    EXPECT_THAT(r.err, HasSubstr("session with name 'default'"));
    ASSERT_EQ(mock_->Requests().size(), 1u);
    EXPECT_THAT(mock_->Requests()[0].path, HasSubstr("/api/default/"));
  } else {
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
    EXPECT_THAT(r.err, HasSubstr("no instance"));
    EXPECT_TRUE(mock_->Requests().empty());
  }
}

TEST_P(CliGateway, AWrongKeyIsUnauthenticatedAndNeverPrinted) {
  auto env = Env(GetParam().provider);
  env["WA_TOKEN"] = "wrong-token-XYZ";
  auto r = Run({"--json", "remove", "--group", kGroup, "5511955555555"}, env);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_EQ(ManageJson(r)["error"]["code"], "unauthenticated");
}

// WAHA lists join requests (by LID, with the phone beside it), approves one
// by its LID and rejects the other by phone; each is then gone.
TEST_F(Cli, WahaWorksThroughTheJoinRequestQueue) {
  const auto env = Env("waha");
  auto listed = Run({"--json", "requests", "--group", kGroup}, env);
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  json queue = json::parse(listed.out, nullptr, false);
  ASSERT_TRUE(queue.is_object()) << listed.out;
  ASSERT_EQ(queue["requests"].size(), 2u) << listed.out;
  EXPECT_EQ(queue["requests"][0]["phone"], "5511944444444");
  const std::string lid = queue["requests"][0]["jid"];
  EXPECT_THAT(lid, ::testing::EndsWith("@lid"));
  auto approved = Run({"--json", "approve", "--group", kGroup, lid}, env);
  EXPECT_EQ(approved.exit_code, 0) << approved.out << approved.err;
  auto rejected = Run({"--json", "reject", "--group", kGroup, "5511933333333"}, env);
  EXPECT_EQ(rejected.exit_code, 0) << rejected.out << rejected.err;
  auto again = Run({"--json", "reject", "--group", kGroup, "5511933333333"}, env);
  EXPECT_EQ(again.exit_code, 3) << again.out << again.err;
  EXPECT_EQ(ManageJson(again)["participants"][0]["error"]["code"], "no_pending_request");
  auto empty = Run({"--json", "requests", "--group", kGroup}, env);
  EXPECT_EQ(json::parse(empty.out)["requests"].size(), 0u) << empty.out;
}

// Whapi.Cloud: every action, the join-request queue one application per
// request, and promote's batch-only answer left unconfirmed.
TEST_F(Cli, WhapiWorksThroughEveryCommand) {
  const auto env = Env("whapi");
  for (const char* command : {"add", "promote", "demote", "remove"}) {
    SCOPED_TRACE(command);
    auto r = Run({"--json", command, "--group", kGroup, "5544911114444"}, env);
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    json j = ManageJson(r);
    ASSERT_EQ(j["participants"].size(), 1u);
    const bool batch_only = std::string(command) == "promote" || std::string(command) == "demote";
    EXPECT_EQ(j["participants"][0]["confirmed"], !batch_only) << r.out;
  }
  auto members = Run({"--json", "members", "--group", kGroup}, env);
  EXPECT_EQ(members.exit_code, 0) << members.err;
  EXPECT_EQ(json::parse(members.out)["subject"], "Customers");
  auto listed = Run({"--json", "requests", "--group", kGroup}, env);
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  json queue = json::parse(listed.out, nullptr, false);
  ASSERT_EQ(queue["requests"].size(), 2u) << listed.out;
  mock_->ClearRequests();
  // Two people, two requests: each answered on its own.
  auto rejected =
      Run({"--json", "reject", "--group", kGroup, "5511944444444", "5511933333333"}, env);
  EXPECT_EQ(rejected.exit_code, 0) << rejected.out << rejected.err;
  EXPECT_EQ(ManageJson(rejected)["participants"].size(), 2u);
  EXPECT_EQ(mock_->Requests().size(), 2u);
  auto again = Run({"--json", "approve", "--group", kGroup, "5511933333333"}, env);
  EXPECT_EQ(again.exit_code, 3) << again.out << again.err;
  auto empty = Run({"--json", "requests", "--group", kGroup}, env);
  EXPECT_EQ(json::parse(empty.out)["requests"].size(), 0u) << empty.out;
  auto wrong = env;
  wrong["WA_TOKEN"] = "wrong-token-XYZ";
  auto refused = Run({"--json", "remove", "--group", kGroup, "5511955555555"}, wrong);
  EXPECT_EQ(refused.exit_code, 1) << refused.out << refused.err;
  EXPECT_EQ(ManageJson(refused)["error"]["code"], "unauthenticated");
  EXPECT_EQ(refused.out.find("wrong-token-XYZ"), std::string::npos);
  EXPECT_EQ(refused.err.find("wrong-token-XYZ"), std::string::npos);
}

// Meta's Cloud API: approve looks the join requests up, then acts on their
// ids in one call; add does not exist; a remove carries at most 8.
TEST_F(Cli, MetaApprovesByRequestIdAfterListingThem) {
  auto env = Env("meta");
  env["WA_INSTANCE"] = "v23.0";  // the Cloud API's "instance" is the Graph version
  const std::string group = "120363406289005073";
  mock_->ClearRequests();
  auto approved =
      Run({"--json", "approve", "--group", group, "5511944444444", "5511900001111"}, env);
  EXPECT_EQ(approved.exit_code, 3) << approved.out << approved.err;  // one had no request
  json j = ManageJson(approved);
  ASSERT_EQ(j["participants"].size(), 2u) << approved.out;
  EXPECT_EQ(j["participants"][0]["participant"], "5511944444444");
  EXPECT_EQ(j["participants"][0]["ok"], true) << approved.out;
  EXPECT_EQ(j["participants"][1]["error"]["code"], "no_pending_request") << approved.out;
  // The listing (one page or more), then one POST with the ids found.
  std::vector<std::string> posts;
  std::size_t lists = 0;
  for (const auto& r : mock_->Requests()) {
    if (r.method == "GET") ++lists;
    if (r.method == "POST") posts.push_back(r.body);
  }
  EXPECT_GE(lists, 1u);
  ASSERT_EQ(posts.size(), 1u);
  json body = json::parse(posts[0]);
  ASSERT_EQ(body["join_requests"].size(), 1u) << posts[0];
  EXPECT_EQ(body["messaging_product"], "whatsapp");

  mock_->ClearRequests();
  auto add = Run({"add", "--group", group, "5544911117777"}, env);
  EXPECT_EQ(add.exit_code, 1) << add.out << add.err;
  EXPECT_THAT(add.err, HasSubstr("unsupported"));
  for (const char* command : {"promote", "demote"}) {
    auto r = Run({command, "--group", group, "5511955555555"}, env);
    EXPECT_EQ(r.exit_code, 1) << command << r.out << r.err;
  }
  EXPECT_TRUE(mock_->Requests().empty());
}

TEST_F(Cli, MetaRemovesTwentyInChunksOfAtMostEight) {
  auto env = Env("meta");
  env["WA_INSTANCE"] = "v23.0";
  std::vector<std::string> args = {"--json", "remove", "--group", "120363406289005073"};
  for (int i = 1; i <= 20; ++i)
    args.push_back("55119000000" + std::string(i < 10 ? "0" : "") + std::to_string(i));
  mock_->ClearRequests();
  auto removed = Run(args, env);
  EXPECT_EQ(removed.exit_code, 0) << removed.out << removed.err;
  EXPECT_EQ(ManageJson(removed)["participants"].size(), 20u);
  std::vector<std::size_t> chunks;
  for (const auto& r : mock_->Requests()) {
    if (r.method != "DELETE") continue;
    chunks.push_back(json::parse(r.body)["participants"].size());
  }
  EXPECT_EQ(chunks, (std::vector<std::size_t>{8, 8, 4})) << removed.out;
}

std::string GatewayName(const ::testing::TestParamInfo<Gateway>& info) {
  return info.param.provider;
}

INSTANTIATE_TEST_SUITE_P(
    SelfHosted, CliGateway,
    ::testing::Values(Gateway{"evolution", {"approve", "reject", "requests"}, true},
                      // WAHA's member list carries no subject.
                      Gateway{"waha", {}, false}),
    GatewayName);

}  // namespace
}  // namespace wa
