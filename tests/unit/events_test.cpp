// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
// Payloads in the providers' documented shapes (see tests/fixtures/ for
// their verbatim examples).
#include "wa/participants/events.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace wa {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string ZApi(const std::string& notification, const std::string& extra = "") {
  return R"({"isGroup": true, "instanceId": "INST", "phone": "120363019502650977-group",
             "participantPhone": "5511900000000", "momment": 1632228638000,
             "notification": ")" +
         notification + R"(", "notificationParameters": ["5544999999999", "199789077627112@lid"])" +
         extra + "}";
}

TEST(ParseEvent, EveryZApiNotification) {
  struct Row {
    const char* notification;
    GroupEventKind kind;
  };
  const Row rows[] = {
      {"MEMBERSHIP_APPROVAL_REQUEST", GroupEventKind::kJoinRequest},
      {"REVOKED_MEMBERSHIP_REQUESTS", GroupEventKind::kJoinRequestRevoked},
      {"GROUP_PARTICIPANT_ADD", GroupEventKind::kParticipantAdded},
      {"GROUP_PARTICIPANT_REMOVE", GroupEventKind::kParticipantRemoved},
      {"GROUP_PARTICIPANT_LEAVE", GroupEventKind::kParticipantLeft},
      {"GROUP_PARTICIPANT_PROMOTE", GroupEventKind::kParticipantPromoted},
      {"GROUP_PARTICIPANT_DEMOTE", GroupEventKind::kParticipantDemoted},
      // Joined through an invite link: nobody added them.
      {"GROUP_PARTICIPANT_INVITE", GroupEventKind::kParticipantJoined},
  };
  for (const auto& row : rows) {
    auto e = ParseEvent(ZApi(row.notification));
    ASSERT_TRUE(e) << e.error().message;
    EXPECT_EQ(e->kind, row.kind) << row.notification;
    EXPECT_EQ(e->provider, "zapi");
    EXPECT_EQ(e->type, row.notification);
    EXPECT_EQ(e->group, "120363019502650977-group");
    ASSERT_EQ(e->participants.size(), 2u);
    EXPECT_EQ(e->participants[0].phone, "5544999999999");
    EXPECT_EQ(e->participants[1].lid, "199789077627112@lid");
    // participantPhone: whoever caused the notification.
    ASSERT_TRUE(e->actor);
    EXPECT_EQ(e->actor->phone, "5511900000000");
    ASSERT_TRUE(e->time);
    EXPECT_EQ(
        std::chrono::duration_cast<std::chrono::milliseconds>(e->time->time_since_epoch()).count(),
        1632228638000);
    EXPECT_THAT(e->raw_json, HasSubstr(row.notification));
  }
}

TEST(ParseEvent, JoinRequestCarriesItsMethod) {
  auto e = ParseEvent(ZApi("MEMBERSHIP_APPROVAL_REQUEST", R"(, "requestMethod": "invite_link")"));
  ASSERT_TRUE(e);
  EXPECT_EQ(e->request_method, "invite_link");
}

TEST(ParseEvent, RyzeGroupFlowKindsAndTheTokenNeverSurvives) {
  struct Row {
    const char* type;
    GroupEventKind kind;
  };
  const Row rows[] = {{"joined", GroupEventKind::kParticipantAdded},
                      {"left", GroupEventKind::kParticipantLeft},
                      {"promoted", GroupEventKind::kParticipantPromoted},
                      {"demoted", GroupEventKind::kParticipantDemoted},
                      {"removed", GroupEventKind::kParticipantRemoved}};
  for (const auto& row : rows) {
    std::string body = R"({"event": "group.flow", "data": {"type": ")" + std::string(row.type) +
                       R"(", "groupJid": "120363406289005073@g.us",
        "participants": [{"jid": "5511999999999@s.whatsapp.net"}, "199789077627112@lid"]},
        "instanceData": {"instance": "my-instance", "token": "SECRET-INSTANCE-TOKEN"}})";
    auto e = ParseEvent(body);
    ASSERT_TRUE(e) << e.error().message;
    EXPECT_EQ(e->kind, row.kind) << row.type;
    EXPECT_EQ(e->provider, "ryze");
    EXPECT_EQ(e->type, row.type);
    EXPECT_EQ(e->group, "120363406289005073@g.us");
    ASSERT_EQ(e->participants.size(), 2u);
    EXPECT_EQ(e->participants[0].phone, "5511999999999");
    EXPECT_EQ(e->participants[1].lid, "199789077627112@lid");
    EXPECT_THAT(e->raw_json, Not(HasSubstr("SECRET-INSTANCE-TOKEN")));
    EXPECT_THAT(e->raw_json, HasSubstr("my-instance"));  // everything else is kept
  }
}

