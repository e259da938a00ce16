// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The CLI under hostile bytes: invalid UTF-8, control characters and long
// strings in every flag, environment variable and provider body. Whatever
// comes in, the process ends with an exit code of the contract (never a
// signal), --json prints exactly one parseable object, nothing reaches the
// terminal that could drive it, and no token is printed.

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "process.hpp"
#include "raw_http_server.hpp"

namespace wa {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::HttpResponseText;
using testing_util::ProcessResult;
using testing_util::RawAction;
using testing_util::RawHttpServer;
using testing_util::RawRequest;
using testing_util::RunProcess;

constexpr const char* kGroup = "120363406289005073@g.us";
constexpr const char* kToken = "tok-3f9c2a7be1d04c65a8f17b2e";  // 27 characters
constexpr const char* kClientToken = "client-7d1e4b9a0c3f";

// The strings every input gets to carry.
std::vector<std::string> Corpus() {
  return {
      "\xff",
      std::string(79, 'a') + "\xc3\xa9",                // a character across the 80th byte
      std::string(199, 'b') + "\xe2\x82\xac" + "tail",  // ... and across the 200th
      "Servi\xe7o indispon\xedvel",                     // Latin-1
      "\x1b]52;c;aGFja2Vk\x07\r\x1b[2K ok",             // clipboard write, line rewrite
      "\xed\xa0\x80\xc0\xaf\xf5\x80",                   // surrogate, overlong, past U+10FFFF
      "\xe2\x80\xae"
      "evil\xc2\x9b"
      "31m",                         // bidi override, C1 CSI
      "\"}\n{\"ok\":true,\"x\":\"",  // JSON and line injection
      std::string(100000, 'z') + "\xff",
  };
}

// Printable as a test label.
std::string Label(const std::string& s) {
  std::string out;
  for (char c : s.substr(0, 24)) {
    auto u = static_cast<unsigned char>(c);
    out += u >= 0x20 && u < 0x7f ? std::string(1, c) : "\\x" + std::to_string(u);
  }
  return out + "(" + std::to_string(s.size()) + " bytes)";
}

// Escapes `s` into a JSON string body, leaving bytes >= 0x80 raw (so
// invalid UTF-8 stays invalid, as a careless server would send it).
std::string JsonText(const std::string& s) {
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\u%04x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

class CliHostile : public ::testing::Test {
 protected:
  // Answers every request with what `body_for` says (else a plain success).
  void Serve(std::function<RawAction(const RawRequest&)> script) {
    server_ = std::make_unique<RawHttpServer>(std::move(script));
  }
  void ServeSuccess() {
    Serve([](const RawRequest& r) { return RawAction::Respond(HttpResponseText(200, Ok(r))); });
  }
  static std::string Ok(const RawRequest& r) {
    const bool zapi = r.target.find("/instances/") == 0;
    if (r.method == "POST")
      return zapi ? R"({"value":true})" : R"({"success":true,"participants":[]})";
    if (r.target.find("/requests/") != std::string::npos)
      return R"({"success":true,"requests":[]})";
    return zapi ? R"({"phone":"120363406289005073-group","participants":[]})"
                : R"({"success":true,"groupJid":"120363406289005073@g.us","participants":[]})";
  }

  std::map<std::string, std::string> Env(const std::string& provider = "ryze") const {
    std::map<std::string, std::string> env = {{"WA_PROVIDER", provider},
                                              {"WA_BASE_URL", server_->base_url()},
                                              {"WA_INSTANCE", "demo"},
                                              {"WA_TOKEN", kToken}};
    if (provider == "zapi") env["WA_CLIENT_TOKEN"] = kClientToken;
    return env;
  }

  // Runs the CLI and checks what must hold whatever the input: an exit code
  // of the contract, one JSON object in --json mode, nothing that drives a
  // terminal, no secret.
  ProcessResult Run(std::vector<std::string> args, const std::map<std::string, std::string>& env,
                    const std::string& what) {
    const bool as_json = std::find(args.begin(), args.end(), "--json") != args.end();
    args.insert(args.begin(), WA_CLI_PATH);
    ProcessResult r = RunProcess(args, env, {}, 60);
    EXPECT_GE(r.exit_code, 0) << what;
    EXPECT_LE(r.exit_code, 3) << what << ": killed by a signal? stderr: " << r.err.substr(0, 300);
    for (const std::string* stream : {&r.out, &r.err}) {
      for (char bad : {'\x1b', '\x07', '\r', '\x9b'}) {
        EXPECT_EQ(stream->find(bad), std::string::npos)
            << what << ": a raw control byte reached the terminal";
      }
      for (const char* secret : {kToken, kClientToken}) {
        EXPECT_THAT(*stream, Not(HasSubstr(secret))) << what;
      }
    }
    if (as_json) {
      EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << what << ": " << r.out;
      json j = json::parse(r.out, nullptr, false);
      EXPECT_TRUE(j.is_object()) << what << ": " << r.out.substr(0, 300);
    }
    return r;
  }

  std::unique_ptr<RawHttpServer> server_;
};

// --- The reported cases, one by one -------------------------------------

TEST_F(CliHostile, JsonSurvivesAGroupCutInsideACharacter) {
  ServeSuccess();
  for (const std::string& group : {std::string(79, 'a') + "\xc3\xa9", std::string("\xff")}) {
    auto r = Run({"--json", "add", "--group", group, "5511999999999"}, Env(), Label(group));
    EXPECT_EQ(r.exit_code, 2);
    json j = json::parse(r.out, nullptr, false);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["error"]["code"], "invalid_argument");
  }
  EXPECT_EQ(server_->Requests().size(), 0u);
}

TEST_F(CliHostile, AnUnknownOptionsValueIsNeverEchoed) {
  ServeSuccess();
  for (bool as_json : {false, true}) {
    std::vector<std::string> args = {"--client-token=SECRET-typed-by-mistake",
                                     "--x=\xff\x1b",
                                     "add",
                                     "--group",
                                     kGroup,
                                     "5511999999999"};
    if (as_json) args.insert(args.begin(), "--json");
    auto r = Run(args, Env(), "client-token");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.out + r.err, Not(HasSubstr("SECRET-typed-by-mistake")));
  }
  auto unknown = Run({"--frob=SECRET-typed-by-mistake", "add"}, Env(), "unknown");
  EXPECT_THAT(unknown.err, HasSubstr("unknown option --frob"));
  EXPECT_THAT(unknown.err, Not(HasSubstr("SECRET-typed-by-mistake")));
}

