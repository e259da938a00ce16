// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/verification.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "providers/ryze/ryze_codec.hpp"
#include "providers/zapi/zapi_codec.hpp"

namespace wa::internal {
namespace {

using ::testing::HasSubstr;

GroupInfo Group() {
  GroupInfo g;
  g.id = "1@g.us";
  g.members = {{"5511900000000@s.whatsapp.net", "5511900000000", std::nullopt, true, true},
               {"5511999999999@s.whatsapp.net", "5511999999999", "199@lid", false, false},
               {"5511988887777@s.whatsapp.net", "5511988887777", std::nullopt, true, false}};
  return g;
}

ParticipantOutcome Unconfirmed(const std::string& p) {
  return {p, ParticipantInfo{p, false, false, /*confirmed=*/false}};
}
ParticipantOutcome Unknown(const std::string& p) {
  return {p, Unexpected(ParticipantError{ParticipantErrorCode::kUnknown, "?"})};
}

TEST(ApplyVerification, AnInvitingAddReportsTheMissingAsInvited) {
  BatchResult add;
  add.action = Action::kAdd;
  add.participants = {Unconfirmed("5511999999999"),
                      Unconfirmed("5531977777777"),
                      {"5521988888888", Unexpected(ParticipantError{
                                            ParticipantErrorCode::kNotOnWhatsApp, "no account"})}};
  ApplyVerification(add, Group(), /*invited=*/true);
  ASSERT_TRUE(add.participants[0].result);
  EXPECT_TRUE(add.participants[0].result->confirmed);
  ASSERT_FALSE(add.participants[1].result);
  EXPECT_EQ(add.participants[1].result.error().code, ParticipantErrorCode::kInvited);
  // The provider's own verdict stands.
  EXPECT_EQ(add.participants[2].result.error().code, ParticipantErrorCode::kNotOnWhatsApp);

  BatchResult approve;  // invitations belong to adds only
  approve.action = Action::kApprove;
  approve.participants = {Unconfirmed("5531977777777")};
  ApplyVerification(approve, Group(), /*invited=*/true);
  EXPECT_EQ(approve.participants[0].result.error().code, ParticipantErrorCode::kNotMember);
}

TEST(ApplyVerification, ConfirmsWhatTheGroupShowsAndExplainsWhatItDoesNot) {
  BatchResult add;
  add.action = Action::kAdd;
  add.participants = {Unconfirmed("+55 11 99999-9999"),
                      Unknown("199@lid"),
                      Unconfirmed("5521988888888"),
                      {"5531977777777", Unexpected(ParticipantError{
                                            ParticipantErrorCode::kPrivacyRestricted, "privacy"})}};
  ApplyVerification(add, Group());
  ASSERT_TRUE(add.participants[0].result);
  EXPECT_TRUE(add.participants[0].result->confirmed);
  EXPECT_EQ(add.participants[0].result->jid, "5511999999999@s.whatsapp.net");
  ASSERT_TRUE(add.participants[1].result);  // matched through the LID
  EXPECT_TRUE(add.participants[1].result->confirmed);
  ASSERT_FALSE(add.participants[2].result);
  EXPECT_EQ(add.participants[2].result.error().code, ParticipantErrorCode::kNotMember);
  EXPECT_THAT(add.participants[2].result.error().message, HasSubstr("not a member after add"));
  // A specific failure is the provider's word and stays.
  EXPECT_EQ(add.participants[3].result.error().code, ParticipantErrorCode::kPrivacyRestricted);
}

TEST(ApplyVerification, RemovePromoteDemote) {
  BatchResult remove;
  remove.action = Action::kRemove;
  remove.participants = {Unknown("5511999999999"), Unknown("5521988888888")};
  ApplyVerification(remove, Group());
  EXPECT_EQ(remove.participants[0].result.error().code, ParticipantErrorCode::kAlreadyMember);
  EXPECT_THAT(remove.participants[0].result.error().message, HasSubstr("still a member"));
  ASSERT_TRUE(remove.participants[1].result);
  EXPECT_TRUE(remove.participants[1].result->confirmed);

  BatchResult promote;
  promote.action = Action::kPromote;
  promote.participants = {Unconfirmed("5511988887777"), Unconfirmed("5511999999999")};
  ApplyVerification(promote, Group());
  ASSERT_TRUE(promote.participants[0].result);
  EXPECT_TRUE(promote.participants[0].result->is_admin);
  EXPECT_THAT(promote.participants[1].result.error().message, HasSubstr("not an admin"));

  BatchResult demote;
  demote.action = Action::kDemote;
  demote.participants = {Unconfirmed("5511988887777"), Unconfirmed("5521988888888")};
  ApplyVerification(demote, Group());
  EXPECT_THAT(demote.participants[0].result.error().message, HasSubstr("still an admin"));
  EXPECT_EQ(demote.participants[1].result.error().code, ParticipantErrorCode::kNotMember);
}

TEST(GroupCodecs, ZApiGroupMetadata) {
  HttpResponse r;
  r.status = 200;
  r.body = R"({"phone": "120363019502650977-group", "owner": "5511900000000", "subject": "S",
    "requireAdminApproval": true, "participants": [
      {"phone": "5511900000000", "isAdmin": false, "isSuperAdmin": true},
      {"phone": "5544999999999", "isAdmin": false, "isSuperAdmin": false}]})";
  auto g = zapi::ParseGroupMetadataResponse(r, std::chrono::system_clock::now());
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_EQ(g->id, "120363019502650977-group");
  EXPECT_EQ(g->require_admin_approval, true);
  ASSERT_EQ(g->members.size(), 2u);
  EXPECT_TRUE(g->members[0].is_admin);  // super-admins are admins
  EXPECT_NE(g->Find("+55 44 99999-9999"), nullptr);
  r.body = R"({"error": "Group not found"})";
  EXPECT_FALSE(zapi::ParseGroupMetadataResponse(r, std::chrono::system_clock::now()));
  // Reads share the actions' error rules: a missing Client-Token is auth.
  r.status = 400;
  r.body = R"({"error": "null not allowed"})";
  auto auth = zapi::ParseGroupMetadataResponse(r, std::chrono::system_clock::now());
  ASSERT_FALSE(auth);
  EXPECT_EQ(auth.error().code, ErrorCode::kUnauthenticated);
}