// Some Z-API deliveries carry LIDs without their "@lid": bare digits are a
// phone only when a numbering plan could hold them and the payload does not
// name them as a LID.
TEST(ParseEvent, BareLidsAreNotLabelledPhones) {
  auto e = ParseEvent(R"({"phone": "120363019502650977-group", "notification":
      "GROUP_PARTICIPANT_ADD", "participantPhone": "5511900000000",
      "notificationParameters": ["199789077627112", "5544999999999", "551199887766554"],
      "participantLid": "188888888888888@lid"})");
  ASSERT_TRUE(e) << e.error().message;
  ASSERT_EQ(e->participants.size(), 3u);
  // Fifteen digits behind country code 1: no numbering plan holds that.
  EXPECT_EQ(e->participants[0].lid, "199789077627112@lid");
  EXPECT_EQ(e->participants[0].phone, std::nullopt);
  EXPECT_EQ(e->participants[1].phone, "5544999999999");
  EXPECT_EQ(e->participants[1].lid, std::nullopt);
  // Fifteen digits behind 55: longer than any Brazilian number.
  EXPECT_EQ(e->participants[2].lid, "551199887766554@lid");
  ASSERT_TRUE(e->actor);
  EXPECT_EQ(e->actor->phone, "5511900000000");
  EXPECT_EQ(e->actor->lid, "188888888888888@lid");

  // A payload that names the digits as a LID wins over the numbering plans.
  auto named = ParseEvent(R"({"phone": "1-group", "notification": "GROUP_PARTICIPANT_LEAVE",
      "participantPhone": "5544999999999", "participantLid": "5544999999999",
      "notificationParameters": ["5544999999999"]})");
  ASSERT_TRUE(named) << named.error().message;
  EXPECT_EQ(named->participants[0].lid, "5544999999999@lid");
  EXPECT_EQ(named->participants[0].phone, std::nullopt);
}

TEST(ParseEvent, UnknownKindsAreKeptNotRejected) {
  auto z = ParseEvent(ZApi("GROUP_CREATE"));
  ASSERT_TRUE(z);
  EXPECT_EQ(z->kind, GroupEventKind::kOther);
  EXPECT_EQ(z->type, "GROUP_CREATE");
  auto r =
      ParseEvent(R"({"event": "group.flow", "data": {"type": "renamed", "groupJid": "1@g.us"}})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->kind, GroupEventKind::kOther);
  EXPECT_EQ(r->type, "renamed");
  auto other_group = ParseEvent(R"({"event": "group.update", "data": {"groupJid": "1@g.us"}})");
  ASSERT_TRUE(other_group);
  EXPECT_EQ(other_group->kind, GroupEventKind::kOther);
}

TEST(ParseEvent, NonEventsAreInvalidArguments) {
  for (const char* body : {"not json", "[1]", R"({"text": {"message": "hi"}})",
                           R"({"event": "messages.upsert", "data": {}})"}) {
    auto e = ParseEvent(body);
    ASSERT_FALSE(e) << body;
    EXPECT_EQ(e.error().code, ErrorCode::kInvalidArgument);
    EXPECT_THAT(e.error().message, HasSubstr("not a group event"));
  }
}

TEST(ParseEvent, AbsurdTimestampsAreIgnored) {
  // Found by fuzzing: 1e300 overflowed the time conversion.
  for (const char* when : {"1e300", "16327228638000"}) {
    auto e = ParseEvent(
        std::string(R"({"phone":"1-group","notification":"GROUP_PARTICIPANT_ADD","momment":)") +
        when + "}");
    ASSERT_TRUE(e);
    EXPECT_FALSE(e->time) << when;
  }
}

// Keys under which gateways carry secrets, anywhere in a delivery.
TEST(ParseEvent, SecretsUnderAnyKnownNameAreBlanked) {
  for (const char* key : {"apikey", "x-api-key", "X-Api-Key", "secret", "password", "jwt_key",
                          "hmac", "token", "Authorization"}) {
    std::string body = R"({"event":"group.v2.participants","session":"default","payload":{)"
                       R"("type":"join","group":{"id":"1@g.us"},"participants":[]},)"
                       R"("metadata":{")" +
                       std::string(key) + R"(":"SECRET-42"}})";
    auto e = ParseEvent(body);
    ASSERT_TRUE(e) << key << ": " << e.error().message;
    EXPECT_THAT(e->raw_json, Not(HasSubstr("SECRET-42"))) << key;
  }
}

// A delivery nested far deeper than any provider's is refused, not walked
// (the walk that blanks secrets would overflow the stack).
TEST(ParseEvent, AbsurdNestingIsRefused) {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  auto e = ParseEvent(R"({"event":"group-participants.update","instance":"x","data":{)"
                      R"("action":"add","id":"1@g.us","participants":[],"x":)" +
                      deep + "}}");
  ASSERT_FALSE(e);
  EXPECT_EQ(e.error().code, ErrorCode::kInvalidArgument);
  // Ordinary nesting still reads.
  auto ok = ParseEvent(R"({"event":"group-participants.update","instance":"x","data":{)"
                       R"("action":"add","id":"1@g.us","participants":[],"x":[[[[[[[[1]]]]]]]]}})");
  ASSERT_TRUE(ok) << ok.error().message;
}

TEST(ParseEvent, KindNamesAreStable) {
  EXPECT_EQ(ToString(GroupEventKind::kJoinRequest), "join_request");
  EXPECT_EQ(ToString(GroupEventKind::kParticipantLeft), "participant_left");
  EXPECT_EQ(ToString(GroupEventKind::kParticipantJoined), "participant_joined");
  EXPECT_EQ(ToString(GroupEventKind::kOther), "other");
}

}  // namespace
}  // namespace wa
