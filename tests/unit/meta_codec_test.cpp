// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Meta's Cloud API beyond its examples: the paged listing behind approve
// and reject (every page, and never a runaway), what goes out when nobody
// has a request, the Graph codes, and a remove's batch-only answer.

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fake_transport.hpp"
#include "fixtures.hpp"
#include "providers/meta/meta_codec.hpp"
#include "providers/meta/meta_join_requests.hpp"
#include "wa/participants/meta.hpp"

namespace wa::internal::meta {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::Answer;
using testing_util::FakeTransport;

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));
constexpr const char* kGroup = "Y2FwaV9ncm91cDoxNTU1";

std::string Page(const std::vector<std::pair<std::string, std::string>>& requests,
                 const std::string& after, bool next) {
  json data = json::array();
  for (const auto& [id, wa_id] : requests) {
    data.push_back(
        {{"join_request_id", id}, {"wa_id", wa_id}, {"creation_timestamp", "1755548877"}});
  }
  json paging = {{"cursors", {{"before", "B"}, {"after", after}}}};
  if (next) paging["next"] = "https://graph.facebook.com/v23.0/next";
  return json{{"data", data}, {"paging", paging}}.dump();
}

ParticipantsClient Client(const std::shared_ptr<FakeTransport>& transport) {
  MetaOptions m;
  m.access_token = "SECRET-ACCESS-TOKEN";
  ClientOptions options;
  options.transport = transport;
  options.retry.max_attempts = 1;
  return MakeClient(m, options);
}

TEST(MetaCodec, PendingRequestsFollowEveryPage) {
  auto transport = std::make_shared<FakeTransport>();
  transport->Push(FakeTransport::Json(200, Page({{"r1", "5511944444444"}}, "CURSOR1", true)));
  transport->Push(FakeTransport::Json(200, Page({{"r2", "5511933333333"}}, "CURSOR2", false)));
  auto listed = Client(transport).PendingRequests(kGroup);
  ASSERT_TRUE(listed) << listed.error().message;
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[1].phone, "5511933333333");
  auto sent = transport->requests();
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_THAT(sent[0].url, Not(HasSubstr("after=")));
  EXPECT_THAT(sent[1].url, HasSubstr("after=CURSOR1"));
  EXPECT_THAT(sent[1].url, Not(HasSubstr("SECRET")));
}

TEST(MetaCodec, ARepeatedCursorIsAbandonedNotTakenAsComplete) {
  auto transport = std::make_shared<FakeTransport>();
  transport->SetFallback([](const HttpRequest&) {
    return FakeTransport::Json(200, Page({{"r1", "5511944444444"}}, "SAME", true));
  });
  auto approved = Client(transport).Approve(kGroup, {"5511944444444"});
  ASSERT_FALSE(approved);
  EXPECT_EQ(approved.error().code, ErrorCode::kProtocol);
  // The listing failed, so the approval itself never left.
  EXPECT_FALSE(approved.error().request_sent);
  EXPECT_THAT(approved.error().message, HasSubstr("nothing was approved or rejected"));
  for (const auto& r : transport->requests()) EXPECT_EQ(r.method, HttpMethod::kGet);
  EXPECT_LE(transport->count(), 3u);  // the second page repeated the first's cursor
}

TEST(MetaCodec, ApproveSendsOneCallWithTheIdsFoundAndReportsEveryone) {
  auto transport = std::make_shared<FakeTransport>();
  transport->Push(FakeTransport::Json(
      200, Page({{"r1", "5511944444444"}, {"r2", "5511933333333"}}, "C", false)));
  transport->Push(FakeTransport::Json(
      200,
      R"({"messaging_product":"whatsapp","approved_join_requests":["r1"],)"
      R"("failed_join_requests":[{"join_request_id":"r2","errors":[{"code":131213,)"
      R"("message":"(#131213) Join request does not exist","title":"Join request does not exist"}]}]})"));
  auto r = Client(transport).Approve(kGroup, {"5511944444444", "5511933333333", "5511900001111"});
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), 3u);
  EXPECT_TRUE(r->participants[0].result);
  ASSERT_FALSE(r->participants[1].result);
  EXPECT_EQ(r->participants[1].result.error().code, ParticipantErrorCode::kNoPendingRequest);
  ASSERT_FALSE(r->participants[2].result);
  EXPECT_EQ(r->participants[2].result.error().code, ParticipantErrorCode::kNoPendingRequest);
  auto sent = transport->requests();
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_EQ(sent[1].method, HttpMethod::kPost);
  EXPECT_EQ(json::parse(sent[1].body),
            json::parse(R"({"messaging_product":"whatsapp","join_requests":["r1","r2"]})"));
}

TEST(MetaCodec, TwoSpellingsOfOneRequesterBothGetItsOutcome) {
  std::vector<ListedJoinRequest> listed(1);
  listed[0].id = "r1";
  listed[0].request.jid = "5511944444444@s.whatsapp.net";
  listed[0].request.phone = "5511944444444";
  // With and without Brazil's ninth digit: one requester, one request.
  const std::vector<std::string> sent = {"5511944444444", "551144444444"};
  auto r = ParseManageByIdsResponse(
      Answer(200, R"({"messaging_product":"whatsapp","approved_join_requests":["r1"]})"),
      Action::kApprove, kGroup, sent, listed, kNow);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), 2u);
  EXPECT_TRUE(r->participants[0].result);
  EXPECT_TRUE(r->participants[1].result);
}

