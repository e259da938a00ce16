// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The client's input checks: validation, normalisation, de-duplication and
// the options every call depends on.
#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "client_test_fixture.hpp"
#include "wa/participants/client.hpp"

namespace wa {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::ClientTest;
using testing_util::Echo;
using testing_util::FakeClock;
using testing_util::FakeTransport;
using testing_util::kGroup;
using testing_util::kToken;

TEST_F(ClientTest, DeduplicatesSpellingsAndReportsInCallerTerms) {
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto r = Ryze().Add(kGroup, {"+55 (11) 99999-9999", "5521988888888",
                               "5511999999999@s.whatsapp.net", "5521988888888"});
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(transport_->count(), 1u);
  auto sent = nlohmann::json::parse(transport_->requests()[0].body)["participants"];
  EXPECT_EQ(sent, nlohmann::json::parse(R"(["5511999999999","5521988888888"])"));
  ASSERT_EQ(r->participants.size(), 2u);
  EXPECT_EQ(r->participants[0].participant, "+55 (11) 99999-9999");
  EXPECT_EQ(r->participants[0].result->jid, "5511999999999@s.whatsapp.net");
  EXPECT_EQ(r->participants[1].participant, "5521988888888");
  EXPECT_EQ(r->action, Action::kAdd);
  EXPECT_TRUE(r->all_succeeded());
}

TEST_F(ClientTest, InvalidInputSendsNothingAndNamesEveryBadItem) {
  auto r = Ryze().Remove(kGroup, {"5511999999999", "bogus", "12"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(r.error().request_sent);
  EXPECT_THAT(r.error().message, HasSubstr("2 of 3 participants are invalid"));
  EXPECT_THAT(r.error().message, HasSubstr("#2: invalid participant \"bogus\""));
  EXPECT_THAT(r.error().message, HasSubstr("#3: invalid participant \"12\""));
  EXPECT_EQ(transport_->count(), 0u);
}

TEST_F(ClientTest, NumbersNoNumberingPlanHoldsAreRefusedBeforeSending) {
  // Without a default region, "(11) 98888-7774" is +1 198...: no such area code.
  auto r = Ryze().Add(kGroup, {"(11) 98888-7774", "11999999999", "5511988887774"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(r.error().request_sent);
  EXPECT_THAT(r.error().message, HasSubstr("2 of 3 participants are invalid"));
  EXPECT_THAT(r.error().message, HasSubstr("#1: invalid participant \"(11) 98888-7774\""));
  EXPECT_THAT(r.error().message, HasSubstr("#2: invalid participant \"11999999999\""));
  EXPECT_EQ(transport_->count(), 0u);
}

TEST_F(ClientTest, DefaultRegionReadsNationalNumbers) {
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  options_.default_region = "br";
  auto r = Ryze().Add(kGroup, {"(11) 98888-7774", "+49 30 123456", "5511988887774"});
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(transport_->count(), 1u);
  auto sent = nlohmann::json::parse(transport_->requests()[0].body)["participants"];
  EXPECT_EQ(sent, nlohmann::json::parse(R"(["5511988887774","4930123456"])"));
  ASSERT_EQ(r->participants.size(), 2u);
  EXPECT_EQ(r->participants[0].participant, "(11) 98888-7774");
  EXPECT_EQ(r->participants[0].result->jid, "5511988887774@s.whatsapp.net");
}

TEST_F(ClientTest, JidsAreWhatsAppsOwnAndNotCheckedAgainstAPlan) {
  // WhatsApp still names some older Brazilian mobiles without the ninth
  // digit: as a JID such an id goes through, as a number it would not.
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  EXPECT_FALSE(Ryze().Remove(kGroup, {"551188887774"}));
  auto r = Ryze().Remove(kGroup, {"551188887774@s.whatsapp.net"});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(transport_->count(), 1u);
}

TEST_F(ClientTest, UnknownDefaultRegionFailsEveryCall) {
  options_.default_region = "XX";
  auto client = Ryze();
  auto check = client.CheckOptions();
  ASSERT_FALSE(check);
  EXPECT_EQ(check.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(check.error().message, HasSubstr("ClientOptions.default_region \"XX\""));
  EXPECT_FALSE(client.Add(kGroup, {"5511988887774"}));
  EXPECT_EQ(transport_->count(), 0u);
}

TEST_F(ClientTest, EmptyListAndBadGroupSendNothing) {
  auto empty = Ryze().Add(kGroup, {});
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(empty.error().message, HasSubstr("no participants"));
  auto bad_group = Ryze().Add("not a group!", {"5511999999999"});
  ASSERT_FALSE(bad_group);
  EXPECT_THAT(bad_group.error().message, HasSubstr("invalid group \"not a group!\""));
  EXPECT_EQ(transport_->count(), 0u);
}

TEST_F(ClientTest, TooManyParticipantsSendNothing) {
  options_.max_participants_per_call = 2;
  auto r = Ryze().Add(kGroup, {"5511999999991", "5511999999992", "5511999999993"});
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error().message, HasSubstr("exceed the limit of 2"));
  EXPECT_EQ(transport_->count(), 0u);
}

TEST_F(ClientTest, BadOptionsFailEveryCallWithoutLeakingTheToken) {
  ryze_.base_url = "ftp://example.com";
  auto client = Ryze();
  auto check = client.CheckOptions();
  ASSERT_FALSE(check);
  EXPECT_THAT(check.error().message, HasSubstr("RyzeOptions.base_url"));
  auto r = client.Add(kGroup, {"5511999999999"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(transport_->count(), 0u);

  ryze_.base_url = "https://ryze.test";
  ryze_.token = std::string(kToken) + "\r\nX-Injected: 1";
  auto injected = Ryze().CheckOptions();
  ASSERT_FALSE(injected);
  EXPECT_THAT(injected.error().message, HasSubstr("control characters"));
  EXPECT_THAT(injected.error().message, Not(HasSubstr(kToken)));

  ryze_.token.clear();
  auto missing = Ryze().CheckOptions();
  ASSERT_FALSE(missing);
  EXPECT_THAT(missing.error().message, HasSubstr("RyzeOptions.token is empty"));
}

// An instance of ".." used to send "POST /prefix/token/SECRET/add-participant":
// libcurl resolves dot segments, and percent-encoding leaves dots alone.
TEST_F(ClientTest, DotSegmentsNeverRewriteThePath) {
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  for (const char* instance : {".", "..", " .. ", "..\n"}) {
    ryze_.instance = instance;
    auto ryze = Ryze();
    ASSERT_FALSE(ryze.CheckOptions()) << instance;
    EXPECT_THAT(ryze.CheckOptions().error().message, HasSubstr("dot segment"));
    EXPECT_FALSE(ryze.Add(kGroup, {"5511999999999"}));
    ZApiOptions z;
    z.base_url = "https://zapi.test/prefix";
    z.instance = instance;
    z.token = "SECRET";
    EXPECT_FALSE(ParticipantsClient::ZApi(z, options_).Add(kGroup, {"5511999999999"}));
  }
  for (const char* token : {".", ".."}) {  // Z-API's token is a path segment too
    ZApiOptions z;
    z.base_url = "https://zapi.test";
    z.instance = "inst";
    z.token = token;
    EXPECT_FALSE(ParticipantsClient::ZApi(z, options_).CheckOptions()) << token;
  }
  for (const char* base : {"https://ryze.test/a/../b", "https://ryze.test/./x", "https://h/.."}) {
    ryze_.instance = "inst";
    ryze_.base_url = base;
    EXPECT_FALSE(Ryze().CheckOptions()) << base;
  }
  EXPECT_EQ(transport_->count(), 0u);
}

// Checked after trimming, so sent trimmed: "inst1\n" used to go out as inst1%0A.
TEST_F(ClientTest, TheInstanceIsSentExactlyAsValidated) {
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  ryze_.instance = " inst1\n";
  ASSERT_TRUE(Ryze().Add(kGroup, {"5511999999999"}));
  ZApiOptions z;
  z.base_url = "https://zapi.test";
  z.instance = "\tinst1 ";
  z.token = "t";
  transport_->SetFallback(
      [](const HttpRequest&) { return FakeTransport::Json(200, R"({"value":true})"); });
  ASSERT_TRUE(ParticipantsClient::ZApi(z, options_).Add(kGroup, {"5511999999999"}));
  ASSERT_EQ(transport_->count(), 2u);
  EXPECT_EQ(transport_->requests()[0].url, "https://ryze.test/api/group/participants/inst1");
  EXPECT_EQ(transport_->requests()[1].url,
            "https://zapi.test/instances/inst1/token/t/add-participant");
}

TEST_F(ClientTest, PlainHttpToTheProvidersOwnHostsIsRefused) {
  for (const char* base : {"http://ryzeapi.cloud", "HTTP://api.RyzeAPI.cloud:80/v1"}) {
    ryze_.base_url = base;
    auto check = Ryze().CheckOptions();
    ASSERT_FALSE(check) << base;
    EXPECT_THAT(check.error().message, HasSubstr("use https://"));
  }
  ZApiOptions z;
  z.instance = "i";
  z.token = "t";
  for (const char* base : {"http://api.z-api.io", "http://z-api.io/"}) {
    z.base_url = base;
    EXPECT_FALSE(ParticipantsClient::ZApi(z, options_).CheckOptions()) << base;
  }
  // Local servers and look-alike hosts stay allowed.
  for (const char* base : {"http://127.0.0.1:8080", "http://localhost", "http://notz-api.io",
                           "https://api.z-api.io"}) {
    z.base_url = base;
    EXPECT_TRUE(ParticipantsClient::ZApi(z, options_).CheckOptions()) << base;
  }
  EXPECT_EQ(transport_->count(), 0u);
}

TEST_F(ClientTest, RiskyTransportSettingsAreWarnedAboutOnceWhenTheClientIsMade) {
  std::vector<std::string> warnings;
  options_.logger = [&warnings](const LogRecord& r) {
    if (r.level == LogRecord::Level::kWarning) warnings.push_back(r.message);
  };
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  ryze_.base_url = "http://127.0.0.1:9";
  ASSERT_TRUE(Ryze().Add(kGroup, {"5511999999999"}));
  EXPECT_TRUE(warnings.empty()) << "a local plain-http server is fine";

  ryze_.base_url = "http://gateway.example";
  auto client = Ryze();
  ASSERT_TRUE(client.Add(kGroup, {"5511999999999"}));
  ASSERT_TRUE(client.Add(kGroup, {"5511999999999"}));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_THAT(warnings[0], HasSubstr("plain http:// to gateway.example"));

  // TLS verification off is said once, for the default transport.
  warnings.clear();
  options_.transport = nullptr;
  options_.curl.unsafe_disable_tls_verification = true;
  ryze_.base_url = "https://ryze.test";
  auto unsafe = Ryze();
  EXPECT_EQ(warnings.size(), 1u);
  EXPECT_THAT(warnings.at(0), HasSubstr("verification are OFF"));
}

}  // namespace
}  // namespace wa
