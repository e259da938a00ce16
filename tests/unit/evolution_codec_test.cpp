// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Evolution API's wire rules beyond its examples: odd answers, the group
// forms, what is sent for short numbers and LIDs, and WhatsApp's refusals.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"

#include "providers/evolution/evolution_codec.hpp"

namespace wa::internal::evolution {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::Answer;

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));
constexpr const char* kGroup = "120363295648424210@g.us";
constexpr const char* kKey = "B6D711FCDE4D4FD5936544120E713976";

Result<BatchResult> Parse(const std::string& body, Action action = Action::kAdd,
                          std::vector<std::string> sent = {"5511999999999"}, int status = 201) {
  static std::vector<std::string> kept;
  kept = std::move(sent);
  return ParseManageResponse(Answer(status, body), action, kGroup, kept, kNow);
}

TEST(EvolutionCodec, GroupsAreJidsNeverInviteLinks) {
  EXPECT_EQ(*NormalizeGroup("120363295648424210@g.us"), kGroup);
  EXPECT_EQ(*NormalizeGroup("120363295648424210"), kGroup);
  EXPECT_EQ(*NormalizeGroup("5511999999999-1588721491@g.us"), "5511999999999-1588721491@g.us");
  for (const char* bad : {"https://chat.whatsapp.com/AbCdEf12345", "AbCdEf12345", "5511999999999",
                          "x@s.whatsapp.net", ""}) {
    auto g = NormalizeGroup(bad);
    ASSERT_FALSE(g) << bad;
    EXPECT_EQ(g.error().code, ErrorCode::kInvalidArgument);
    EXPECT_FALSE(g.error().request_sent);
  }
}

TEST(EvolutionCodec, ShortNumbersGoAsJidsToPassTheTenCharacterRule) {
  EXPECT_EQ(WireParticipant("5511999999999"), "5511999999999");
  EXPECT_EQ(WireParticipant("6831234"), "6831234@s.whatsapp.net");
  EXPECT_EQ(WireParticipant("199789077627112@lid"), "199789077627112@lid");
  auto r = BuildManageRequest(Config{"http://127.0.0.1:1", "i", kKey}, Action::kRemove, kGroup,
                              {"6831234", "199789077627112@lid"}, std::chrono::seconds(5));
  EXPECT_EQ(json::parse(r.body),
            json::parse(R"({"action":"remove","participants":["6831234@s.whatsapp.net",)"
                        R"("199789077627112@lid"]})"));
  // The key travels in a header only: never in the URL that gets logged.
  EXPECT_THAT(r.url, Not(HasSubstr(kKey)));
  EXPECT_THAT(r.redacted_url, Not(HasSubstr(kKey)));
}

TEST(EvolutionCodec, StatusAsNumberOrStringAndPromoteReportsAdmin) {
  auto r = Parse(R"({"updateParticipants":[{"status":200,"jid":"5511999999999@s.whatsapp.net"}]})",
                 Action::kPromote);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_TRUE(r->participants[0].result);
  EXPECT_TRUE(r->participants[0].result->is_admin);
  EXPECT_TRUE(r->participants[0].result->confirmed);
}

TEST(EvolutionCodec, RemoveOfANonMemberIsNotMember) {
  auto r =
      Parse(R"({"updateParticipants":[{"status":"404","jid":"5511999999999@s.whatsapp.net"}]})",
            Action::kRemove);
  ASSERT_TRUE(r);
  ASSERT_FALSE(r->participants[0].result);
  EXPECT_EQ(r->participants[0].result.error().code, ParticipantErrorCode::kNotMember);
  EXPECT_THAT(r->participants[0].result.error().message, HasSubstr("WhatsApp status 404"));
}

TEST(EvolutionCodec, AnEntryWithoutAStatusIsUnknownNotSuccess) {
  for (const char* entry : {R"({"jid":"5511999999999@s.whatsapp.net"})",
                            R"({"status":"ok","jid":"5511999999999@s.whatsapp.net"})",
                            R"({"status":true,"jid":"5511999999999@s.whatsapp.net"})"}) {
    auto r = Parse(std::string(R"({"updateParticipants":[)") + entry + "]}");
    ASSERT_TRUE(r) << entry;
    ASSERT_FALSE(r->participants[0].result) << entry;
    EXPECT_EQ(r->participants[0].result.error().code, ParticipantErrorCode::kUnknown);
  }
}

