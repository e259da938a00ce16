// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The CLI contract of DESIGN.md, end to end: the real binary against the
// simulator on 127.0.0.1. Checks exit codes, the --json schema, that no token
// is ever printed, and that invalid input sends nothing.

#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "mock_server.hpp"
#include "process.hpp"

namespace wa {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::ProcessResult;
using testing_util::RunProcess;

constexpr const char* kRyzeToken = "ryze-demo-token";
constexpr const char* kZToken = "zapi-demo-token";
constexpr const char* kZClient = "zapi-demo-client-token";
constexpr const char* kGroup = "120363406289005073@g.us";

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
    if (provider == "ryze") {
      env["WA_TOKEN"] = kRyzeToken;
    } else {
      env["WA_TOKEN"] = kZToken;
      env["WA_CLIENT_TOKEN"] = kZClient;
    }
    return env;
  }

  ProcessResult Run(std::vector<std::string> args, const std::map<std::string, std::string>& env,
                    const std::string& input = {}) {
    args.insert(args.begin(), WA_CLI_PATH);
    ProcessResult r = RunProcess(args, env, input);
    // No path, success or failure, may print a secret.
    for (const char* secret : {kRyzeToken, kZToken, kZClient, "wrong-token-XYZ"}) {
      EXPECT_THAT(r.out, Not(HasSubstr(secret)));
      EXPECT_THAT(r.err, Not(HasSubstr(secret)));
    }
    return r;
  }

  // Validates the DESIGN.md manage schema; returns the parsed object.
  static json ManageJson(const ProcessResult& r) {
    auto lines = std::count(r.out.begin(), r.out.end(), '\n');
    EXPECT_EQ(lines, 1) << "exactly one JSON object on stdout: " << r.out;
    json j = json::parse(r.out, nullptr, false);
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

TEST_F(Cli, Exit2UsageErrorsSayHowToFix) {
  struct Case {
    std::vector<std::string> args;
    std::map<std::string, std::string> env;
    const char* says;
  };
  auto no_provider = Env();
  no_provider.erase("WA_PROVIDER");
  auto no_token = Env();
  no_token.erase("WA_TOKEN");
  const Case cases[] = {
      {{}, Env(), "no command"},
      {{"evict", "--group", kGroup, "5511999999999"}, Env(), "unknown command"},
      {{"add", "--group", kGroup}, Env(), "no participants"},
      {{"add", "5511999999999"}, Env(), "no group"},
      {{"add", "--group", kGroup, "5511999999999"}, no_provider, "--provider"},
      {{"--provider", "whatsmeow", "add", "--group", kGroup, "1"}, Env(), "use zapi or ryze"},
      {{"add", "--group", kGroup, "5511999999999"}, no_token, "WA_TOKEN"},
      {{"--token", "abc", "add", "--group", kGroup, "5511999999999"},
       Env(),
       "never taken from the command line"},
      {{"--frobnicate", "add"}, Env(), "unknown option"},
      {{"--timeout", "soon", "add", "--group", kGroup, "1"}, Env(), "--timeout"},
      {{"requests", "--group", kGroup, "5511999999999"}, Env(), "takes no participants"},
  };
  for (const auto& c : cases) {
    auto r = Run(c.args, c.env);
    EXPECT_EQ(r.exit_code, 2) << c.says;
    EXPECT_THAT(r.err, HasSubstr(c.says));
  }
  EXPECT_EQ(mock_->CountRequests(), 0u);
}

TEST_F(Cli, HelpAndVersion) {
  auto help = Run({"--help"}, {});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_THAT(help.out, HasSubstr("wa-participants [options] requests --group ID"));
  auto version = Run({"--version"}, {});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_THAT(version.out, HasSubstr("wa-participants 0."));
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

TEST(MockProgram, PrintsListeningLineAndStopsOnSigterm) {
  int out[2];
  ASSERT_EQ(pipe(out), 0);
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    dup2(out[1], 1);
    close(out[0]);
    close(out[1]);
    execl(WA_MOCK_PATH, WA_MOCK_PATH, "--port", "0", "--quiet", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  FILE* f = fdopen(out[0], "r");
  char line[256] = {0};
  ASSERT_NE(fgets(line, sizeof(line), f), nullptr);
  EXPECT_THAT(line, ::testing::MatchesRegex("listening on http://127\\.0\\.0\\.1:[0-9]+\n"));
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  fclose(f);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

}  // namespace
}  // namespace wa
