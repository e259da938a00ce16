// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// WAHA's wire rules beyond its examples: the group and participant forms,
// each engine's odd answers, and what an older server's 404 means.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"

#include "providers/waha/waha_codec.hpp"

namespace wa::internal::waha {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using testing_util::Answer;

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));
constexpr const char* kGroup = "120363012345678901@g.us";

TEST(WahaCodec, GroupsAreIdsNeverInviteLinks) {
  EXPECT_EQ(*NormalizeGroup("120363012345678901@g.us"), kGroup);
  EXPECT_EQ(*NormalizeGroup("120363012345678901-group"), kGroup);
  for (const char* bad :
       {"https://chat.whatsapp.com/AbCdEf12345", "AbCdEf12345", "5511999999999"}) {
    auto g = NormalizeGroup(bad);
    ASSERT_FALSE(g) << bad;
    EXPECT_EQ(g.error().code, ErrorCode::kInvalidArgument);
  }
}

TEST(WahaCodec, PhonesGoAsCusAndLidsAsThemselves) {
  auto r =
      BuildManageRequest(Config{"http://127.0.0.1:1", "my session", "k"}, Action::kPromote, kGroup,
                         {"5511999999999", "199789077627112@lid"}, std::chrono::seconds(5));
  EXPECT_EQ(json::parse(r.body), json::parse(R"({"participants":[{"id":"5511999999999@c.us"},)"
                                             R"({"id":"199789077627112@lid"}]})"));
  EXPECT_EQ(r.url,
            "http://127.0.0.1:1/api/my%20session/groups/120363012345678901%40g.us/admin/promote");
}

TEST(WahaCodec, WebjsPrivacyRefusalWithoutAnInvitationIsPrivacyRestricted) {
  auto r = ParseManageResponse(
      Answer(200, R"({"5511999999999@c.us":{"code":403,"message":"invitation only",)"
                  R"("isInviteV4Sent":false}})"),
      Action::kAdd, kGroup, {"5511999999999"}, kNow);
  ASSERT_TRUE(r);
  ASSERT_FALSE(r->participants[0].result);
  EXPECT_EQ(r->participants[0].result.error().code, ParticipantErrorCode::kPrivacyRestricted);
  EXPECT_EQ(r->participants[0].result.error().message, "WhatsApp status 403: invitation only");
}

TEST(WahaCodec, ABatchLevelFailureLeavesEveryoneUnknown) {
  auto r = ParseManageResponse(Answer(200, R"({"status":500})"), Action::kRemove, kGroup,
                               {"5511999999999"}, kNow);
  ASSERT_TRUE(r);
  ASSERT_FALSE(r->participants[0].result);
  EXPECT_EQ(r->participants[0].result.error().code, ParticipantErrorCode::kUnknown);
}

TEST(WahaCodec, GowsAnsweringALidStillPairsByItsPhone) {
  auto r = ParseManageResponse(
      Answer(200, R"([{"JID":"162122214428868@lid","PhoneNumber":"5511999999999@s.whatsapp.net",)"
                  R"("Error":409}])"),
      Action::kAdd, kGroup, {"5511999999999"}, kNow);
  ASSERT_TRUE(r);
  ASSERT_FALSE(r->participants[0].result);
  EXPECT_EQ(r->participants[0].result.error().code, ParticipantErrorCode::kAlreadyMember);
}

TEST(WahaCodec, UnknownTextOrShapesAreProtocolErrors) {
  for (const char* body : {"something went wrong", "42", R"("text")", R"({"x":1})"}) {
    auto r = ParseManageResponse(Answer(200, body), Action::kAdd, kGroup, {"5511999999999"}, kNow);
    ASSERT_FALSE(r) << body;
    EXPECT_EQ(r.error().code, ErrorCode::kProtocol) << body;
    EXPECT_TRUE(r.error().request_sent);
  }
}

