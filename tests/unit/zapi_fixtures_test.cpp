// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Every Z-API example of tests/fixtures/zapi/ (its documentation pages and
// the json-examples of its docs repository) against the codecs and the event
// parser. The expected values come from the examples themselves, so a codec
// that reads another shape than the documented one fails here.

#include <algorithm>
#include <array>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "ids/identifiers.hpp"
#include "providers/zapi/zapi_codec.hpp"
#include "util/strings.hpp"
#include "wa/participants/events.hpp"

namespace wa::internal::zapi {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using testing_util::Answer;
using testing_util::CheckEveryRow;
using testing_util::FixtureJson;
using testing_util::FixtureRow;

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));
constexpr std::array<Action, 6> kActions = {Action::kAdd,    Action::kRemove,  Action::kPromote,
                                            Action::kDemote, Action::kApprove, Action::kReject};

Config DocsConfig() { return Config{"https://api.z-api.io", "SUA_INSTANCIA", "SEU_TOKEN", "ct"}; }

std::optional<Action> ActionFor(const std::string& endpoint) {
  for (Action a : kActions) {
    if (EndpointFor(a) == endpoint) return a;
  }
  return std::nullopt;
}

// A documented request body: the SDK, given the same group and phones, must
// send exactly it (autoInvite only when the example asks for it).
void CheckActionBody(Action action, const json& body) {
  ASSERT_TRUE(body.is_object());
  std::string group = body.at("groupId").get<std::string>();
  auto normalized_group = NormalizeGroup(group);
  ASSERT_TRUE(normalized_group) << normalized_group.error().message;
  EXPECT_EQ(*normalized_group, group) << "a documented group id must round-trip";
  std::vector<std::string> phones;
  for (const auto& p : body.at("phones")) {
    auto n = NormalizeParticipantId(p.get<std::string>());
    ASSERT_TRUE(n) << n.error().message;
    EXPECT_EQ(*n, p.get<std::string>());
    phones.push_back(*n);
  }
  bool invite = body.value("autoInvite", false);
  auto built =
      BuildManageRequest(DocsConfig(), action, group, phones, std::chrono::seconds(75), invite);
  EXPECT_EQ(json::parse(built.body), body);
  EXPECT_EQ(built.method, HttpMethod::kPost);
  EXPECT_TRUE(EndsWith(built.url, "/" + std::string(EndpointFor(action))));
}

// A HAR entry of the docs' "Code" widget: method, path and every header it
// sends must be what the SDK sends for `built`.
void CheckHar(const json& har, const HttpRequest& built) {
  EXPECT_EQ(har.at("method"), built.method == HttpMethod::kPost ? "POST" : "GET");
  std::string url = har.at("url");
  std::string path = url.substr(url.find("/token/"));
  path = path.substr(path.find('/', 7));  // after the token
  std::string built_path = built.url.substr(built.url.find("/token/"));
  built_path = built_path.substr(built_path.find('/', 7));
  // The SDK reads groups with light-group-metadata: the same read without
  // the invite link.
  if (path.rfind("/group-metadata", 0) == 0) path = "/light-" + path.substr(1);
  auto slash = path.find('/', 1);
  auto built_slash = built_path.find('/', 1);
  EXPECT_EQ(path.substr(0, slash), built_path.substr(0, built_slash));
  for (const auto& h : har.at("headers")) {
    std::string name = h.at("name");
    bool sent = std::any_of(built.headers.begin(), built.headers.end(),
                            [&](const auto& kv) { return EqualsIgnoreCase(kv.first, name); });
    EXPECT_TRUE(sent) << "the documented request sends " << name;
  }
}

// The typed group read against the raw example it came from.
void CheckGroupRead(const json& raw, const std::string& text) {
  auto g = ParseGroupMetadataResponse(Answer(200, text), kNow);
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_EQ(g->id, raw.at("phone"));
  EXPECT_EQ(g->subject, raw.at("subject"));
  // The old-format examples predate the approval flag.
  if (raw.contains("requireAdminApproval")) {
    EXPECT_EQ(g->require_admin_approval, raw.at("requireAdminApproval").get<bool>());
  } else {
    EXPECT_EQ(g->require_admin_approval, std::nullopt);
  }
  const auto& participants = raw.at("participants");
  ASSERT_EQ(g->members.size(), participants.size());
  for (std::size_t i = 0; i < participants.size(); ++i) {
    EXPECT_EQ(g->members[i].jid, participants[i].at("phone"));
    EXPECT_EQ(g->members[i].phone, participants[i].at("phone"));
    bool super_admin = participants[i].at("isSuperAdmin").get<bool>();
    EXPECT_EQ(g->members[i].is_super_admin, super_admin);
    EXPECT_EQ(g->members[i].is_admin, participants[i].at("isAdmin").get<bool>() || super_admin);
    EXPECT_EQ(g->Find(participants[i].at("phone")), &g->members[i]);
  }
}

