// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/ryze/ryze_codec.hpp"

#include <iterator>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace wa::internal::ryze {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));

Config TestConfig() { return Config{"https://ryzeapi.cloud", "my instance", "s3cr3t-token"}; }

HttpResponse Json(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  r.headers = {{"content-type", "application/json"}};
  return r;
}

TEST(RyzeBuild, ManageRequestMatchesTheReferencePage) {
  auto r = BuildManageRequest(TestConfig(), Action::kAdd, "120363406289005073@g.us",
                              {"5511999999999", "5521988888888"}, std::chrono::seconds(75));
  EXPECT_EQ(r.method, HttpMethod::kPost);
  EXPECT_EQ(r.url, "https://ryzeapi.cloud/api/group/participants/my%20instance");
  EXPECT_EQ(r.timeout, std::chrono::seconds(75));
  auto body = nlohmann::json::parse(r.body);
  EXPECT_EQ(body, nlohmann::json::parse(R"({"action": "add",
    "identifier": "120363406289005073@g.us",
    "participants": ["5511999999999", "5521988888888"]})"));
  EXPECT_THAT(r.headers, ::testing::Contains(
                             std::make_pair(std::string("token"), std::string("s3cr3t-token"))));
  EXPECT_THAT(r.headers, ::testing::Contains(std::make_pair(std::string("Content-Type"),
                                                            std::string("application/json"))));
}

TEST(RyzeBuild, EveryActionUsesItsWord) {
  for (Action a : {Action::kAdd, Action::kRemove, Action::kPromote, Action::kDemote,
                   Action::kApprove, Action::kReject}) {
    auto r = BuildManageRequest(TestConfig(), a, "g@g.us", {"1234567"}, std::chrono::seconds(1));
    EXPECT_EQ(nlohmann::json::parse(r.body)["action"], std::string(ToString(a)));
  }
}

TEST(RyzeBuild, PendingRequestsEncodesTheLinkForm) {
  auto r = BuildPendingRequestsRequest(TestConfig(), "https://chat.whatsapp.com/ABC",
                                       std::chrono::seconds(30));
  EXPECT_EQ(r.method, HttpMethod::kGet);
  EXPECT_EQ(r.url,
            "https://ryzeapi.cloud/api/group/requests/my%20instance?identifier="
            "https%3A%2F%2Fchat.whatsapp.com%2FABC");
  EXPECT_TRUE(r.body.empty());
}

TEST(RyzeParse, PartialSuccessFromTheReferencePage) {
  auto resp = Json(200, R"js({
    "success": true, "message": "Successfully added 2 participant(s)",
    "groupJid": "120363406289005073@g.us", "action": "add", "participants": [
     {"jid": "5511999999999@s.whatsapp.net", "isAdmin": false, "isSuperAdmin": false, "success": true},
     {"jid": "5521988888888@s.whatsapp.net", "isAdmin": false, "isSuperAdmin": false, "success": false,
      "error": "user not on whatsapp"}]})js");
  auto r = ParseManageResponse(resp, Action::kAdd, "120363406289005073@g.us",
                               {"5511999999999", "5521988888888"}, kNow);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->group, "120363406289005073@g.us");
  ASSERT_EQ(r->participants.size(), 2u);
  ASSERT_TRUE(r->participants[0].result);
  EXPECT_EQ(r->participants[0].result->jid, "5511999999999@s.whatsapp.net");
  EXPECT_TRUE(r->participants[0].result->confirmed);
  ASSERT_FALSE(r->participants[1].result);
  EXPECT_EQ(r->participants[1].result.error().code, ParticipantErrorCode::kNotOnWhatsApp);
  EXPECT_EQ(r->participants[1].result.error().message, "user not on whatsapp");
  EXPECT_EQ(r->succeeded(), 1u);
}

TEST(RyzeParse, MatchesByNumberWhateverTheOrderAndForm) {
  auto resp = Json(200, R"({"success": true, "participants": [
     {"jid": "5521988888888@s.whatsapp.net", "success": true},
     {"jid": "551199999999@s.whatsapp.net", "success": true, "isAdmin": true}]})");
  auto r = ParseManageResponse(resp, Action::kPromote, "g@g.us", {"5511999999999", "5521988888888"},
                               kNow);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->participants[0].participant, "5511999999999");
  EXPECT_EQ(r->participants[0].result->jid, "551199999999@s.whatsapp.net");
  EXPECT_TRUE(r->participants[0].result->is_admin);
  EXPECT_EQ(r->participants[1].result->jid, "5521988888888@s.whatsapp.net");
}

