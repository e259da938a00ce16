// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Every WAHA example of tests/fixtures/waha/ (its docs and its code, for
// each engine) against the codecs and the event parser, with the expected
// values taken from the examples.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "ids/identifiers.hpp"
#include "providers/waha/waha_codec.hpp"
#include "util/strings.hpp"
#include "wa/participants/events.hpp"

namespace wa::internal::waha {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using testing_util::Answer;
using testing_util::CheckEveryRow;
using testing_util::FixtureJson;
using testing_util::FixtureRow;

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));
constexpr const char* kGroup = "120363012345678901@g.us";

Config TestConfig() { return Config{"https://waha.example.com", "default", "the-key"}; }

// The action an endpoint performs (its first one, for a shared example).
Action ActionOf(const std::string& endpoint) {
  std::string first = endpoint.substr(0, endpoint.find(' '));
  if (EndsWith(first, "/approve")) return Action::kApprove;
  if (EndsWith(first, "/reject")) return Action::kReject;
  if (EndsWith(first, "/remove")) return Action::kRemove;
  if (EndsWith(first, "/promote")) return Action::kPromote;
  if (EndsWith(first, "/demote")) return Action::kDemote;
  return Action::kAdd;
}

std::string Path(Action action) {
  switch (action) {
    case Action::kAdd:
      return "participants/add";
    case Action::kRemove:
      return "participants/remove";
    case Action::kPromote:
      return "admin/promote";
    case Action::kDemote:
      return "admin/demote";
    case Action::kApprove:
      return "participants/join-requests/approve";
    case Action::kReject:
      return "participants/join-requests/reject";
  }
  return {};
}

// A documented request: the SDK sends exactly this body to that path.
void CheckRequest(const FixtureRow& row, const json& body) {
  Action action = ActionOf(row.endpoint);
  std::vector<std::string> participants;
  for (const auto& p : body.at("participants")) {
    auto n = NormalizeParticipantId(p.at("id").get<std::string>());
    ASSERT_TRUE(n) << n.error().message;
    participants.push_back(*n);
  }
  auto built =
      BuildManageRequest(TestConfig(), action, kGroup, participants, std::chrono::seconds(30));
  EXPECT_EQ(json::parse(built.body), body);
  EXPECT_EQ(built.url, "https://waha.example.com/api/default/groups/120363012345678901%40g.us/" +
                           Path(action));
  EXPECT_EQ(built.method, HttpMethod::kPost);
  EXPECT_THAT(built.headers, ::testing::Contains(
                                 std::make_pair(std::string("X-Api-Key"), std::string("the-key"))));
}

struct Expected {
  std::string jid;  // as sent (normalised)
  bool ok;
  ParticipantErrorCode code;
};

ParticipantErrorCode CodeFor(long long status, bool invite_sent) {
  if (invite_sent) return ParticipantErrorCode::kInvited;
  switch (status) {
    case 0:  // GOWS's success
    case 200:
      return ParticipantErrorCode::kUnknown;  // unused: a success has no code
    case 403:
      return ParticipantErrorCode::kPrivacyRestricted;
    case 404:
      return ParticipantErrorCode::kNoPendingRequest;  // the only 404 example is an approval
    case 409:
      return ParticipantErrorCode::kAlreadyMember;
    default:
      ADD_FAILURE() << "no expectation for " << status;
      return ParticipantErrorCode::kUnknown;
  }
}

// What each engine's example says about each participant.
std::vector<Expected> ExpectationsOf(const json& raw) {
  std::vector<Expected> out;
  auto normal = [](const std::string& id) { return *NormalizeParticipantId(id); };
  if (raw.is_object()) {  // WEBJS add
    for (const auto& [id, r] : raw.items()) {
      long long code = r.at("code");
      out.push_back({normal(id), code == 200, CodeFor(code, r.at("isInviteV4Sent"))});
    }
    return out;
  }
  for (const json& e : raw) {
    if (e.contains("requesterId")) {
      bool ok = e.at("success");
      out.push_back({normal(e.at("requesterId")), ok,
                     ok ? ParticipantErrorCode::kUnknown : CodeFor(e.at("error"), false)});
    } else if (e.contains("JID")) {
      long long error = e.at("Error");
      out.push_back({normal(e.at("JID")), error == 0, CodeFor(error, false)});
    } else {
      long long status = std::stoll(e.at("status").get<std::string>());
      out.push_back({normal(e.at("jid")), status == 200, CodeFor(status, false)});
    }
  }
  return out;
}

