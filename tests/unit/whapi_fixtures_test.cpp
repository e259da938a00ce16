// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Every Whapi.Cloud example of tests/fixtures/whapi/ (its OpenAPI specs, its
// MCP manifest and its help desk) against the codecs and the event parser,
// with the expected values taken from the examples.

#include <algorithm>
#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "ids/identifiers.hpp"
#include "providers/whapi/whapi_codec.hpp"
#include "util/strings.hpp"
#include "wa/participants/events.hpp"

namespace wa::internal::whapi {
namespace {

using nlohmann::json;
using testing_util::Answer;
using testing_util::CheckEveryRow;
using testing_util::FixtureJson;
using testing_util::FixtureRow;

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));
constexpr const char* kGroup = "120363271212442249@g.us";

Config TestConfig() { return Config{"https://gate.whapi.cloud", "the-token"}; }

// The action a documented request or answer belongs to, by endpoint and method.
Action ActionOf(const FixtureRow& row) {
  const std::string method = row.method.value_or("");
  if (EndsWith(row.endpoint, "/applications")) {
    return method == "DELETE" ? Action::kReject : Action::kApprove;
  }
  if (EndsWith(row.endpoint, "/admins")) {
    return method == "DELETE" ? Action::kDemote : Action::kPromote;
  }
  return method == "DELETE" ? Action::kRemove : Action::kAdd;
}

std::string Id(const json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

// A documented request: the SDK sends exactly this body, method and path.
void CheckRequest(const FixtureRow& row, const json& body) {
  Action action = ActionOf(row);
  std::vector<std::string> participants;
  if (body.contains("application")) {
    auto n = NormalizeParticipantId(body.at("application").get<std::string>());
    ASSERT_TRUE(n) << n.error().message;
    participants.push_back(*n);
  } else {
    for (const auto& p : body.at("participants")) participants.push_back(p.get<std::string>());
  }
  auto built =
      BuildManageRequest(TestConfig(), action, kGroup, participants, std::chrono::seconds(30));
  EXPECT_EQ(json::parse(built.body), body);
  std::string route = row.endpoint.substr(row.endpoint.rfind('/'));
  EXPECT_EQ(built.url, "https://gate.whapi.cloud/groups/120363271212442249%40g.us" + route);
  EXPECT_EQ(ToString(built.method), *row.method);
  EXPECT_THAT(built.headers, ::testing::Contains(std::make_pair(std::string("Authorization"),
                                                                std::string("Bearer the-token"))));
}

void CheckListAnswer(const FixtureRow& row, const json& raw, const std::string& text) {
  Action action = ActionOf(row);
  std::vector<std::string> sent;
  std::set<std::string> ok;
  for (const char* list : {"processed", "failed"}) {
    if (!raw.contains(list)) continue;
    for (const auto& id : raw.at(list)) {
      if (std::find(sent.begin(), sent.end(), Id(id)) == sent.end()) sent.push_back(Id(id));
      if (std::string(list) == "processed") ok.insert(Id(id));
    }
  }
  if (sent.empty()) sent = {"61280155346"};  // {success} alone
  auto r = ParseManageResponse(Answer(*row.status, text), action, kGroup, sent, kNow);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), sent.size());
  const bool batch_only = !raw.contains("processed");
  for (std::size_t i = 0; i < sent.size(); ++i) {
    const auto& o = r->participants[i];
    SCOPED_TRACE(sent[i]);
    EXPECT_EQ(o.participant, sent[i]);
    if (batch_only) {
      ASSERT_EQ(static_cast<bool>(o.result), raw.at("success").get<bool>());
      if (o.result) {
        EXPECT_FALSE(o.result->confirmed);
      }
      continue;
    }
    // The spec's own example lists one id as both processed and failed:
    // the first answer for a participant is the one that counts.
    ASSERT_EQ(static_cast<bool>(o.result), ok.count(sent[i]) > 0);
    if (o.result) {
      EXPECT_TRUE(o.result->confirmed);
    }
  }
}

void CheckApplicationAnswer(const FixtureRow& row, const json& raw, const std::string& text) {
  const json& entry = raw.at(0);
  std::string sent = *NormalizeParticipantId(entry.at("chatId").get<std::string>());
  auto r = ParseManageResponse(Answer(*row.status, text), ActionOf(row), kGroup, {sent}, kNow);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), 1u);
  ASSERT_EQ(static_cast<bool>(r->participants[0].result), entry.at("success").get<bool>());
  if (!entry.at("success").get<bool>()) {
    EXPECT_EQ(r->participants[0].result.error().message, entry.at("error"));
  }
}