TEST(EvolutionCodec, UnansweredParticipantsAreUnknownAndAnEmptyArrayConfirmsNothing) {
  auto r = Parse(R"({"updateParticipants":[]})", Action::kAdd, {"5511999999999", "5521987654321"});
  ASSERT_TRUE(r);
  ASSERT_EQ(r->participants.size(), 2u);
  for (const auto& o : r->participants) {
    ASSERT_FALSE(o.result);
    EXPECT_EQ(o.result.error().code, ParticipantErrorCode::kUnknown);
  }
}

TEST(EvolutionCodec, ALidAnswerWithoutThePhoneStaysUnknown) {
  auto r = Parse(R"({"updateParticipants":[{"status":"200","jid":"162122214428868@lid"}]})");
  ASSERT_TRUE(r);
  ASSERT_FALSE(r->participants[0].result);
  EXPECT_EQ(r->participants[0].result.error().code, ParticipantErrorCode::kUnknown);
}

TEST(EvolutionCodec, RewrittenNumbersStillPair) {
  // Evolution drops Brazil's ninth digit for area codes 31 and up.
  auto r = Parse(R"({"updateParticipants":[{"status":"200","jid":"553199999999@s.whatsapp.net"}]})",
                 Action::kAdd, {"5531999999999"});
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->participants[0].result);
}

TEST(EvolutionCodec, AnswersWithoutTheArrayAreProtocolErrors) {
  for (const char* body :
       {"{}", R"({"updateParticipants":{}})", "[]", "not json", "", R"({"success":true})"}) {
    auto r = Parse(body);
    ASSERT_FALSE(r) << body;
    EXPECT_EQ(r.error().code, ErrorCode::kProtocol) << body;
    EXPECT_TRUE(r.error().request_sent);
  }
}

TEST(EvolutionCodec, WhatsAppRefusingTheWholeRequest) {
  struct Row {
    const char* text;
    ErrorCode code;
  };
  for (const Row& row : {Row{"Error: not-authorized", ErrorCode::kPermissionDenied},
                         Row{"Error: item-not-found", ErrorCode::kNotFound},
                         // The gateway lost WhatsApp mid-request: the outcome is unknown.
                         Row{"Error: Connection Closed", ErrorCode::kNetwork},
                         Row{"Error: Timed Out", ErrorCode::kTimeout},
                         Row{"Error: rate-overlimit", ErrorCode::kRateLimited},
                         Row{"Error: bad-request", ErrorCode::kInvalidArgument}}) {
    json body = {{"status", 400},
                 {"error", "Bad Request"},
                 {"response", {{"message", {"Error updating participants", row.text}}}}};
    auto r = Parse(body.dump(), Action::kAdd, {"5511999999999"}, 400);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, row.code) << row.text;
    EXPECT_THAT(r.error().provider_message, HasSubstr(row.text));
    const bool unknown = row.code == ErrorCode::kNetwork || row.code == ErrorCode::kTimeout;
    EXPECT_EQ(r.error().outcome_unknown(), unknown) << row.text;
    if (unknown) {
      EXPECT_THAT(r.error().message, HasSubstr("outcome"));
    }
  }
}

TEST(EvolutionCodec, GroupReadWithoutParticipantsIsNoEmptyGroup) {
  for (const char* body : {R"({"id":"120363295648424210@g.us"})", R"({"participants":[null]})",
                           R"({"participants":[{"admin":"admin"}]})", R"({"participants":[[]]})"}) {
    auto g = ParseGroupInfoResponse(Answer(200, body), kNow);
    ASSERT_FALSE(g) << body;
    EXPECT_EQ(g.error().code, ErrorCode::kProtocol) << body;
  }
}

TEST(EvolutionCodec, NoApprovalOrListing) {
  Capabilities c = ProviderCapabilities();
  EXPECT_FALSE(c.For(Action::kApprove).supported);
  EXPECT_FALSE(c.For(Action::kReject).supported);
  EXPECT_FALSE(c.pending_requests);
  EXPECT_TRUE(c.For(Action::kAdd).takes_lid);  // createJid passes "@lid" through
}

}  // namespace
}  // namespace wa::internal::evolution