TEST(RyzeParse, MissingParticipantIsUnknownNeverDropped) {
  auto resp = Json(200, R"({"success": true, "participants": [
     {"jid": "5511999999999@s.whatsapp.net", "success": true}]})");
  auto r = ParseManageResponse(resp, Action::kRemove, "g@g.us",
                               {"5511999999999", "5521988888888", "5531977777777"}, kNow);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->participants.size(), 3u);
  EXPECT_TRUE(r->participants[0].result);
  for (int i : {1, 2}) {
    ASSERT_FALSE(r->participants[i].result);
    EXPECT_EQ(r->participants[i].result.error().code, ParticipantErrorCode::kUnknown);
    EXPECT_THAT(r->participants[i].result.error().message, HasSubstr("did not report"));
  }
}

// A phone answered with its LID cannot be tied to the phone by anything in
// the answer: guessing by position could report one person's failure as
// another's, so the outcome is unknown (a verifying group read settles it).
TEST(RyzeParse, PhoneAnsweredWithLidIsUnknownNeverPairedByPosition) {
  auto two = Json(200, R"({"success": true, "participants": [
     {"jid": "199789077627112@lid", "success": false, "error": "403"},
     {"jid": "188888888888888@lid", "success": true}]})");
  auto r =
      ParseManageResponse(two, Action::kReject, "g@g.us", {"5511944444444", "5511933333333"}, kNow);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->participants.size(), 2u);
  for (const auto& p : r->participants) {
    ASSERT_FALSE(p.result) << p.participant;
    EXPECT_EQ(p.result.error().code, ParticipantErrorCode::kUnknown);
    EXPECT_THAT(p.result.error().message, HasSubstr("199789077627112@lid"));
    EXPECT_THAT(p.result.error().message, HasSubstr("verify"));
  }

  auto one = Json(200, R"({"success": true, "participants": [
     {"jid": "199789077627112@lid", "success": true}]})");
  auto r1 = ParseManageResponse(one, Action::kApprove, "g@g.us", {"5511944444444"}, kNow);
  ASSERT_TRUE(r1);
  ASSERT_FALSE(r1->participants[0].result);
  EXPECT_EQ(r1->participants[0].result.error().code, ParticipantErrorCode::kUnknown);

  // Sent as the LID, matched as the LID.
  auto by_lid = ParseManageResponse(one, Action::kApprove, "g@g.us", {"199789077627112@lid"}, kNow);
  ASSERT_TRUE(by_lid);
  EXPECT_TRUE(by_lid->participants[0].result);
}

// A 200 that does not carry the participants array says nothing about
// anyone: that is a protocol error, never "nobody was reported on".
TEST(RyzeParse, AnswerWithoutAParticipantsArrayIsAProtocolError) {
  for (const char* body : {R"({"success": true})", R"({"success": true, "participants": {}})",
                           R"({"success": true, "participants": "5511944444444"})",
                           R"({"success": true, "participants": null})"}) {
    auto r =
        ParseManageResponse(Json(200, body), Action::kRemove, "g@g.us", {"5511944444444"}, kNow);
    ASSERT_FALSE(r) << body;
    EXPECT_EQ(r.error().code, ErrorCode::kProtocol) << body;
    EXPECT_THAT(r.error().message, HasSubstr("participants"));
    EXPECT_THAT(r.error().message, HasSubstr("outcome is unknown"));
    EXPECT_TRUE(r.error().request_sent);
  }
}