TEST_F(CliHostile, ALatin1ErrorBodyStillReportsTheOutcome) {
  Serve([](const RawRequest&) {
    return RawAction::Respond(HttpResponseText(500, "Servi\xe7o indispon\xedvel"));
  });
  for (const char* provider : {"ryze", "zapi"}) {
    auto r = Run({"--json", "add", "--group", kGroup, "5511999999999"}, Env(provider), provider);
    EXPECT_EQ(r.exit_code, 1);
    json j = json::parse(r.out, nullptr, false);
    ASSERT_TRUE(j.is_object()) << r.out;
    EXPECT_EQ(j["error"]["code"], "unavailable");
    EXPECT_EQ(j["error"]["http_status"], 500);
    EXPECT_TRUE(j["error"]["request_sent"].get<bool>());
    EXPECT_THAT(j["error"]["message"].get<std::string>(), HasSubstr("outcome is unknown"));
    EXPECT_THAT(j["error"]["provider_message"].get<std::string>(),
                HasSubstr("Servi\xef\xbf\xbdo"));  // U+FFFD for the Latin-1 byte
  }
}

TEST_F(CliHostile, ACharacterAcrossTheQuoteBoundStaysWhole) {
  const std::string text = std::string(199, 'b') + "\xe2\x82\xac" + std::string(50, 'c');
  // By value: the server's threads read it (as everywhere below).
  Serve([text](const RawRequest&) {
    return RawAction::Respond(HttpResponseText(500, text));  // the euro sign spans bytes 199-201
  });
  auto r = Run({"--json", "add", "--group", kGroup, "5511999999999"}, Env("zapi"), "straddle");
  EXPECT_EQ(r.exit_code, 1);
  json j = json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.out;
  EXPECT_THAT(j["error"]["message"].get<std::string>(), Not(HasSubstr("\xef\xbf\xbd")))
      << "the cut fell inside the euro sign";
}

TEST_F(CliHostile, ATokenEchoedNearTheCutOrHugeNeverLeaks) {
  const std::string huge_token(120 * 1024, 'T');
  for (const std::string& token : {std::string(kToken), huge_token}) {
    for (std::size_t pad : {std::size_t{0}, std::size_t{180}, std::size_t{190}, std::size_t{195}}) {
      const std::string body = std::string(pad, 'x') + " token " + token + " rejected";
      Serve([body](const RawRequest&) { return RawAction::Respond(HttpResponseText(500, body)); });
      auto env = Env();
      env["WA_TOKEN"] = token;
      auto r = Run({"--json", "add", "--group", kGroup, "5511999999999"}, env, "echo");
      // No run of 8 of the token's characters survives anywhere.
      const std::string piece = token.substr(token.size() - 8);
      EXPECT_THAT(r.out + r.err, Not(HasSubstr(piece))) << "pad " << pad;
      EXPECT_THAT(r.out + r.err, Not(HasSubstr(token.substr(0, 8)))) << "pad " << pad;
    }
  }
}

TEST_F(CliHostile, AParticipantMessageNeverCarriesTheToken) {
  Serve([](const RawRequest&) {
    return RawAction::Respond(HttpResponseText(
        200,
        std::string(R"({"success":true,"participants":[{"jid":"5511999999999@s.whatsapp.net",)") +
            R"("success":false,"error":"token )" + kToken + R"( not allowed"}]})"));
  });
  for (const char* mode : {"--json", "--verify"}) {
    auto r = Run({mode, "add", "--group", kGroup, "5511999999999"}, Env(), mode);
    EXPECT_EQ(r.exit_code, std::string(mode) == "--json" ? 3 : r.exit_code);
    EXPECT_THAT(r.out + r.err, HasSubstr("***"));
  }
}

