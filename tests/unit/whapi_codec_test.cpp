// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Whapi.Cloud's wire rules beyond its examples: the method and route of
// each action, what its 401s and 409 mean, and approve and reject going out
// one application per request under the client's limiter.

#include <set>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fake_transport.hpp"
#include "fixtures.hpp"
#include "providers/whapi/whapi_codec.hpp"
#include "wa/participants/whapi.hpp"

namespace wa::internal::whapi {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::Answer;
using testing_util::FakeTransport;

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));
constexpr const char* kGroup = "120363012345678901@g.us";
const Config kConfig{"http://127.0.0.1:1", "SECRET-TOKEN"};

HttpRequest Build(Action action, const std::vector<std::string>& participants) {
  return BuildManageRequest(kConfig, action, kGroup, participants, std::chrono::seconds(5));
}

TEST(WhapiCodec, EachActionHasItsMethodRouteAndBody) {
  struct Row {
    Action action;
    HttpMethod method;
    const char* route;
  };
  for (const Row& row : {Row{Action::kAdd, HttpMethod::kPost, "/participants"},
                         Row{Action::kRemove, HttpMethod::kDelete, "/participants"},
                         Row{Action::kPromote, HttpMethod::kPatch, "/admins"},
                         Row{Action::kDemote, HttpMethod::kDelete, "/admins"}}) {
    SCOPED_TRACE(ToString(row.action));
    auto r = Build(row.action, {"5511999999999", "5521988888888"});
    EXPECT_EQ(r.method, row.method);
    // The id is one path segment, its '@' escaped.
    EXPECT_EQ(r.url,
              std::string("http://127.0.0.1:1/groups/120363012345678901%40g.us") + row.route);
    EXPECT_EQ(json::parse(r.body),
              json::parse(R"({"participants":["5511999999999","5521988888888"]})"));
    EXPECT_THAT(r.headers, ::testing::Contains(std::make_pair(std::string("Authorization"),
                                                              std::string("Bearer SECRET-TOKEN"))));
    // The token travels in a header only: never in the URL a log may show.
    EXPECT_THAT(r.url, Not(HasSubstr("SECRET")));
    EXPECT_THAT(r.redacted_url, Not(HasSubstr("SECRET")));
  }
}

TEST(WhapiCodec, AJoinRequestIsOneApplicationByChatId) {
  auto approve = Build(Action::kApprove, {"5511999999999"});
  EXPECT_EQ(approve.method, HttpMethod::kPost);
  EXPECT_EQ(approve.url, "http://127.0.0.1:1/groups/120363012345678901%40g.us/applications");
  EXPECT_EQ(json::parse(approve.body),
            json::parse(R"({"application":"5511999999999@s.whatsapp.net"})"));
  auto reject = Build(Action::kReject, {"199789077627112@lid"});
  EXPECT_EQ(reject.method, HttpMethod::kDelete);
  EXPECT_EQ(json::parse(reject.body), json::parse(R"({"application":"199789077627112@lid"})"));
  EXPECT_TRUE(OneRequestPerParticipant(Action::kApprove));
  EXPECT_TRUE(OneRequestPerParticipant(Action::kReject));
  EXPECT_FALSE(OneRequestPerParticipant(Action::kAdd));
}

TEST(WhapiCodec, ContactActionsTakePhonesOnly) {
  auto caps = ProviderCapabilities();
  for (Action a : {Action::kAdd, Action::kRemove, Action::kPromote, Action::kDemote}) {
    EXPECT_FALSE(caps.For(a).takes_lid) << ToString(a);
  }
  EXPECT_TRUE(caps.For(Action::kApprove).takes_lid);
  EXPECT_FALSE(caps.For(Action::kPromote).answers_per_participant);
  EXPECT_TRUE(caps.pending_requests);
}

TEST(WhapiCodec, GroupsAreGroupIds) {
  EXPECT_EQ(*NormalizeGroup(kGroup), kGroup);
  for (const char* bad : {"https://chat.whatsapp.com/AbCdEf12345", "5511999999999", ""}) {
    auto g = NormalizeGroup(bad);
    ASSERT_FALSE(g) << bad;
    EXPECT_EQ(g.error().code, ErrorCode::kInvalidArgument);
  }
}

