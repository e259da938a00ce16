// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Every text that leaves the SDK: valid UTF-8, cut on character boundaries,
// redacted before it is cut, control characters escaped where it is shown.

#include "util/sanitize.hpp"

#include <memory>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fake_transport.hpp"
#include "util/strings.hpp"
#include "wa/participants/client.hpp"

namespace wa::internal {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::FakeTransport;

constexpr const char* kToken = "tok-3f9c2a7be1d04c65a8f17b2e";  // 27 characters

bool HasControl(const std::string& s) {
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return true;
  }
  return s.find("\xc2\x9b") != std::string::npos;
}

// Whether any run of 8 of `secret`'s characters is in `text`.
bool LeaksPartOf(const std::string& text, const std::string& secret) {
  for (std::size_t i = 0; i + 8 <= secret.size(); i += 4) {
    if (text.find(secret.substr(i, 8)) != std::string::npos) return true;
  }
  return false;
}

TEST(Utf8, InvalidBytesBecomeReplacementCharacters) {
  EXPECT_EQ(ValidUtf8("Servi\xe7o"), "Servi\xef\xbf\xbdo");
  EXPECT_EQ(ValidUtf8("caf\xc3\xa9"), "caf\xc3\xa9");
  for (const char* bad : {"\xff", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82"}) {
    std::string fixed = ValidUtf8(bad);
    EXPECT_TRUE(IsValidUtf8(fixed)) << bad;
    EXPECT_THAT(fixed, HasSubstr("\xef\xbf\xbd"));
  }
}

TEST(Utf8, ValidityCheck) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"));
  for (const char* bad : {"\xff", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82"}) {
    EXPECT_FALSE(IsValidUtf8(bad)) << bad;
    std::string fixed = bad;
    MakeValidUtf8(fixed);
    EXPECT_TRUE(IsValidUtf8(fixed));
  }
}

TEST(Utf8, CutsOnlyBetweenCharacters) {
  const std::string euro = "\xe2\x82\xac";
  for (std::size_t pad = 195; pad <= 200; ++pad) {
    std::string s = std::string(pad, 'b') + euro + euro + "tail";
    std::string cut = CutUtf8(s, 200);
    EXPECT_TRUE(IsValidUtf8(cut)) << pad;
    EXPECT_LE(cut.size(), 203u);
    EXPECT_EQ(cut.substr(cut.size() - 3), "...");
    EXPECT_THAT(cut, Not(HasSubstr("\xef\xbf\xbd"))) << "split a character at pad " << pad;
  }
  EXPECT_EQ(CutUtf8("short", 200), "short");
}

TEST(EscapeForDisplay, NothingThatDrivesATerminalSurvives) {
  std::string attack =
      "\x1b]52;c;aGFja2Vk\x07\r\x1b[2K ok \xc2\x9b"
      "31m \xe2\x80\xae \xff";
  std::string shown = EscapeForDisplay(attack);
  EXPECT_FALSE(HasControl(shown)) << shown;
  EXPECT_TRUE(IsValidUtf8(shown));
  EXPECT_THAT(shown,
              HasSubstr("\\x1b]52;c;aGFja2Vk\\x07\\x0d\\x1b[2K ok \\u009b31m \\u202e \\xff"));
  EXPECT_EQ(EscapeForDisplay("Servi\xc3\xa7o"), "Servi\xc3\xa7o");  // text stays text
}

TEST(QuoteForMessage, NeverSplitsACharacterAndEscapesBrokenBytes) {
  std::string quoted = QuoteForMessage(std::string(79, 'a') + "\xc3\xa9" + "more");
  EXPECT_TRUE(IsValidUtf8(quoted));
  EXPECT_THAT(quoted, HasSubstr("a\xc3\xa9..."));
  EXPECT_EQ(QuoteForMessage("\xff"), "\"\\xff\"");
  EXPECT_EQ(QuoteForMessage("a\"b\\c\n"), "\"a\\\"b\\\\c\\x0a\"");
}

TEST(SanitizeError, RedactsBeforeItCuts) {
  Redactor redact({kToken});
  const std::string token = kToken;
  const std::string huge(120 * 1024, 'T');
  Redactor redact_huge({huge});
  for (std::size_t pad = 170; pad <= 200; pad += 3) {
    for (const auto& [secret, r] :
         {std::pair<const std::string&, const Redactor&>{token, redact}, {huge, redact_huge}}) {
      Error e;
      e.provider_message = std::string(pad, 'x') + " token " + secret + " rejected";
      e.message = "RyzeAPI answered HTTP 500: " + e.provider_message + " (the outcome is unknown)";
      Error out = Sanitize(e, r);
      EXPECT_FALSE(LeaksPartOf(out.message, secret)) << pad;
      EXPECT_FALSE(LeaksPartOf(out.provider_message, secret)) << pad;
      // The advice after the quote survives the cut.
      EXPECT_THAT(out.message, HasSubstr("(the outcome is unknown)"));
      EXPECT_LE(out.provider_message.size(), kMaxProviderText + 3);
    }
  }
}

TEST(SanitizeError, MessagesAreValidAndEscapedProviderTextStaysData) {
  Error e;
  e.provider_message = "Servi\xe7o \x1b[2K\r ok";
  e.message = "Z-API answered HTTP 500: " + e.provider_message;
  Error out = Sanitize(e, Redactor());
  EXPECT_TRUE(IsValidUtf8(out.message));
  EXPECT_FALSE(HasControl(out.message)) << out.message;
  EXPECT_TRUE(IsValidUtf8(out.provider_message));
  EXPECT_EQ(out.provider_message, "Servi\xef\xbf\xbdo \x1b[2K\r ok");
}

TEST(SanitizeResult, ParticipantMessagesAndIdentifiersAreRedactedAndValid) {
  BatchResult batch;
  batch.group = "g\xff@g.us";
  batch.participants.push_back(
      {"5511999999999",
       Unexpected(ParticipantError{ParticipantErrorCode::kUnknown,
                                   std::string("token ") + kToken + " not allowed \xe7"})});
  batch.participants.push_back({"5511988887777", ParticipantInfo{"x" + std::string(kToken)}});
  Sanitize(batch, Redactor({kToken}));
  EXPECT_EQ(batch.participants[0].result.error().message, "token *** not allowed \xef\xbf\xbd");
  EXPECT_EQ(batch.participants[1].result->jid, "x***");
  EXPECT_TRUE(IsValidUtf8(batch.group));
}

// Through a client: what the provider says per participant and what the
// logger receives.
class SanitizeThroughClient : public ::testing::Test {
 protected:
  ParticipantsClient Client(std::vector<LogRecord>* log) {
    ClientOptions options;
    options.transport = transport_;
    options.rate_limit = std::nullopt;
    options.retry.max_attempts = 1;
    options.logger = [log](const LogRecord& r) { log->push_back(r); };
    RyzeOptions ryze;
    ryze.base_url = "https://ryze.test";
    ryze.instance = "inst";
    ryze.token = kToken;
    return ParticipantsClient::Ryze(ryze, options);
  }
  std::shared_ptr<FakeTransport> transport_ = std::make_shared<FakeTransport>();
};

TEST_F(SanitizeThroughClient, AParticipantsReasonNeverCarriesTheToken) {
  transport_->Push(FakeTransport::Json(
      200,
      std::string(R"({"success":true,"participants":[{"jid":"5511999999999@s.whatsapp.net",)") +
          R"("success":false,"error":"token )" + kToken + R"( not allowed"}]})"));
  std::vector<LogRecord> log;
  auto r = Client(&log).Add("120363406289005073@g.us", {"5511999999999"});
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_FALSE(r->participants[0].result);
  EXPECT_THAT(r->participants[0].result.error().message, Not(HasSubstr(kToken)));
  EXPECT_THAT(r->participants[0].result.error().message, HasSubstr("***"));
}

// An answer in the wrong shape is quoted in the message: the quote is cut
// only after the token in it is gone, wherever the cut falls.
TEST_F(SanitizeThroughClient, AQuotedBodyNeverKeepsPartOfTheToken) {
  const std::string token = kToken;
  for (std::size_t pad = 50; pad <= 90; pad += 4) {
    for (const std::string& body :
         {"[\"" + std::string(pad, 'x') + token + "\"]",
          R"({"success":true,"echo":")" + std::string(pad, 'x') + token + "\"}"}) {
      transport_->Push(FakeTransport::Json(200, body));
      std::vector<LogRecord> log;
      auto r = Client(&log).Add("120363406289005073@g.us", {"5511999999999"});
      ASSERT_FALSE(r) << body;
      EXPECT_EQ(r.error().code, ErrorCode::kProtocol) << r.error().message;
      EXPECT_FALSE(LeaksPartOf(r.error().message, token)) << r.error().message;
      EXPECT_FALSE(LeaksPartOf(r.error().provider_message, token)) << r.error().provider_message;
      EXPECT_TRUE(IsValidUtf8(r.error().message));
    }
  }
}

TEST_F(SanitizeThroughClient, LogRecordsAreEscaped) {
  // A failure whose text a hostile peer controls, logged as a warning.
  Error e;
  e.code = ErrorCode::kNetwork;
  e.message = "recv failure: \x1b]52;c;aGFja2Vk\x07\r\x1b[2K 5511999999999  ok \xff";
  transport_->Push(Unexpected(e));
  std::vector<LogRecord> log;
  auto r = Client(&log).PendingRequests("120363406289005073@g.us");
  ASSERT_FALSE(r);
  EXPECT_FALSE(HasControl(r.error().message)) << r.error().message;
  ASSERT_FALSE(log.empty());
  for (const auto& record : log) {
    EXPECT_FALSE(HasControl(record.message)) << record.message;
    EXPECT_TRUE(IsValidUtf8(record.message)) << record.message;
  }
}

}  // namespace
}  // namespace wa::internal
