// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The CLI's usage errors, help pages and hints (docs/cli.md), end to end:
// the real binary against the simulator on 127.0.0.1.

#include <map>
#include <set>
#include <string>
#include <vector>

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

TEST_F(Cli, EveryCommandHasItsOwnHelpWithAnExample) {
  std::set<std::string> pages;
  for (const char* command :
       {"add", "remove", "promote", "demote", "approve", "reject", "requests", "members"}) {
    auto r = Run({command, "--help"}, {});
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_THAT(r.out, HasSubstr(std::string("usage: wa-participants [options] ") + command +
                                 " --group ID"));
    EXPECT_THAT(r.out, HasSubstr(std::string("example")));
    EXPECT_THAT(r.out, HasSubstr(std::string("\n  wa-participants ") + command + " --group "));
    EXPECT_EQ(Run({"help", command}, {}).out, r.out) << command;
    pages.insert(r.out);
  }
  EXPECT_EQ(pages.size(), 8u) << "every page is its own";
  auto add = Run({"add", "--help"}, {}).out;
  auto members = Run({"members", "--help"}, {}).out;
  EXPECT_NE(add, members);
  EXPECT_THAT(add, HasSubstr("--invite-if-restricted"));
  EXPECT_THAT(members, Not(HasSubstr("PARTICIPANT")));
  // --help wins wherever it stands, and is about the line's command.
  EXPECT_EQ(Run({"--json", "members", "--group", kGroup, "--help"}, Env()).out, members);
  // The general page lists every command.
  auto general = Run({"--help"}, {}).out;
  for (const char* command : {"add", "reject", "requests", "members"}) {
    EXPECT_THAT(general, HasSubstr(std::string("\n  ") + command + " "));
  }
}

TEST_F(Cli, UsageErrorsListEveryCommandAndGiveOneHint) {
  auto none = Run({}, Env());
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_THAT(none.err, HasSubstr("approve, reject, requests or members"));
  auto unknown = Run({"--frobnicate", "add", "--group", kGroup, "5511999999999"}, Env());
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_THAT(unknown.err, HasSubstr("unknown option --frobnicate"));
  std::size_t hints = 0;
  for (auto at = unknown.err.find("--help"); at != std::string::npos;
       at = unknown.err.find("--help", at + 1)) {
    ++hints;
  }
  EXPECT_EQ(hints, 1u) << unknown.err;
  EXPECT_THAT(unknown.err, HasSubstr("wa-participants add --help"));
  EXPECT_EQ(mock_->CountRequests(), 0u);
}

TEST_F(Cli, UsageErrorsUnderJsonAreTheCommandsOwnObject) {
  auto add = Run({"--json", "add", "--group", kGroup}, Env());
  EXPECT_EQ(add.exit_code, 2);
  EXPECT_EQ(add.err, "");
  json j = ManageJson(add);
  EXPECT_FALSE(j["ok"].get<bool>());
  EXPECT_EQ(j["action"], "add");
  EXPECT_EQ(j["group"], kGroup);
  EXPECT_TRUE(j["participants"].empty());
  EXPECT_EQ(j["error"]["code"], "invalid_argument");
  EXPECT_EQ(j["error"]["http_status"], 0);
  EXPECT_EQ(j["error"]["request_sent"], false);
  // The same error as without --json, where it goes to stderr.
  auto human = Run({"add", "--group", kGroup}, Env());
  EXPECT_THAT(human.err,
              HasSubstr("error: invalid_argument: " + j["error"]["message"].get<std::string>()));

  auto members = Run({"--json", "members"}, Env());
  EXPECT_EQ(members.exit_code, 2);
  json m = json::parse(members.out, nullptr, false);
  ASSERT_TRUE(m.is_object()) << members.out;
  EXPECT_FALSE(m["ok"].get<bool>());
  EXPECT_TRUE(m["members"].is_array());
  EXPECT_THAT(m["error"]["message"].get<std::string>(), HasSubstr("no group"));

  auto unknown = Run({"--json", "evict", "--group", kGroup}, Env());
  EXPECT_EQ(unknown.exit_code, 2);
  json u = json::parse(unknown.out, nullptr, false);
  ASSERT_TRUE(u.is_object()) << unknown.out;
  EXPECT_FALSE(u["ok"].get<bool>());
  EXPECT_EQ(u["error"]["code"], "invalid_argument");
  EXPECT_THAT(u["error"]["message"].get<std::string>(), HasSubstr("unknown command"));
  EXPECT_EQ(mock_->CountRequests(), 0u);
}

TEST_F(Cli, ALoneCountryCodeHintsAtQuoting) {
  auto split = Run({"add", "--group", kGroup, "+55", "11", "97777-0006"}, Env());
  EXPECT_EQ(split.exit_code, 2);
  EXPECT_THAT(split.err, HasSubstr("\"+55\" is a country code on its own: quote numbers"));
  EXPECT_EQ(mock_->CountRequests(), 0u);
  auto quoted = Run({"add", "--group", kGroup, "+55 11 97777-0006"}, Env());
  EXPECT_EQ(quoted.exit_code, 0) << quoted.err;
  EXPECT_THAT(quoted.out, Not(HasSubstr("quote")));
}

}  // namespace
}  // namespace wa