// The documented GroupDetail: "name", "jid", each participant's "jid" and
// "lid", and the approval flag inside "groupSettings".
TEST(GroupCodecs, RyzeGroupInfoReadsTheDocumentedDetail) {
  HttpResponse r;
  r.status = 200;
  r.body = R"({"name": "Dev Team", "jid": "120363406289005073@g.us", "participantCount": 3,
    "participants": [
      {"jid": "5511900000000@s.whatsapp.net", "lid": "111@lid", "isAdmin": true, "isSuperAdmin": true},
      {"jid": "5511999999999@s.whatsapp.net", "lid": "199@lid", "isAdmin": false, "isSuperAdmin": false},
      {"jid": "188@lid", "isAdmin": true, "isSuperAdmin": false}],
    "groupSettings": {"membersCanAddOthers": false, "requireAdminApproval": true}})";
  auto g = ryze::ParseGroupInfoResponse(r, std::chrono::system_clock::now());
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_EQ(g->id, "120363406289005073@g.us");
  EXPECT_EQ(g->subject, "Dev Team");
  EXPECT_EQ(g->require_admin_approval, true);
  ASSERT_EQ(g->members.size(), 3u);
  EXPECT_TRUE(g->members[0].is_super_admin);
  EXPECT_EQ(g->members[1].lid, "199@lid");
  EXPECT_EQ(g->members[1].phone, "5511999999999");
  EXPECT_EQ(g->members[2].lid, "188@lid");
  EXPECT_EQ(g->members[2].phone, std::nullopt);
  EXPECT_TRUE(g->members[2].is_admin);
  EXPECT_EQ(g->Find("199@lid"), &g->members[1]);
  EXPECT_EQ(g->Find("5511999999999"), &g->members[1]);
}

// A read that does not carry the member list confirms nothing: it is a
// protocol error, on both providers, however the rest of it looks.
TEST(GroupCodecs, ReadsWithoutTheMemberListAreProtocolErrors) {
  HttpResponse r;
  r.status = 200;
  for (const char* body : {"{}", R"({"success": true})", R"({"value": true})",
                           R"({"jid": "1@g.us", "participants": null})",
                           R"({"success": true, "data": {"jid": "1@g.us"}})"}) {
    r.body = body;
    auto ryze = ryze::ParseGroupInfoResponse(r, std::chrono::system_clock::now());
    ASSERT_FALSE(ryze) << body;
    EXPECT_EQ(ryze.error().code, ErrorCode::kProtocol) << body;
    auto zapi = zapi::ParseGroupMetadataResponse(r, std::chrono::system_clock::now());
    ASSERT_FALSE(zapi) << body;
    EXPECT_EQ(zapi.error().code, ErrorCode::kProtocol) << body;
    EXPECT_THAT(zapi.error().message, HasSubstr("participants"));
  }
  for (const char* body : {"{}", R"({"success": true})", R"({"success": true, "requests": {}})"}) {
    r.body = body;
    auto pending = ryze::ParsePendingRequestsResponse(r, std::chrono::system_clock::now());
    ASSERT_FALSE(pending) << body;
    EXPECT_EQ(pending.error().code, ErrorCode::kProtocol) << body;
  }
}

// A read that names a member by LID alone cannot show that a phone is
// missing: that member may be them. Removing by phone stays unknown until a
// read that gives phones settles it; a LID is settled by the same read.
TEST(ApplyVerification, AReadWithLidOnlyMembersCannotShowAPhoneIsGone) {
  GroupInfo lids;
  lids.id = "1@g.us";
  lids.members = {{"162122214428868@lid", std::nullopt, "162122214428868@lid", false, false},
                  {"199999999999999@lid", std::nullopt, "199999999999999@lid", true, true}};
  BatchResult remove;
  remove.action = Action::kRemove;
  remove.group = "1@g.us";
  remove.participants = {Unknown("5511999999999"), Unknown("188888888888888@lid")};
  ApplyVerification(remove, lids);
  ASSERT_FALSE(remove.participants[0].result);
  EXPECT_EQ(remove.participants[0].result.error().code, ParticipantErrorCode::kUnknown);
  EXPECT_THAT(remove.participants[0].result.error().message, HasSubstr("only by LID"));
  // Every member has its LID there, so a LID's absence is shown.
  ASSERT_TRUE(remove.participants[1].result);
  EXPECT_TRUE(remove.participants[1].result->confirmed);

  // Once every member's phone is known, a phone's absence is shown too.
  lids.members[0].phone = "5511977776666";
  lids.members[1].phone = "5511900000000";
  remove.participants = {Unknown("5511999999999")};
  ApplyVerification(remove, lids);
  ASSERT_TRUE(remove.participants[0].result);
  EXPECT_TRUE(remove.participants[0].result->confirmed);
}

}  // namespace
}  // namespace wa::internal