TEST(MetaCodec, NobodyWithARequestMeansNothingIsSent) {
  auto transport = std::make_shared<FakeTransport>();
  transport->Push(FakeTransport::Json(200, Page({{"r1", "5511944444444"}}, "C", false)));
  auto r = Client(transport).Reject(kGroup, {"5511900001111"});
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_FALSE(r->participants[0].result);
  EXPECT_EQ(r->participants[0].result.error().code, ParticipantErrorCode::kNoPendingRequest);
  EXPECT_EQ(transport->count(), 1u);  // the listing only
}

TEST(MetaCodec, ARemoveIsABatchOfAtMostEightAndConfirmsNobody) {
  auto transport = std::make_shared<FakeTransport>();
  transport->SetFallback(
      [](const HttpRequest&) { return FakeTransport::Json(200, R"({"success":true})"); });
  auto client = Client(transport);
  auto r = client.Remove(kGroup, {"5511944444444", "5511933333333"});
  ASSERT_TRUE(r) << r.error().message;
  for (const auto& p : r->participants) {
    ASSERT_TRUE(p.result);
    EXPECT_FALSE(p.result->confirmed);  // results come only by webhook
  }
  auto sent = transport->requests();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].method, HttpMethod::kDelete);
  EXPECT_EQ(json::parse(sent[0].body)["messaging_product"], "whatsapp");
  EXPECT_EQ(json::parse(sent[0].body)["participants"].size(), 2u);
  EXPECT_THAT(sent[0].headers,
              ::testing::Contains(std::make_pair(std::string("Authorization"),
                                                 std::string("Bearer SECRET-ACCESS-TOKEN"))));
  std::vector<std::string> nine;
  for (int i = 0; i < 9; ++i) nine.push_back("551194444444" + std::to_string(i));
  auto too_many = client.Remove(kGroup, nine);
  ASSERT_FALSE(too_many);
  EXPECT_EQ(too_many.error().code, ErrorCode::kInvalidArgument);
  auto add = client.Add(kGroup, {"5511944444444"});
  ASSERT_FALSE(add);
  EXPECT_EQ(add.error().code, ErrorCode::kUnsupported);
  EXPECT_EQ(transport->count(), 1u);  // neither refused call sent anything
}

TEST(MetaCodec, GraphCodesDecideTheErrorAndAreKept) {
  EXPECT_EQ(ErrorCodeFor(190), ErrorCode::kUnauthenticated);
  EXPECT_EQ(ErrorCodeFor(131208), ErrorCode::kRateLimited);
  EXPECT_EQ(ErrorCodeFor(130429), ErrorCode::kRateLimited);
  EXPECT_EQ(ErrorCodeFor(131215), ErrorCode::kPermissionDenied);
  EXPECT_EQ(ErrorCodeFor(131000), ErrorCode::kUnavailable);
  EXPECT_EQ(ErrorCodeFor(999999999), std::nullopt);
  EXPECT_EQ(ParticipantCodeFor(131212), ParticipantErrorCode::kNotMember);
  EXPECT_EQ(ParticipantCodeFor(131213), ParticipantErrorCode::kNoPendingRequest);
  EXPECT_EQ(ParticipantCodeFor(std::nullopt), ParticipantErrorCode::kUnknown);
  auto e = ParseErrorResponse(
      Answer(400,
             R"({"error":{"message":"(#131208) Too many group operations","type":"OAuthException",)"
             R"("code":131208,"error_subcode":2494010,"fbtrace_id":"AbC123"}})"),
      Action::kRemove, kNow);
  EXPECT_EQ(e.code, ErrorCode::kRateLimited);
  EXPECT_EQ(e.provider_message, "(#131208) Too many group operations");
  EXPECT_EQ(e.provider_code, 131208);
  EXPECT_EQ(e.provider_subcode, 2494010);
  EXPECT_EQ(e.provider_trace_id, "AbC123");
  EXPECT_THAT(e.message, HasSubstr("fbtrace_id AbC123"));
}

TEST(MetaCodec, GroupsAreGraphIdsNeverJids) {
  EXPECT_TRUE(NormalizeGroup(kGroup));
  for (const char* bad : {"120363406289005073@g.us", "https://chat.whatsapp.com/AbC", ""}) {
    auto g = NormalizeGroup(bad);
    ASSERT_FALSE(g) << bad;
    EXPECT_EQ(g.error().code, ErrorCode::kInvalidArgument);
  }
}

}  // namespace
}  // namespace wa::internal::meta