TEST(WahaCodec, ASessionThatIsNotWorkingIsUnavailable) {
  auto r = ParseManageResponse(
      Answer(422,
             R"({"error":"Session status is not as expected. Try again later or restart the )"
             R"(session","session":"default","status":"SCAN_QR_CODE","expected":["WORKING"]})"),
      Action::kAdd, kGroup, {"5511999999999"}, kNow);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnavailable);
  EXPECT_THAT(r.error().provider_message, HasSubstr("Session status is not as expected"));
}

TEST(WahaCodec, AnOlderServerHasNoJoinRequestRoutes) {
  const std::string body =
      R"({"message":"Cannot POST /api/default/groups/x/participants/join-requests/approve",)"
      R"("error":"Not Found","statusCode":404})";
  auto r =
      ParseManageResponse(Answer(404, body), Action::kApprove, kGroup, {"5511999999999"}, kNow);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
  EXPECT_THAT(r.error().message, HasSubstr("only since its 2026 releases"));
  auto list = ParsePendingRequestsResponse(Answer(404, body), kNow);
  ASSERT_FALSE(list);
  EXPECT_THAT(list.error().message, HasSubstr("only since its 2026 releases"));
}

TEST(WahaCodec, A404ForAMissingSessionIsNoMissingRoute) {
  auto r = ParseManageResponse(
      Answer(404, R"({"message":"We didn't find a session with name 'x'.","error":"Not Found",)"
                  R"("statusCode":404})"),
      Action::kApprove, kGroup, {"5511999999999"}, kNow);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
  EXPECT_THAT(r.error().message, ::testing::Not(HasSubstr("2026 releases")));
}

TEST(WahaCodec, WhatsAppRefusalsInsideA500) {
  auto r = ParseManageResponse(
      Answer(500, R"({"statusCode":500,"exception":{"message":"not-authorized"}})"), Action::kAdd,
      kGroup, {"5511999999999"}, kNow);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kPermissionDenied);
  auto limited = ParseManageResponse(
      Answer(500, R"({"statusCode":500,"exception":{"message":"rate-overlimit"}})"), Action::kAdd,
      kGroup, {"5511999999999"}, kNow);
  ASSERT_FALSE(limited);
  EXPECT_EQ(limited.error().code, ErrorCode::kRateLimited);
  auto timed_out =
      ParseManageResponse(Answer(500, R"({"statusCode":500,"exception":{"message":"Timed Out"}})"),
                          Action::kAdd, kGroup, {"5511999999999"}, kNow);
  ASSERT_FALSE(timed_out);
  EXPECT_TRUE(timed_out.error().outcome_unknown());
}

TEST(WahaCodec, AWebjsIdWithoutItsSerialFormIsReadFromItsParts) {
  auto g = ParseGroupReadResponse(
      Answer(200, R"([{"id":{"user":"5511999999999","server":"c.us"},"isAdmin":false}])"), kNow);
  ASSERT_TRUE(g) << g.error().message;
  ASSERT_EQ(g->members.size(), 1u);
  EXPECT_EQ(g->members[0].phone, "5511999999999");
}

TEST(WahaCodec, MembersWhoLeftAreNoMembersAndNoListIsNoGroup) {
  auto g = ParseGroupReadResponse(Answer(200, R"([{"id":"5511999999999@c.us","role":"left"},)"
                                              R"({"id":"5511988887777@c.us","role":"admin"}])"),
                                  kNow);
  ASSERT_TRUE(g);
  ASSERT_EQ(g->members.size(), 1u);
  EXPECT_TRUE(g->members[0].is_admin);
  EXPECT_EQ(g->members[0].phone, "5511988887777");
  // A member entry that names nobody would read as "absent": no read.
  for (const char* body : {"{}", R"({"participants":{}})", "nope", "[null]", "[[[]]]",
                           R"([{"id":"5511988887777@c.us","role":"admin"},{"admin":null}])",
                           R"([{"status":"200","jid":"5511988887777@s.whatsapp.net"}])"}) {
    auto bad = ParseGroupReadResponse(Answer(200, body), kNow);
    ASSERT_FALSE(bad) << body;
    EXPECT_EQ(bad.error().code, ErrorCode::kProtocol) << body;
  }
}

}  // namespace
}  // namespace wa::internal::waha