TEST(RyzeParse, ClassifiesKnownReasonsAndKeepsTheText) {
  struct Row {
    const char* reason;
    ParticipantErrorCode code;
  };
  const Row rows[] = {
      {"user not on whatsapp", ParticipantErrorCode::kNotOnWhatsApp},
      {"privacy settings do not allow adding this user", ParticipantErrorCode::kPrivacyRestricted},
      {"403", ParticipantErrorCode::kPrivacyRestricted},
      {"user is already a member of the group", ParticipantErrorCode::kAlreadyMember},
      {"409", ParticipantErrorCode::kAlreadyMember},
      {"user is not a member of the group", ParticipantErrorCode::kNotMember},
      {"Not authorized", ParticipantErrorCode::kNotAuthorized},
      {"no pending request for this user", ParticipantErrorCode::kNoPendingRequest},
      {"invalid participant", ParticipantErrorCode::kInvalid},
      {"something new", ParticipantErrorCode::kUnknown},
  };
  // Each reason twice running, forwards then backwards: the classifier
  // remembers the last text it saw, and must never answer for another.
  std::vector<Row> sequence;
  for (const auto& row : rows) sequence.insert(sequence.end(), {row, row});
  sequence.insert(sequence.end(), std::rbegin(rows), std::rend(rows));
  for (const auto& row : sequence) {
    nlohmann::json body = {
        {"success", true},
        {"participants",
         {{{"jid", "5511999999999@s.whatsapp.net"}, {"success", false}, {"error", row.reason}}}}};
    auto r = ParseManageResponse(Json(200, body.dump()), Action::kAdd, "g@g.us", {"5511999999999"},
                                 kNow);
    ASSERT_TRUE(r);
    ASSERT_FALSE(r->participants[0].result);
    EXPECT_EQ(r->participants[0].result.error().code, row.code) << row.reason;
    EXPECT_EQ(r->participants[0].result.error().message, row.reason);
  }
}

// Every error row of providers.md: code, status and the verbatim message.
TEST(RyzeParse, EveryDocumentedErrorRow) {
  struct Row {
    int status;
    const char* message;
    ErrorCode code;
  };
  const Row rows[] = {
      {400, "Invalid action. Must be one of: add, remove, promote, demote, approve, reject",
       ErrorCode::kInvalidArgument},
      {400, "At least one participant is required", ErrorCode::kInvalidArgument},
      {400, "Identifier is required", ErrorCode::kInvalidArgument},
      {403, "Not authorized to perform this action (must be admin)", ErrorCode::kPermissionDenied},
      {404, "Group not found or you are not a member of this group", ErrorCode::kNotFound},
      {401, "Missing token", ErrorCode::kUnauthenticated},
      {401, "Invalid token", ErrorCode::kUnauthenticated},
      {403, "Token does not have access to this instance", ErrorCode::kPermissionDenied},
      {400, "Instance is not connected to WhatsApp", ErrorCode::kUnavailable},
      {503, "Instance is not connected to WhatsApp", ErrorCode::kUnavailable},
      {429, "Rate limit exceeded. Try again later.", ErrorCode::kRateLimited},
      {500, "Internal server error", ErrorCode::kUnavailable},
      {501, "Not supported", ErrorCode::kUnsupported},
      {503, "Service unavailable", ErrorCode::kUnavailable},
  };
  for (const auto& row : rows) {
    nlohmann::json body = {{"success", false}, {"error", {{"message", row.message}}}};
    auto r = ParseManageResponse(Json(row.status, body.dump()), Action::kAdd, "g@g.us",
                                 {"5511999999999"}, kNow);
    ASSERT_FALSE(r) << row.status;
    EXPECT_EQ(r.error().code, row.code) << row.status << " " << row.message;
    EXPECT_EQ(r.error().http_status, row.status);
    EXPECT_EQ(r.error().provider_message, row.message);
    EXPECT_THAT(r.error().message, HasSubstr(row.message));
    EXPECT_TRUE(r.error().request_sent);
  }
}

TEST(RyzeParse, PendingRequestsErrorRow) {
  auto r = ParsePendingRequestsResponse(
      Json(
          403,
          R"js({"success":false,"error":{"message":"Not authorized to view group requests (must be admin)"}})js"),
      kNow);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(r.error().provider_message, "Not authorized to view group requests (must be admin)");
}

TEST(RyzeParse, RateLimitedCarriesRetryAfterFromReset) {
  auto resp =
      Json(429, R"({"success":false,"error":{"message":"Rate limit exceeded. Try again later."}})");
  resp.headers.push_back({"x-ratelimit-limit", "100"});
  resp.headers.push_back({"x-ratelimit-remaining", "0"});
  resp.headers.push_back({"x-ratelimit-reset", "1700000042"});
  auto r = ParseManageResponse(resp, Action::kAdd, "g@g.us", {"5511999999999"}, kNow);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kRateLimited);
  EXPECT_EQ(r.error().retry_after, std::chrono::milliseconds(42000));
  EXPECT_THAT(r.error().message, HasSubstr("retry in 42 s"));
}

TEST(RyzeParse, ServerErrorAfterSendingSaysOutcomeUnknown) {
  auto r = ParseManageResponse(Json(502, "<html>bad gateway</html>"), Action::kAdd, "g@g.us",
                               {"5511999999999"}, kNow);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(r.error().provider_message, "<html>bad gateway</html>");
  EXPECT_THAT(r.error().message, HasSubstr("outcome is unknown"));
  EXPECT_TRUE(r.error().outcome_unknown());
}

