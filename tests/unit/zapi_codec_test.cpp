// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/zapi/zapi_codec.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace wa::internal::zapi {
namespace {

using ::testing::HasSubstr;

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));

Config TestConfig() { return Config{"https://api.z-api.io", "INST", "tok/en+1", "client-secret"}; }

HttpResponse Json(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

TEST(ZApiBuild, EndpointTable) {
  EXPECT_EQ(EndpointFor(Action::kAdd), "add-participant");
  EXPECT_EQ(EndpointFor(Action::kRemove), "remove-participant");
  EXPECT_EQ(EndpointFor(Action::kApprove), "approve-participant");
  // Not approve-participant, whatever the official Postman collection says.
  EXPECT_EQ(EndpointFor(Action::kReject), "reject-participant");
  EXPECT_EQ(EndpointFor(Action::kPromote), "add-admin");
  EXPECT_EQ(EndpointFor(Action::kDemote), "remove-admin");
}

TEST(ZApiBuild, RejectRequestMatchesTheSeedPage) {
  auto r = BuildManageRequest(TestConfig(), Action::kReject, "120363019502650977-group",
                              {"5544999999999", "5544888888888"}, std::chrono::seconds(105));
  EXPECT_EQ(r.method, HttpMethod::kPost);
  EXPECT_EQ(r.url, "https://api.z-api.io/instances/INST/token/tok%2Fen%2B1/reject-participant");
  EXPECT_EQ(r.redacted_url, "https://api.z-api.io/instances/INST/token/***/reject-participant");
  EXPECT_EQ(nlohmann::json::parse(r.body), nlohmann::json::parse(R"({
    "groupId": "120363019502650977-group", "phones": ["5544999999999", "5544888888888"]})"));
  EXPECT_THAT(r.headers, ::testing::Contains(std::make_pair(std::string("Client-Token"),
                                                            std::string("client-secret"))));
  EXPECT_THAT(r.headers, ::testing::Contains(std::make_pair(std::string("Content-Type"),
                                                            std::string("application/json"))));
}

TEST(ZApiBuild, AutoInviteIsSentOnlyForAnAddThatAsksForIt) {
  auto add = BuildManageRequest(TestConfig(), Action::kAdd, "1-group", {"5511999999999"},
                                std::chrono::seconds(1), /*auto_invite=*/true);
  EXPECT_EQ(add.redacted_url, "https://api.z-api.io/instances/INST/token/***/add-participant");
  EXPECT_EQ(nlohmann::json::parse(add.body), nlohmann::json::parse(R"({
    "groupId": "1-group", "phones": ["5511999999999"], "autoInvite": true})"));
  auto plain = BuildManageRequest(TestConfig(), Action::kAdd, "1-group", {"5511999999999"},
                                  std::chrono::seconds(1));
  EXPECT_FALSE(nlohmann::json::parse(plain.body).contains("autoInvite"));
  auto remove = BuildManageRequest(TestConfig(), Action::kRemove, "1-group", {"5511999999999"},
                                   std::chrono::seconds(1), /*auto_invite=*/true);
  EXPECT_FALSE(nlohmann::json::parse(remove.body).contains("autoInvite"));
}

TEST(ZApiBuild, NoClientTokenHeaderWhenNoneConfigured) {
  Config c = TestConfig();
  c.client_token.clear();
  auto r =
      BuildManageRequest(c, Action::kAdd, "1-group", {"5511999999999"}, std::chrono::seconds(1));
  for (const auto& h : r.headers) EXPECT_NE(h.first, "Client-Token");
}

TEST(ZApiParse, ValueTrueIsSuccessUnconfirmed) {
  auto r = ParseManageResponse(Json(200, R"({"value": true})"), Action::kPromote, "1-group",
                               {"5511999999999", "199@lid"}, kNow);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), 2u);
  for (const auto& p : r->participants) {
    ASSERT_TRUE(p.result);
    EXPECT_FALSE(p.result->confirmed);
    EXPECT_TRUE(p.result->is_admin);
  }
  EXPECT_EQ(r->participants[1].result->jid, "199@lid");
}

TEST(ZApiParse, ValueFalseIsUnknownForEveryone) {
  auto r = ParseManageResponse(Json(200, R"({"value": false})"), Action::kAdd, "1-group",
                               {"5511999999999", "5521988888888"}, kNow);
  ASSERT_TRUE(r);
  for (const auto& p : r->participants) {
    ASSERT_FALSE(p.result);
    EXPECT_EQ(p.result.error().code, ParticipantErrorCode::kUnknown);
    EXPECT_THAT(p.result.error().message, HasSubstr("value\": false"));
  }
}

TEST(ZApiParse, TopLevelErrorWinsWhateverTheStatus) {
  auto r = ParseManageResponse(Json(200, R"({"error": "You are not connected."})"), Action::kAdd,
                               "1-group", {"5511999999999"}, kNow);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(r.error().provider_message, "You are not connected.");
  EXPECT_EQ(r.error().http_status, 200);

  auto r2 = ParseManageResponse(Json(200, R"({"value": true, "error": "weird"})"), Action::kAdd,
                                "1-group", {"5511999999999"}, kNow);
  ASSERT_FALSE(r2);
  EXPECT_EQ(r2.error().code, ErrorCode::kProtocol);
  EXPECT_EQ(r2.error().provider_message, "weird");
}

TEST(ZApiParse, DocumentedAndUndocumentedStatuses) {
  struct Row {
    int status;
    const char* body;
    ErrorCode code;
    const char* provider_message;
  };
  const Row rows[] = {
      {400, R"({"error":"Invalid phone"})", ErrorCode::kInvalidArgument, "Invalid phone"},
      {400, R"({"error":"null not allowed"})", ErrorCode::kUnauthenticated, "null not allowed"},
      {401, R"({"error":"Invalid token"})", ErrorCode::kUnauthenticated, "Invalid token"},
      {403, R"({"error":"Client-Token not allowed"})", ErrorCode::kPermissionDenied,
       "Client-Token not allowed"},
      {404, R"({"error":"Instance not found"})", ErrorCode::kNotFound, "Instance not found"},
      {405, R"({"error":"Method Not Allowed"})", ErrorCode::kInternal, "Method Not Allowed"},
      {415, R"({"error":"Unsupported Media Type"})", ErrorCode::kInternal,
       "Unsupported Media Type"},
      {429, R"({"message":"Too many requests"})", ErrorCode::kRateLimited, "Too many requests"},
      {500, "oops", ErrorCode::kUnavailable, "oops"},
  };
  for (const auto& row : rows) {
    auto r = ParseManageResponse(Json(row.status, row.body), Action::kRemove, "1-group",
                                 {"5511999999999"}, kNow);
    ASSERT_FALSE(r) << row.status;
    EXPECT_EQ(r.error().code, row.code) << row.status;
    EXPECT_EQ(r.error().http_status, row.status);
    EXPECT_EQ(r.error().provider_message, row.provider_message);
  }
}

TEST(ZApiParse, NonBooleanValueIsProtocolError) {
  for (const char* body : {R"({"value":"true"})", R"({})", "not json", R"([true])"}) {
    auto r = ParseManageResponse(Json(200, body), Action::kAdd, "1-group", {"5511999999999"}, kNow);
    ASSERT_FALSE(r) << body;
    EXPECT_EQ(r.error().code, ErrorCode::kProtocol) << body;
  }
}

}  // namespace
}  // namespace wa::internal::zapi