void CheckWebhook(const std::string& file, const json& raw, const std::string& text) {
  auto e = ParseEvent(text);
  ASSERT_TRUE(e) << e.error().message;
  EXPECT_EQ(e->provider, "zapi");
  EXPECT_EQ(e->type, raw.at("notification"));
  EXPECT_EQ(e->group, raw.at("phone"));
  ASSERT_TRUE(e->time);
  EXPECT_EQ(
      std::chrono::duration_cast<std::chrono::milliseconds>(e->time->time_since_epoch()).count(),
      raw.at("momment").get<std::int64_t>());
  ASSERT_TRUE(e->actor) << "participantPhone names who acted";
  EXPECT_EQ(e->actor->phone, raw.at("participantPhone"));
  const auto& params = raw.at("notificationParameters");
  if (file == "webhook.membership-approval-request.non-admin-add.json") {
    // "added by a participant": the member first, then who awaits approval.
    EXPECT_EQ(e->kind, GroupEventKind::kJoinRequest);
    EXPECT_EQ(e->request_method, "non_admin_add");
    ASSERT_EQ(e->participants.size(), 1u);
    EXPECT_EQ(e->participants[0].phone, params.at(1));
    EXPECT_EQ(e->actor->phone, params.at(0));
    return;
  }
  ASSERT_EQ(e->participants.size(), params.size());
  for (std::size_t i = 0; i < params.size(); ++i) EXPECT_EQ(e->participants[i].phone, params[i]);
  if (file == "webhook.membership-approval-request.invite-link.json") {
    EXPECT_EQ(e->kind, GroupEventKind::kJoinRequest);
    EXPECT_EQ(e->request_method, "invite_link");
  } else if (file == "webhook.revoked-membership-requests.json") {
    EXPECT_EQ(e->kind, GroupEventKind::kJoinRequestRevoked);
  } else {
    // Link-mode changes are group notifications this SDK does not model.
    EXPECT_EQ(e->kind, GroupEventKind::kOther);
    EXPECT_EQ(e->actor->lid, raw.at("participantLid"));
  }
}

// Z-API's errors come as a flat {"error": ...} whatever the status, and the
// pages give no status for these: the text decides, unless the status
// itself already says which kind of refusal it is.
void CheckFlatError(const std::string& text, ErrorCode code, std::initializer_list<int> statuses) {
  std::string message = json::parse(text).at("error");
  for (int status : statuses) {
    auto r =
        ParseManageResponse(Answer(status, text), Action::kAdd, "1-group", {"5544999999999"}, kNow);
    ASSERT_FALSE(r) << status;
    EXPECT_EQ(r.error().code, code) << status;
    EXPECT_EQ(r.error().provider_message, message);
    EXPECT_EQ(r.error().http_status, status);
  }
}

void CheckRow(const FixtureRow& row) {
  auto action = ActionFor(row.endpoint);
  const bool read = row.endpoint.find("group-metadata") != std::string::npos;
  if (!row.file) {
    // A documented status without a body: 405 (wrong method) and 415 (no
    // Content-Type) mean this SDK built a bad request.
    ASSERT_TRUE(row.status);
    ASSERT_TRUE(action || read) << row.endpoint;
    Error e = action ? ParseManageResponse(Answer(*row.status, ""), *action, "1-group",
                                           {"5544999999999"}, kNow)
                           .error()
                     : ParseGroupMetadataResponse(Answer(*row.status, ""), kNow).error();
    EXPECT_EQ(e.code, ErrorCode::kInternal);
    EXPECT_EQ(e.http_status, *row.status);
    return;
  }
  const std::string& file = *row.file;
  std::string text = testing_util::ReadFixture("zapi", file);
  json raw = FixtureJson("zapi", file);
  ASSERT_FALSE(raw.is_discarded()) << "every Z-API example is JSON";
  if (row.kind == "request" && action) {
    if (EndsWith(file, ".har.json")) {
      json body = json::parse(raw.at("postData").at("text").get<std::string>());
      CheckActionBody(*action, body);
      CheckHar(raw, BuildManageRequest(DocsConfig(), *action, body.at("groupId"),
                                       body.at("phones").get<std::vector<std::string>>(),
                                       std::chrono::seconds(75)));
    } else {
      CheckActionBody(*action, raw);
    }
  } else if (row.kind == "request" && read) {
    CheckHar(raw, BuildGroupMetadataRequest(DocsConfig(), "120363019502650977-group",
                                            std::chrono::seconds(30)));
  } else if (row.kind == "response" && action) {
    ASSERT_EQ(raw.at("value"), true);
    auto r = ParseManageResponse(Answer(200, text), *action, "1-group",
                                 {"5544999999999", "5544888888888"}, kNow);
    ASSERT_TRUE(r) << r.error().message;
    for (const auto& p : r->participants) {
      ASSERT_TRUE(p.result);
      EXPECT_FALSE(p.result->confirmed) << "Z-API confirms only the batch";
    }
  } else if (row.kind == "response" && read) {
    CheckGroupRead(raw, text);
  } else if (file == "error.client-token-missing.json") {
    CheckFlatError(text, ErrorCode::kUnauthenticated, {200, 400, 401});
  } else if (file == "error.ip-not-allowed.pt.json") {
    CheckFlatError(text, ErrorCode::kPermissionDenied, {200, 400, 403});
  } else if (row.kind == "webhook") {
    CheckWebhook(file, raw, text);
  } else {
    FAIL() << "no check reads " << file;
  }
}

TEST(ZApiFixtures, EveryDocumentedExampleReadsAsDocumented) {
  CheckEveryRow("zapi", 40u, CheckRow);
}

// Z-API's own non_admin_add example: one requester, the second number, and
// the member who asked for them as the actor.
TEST(ZApiFixtures, NonAdminAddJoinRequestNamesTheRightPerson) {
  auto e = ParseEvent(
      testing_util::ReadFixture("zapi", "webhook.membership-approval-request.non-admin-add.json"));
  ASSERT_TRUE(e) << e.error().message;
  ASSERT_EQ(e->participants.size(), 1u);
  EXPECT_EQ(e->participants[0].phone, "5544888888888");
  ASSERT_TRUE(e->actor);
  EXPECT_EQ(e->actor->phone, "5544999999999");
}

}  // namespace
}  // namespace wa::internal::zapi