TEST(WhapiCodec, The401ThatNeedsChannelAuthorizationIsADisconnectedSession) {
  auto session = ParseErrorResponse(
      Answer(
          401,
          R"({"error":{"code":401,"message":"need channel authorization for add participant"}})"),
      Action::kAdd, kNow);
  EXPECT_EQ(session.code, ErrorCode::kUnavailable);
  EXPECT_THAT(session.message, HasSubstr("reconnect it"));
  auto token = ParseErrorResponse(Answer(401, R"({"error":{"code":401,"message":"Unauthorized"}})"),
                                  Action::kAdd, kNow);
  EXPECT_EQ(token.code, ErrorCode::kUnauthenticated);
}

TEST(WhapiCodec, AlreadyInTheGroupIsTheRequestsFault) {
  auto e = ParseErrorResponse(
      Answer(409, R"({"error":{"code":409,"message":"Specified participant already in group"}})"),
      Action::kAdd, kNow);
  EXPECT_EQ(e.code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(e.provider_message, "Specified participant already in group");
  auto missing = ParseErrorResponse(
      Answer(404, R"({"error":{"code":404,"message":"Specified group not found"}})"), Action::kAdd,
      kNow);
  EXPECT_EQ(missing.code, ErrorCode::kNotFound);
}

TEST(WhapiCodec, ABatchLevelAnswerConfirmsNobody) {
  auto ok = ParseManageResponse(Answer(200, R"({"success":true})"), Action::kPromote, kGroup,
                                {"5511999999999", "5521988888888"}, kNow);
  ASSERT_TRUE(ok);
  ASSERT_EQ(ok->participants.size(), 2u);
  for (const auto& p : ok->participants) {
    ASSERT_TRUE(p.result);
    EXPECT_FALSE(p.result->confirmed);
  }
  auto refused = ParseManageResponse(Answer(200, R"({"success":false})"), Action::kDemote, kGroup,
                                     {"5511999999999"}, kNow);
  ASSERT_TRUE(refused);
  EXPECT_FALSE(refused->participants[0].result);
  auto odd = ParseManageResponse(Answer(200, R"({"ok":1})"), Action::kAdd, kGroup,
                                 {"5511999999999"}, kNow);
  ASSERT_FALSE(odd);
  EXPECT_EQ(odd.error().code, ErrorCode::kProtocol);
}

// The client over a scripted transport: each application its own request.
ParticipantsClient Client(const std::shared_ptr<FakeTransport>& transport,
                          std::optional<RateLimit> rate = std::nullopt) {
  WhapiOptions w;
  w.base_url = "https://whapi.test";
  w.token = "SECRET-TOKEN";
  ClientOptions options;
  options.transport = transport;
  options.rate_limit = rate;
  options.retry.max_attempts = 3;
  options.retry.initial_backoff = std::chrono::milliseconds(1);
  return MakeClient(w, options);
}

std::string ApplicationOf(const HttpRequest& r) {
  return json::parse(r.body).at("application").get<std::string>();
}

TEST(WhapiOnePerRequest, EachParticipantGetsItsOwnAnswer) {
  auto transport = std::make_shared<FakeTransport>();
  transport->SetFallback([](const HttpRequest& r) -> Result<HttpResponse> {
    const std::string app = ApplicationOf(r);
    if (app == "5521988888888@s.whatsapp.net") {
      return FakeTransport::Json(
          200, R"([{"chatId":")" + app + R"(","success":false,"error":"no such application"}])");
    }
    return FakeTransport::Json(200, R"([{"chatId":")" + app + R"(","success":true}])");
  });
  auto r = Client(transport).Approve(kGroup, {"5511999999999", "5521988888888", "5531977777777"});
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), 3u);
  EXPECT_TRUE(r->participants[0].result);
  ASSERT_FALSE(r->participants[1].result);
  EXPECT_THAT(r->participants[1].result.error().message, HasSubstr("no such application"));
  EXPECT_TRUE(r->participants[2].result);
  // One request per application, each sent once.
  auto sent = transport->requests();
  ASSERT_EQ(sent.size(), 3u);
  std::set<std::string> apps;
  for (const auto& s : sent) apps.insert(ApplicationOf(s));
  EXPECT_EQ(apps.size(), 3u);
}