TEST_F(CliHostile, ProviderTextCannotForgeAnOkLine) {
  Serve([](const RawRequest&) {
    return RawAction::Respond(HttpResponseText(
        500,
        "{\"success\":false,\"error\":{\"message\":\"\\u001b]52;c;aGFja2Vk\\u0007\\r\\u001b[2K"
        "5511999999999  ok\"}}"));
  });
  auto r = Run({"add", "--group", kGroup, "5511999999999"}, Env(), "injection");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("\\x1b]52"));  // shown, not obeyed
}

// --- The corpus in every input --------------------------------------------

// One test per corpus string, so each stays short and they run in parallel.
class CliCorpus : public CliHostile, public ::testing::WithParamInterface<std::size_t> {
 protected:
  std::string S() const { return Corpus()[GetParam()]; }
};

TEST_P(CliCorpus, InEveryFlag) {
  ServeSuccess();
  {
    const std::string s = S();
    for (const char* json_flag : {"--json", "--verify"}) {
      const std::vector<std::vector<std::string>> runs = {
          {"--provider", s, "add", "--group", kGroup, "5511999999999"},
          {"--base-url", s, "add", "--group", kGroup, "5511999999999"},
          {"--instance", s, "add", "--group", kGroup, "5511999999999"},
          {"add", "--group", s, "5511999999999"},
          {"members", "--group", s},
          {"--timeout", s, "add", "--group", kGroup, "5511999999999"},
          {"--token-file", s, "add", "--group", kGroup, "5511999999999"},
          {"add", "--group", kGroup, s, "5511999999999"},
          {s, "--group", kGroup, "5511999999999"},
          {"--" + s, "add", "--group", kGroup, "5511999999999"},
          {"--client-token=" + s, "add", "--group", kGroup, "5511999999999"},
      };
      for (auto args : runs) {
        args.insert(args.begin(), json_flag);
        Run(args, Env(), "flag " + args[1] + " = " + Label(s));
      }
    }
  }
}

TEST_P(CliCorpus, InEveryEnvironmentVariableAndTheTokenFile) {
  ServeSuccess();
  char path[] = "/tmp/wa-cli-hostile-XXXXXX";
  int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  close(fd);
  {
    const std::string s = S();
    for (const char* provider : {"ryze", "zapi"}) {
      for (const char* var :
           {"WA_PROVIDER", "WA_BASE_URL", "WA_INSTANCE", "WA_TOKEN", "WA_CLIENT_TOKEN"}) {
        auto env = Env(provider);
        env[var] = s;
        for (const char* mode : {"--json", "--verify"}) {
          Run({mode, "add", "--group", kGroup, "5511999999999"}, env,
              std::string(var) + " = " + Label(s));
        }
      }
      std::ofstream(path, std::ios::binary | std::ios::trunc) << s << "\n" << s << "\n";
      Run({"--json", "--token-file", path, "add", "--group", kGroup, "5511999999999"},
          Env(provider), "token file " + Label(s));
    }
  }
  std::remove(path);
}

TEST_P(CliCorpus, InEveryProviderBody) {
  {
    const std::string s = S();
    const std::string t = JsonText(s);
    // Where a provider's text lands: a raw body, error messages, a
    // participant's reason and JID, a group's subject and members, a join
    // request.
    const std::vector<std::pair<int, std::string>> bodies = {
        {500, s},
        {200, s},
        {400, R"({"success":false,"error":{"message":")" + t + "\"}}"},
        {200, R"({"error":")" + t + "\"}"},
        {200, R"({"success":true,"participants":[{"jid":")" + t + R"(","success":false,"error":")" +
                  t + "\"}]}"},
        {200, R"({"success":true,"groupJid":")" + t + R"(","subject":")" + t +
                  R"(","participants":[{"jid":")" + t + R"(","isAdmin":true}]})"},
        {200, R"({"phone":")" + t + R"(","subject":")" + t + R"(","participants":[{"phone":")" + t +
                  R"("}]})"},
        {200, R"({"success":true,"requests":[{"jid":")" + t + R"(","phoneNumber":")" + t +
                  R"(","requestedAt":")" + t + "\"}]}"},
    };
    for (const auto& [status, body] : bodies) {
      Serve([status = status, body = body](const RawRequest&) {
        return RawAction::Respond(HttpResponseText(status, body));
      });
      for (const char* provider : {"ryze", "zapi"}) {
        for (const char* mode : {"--json", "--verify"}) {
          const std::string what = std::string(provider) + " " + std::to_string(status) + " " +
                                   body.substr(0, 40) + " / " + Label(s);
          Run({mode, "add", "--group", kGroup, "5511999999999"}, Env(provider), what);
          Run({mode, "members", "--group", kGroup}, Env(provider), what);
          Run({mode, "requests", "--group", kGroup}, Env(provider), what);
        }
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Strings, CliCorpus, ::testing::Range<std::size_t>(0, Corpus().size()));

}  // namespace
}  // namespace wa