void CheckManageAnswer(const FixtureRow& row, const json& raw, const std::string& text) {
  Action action = ActionOf(row.endpoint);
  if (raw.is_object() && raw.contains("status")) {
    // WEBJS's remove, promote, demote: the batch only, nobody confirmed.
    std::vector<std::string> sent = {"5511999999999", "5521987654321"};
    auto r = ParseManageResponse(Answer(*row.status, text), action, kGroup, sent, kNow);
    ASSERT_TRUE(r) << r.error().message;
    ASSERT_EQ(r->participants.size(), 2u);
    for (const auto& o : r->participants) {
      ASSERT_TRUE(o.result);
      EXPECT_FALSE(o.result->confirmed);
    }
    return;
  }
  auto expected = ExpectationsOf(raw);
  std::vector<std::string> sent;
  for (const auto& e : expected) sent.push_back(e.jid);
  auto r = ParseManageResponse(Answer(*row.status, text), action, kGroup, sent, kNow);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& o = r->participants[i];
    SCOPED_TRACE(expected[i].jid);
    ASSERT_EQ(static_cast<bool>(o.result), expected[i].ok);
    if (o.result) {
      EXPECT_TRUE(o.result->confirmed);
    } else {
      EXPECT_EQ(o.result.error().code, expected[i].code) << o.result.error().message;
    }
  }
}

void CheckMembers(const json& raw, const std::string& text) {
  auto g = ParseGroupReadResponse(Answer(200, text), kNow);
  ASSERT_TRUE(g) << g.error().message;
  const json& list = raw.is_array() ? raw : raw.at("participants");
  if (raw.is_object()) {
    EXPECT_EQ(g->id, raw.at("id"));
    EXPECT_EQ(g->subject, raw.at("subject"));
  }
  std::size_t i = 0;
  for (const json& p : list) {
    if (p.value("role", "") == "left") continue;
    ASSERT_LT(i, g->members.size());
    const GroupMember& m = g->members[i++];
    bool super = p.value("role", "") == "superadmin" || p.value("admin", json()) == "superadmin" ||
                 p.value("isSuperAdmin", false) || p.value("IsSuperAdmin", false);
    bool admin = super || p.value("role", "") == "admin" || p.value("admin", json()) == "admin" ||
                 p.value("isAdmin", false) || p.value("IsAdmin", false);
    EXPECT_EQ(m.is_super_admin, super) << p.dump();
    EXPECT_EQ(m.is_admin, admin) << p.dump();
    std::string id = p.contains("JID")        ? p.at("JID").get<std::string>()
                     : p.at("id").is_object() ? p.at("id").at("_serialized").get<std::string>()
                                              : p.at("id").get<std::string>();
    EXPECT_EQ(g->Find(id), &m) << id;
  }
  EXPECT_EQ(i, g->members.size());
}

void CheckRequests(const json& raw, const std::string& text) {
  auto r = ParsePendingRequestsResponse(Answer(200, text), kNow);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->size(), raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    EXPECT_EQ((*r)[i].jid, raw[i].at("requesterId"));
    EXPECT_EQ((*r)[i].phone, *NormalizeParticipantId(raw[i].at("requesterPn").get<std::string>()));
    EXPECT_EQ((*r)[i].requested_at, "2022-10-28T07:53:02Z");  // 1666943582
  }
}

ErrorCode ExpectedErrorCode(int status) {
  switch (status) {
    case 400:
      return ErrorCode::kInvalidArgument;
    case 401:
      return ErrorCode::kUnauthenticated;
    case 404:
    case 500:  // "Group with id '...' not found"
      return ErrorCode::kNotFound;
    case 422:
      return ErrorCode::kUnavailable;  // the session is not WORKING
    default:
      ADD_FAILURE() << "no expectation for " << status;
      return ErrorCode::kInternal;
  }
}