void CheckGroup(const json& raw, const std::string& text) {
  auto g = ParseGroupReadResponse(Answer(200, text), kNow);
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_EQ(g->id, raw.at("id"));
  EXPECT_EQ(g->subject, raw.at("name"));
  ASSERT_EQ(g->members.size(), raw.at("participants").size());
  std::size_t i = 0;
  for (const json& p : raw.at("participants")) {
    const GroupMember& m = g->members[i++];
    const std::string rank = p.at("rank");
    EXPECT_EQ(m.is_super_admin, rank == "creator");
    EXPECT_EQ(m.is_admin, rank == "creator" || rank == "admin");
    EXPECT_EQ(g->Find(p.at("id")), &m);
  }
}

void CheckApplications(const json& raw, const std::string& text) {
  auto r = ParsePendingRequestsResponse(Answer(200, text), kNow);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->size(), raw.at("applications").size());
  const json& first = raw.at("applications")[0];
  EXPECT_EQ((*r)[0].jid, first.at("chatId"));
  EXPECT_EQ((*r)[0].phone, *NormalizeParticipantId(first.at("chatId").get<std::string>()));
  EXPECT_EQ((*r)[0].requested_at, "2024-06-06T13:33:09Z");  // 1717680789
}

ErrorCode ExpectedErrorCode(int status) {
  switch (status) {
    case 400:
      return ErrorCode::kInvalidArgument;
    case 401:
      return ErrorCode::kUnavailable;  // "need channel authorization": no session
    case 403:
      return ErrorCode::kPermissionDenied;
    case 404:
      return ErrorCode::kNotFound;
    case 409:
      return ErrorCode::kInvalidArgument;  // already in the group
    default:
      ADD_FAILURE() << "no expectation for " << status;
      return ErrorCode::kInternal;
  }
}

void CheckError(const FixtureRow& row, const json& raw, const std::string& text) {
  Error e =
      ParseManageResponse(Answer(*row.status, text), Action::kAdd, kGroup, {"61280155346"}, kNow)
          .error();
  EXPECT_EQ(e.code, ExpectedErrorCode(*row.status)) << e.message;
  EXPECT_EQ(e.http_status, *row.status);
  std::string expected = raw.at("error").at("message");
  if (raw.at("error").contains("details")) {
    expected += " (" + raw.at("error").at("details").get<std::string>() + ")";
  }
  EXPECT_EQ(e.provider_message, expected);
}

GroupEventKind KindOf(const std::string& action) {
  if (action == "add") return GroupEventKind::kParticipantAdded;
  if (action == "remove") return GroupEventKind::kParticipantRemoved;
  if (action == "promote") return GroupEventKind::kParticipantPromoted;
  if (action == "demote") return GroupEventKind::kParticipantDemoted;
  if (action == "request") return GroupEventKind::kJoinRequest;
  if (action == "revoke_request") return GroupEventKind::kJoinRequestRevoked;
  return GroupEventKind::kOther;
}

void CheckWebhook(const json& raw, const std::string& text) {
  auto e = ParseEvent(text);
  ASSERT_TRUE(e) << e.error().message;
  EXPECT_EQ(e->provider, "whapi");
  if (!raw.contains("groups_participants")) {
    EXPECT_EQ(e->kind, GroupEventKind::kOther);
    EXPECT_EQ(e->group, raw.at("groups")[0].at("id"));
    EXPECT_TRUE(e->participants.empty());
    return;
  }
  const json& entry = raw.at("groups_participants")[0];
  EXPECT_EQ(e->type, entry.at("action"));
  EXPECT_EQ(e->kind, KindOf(entry.at("action")));
  EXPECT_EQ(e->group, entry.at("group_id"));
  ASSERT_EQ(e->participants.size(), entry.at("participants").size());
  EXPECT_EQ(e->participants[0].phone, entry.at("participants")[0]);
}

void CheckRow(const FixtureRow& row) {
  ASSERT_TRUE(row.file) << "every Whapi.Cloud row has its example";
  const std::string& file = *row.file;
  std::string text = testing_util::ReadFixture("whapi", file);
  json raw = FixtureJson("whapi", file);
  ASSERT_FALSE(raw.is_discarded());
  if (row.kind == "request") {
    CheckRequest(row, raw);
  } else if (row.kind == "error") {
    CheckError(row, raw, text);
  } else if (row.kind == "webhook") {
    CheckWebhook(raw, text);
  } else if (StartsWith(file, "participants.") || StartsWith(file, "admins.")) {
    CheckListAnswer(row, raw, text);
  } else if (file == "applications.list.response.200.json") {
    CheckApplications(raw, text);
  } else if (StartsWith(file, "applications.")) {
    CheckApplicationAnswer(row, raw, text);
  } else if (StartsWith(file, "groupinfo.")) {
    CheckGroup(raw, text);
  } else {
    FAIL() << "no check reads " << file;
  }
}

TEST(WhapiFixtures, EveryExampleReadsAsTheSourcesSay) { CheckEveryRow("whapi", 29u, CheckRow); }

}  // namespace
}  // namespace wa::internal::whapi
