// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The CLI contract of docs/cli.md, end to end: the real binary against the
// simulator on 127.0.0.1. Checks exit codes, the --json schema, that no token
// is ever printed, and that invalid input sends nothing.

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>

#include "cli_fixture.hpp"

namespace wa {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::Cli;
using testing_util::kGroup;
using testing_util::kRyzeToken;
using testing_util::kZClient;
using testing_util::kZToken;
using testing_util::ProcessResult;
using testing_util::RunProcess;

TEST_F(Cli, Exit0EverySucceeded) {
  auto r = Run({"--json", "remove", "--group", kGroup, "5511999999999"}, Env());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  json j = ManageJson(r);
  EXPECT_TRUE(j["ok"].get<bool>());
  EXPECT_EQ(j["action"], "remove");
  EXPECT_EQ(j["group"], kGroup);
  EXPECT_TRUE(j["error"].is_null());
  EXPECT_EQ(j["participants"][0]["jid"], "5511999999999@s.whatsapp.net");
}

TEST_F(Cli, Exit3PartialFailureWithTable) {
  auto r = Run({"add", "--group", kGroup, "5511988887777", "5521988888888"}, Env());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_THAT(r.out, HasSubstr("PARTICIPANT"));
  EXPECT_THAT(r.out, HasSubstr("not_on_whatsapp: user not on whatsapp"));
  EXPECT_THAT(r.out, HasSubstr("2 participant(s): 1 succeeded, 1 failed"));

  auto j = Run({"--json", "add", "--group", kGroup, "5511988887777"}, Env());
  EXPECT_EQ(j.exit_code, 3);
  json parsed = ManageJson(j);
  EXPECT_FALSE(parsed["ok"].get<bool>());
  EXPECT_TRUE(parsed["error"].is_null());
  EXPECT_EQ(parsed["participants"][0]["error"]["code"], "already_member");
}

TEST_F(Cli, Exit1RequestFailedForBadToken) {
  auto env = Env();
  env["WA_TOKEN"] = "wrong-token-XYZ";
  auto r = Run({"--json", "remove", "--group", kGroup, "5511999999999"}, env);
  EXPECT_EQ(r.exit_code, 1);
  json j = ManageJson(r);
  EXPECT_FALSE(j["ok"].get<bool>());
  EXPECT_EQ(j["error"]["code"], "unauthenticated");
  EXPECT_EQ(j["error"]["http_status"], 401);

  auto human = Run({"remove", "--group", kGroup, "5511999999999"}, env);
  EXPECT_EQ(human.exit_code, 1);
  EXPECT_THAT(human.err, HasSubstr("error: unauthenticated"));
}

TEST_F(Cli, Exit2InvalidInputSendsNothing) {
  auto r = Run({"--json", "add", "--group", kGroup, "5511988887777", "not-a-phone"}, Env());
  EXPECT_EQ(r.exit_code, 2);
  json j = json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.out;
  EXPECT_EQ(j["error"]["code"], "invalid_argument");
  EXPECT_THAT(j["error"]["message"].get<std::string>(), HasSubstr("\"not-a-phone\""));
  auto bad_group = Run({"add", "--group", "nope nope", "5511988887777"}, Env());
  EXPECT_EQ(bad_group.exit_code, 2);
  EXPECT_EQ(mock_->CountRequests(), 0u);
}

TEST_F(Cli, DefaultRegionReadsNationalNumbers) {
  auto national = Run({"--json", "add", "--group", kGroup, "(11) 97777-0005"}, Env());
  EXPECT_EQ(national.exit_code, 2) << national.out;
  EXPECT_THAT(national.out, HasSubstr("set a default region"));
  EXPECT_EQ(mock_->CountRequests(), 0u);

  auto flag =
      Run({"--json", "--default-region", "BR", "add", "--group", kGroup, "(11) 97777-0005"}, Env());
  EXPECT_EQ(flag.exit_code, 0) << flag.out << flag.err;
  json j = ManageJson(flag);
  EXPECT_EQ(j["participants"][0]["participant"], "(11) 97777-0005");
  EXPECT_EQ(j["participants"][0]["jid"], "5511977770005@s.whatsapp.net");

  auto env = Env();
  env["WA_DEFAULT_REGION"] = "br";
  auto from_env = Run({"remove", "--group", kGroup, "(11) 97777-0005"}, env);
  EXPECT_EQ(from_env.exit_code, 0) << from_env.out << from_env.err;

  auto unknown =
      Run({"--default-region", "XX", "remove", "--group", kGroup, "5511999999999"}, Env());
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_THAT(unknown.err, HasSubstr("default_region \"XX\""));
  EXPECT_EQ(mock_->CountRequests(), 2u);
}

TEST_F(Cli, RequestsJsonSchema) {
  auto r = Run({"--json", "requests", "--group", kGroup}, Env());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_TRUE(j["ok"].get<bool>());
  EXPECT_EQ(j["group"], kGroup);
  ASSERT_EQ(j["requests"].size(), 2u);
  EXPECT_EQ(j["requests"][0]["jid"], "199789077627112@lid");
  EXPECT_EQ(j["requests"][0]["phone"], "5511944444444");
  EXPECT_EQ(j["requests"][0]["requested_at"], "2026-04-20T14:00:00Z");

  auto z = Run({"--json", "requests", "--group", "120363019502650977-group"}, Env("zapi"));
  EXPECT_EQ(z.exit_code, 1);
  EXPECT_EQ(json::parse(z.out)["error"]["code"], "unsupported");
}

TEST_F(Cli, FlagsOverrideEnvironmentAndTokenFileWorks) {
  char path[] = "/tmp/wa-cli-token-XXXXXX";
  int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  std::string contents = std::string(kZToken) + "\n" + kZClient + "\n";
  ASSERT_EQ(write(fd, contents.data(), contents.size()), static_cast<ssize_t>(contents.size()));
  close(fd);
  std::map<std::string, std::string> env;  // nothing from the environment
  auto r = Run(
      {"--provider", "zapi", "--base-url", mock_->base_url(), "--instance", "demo", "--token-file",
       path, "--timeout", "10", "promote", "--group", "120363019502650977-group", "5544999999999"},
      env);
  std::remove(path);
  EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
  EXPECT_THAT(r.out, HasSubstr("accepted"));
}

TEST_F(Cli, ParticipantsFromStdin) {
  auto r = Run({"--json", "add", "--group", kGroup, "-"}, Env(),
               "5511977770001\n# a comment\n\n+55 11 97777-0002\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  json j = ManageJson(r);
  ASSERT_EQ(j["participants"].size(), 2u);
  EXPECT_EQ(j["participants"][1]["participant"], "+55 11 97777-0002");
}

TEST_F(Cli, ZApiTokenNeverPrintedEvenOnErrors) {
  auto env = Env("zapi");
  env["WA_CLIENT_TOKEN"] = "";
  auto r = Run({"remove", "--group", "120363019502650977-group", "5544999999999"}, env);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("unauthenticated"));
  mock_->InjectFault({mock::Fault::Kind::kDrop});
  auto dropped = Run({"--json", "remove", "--group", "120363019502650977-group", "5544999999999"},
                     Env("zapi"));
  EXPECT_EQ(dropped.exit_code, 1);
  EXPECT_THAT(dropped.out, HasSubstr("outcome is unknown"));
}

TEST_F(Cli, MembersTableAndJson) {
  auto r = Run({"members", "--group", kGroup}, Env());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("5511900000000@s.whatsapp.net  5511900000000  super-admin"));
  EXPECT_THAT(r.out, HasSubstr("3 member(s); joining needs admin approval"));
  // RyzeAPI's documented GroupDetail: the name, the JID and the flag
  // inside groupSettings, each member with its LID.
  auto ryze = Run({"--json", "members", "--group", kGroup}, Env());
  EXPECT_EQ(ryze.exit_code, 0) << ryze.err;
  json detail = json::parse(ryze.out);
  EXPECT_EQ(detail["group"], "120363406289005073@g.us");
  EXPECT_EQ(detail["subject"], "Customers");
  EXPECT_EQ(detail["require_admin_approval"], true);
  ASSERT_EQ(detail["members"].size(), 3u);
  EXPECT_THAT(detail["members"][1]["lid"].get<std::string>(), testing::EndsWith("@lid"));
  auto j = Run({"--json", "members", "--group", "120363019502650977-group"}, Env("zapi"));
  EXPECT_EQ(j.exit_code, 0) << j.err;
  json parsed = json::parse(j.out);
  EXPECT_TRUE(parsed["ok"].get<bool>());
  ASSERT_EQ(parsed["members"].size(), 2u);
  EXPECT_EQ(parsed["members"][0]["super_admin"], true);
  EXPECT_EQ(parsed["require_admin_approval"], true);
}