TEST(RyzeParse, MalformedOrNonObjectBodiesAreProtocolErrors) {
  for (const char* body : {"{\"success\": tru", "[1,2]", "", "null"}) {
    auto r =
        ParseManageResponse(Json(200, body), Action::kRemove, "g@g.us", {"5511999999999"}, kNow);
    ASSERT_FALSE(r) << body;
    EXPECT_EQ(r.error().code, ErrorCode::kProtocol) << body;
    EXPECT_THAT(r.error().message, HasSubstr("outcome is unknown"));
  }
}

TEST(RyzeParse, SuccessFalseIn200IsAnError) {
  auto r = ParseManageResponse(
      Json(200, R"({"success":false,"error":{"message":"Instance is not connected to WhatsApp"}})"),
      Action::kAdd, "g@g.us", {"5511999999999"}, kNow);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(r.error().provider_message, "Instance is not connected to WhatsApp");
}

TEST(RyzeParse, PendingRequestsWithNullPhone) {
  auto r = ParsePendingRequestsResponse(Json(200, R"({
    "success": true, "message": "2 pending requests found", "groupJid": "1@g.us",
    "requests": [{"jid": "199789077627112@lid", "phoneNumber": "5511999999999@s.whatsapp.net",
                  "requestedAt": "2026-04-20T14:00:00Z"},
                 {"jid": "188@lid", "phoneNumber": null, "requestedAt": "2026-04-20T15:00:00Z"}],
    "meta": {"total": 2}})"),
                                        kNow);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].jid, "199789077627112@lid");
  EXPECT_EQ((*r)[0].phone, "5511999999999");
  EXPECT_EQ((*r)[0].requested_at, "2026-04-20T14:00:00Z");
  EXPECT_EQ((*r)[1].phone, std::nullopt);
}

}  // namespace
}  // namespace wa::internal::ryze

namespace wa::internal::ryze {
namespace {

TEST(RyzeParse, DuplicateEntryIsNotPairedWithAnotherParticipant) {
  auto resp = Json(200, R"({"success": true, "participants": [
     {"jid": "5511999999999@s.whatsapp.net", "success": true},
     {"jid": "5511999999999@s.whatsapp.net", "success": false, "error": "again"}]})");
  auto r =
      ParseManageResponse(resp, Action::kAdd, "g@g.us", {"5511999999999", "5521988888888"}, kNow);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->participants[0].result);
  ASSERT_FALSE(r->participants[1].result);
  EXPECT_EQ(r->participants[1].result.error().code, ParticipantErrorCode::kUnknown);
}

TEST(RyzeParse, NumericAndObjectReasonsAreKept) {
  auto resp = Json(200, R"({"success": true, "participants": [
     {"jid": "5511999999999@s.whatsapp.net", "success": false, "error": 409},
     {"jid": "5521988888888@s.whatsapp.net", "success": false, "error": {"message": "user not on whatsapp"}}]})");
  auto r =
      ParseManageResponse(resp, Action::kAdd, "g@g.us", {"5511999999999", "5521988888888"}, kNow);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->participants[0].result.error().code, ParticipantErrorCode::kAlreadyMember);
  EXPECT_EQ(r->participants[0].result.error().message, "409");
  EXPECT_EQ(r->participants[1].result.error().code, ParticipantErrorCode::kNotOnWhatsApp);
}

TEST(RyzeParse, UnknownFieldsAndNestingAreIgnored) {
  auto resp = Json(200, R"({"meta": {"participants": [{"jid": "1@s.whatsapp.net"}]},
    "success": true, "extra": [[{"success": false}]], "groupJid": "120363406289005073@g.us",
    "participants": [{"jid": "5511999999999@s.whatsapp.net", "nested": {"jid": "x", "success": false},
                      "success": true, "isAdmin": true}, "junk", 7]})");
  auto r = ParseManageResponse(resp, Action::kPromote, "g@g.us", {"5511999999999"}, kNow);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->group, "120363406289005073@g.us");
  ASSERT_TRUE(r->participants[0].result);
  EXPECT_EQ(r->participants[0].result->jid, "5511999999999@s.whatsapp.net");
  EXPECT_TRUE(r->participants[0].result->is_admin);
}

}  // namespace
}  // namespace wa::internal::ryze
