// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The registry of providers: what programs that choose a provider at run
// time see, and that a client built from it is the provider's own.

#include <memory>
#include <set>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fake_transport.hpp"
#include "fixtures.hpp"
#include "providers/descriptor.hpp"
#include "providers/ryze/ryze_backend.hpp"
#include "providers/zapi/zapi_backend.hpp"
#include "wa/participants.hpp"

namespace wa {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::FakeTransport;

TEST(ProviderRegistry, ListsEachProviderOnceWithItsSecrets) {
  std::set<std::string> names;
  for (const ProviderInfo& p : Providers()) {
    EXPECT_TRUE(names.insert(p.name).second) << p.name << " listed twice";
    EXPECT_FALSE(p.display_name.empty()) << p.name;
    // A public service's URL, or none for a self-hosted gateway.
    EXPECT_TRUE(p.default_base_url.empty() || p.default_base_url.rfind("https://", 0) == 0)
        << p.name;
    ASSERT_FALSE(p.secrets.empty()) << p.name;
    EXPECT_EQ(p.secrets[0].name, "token") << p.name;
    EXPECT_TRUE(p.secrets[0].required) << p.name;
    EXPECT_EQ(FindProvider(p.name), &p);
  }
  EXPECT_EQ(names, (std::set<std::string>{"zapi", "ryze", "evolution", "waha", "meta", "whapi"}));
  EXPECT_EQ(FindProvider("whatsmeow"), nullptr);
}

TEST(ProviderRegistry, ASelfHostedGatewayNeedsItsServersUrl) {
  auto transport = std::make_shared<FakeTransport>();
  ClientOptions options;
  options.transport = transport;
  ProviderSettings settings;
  settings.instance = "demo";
  settings.secrets["token"] = "key";
  for (const char* blank : {"", "   "}) {
    settings.base_url = blank;
    ParticipantsClient client = MakeClient("evolution", settings, options);
    auto check = client.CheckOptions();
    ASSERT_FALSE(check);
    EXPECT_EQ(check.error().code, ErrorCode::kInvalidArgument);
    EXPECT_THAT(check.error().message, HasSubstr("Evolution API is self-hosted"));
    EXPECT_THAT(check.error().message, HasSubstr("WA_BASE_URL"));
    EXPECT_FALSE(client.Remove("120363406289005073@g.us", {"5511999999999"}));
  }
  EXPECT_EQ(transport->count(), 0u);
}

TEST(ProviderRegistry, CapabilitiesAreTheProvidersOwn) {
  const ProviderInfo* zapi = FindProvider("zapi");
  const ProviderInfo* ryze = FindProvider("ryze");
  ASSERT_NE(zapi, nullptr);
  ASSERT_NE(ryze, nullptr);
  // Z-API: adds take phone numbers only, may invite, lists no requests.
  EXPECT_FALSE(zapi->capabilities.For(Action::kAdd).takes_lid);
  EXPECT_TRUE(zapi->capabilities.For(Action::kRemove).takes_lid);
  EXPECT_TRUE(zapi->capabilities.invite_if_restricted);
  EXPECT_FALSE(zapi->capabilities.pending_requests);
  EXPECT_FALSE(zapi->capabilities.documented_requests_per_minute.has_value());
  // RyzeAPI: 100 requests a minute, attempts outlast its 60 s and 90 s limits.
  EXPECT_EQ(ryze->capabilities.documented_requests_per_minute, 100);
  EXPECT_GT(ryze->capabilities.For(Action::kAdd).default_timeout, std::chrono::seconds(60));
  EXPECT_GT(ryze->capabilities.For(Action::kApprove).default_timeout, std::chrono::seconds(90));
  EXPECT_FALSE(ryze->capabilities.invite_if_restricted);
  // Evolution API: no join-request endpoints, so no approve, reject or listing.
  const ProviderInfo* evolution = FindProvider("evolution");
  ASSERT_NE(evolution, nullptr);
  EXPECT_TRUE(evolution->default_base_url.empty());
  EXPECT_FALSE(evolution->capabilities.For(Action::kApprove).supported);
  EXPECT_FALSE(evolution->capabilities.For(Action::kReject).supported);
  EXPECT_TRUE(evolution->capabilities.For(Action::kAdd).supported);
  EXPECT_FALSE(evolution->capabilities.pending_requests);
  EXPECT_TRUE(evolution->capabilities.group_read);
  // WAHA: every action, join-request listing, no public URL.
  const ProviderInfo* waha = FindProvider("waha");
  ASSERT_NE(waha, nullptr);
  EXPECT_TRUE(waha->default_base_url.empty());
  for (Action a : {Action::kAdd, Action::kRemove, Action::kPromote, Action::kDemote,
                   Action::kApprove, Action::kReject}) {
    EXPECT_TRUE(waha->capabilities.For(a).supported) << ToString(a);
  }
  EXPECT_TRUE(waha->capabilities.pending_requests);
  // Whapi.Cloud: a public URL; promote and demote answer for the batch only;
  // only join requests take LIDs.
  const ProviderInfo* whapi = FindProvider("whapi");
  ASSERT_NE(whapi, nullptr);
  EXPECT_EQ(whapi->default_base_url, "https://gate.whapi.cloud");
  EXPECT_TRUE(whapi->capabilities.pending_requests);
  EXPECT_FALSE(whapi->capabilities.For(Action::kPromote).answers_per_participant);
  EXPECT_FALSE(whapi->capabilities.For(Action::kDemote).answers_per_participant);
  EXPECT_TRUE(whapi->capabilities.For(Action::kAdd).answers_per_participant);
  EXPECT_FALSE(whapi->capabilities.For(Action::kAdd).takes_lid);
  EXPECT_TRUE(whapi->capabilities.For(Action::kApprove).takes_lid);
  // Meta: remove by eights (batch-level answer), approve and reject; no add,
  // promote or demote; Graph's public host; the instance is the version.
  const ProviderInfo* meta = FindProvider("meta");
  ASSERT_NE(meta, nullptr);
  EXPECT_EQ(meta->default_base_url, "https://graph.facebook.com");
  EXPECT_EQ(meta->default_instance, "v23.0");
  for (Action a : {Action::kAdd, Action::kPromote, Action::kDemote}) {
    EXPECT_FALSE(meta->capabilities.For(a).supported) << ToString(a);
  }
  for (Action a : {Action::kRemove, Action::kApprove, Action::kReject}) {
    EXPECT_TRUE(meta->capabilities.For(a).supported) << ToString(a);
    EXPECT_FALSE(meta->capabilities.For(a).takes_lid) << ToString(a);
  }
  EXPECT_EQ(meta->capabilities.For(Action::kRemove).max_batch, 8u);
  EXPECT_FALSE(meta->capabilities.For(Action::kRemove).answers_per_participant);
  EXPECT_TRUE(meta->capabilities.pending_requests);
  EXPECT_TRUE(meta->capabilities.group_read);
  EXPECT_TRUE(ryze->capabilities.pending_requests);
  // Z-API confirms only the batch; RyzeAPI answers for each participant.
  for (Action action : {Action::kAdd, Action::kRemove, Action::kPromote, Action::kDemote,
                        Action::kApprove, Action::kReject}) {
    EXPECT_FALSE(zapi->capabilities.For(action).answers_per_participant) << ToString(action);
    EXPECT_TRUE(ryze->capabilities.For(action).answers_per_participant) << ToString(action);
  }
}

// Whether a provider lists join requests is said twice, once for the
// compiler (which request builders the backend needs) and once for the
// client (which refuses before sending): the two must agree.
TEST(ProviderRegistry, TheWireAndTheCapabilitiesAgreeOnListingJoinRequests) {
  EXPECT_EQ(internal::ryze::Wire::kListsPendingRequests,
            FindProvider("ryze")->capabilities.pending_requests);
  EXPECT_EQ(internal::zapi::Wire::kListsPendingRequests,
            FindProvider("zapi")->capabilities.pending_requests);
}

// A backend alone, for a client assembled by hand: the same wire as
// MakeClient's, and the same refusal of bad settings, quoting no secret.
TEST(ProviderRegistry, BackendFactoriesBuildTheProvidersWire) {
  auto transport = std::make_shared<FakeTransport>();
  transport->Push(FakeTransport::Json(200, R"({"value":true})"));
  ZApiOptions zapi;
  zapi.base_url = "http://127.0.0.1:9";
  zapi.instance = "I";
  zapi.token = "SECRET-path-token";
  auto backend = MakeZApiBackend(zapi, transport);
  ASSERT_TRUE(backend) << backend.error().message;
  EXPECT_EQ((*backend)->provider(), "zapi");
  ClientOptions options;
  options.transport = transport;
  auto r =
      ParticipantsClient(*backend, options).Remove("120363019502650977-group", {"5544999999999"});
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(transport->count(), 1u);
  EXPECT_EQ(transport->requests().at(0).url,
            "http://127.0.0.1:9/instances/I/token/SECRET-path-token/remove-participant");

  RyzeOptions ryze;
  ryze.base_url = "http://127.0.0.1:9";
  ryze.token = "SECRET-header-token";  // no instance
  auto refused = MakeRyzeBackend(ryze, transport);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(refused.error().message, HasSubstr("RyzeOptions.instance"));
  EXPECT_THAT(refused.error().message, Not(HasSubstr("SECRET")));
  zapi.token = "..";
  auto dot = MakeZApiBackend(zapi, transport);
  ASSERT_FALSE(dot);
  EXPECT_EQ(dot.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(transport->count(), 1u);  // nothing more was sent
}

TEST(ProviderRegistry, UnknownProviderIsRefusedBeforeAnythingIsSent) {
  auto transport = std::make_shared<FakeTransport>();
  ClientOptions options;
  options.transport = transport;
  ParticipantsClient client = MakeClient("whatsmeow", ProviderSettings{}, options);
  auto check = client.CheckOptions();
  ASSERT_FALSE(check);
  EXPECT_EQ(check.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(
      check.error().message,
      HasSubstr("unknown provider \"whatsmeow\": use zapi, ryze, evolution, waha, meta or whapi"));
  auto r = client.Remove("120363406289005073@g.us", {"5511999999999"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(transport->count(), 0u);
}

TEST(ProviderRegistry, UnknownSecretNameIsRefusedWithoutQuotingItsValue) {
  auto transport = std::make_shared<FakeTransport>();
  ClientOptions options;
  options.transport = transport;
  ProviderSettings settings;
  settings.base_url = "http://127.0.0.1:1";
  settings.instance = "inst";
  settings.secrets = {{"token", "TOKEN-1"}, {"client_token", "SECRET-VALUE-9"}};
  // RyzeAPI has no Client-Token: a settings file meant for Z-API must not
  // drop it silently.
  auto check = MakeClient("ryze", settings, options).CheckOptions();
  ASSERT_FALSE(check);
  EXPECT_EQ(check.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(check.error().message, HasSubstr("\"client_token\""));
  EXPECT_THAT(check.error().message, Not(HasSubstr("SECRET-VALUE-9")));
  EXPECT_THAT(check.error().message, Not(HasSubstr("TOKEN-1")));
  EXPECT_EQ(transport->count(), 0u);
}

TEST(ProviderRegistry, SettingsReachTheProvidersWireForm) {
  auto transport = std::make_shared<FakeTransport>();
  transport->SetFallback([](const HttpRequest&) {
    HttpResponse ok;
    ok.status = 200;
    ok.body = R"({"value":true})";
    return Result<HttpResponse>(ok);
  });
  ClientOptions options;
  options.transport = transport;
  options.rate_limit = std::nullopt;
  ProviderSettings settings;
  settings.base_url = "http://127.0.0.1:9";
  settings.instance = "INST";
  settings.secrets = {{"token", "TOK"}, {"client_token", "CT"}};
  ParticipantsClient client = MakeClient("zapi", settings, options);
  ASSERT_TRUE(client.CheckOptions());
  auto r = client.Remove("120363019502650977-group", {"5544999999999"});
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(transport->count(), 1u);
  const HttpRequest sent = transport->requests()[0];
  EXPECT_EQ(sent.url, "http://127.0.0.1:9/instances/INST/token/TOK/remove-participant");
  bool client_token = false;
  for (const auto& [name, value] : sent.headers) {
    client_token = client_token || (name == "Client-Token" && value == "CT");
  }
  EXPECT_TRUE(client_token);
}

TEST(ProviderRegistry, ParseEventAsksEveryProviderAndNamesThemWhenNoneAnswers) {
  auto zapi = ParseEvent(R"({"notification":"GROUP_PARTICIPANT_LEAVE","phone":"1-group",
                             "notificationParameters":["5544999999999"]})");
  ASSERT_TRUE(zapi) << zapi.error().message;
  EXPECT_EQ(zapi->provider, "zapi");
  auto ryze = ParseEvent(R"({"event":"group.flow","data":{"type":"left","participants":[]}})");
  ASSERT_TRUE(ryze) << ryze.error().message;
  EXPECT_EQ(ryze->provider, "ryze");
  auto neither = ParseEvent(R"({"hello":"world"})");
  ASSERT_FALSE(neither);
  EXPECT_EQ(neither.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(neither.error().message, HasSubstr("Z-API"));
  EXPECT_THAT(neither.error().message, HasSubstr("RyzeAPI"));
}

}  // namespace
// Every provider's documented webhook is claimed by that provider alone:
// ParseEvent asks each in turn, and a second claimant would misread it.
TEST(ProviderRegistry, EachProvidersWebhooksAreItsOwnAlone) {
  for (const ProviderInfo& p : Providers()) {
    std::size_t checked = 0;
    for (const auto& row : testing_util::LoadManifest(p.name)) {
      if (!row.file || row.kind != "webhook") continue;
      SCOPED_TRACE(p.name + "/" + *row.file);
      // Meta publishes samples that are not JSON at all; its fixtures test
      // holds ParseEvent to each of them as published.
      if (!nlohmann::json::accept(testing_util::ReadFixture(p.name, *row.file),
                                  /*ignore_comments=*/true)) {
        continue;
      }
      nlohmann::json body = testing_util::FixtureJson(p.name, *row.file);
      ASSERT_TRUE(body.is_object());
      std::vector<std::string> owners;
      for (const auto& d : internal::Registry()) {
        if (d.owns_event(body)) owners.push_back(d.info.name);
      }
      EXPECT_EQ(owners, std::vector<std::string>{p.name});
      ++checked;
    }
    EXPECT_GT(checked, 0u) << p.name << " has no webhook example";
  }
}

}  // namespace wa