void CheckError(const FixtureRow& row, const json& raw, const std::string& text) {
  Error e =
      ParseManageResponse(Answer(*row.status, text), Action::kAdd, kGroup, {"5511999999999"}, kNow)
          .error();
  EXPECT_EQ(e.code, ExpectedErrorCode(*row.status)) << e.message;
  EXPECT_EQ(e.http_status, *row.status);
  std::string expected_text = raw.contains("exception") ? raw["exception"]["message"]
                              : raw.contains("message")
                                  ? (raw["message"].is_array() ? raw["message"][0] : raw["message"])
                                  : raw["error"];
  EXPECT_EQ(e.provider_message, expected_text);
}

void CheckWebhook(const std::string& file, const json& raw, const std::string& text) {
  auto e = ParseEvent(text);
  ASSERT_TRUE(e) << e.error().message;
  EXPECT_EQ(e->provider, "waha");
  const json& payload = raw.at("payload");
  const std::string event = raw.at("event");
  if (event == "group.v2.participants") {
    EXPECT_EQ(e->group, payload.at("group").at("id"));
    EXPECT_EQ(e->type, payload.at("type"));
    EXPECT_EQ(e->kind, payload.at("type") == "promote" ? GroupEventKind::kParticipantPromoted
                                                       : GroupEventKind::kParticipantAdded);
    ASSERT_EQ(e->participants.size(), payload.at("participants").size());
    EXPECT_EQ(e->participants[0].id, payload.at("participants")[0].at("id"));
    if (payload.at("participants")[0].contains("pn")) {
      EXPECT_EQ(e->participants[0].phone, "222222222222");
      EXPECT_EQ(e->participants[0].lid, "123456789012345@lid");
    }
    if (payload.at("_data").contains("author")) {
      ASSERT_TRUE(e->actor);
      EXPECT_EQ(e->actor->phone, "111111111111");
    }
  } else if (event == "group.v2.participants.join-request") {
    EXPECT_EQ(e->kind, GroupEventKind::kJoinRequest);
    EXPECT_EQ(e->group, payload.at("group").at("id"));
    ASSERT_EQ(e->participants.size(), 1u);
    EXPECT_EQ(e->participants[0].lid, payload.at("requesterId"));
    EXPECT_EQ(e->participants[0].phone, "123456789");
    EXPECT_EQ(e->request_method, payload.at("requestMethod"));
  } else if (event == "group.join") {
    EXPECT_EQ(e->kind, GroupEventKind::kParticipantAdded);
    EXPECT_EQ(e->group, payload.at("chatId"));
    ASSERT_EQ(e->participants.size(), payload.at("recipientIds").size());
    ASSERT_TRUE(e->actor);
    EXPECT_EQ(e->actor->id, payload.at("author"));
  } else {
    // This account's own joining or leaving: no participants to report.
    EXPECT_EQ(e->kind, GroupEventKind::kOther) << file;
    EXPECT_EQ(e->group, payload.at("group").at("id"));
    EXPECT_TRUE(e->participants.empty());
  }
  ASSERT_TRUE(e->time);
}

void CheckRow(const FixtureRow& row) {
  ASSERT_TRUE(row.file) << "every WAHA row has its example";
  const std::string& file = *row.file;
  std::string text = testing_util::ReadFixture("waha", file);
  if (EndsWith(file, ".txt")) {
    // WEBJS's bare text when the account is no admin: a refusal, not a shape.
    auto r = ParseManageResponse(Answer(*row.status, text), Action::kAdd, kGroup, {"5511999999999"},
                                 kNow);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::kPermissionDenied);
    EXPECT_EQ(r.error().provider_message, TrimWhitespace(text));
    return;
  }
  json raw = FixtureJson("waha", file);
  ASSERT_FALSE(raw.is_discarded());
  if (row.kind == "request") {
    CheckRequest(row, raw);
  } else if (StartsWith(file, "participants.response.") ||
             file == "join-requests.response.200.approve.json") {
    CheckManageAnswer(row, raw, text);
  } else if (StartsWith(file, "members.") || StartsWith(file, "group.response.")) {
    CheckMembers(raw, text);
  } else if (file == "join-requests.response.200.list.json") {
    CheckRequests(raw, text);
  } else if (row.kind == "error") {
    CheckError(row, raw, text);
  } else if (row.kind == "webhook") {
    CheckWebhook(file, raw, text);
  } else {
    FAIL() << "no check reads " << file;
  }
}

TEST(WahaFixtures, EveryExampleReadsAsTheSourcesSay) { CheckEveryRow("waha", 36u, CheckRow); }

}  // namespace
}  // namespace wa::internal::waha