TEST(WhapiOnePerRequest, ARequestThatMayHaveLeftLeavesOnlyItsParticipantUnknown) {
  auto transport = std::make_shared<FakeTransport>();
  transport->SetFallback([](const HttpRequest& r) -> Result<HttpResponse> {
    const std::string app = ApplicationOf(r);
    if (app == "5521988888888@s.whatsapp.net") {
      Error e = MakeLocalError(ErrorCode::kNetwork, "connection reset after sending");
      e.request_sent = true;
      return Unexpected(e);
    }
    return FakeTransport::Json(200, R"([{"chatId":")" + app + R"(","success":true}])");
  });
  auto r = Client(transport).Reject(kGroup, {"5511999999999", "5521988888888"});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_TRUE(r->participants[0].result);
  ASSERT_FALSE(r->participants[1].result);
  EXPECT_EQ(r->participants[1].result.error().code, ParticipantErrorCode::kUnknown);
  EXPECT_THAT(r->participants[1].result.error().message, HasSubstr("may have been sent"));
  // Neither request is sent again: the one that failed may have been applied.
  EXPECT_EQ(transport->count(), 2u);
}

TEST(WhapiOnePerRequest, WhenEveryRequestFailsNoneThatMayHaveLeftIsSentAgain) {
  auto transport = std::make_shared<FakeTransport>();
  // The first is refused with a 429 (retryable on its own), the second
  // breaks after sending (its outcome unknown): the call must not retry.
  transport->SetFallback([](const HttpRequest& r) -> Result<HttpResponse> {
    if (ApplicationOf(r) == "5511999999999@s.whatsapp.net") {
      return FakeTransport::Json(429, R"({"error":{"code":429,"message":"slow down"}})");
    }
    Error e = MakeLocalError(ErrorCode::kNetwork, "connection reset after sending");
    e.request_sent = true;
    return Unexpected(e);
  });
  auto r = Client(transport).Approve(kGroup, {"5511999999999", "5521988888888"});
  ASSERT_FALSE(r);
  EXPECT_TRUE(r.error().outcome_unknown()) << r.error().message;
  EXPECT_EQ(transport->count(), 2u);  // each sent once, and neither again
}

TEST(WhapiOnePerRequest, EachFurtherRequestWaitsForItsOwnPermit) {
  auto transport = std::make_shared<FakeTransport>();
  transport->SetFallback([](const HttpRequest& r) -> Result<HttpResponse> {
    return FakeTransport::Json(200, R"([{"chatId":")" + ApplicationOf(r) + R"(","success":true}])");
  });
  // One permit a minute, and no waiting for the next: the first request
  // goes, the second is refused before sending.
  RateLimit rate;
  rate.requests = 1;
  rate.period = std::chrono::minutes(1);
  rate.max_wait = std::chrono::milliseconds(0);
  auto r = Client(transport, rate).Approve(kGroup, {"5511999999999", "5521988888888"});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_TRUE(r->participants[0].result);
  ASSERT_FALSE(r->participants[1].result);
  EXPECT_THAT(r->participants[1].result.error().message, HasSubstr("nothing was sent"));
  EXPECT_EQ(transport->count(), 1u);
}

TEST(WhapiOnePerRequest, PendingRequestsReadEveryPage) {
  auto transport = std::make_shared<FakeTransport>();
  transport->Push(FakeTransport::Json(
      200, R"({"applications":[{"chatId":"5511944444444@s.whatsapp.net","timestamp":1717680789},)"
           R"({"chatId":"5511933333333@s.whatsapp.net","timestamp":1717680790}],)"
           R"("count":2,"total":3,"offset":0})"));
  transport->Push(FakeTransport::Json(
      200, R"({"applications":[{"chatId":"199789077627112@lid","timestamp":1717680791}],)"
           R"("count":1,"total":3,"offset":2})"));
  auto listed = Client(transport).PendingRequests(kGroup);
  ASSERT_TRUE(listed) << listed.error().message;
  ASSERT_EQ(listed->size(), 3u);
  EXPECT_EQ((*listed)[1].phone, "5511933333333");
  EXPECT_EQ((*listed)[2].jid, "199789077627112@lid");
  auto sent = transport->requests();
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_THAT(sent[0].url, Not(HasSubstr("offset=")));
  EXPECT_THAT(sent[1].url, HasSubstr("offset=2"));
}

TEST(WhapiOnePerRequest, AnEmptyPageEndsTheListingWhateverTheTotalSays) {
  auto page = ParseJoinRequestPageResponse(
      Answer(200, R"({"applications":[],"count":0,"total":40,"offset":500})"), kNow);
  ASSERT_TRUE(page);
  EXPECT_TRUE(page->entries.empty());
  EXPECT_EQ(page->next_cursor, "");
}

}  // namespace
}  // namespace wa::internal::whapi