TEST_F(Cli, VerifyConfirmsZApiOutcomes) {
  auto plain =
      Run({"--json", "add", "--group", "120363019502650977-group", "5544911112222"}, Env("zapi"));
  EXPECT_EQ(ManageJson(plain)["participants"][0]["confirmed"], false);
  auto verified =
      Run({"--json", "--verify", "promote", "--group", "120363019502650977-group", "5544911112222"},
          Env("zapi"));
  EXPECT_EQ(verified.exit_code, 0) << verified.err;
  EXPECT_EQ(ManageJson(verified)["participants"][0]["confirmed"], true);
  EXPECT_EQ(mock_->CountRequests("group-metadata"), 1u);
}

TEST_F(Cli, InviteIfRestrictedReportsTheInvited) {
  auto r = Run({"--json", "add", "--invite-if-restricted", "--group", "120363019502650977-group",
                "5531977777777", "5544911112222"},
               Env("zapi"));
  EXPECT_EQ(r.exit_code, 3) << r.err;  // one participant was not added
  json parsed = ManageJson(r);
  EXPECT_EQ(parsed["participants"][0]["error"]["code"], "invited");
  EXPECT_EQ(parsed["participants"][1]["confirmed"], true);
  EXPECT_EQ(mock_->CountRequests("group-metadata"), 1u);

  auto human =
      Run({"add", "--invite-if-restricted", "--group", "120363019502650977-group", "5531977777777"},
          Env("zapi"));
  EXPECT_EQ(human.exit_code, 3) << human.err;
  EXPECT_THAT(human.out, HasSubstr("5531977777777  invited  invited: verified against the group"));

  auto ryze = Run({"add", "--invite-if-restricted", "--group", kGroup, "5531977777777"}, Env());
  EXPECT_EQ(ryze.exit_code, 1);
  EXPECT_THAT(ryze.err, HasSubstr("unsupported"));
  auto misuse =
      Run({"remove", "--invite-if-restricted", "--group", kGroup, "5511999999999"}, Env());
  EXPECT_EQ(misuse.exit_code, 2);
  EXPECT_THAT(misuse.err, HasSubstr("applies only to add"));
  EXPECT_EQ(mock_->CountRequests("/participants/"), 0u);  // neither reached RyzeAPI
}

}  // namespace
}  // namespace wa
