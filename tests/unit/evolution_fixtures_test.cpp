// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Every Evolution API example of tests/fixtures/evolution/ (its source code,
// its docs repository and its users' reports) against the codecs and the
// event parser, with the expected values taken from the examples.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "ids/identifiers.hpp"
#include "providers/evolution/evolution_codec.hpp"
#include "util/strings.hpp"
#include "wa/participants/events.hpp"

namespace wa::internal::evolution {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using testing_util::Answer;
using testing_util::CheckEveryRow;
using testing_util::FixtureJson;
using testing_util::FixtureRow;

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));
constexpr const char* kGroup = "120363295648424210@g.us";

Config TestConfig() { return Config{"https://evolution.example.com", "my-instance", "the-key"}; }

std::optional<Action> ParseAction(const std::string& word) {
  for (Action a : {Action::kAdd, Action::kRemove, Action::kPromote, Action::kDemote}) {
    if (ToString(a) == word) return a;
  }
  return std::nullopt;
}

// A request the source accepts: the SDK, given the same action and
// participants, sends exactly this body (the group goes in the query).
void CheckRequest(const json& body) {
  auto action = ParseAction(body.at("action"));
  ASSERT_TRUE(action);
  std::vector<std::string> participants;
  for (const auto& p : body.at("participants")) {
    auto n = NormalizeParticipantId(p.get<std::string>());
    ASSERT_TRUE(n) << n.error().message;
    participants.push_back(*n);
  }
  auto built =
      BuildManageRequest(TestConfig(), *action, kGroup, participants, std::chrono::seconds(30));
  json expected = body;
  expected.erase("groupJid");  // the body form of the query parameter
  EXPECT_EQ(json::parse(built.body), expected);
  EXPECT_EQ(built.url,
            "https://evolution.example.com/group/updateParticipant/my-instance?groupJid="
            "120363295648424210%40g.us");
  EXPECT_EQ(built.method, HttpMethod::kPost);
  EXPECT_THAT(built.headers,
              ::testing::Contains(std::make_pair(std::string("apikey"), std::string("the-key"))));
  if (body.contains("groupJid")) {
    EXPECT_EQ(body.at("groupJid"), kGroup);
  }
}

// What WhatsApp's status means for an add.
ParticipantErrorCode ExpectedCode(const std::string& status) {
  if (status == "403") return ParticipantErrorCode::kPrivacyRestricted;
  if (status == "409") return ParticipantErrorCode::kAlreadyMember;
  ADD_FAILURE() << "no expectation for status " << status;
  return ParticipantErrorCode::kUnknown;
}

// An updateParticipants answer: each entry's status decides its outcome,
// and an entry answered by LID still pairs with the phone that was sent
// when the node names that phone.
void CheckManageAnswer(const json& raw, const std::string& text) {
  std::vector<std::string> sent;
  for (const auto& entry : raw.at("updateParticipants")) {
    const json& attrs = entry.at("content").at("attrs");
    std::string jid = attrs.value("phone_number", entry.at("jid").get<std::string>());
    sent.push_back(*NormalizeParticipantId(jid));
  }
  auto r = ParseManageResponse(Answer(201, text), Action::kAdd, kGroup, sent, kNow);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->group, kGroup);
  ASSERT_EQ(r->participants.size(), sent.size());
  for (std::size_t i = 0; i < sent.size(); ++i) {
    const json& entry = raw.at("updateParticipants")[i];
    const auto& o = r->participants[i];
    EXPECT_EQ(o.participant, sent[i]);
    const std::string status = entry.at("status");
    ASSERT_EQ(static_cast<bool>(o.result), status == "200") << status;
    if (o.result) {
      EXPECT_TRUE(o.result->confirmed);
      EXPECT_FALSE(o.result->is_admin);
    } else {
      EXPECT_EQ(o.result.error().code, ExpectedCode(status));
      EXPECT_THAT(o.result.error().message, HasSubstr("WhatsApp status " + status));
    }
  }
}

// A group read, of either route: members with both identities, roles from
// "admin".
void CheckGroup(const json& raw, const std::string& text) {
  auto g = ParseGroupInfoResponse(Answer(200, text), kNow);
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_EQ(g->id, raw.value("id", ""));
  EXPECT_EQ(g->subject, raw.value("subject", ""));
  const json& participants = raw.at("participants");
  ASSERT_EQ(g->members.size(), participants.size());
  for (std::size_t i = 0; i < participants.size(); ++i) {
    const json& p = participants[i];
    const GroupMember& m = g->members[i];
    EXPECT_EQ(m.jid, p.at("id"));
    const json role = p.at("admin");
    EXPECT_EQ(m.is_super_admin, role == "superadmin");
    EXPECT_EQ(m.is_admin, role == "superadmin" || role == "admin");
    for (const char* key : {"id", "phoneNumber", "lid"}) {
      if (p.contains(key) && p[key].is_string()) {
        EXPECT_EQ(g->Find(p[key].get<std::string>()), &m) << key;
      }
    }
  }
}

// The webhook: kind from "action", group from "id", participants as strings
// or objects, and who acted from "author"/"authorPn".
void CheckWebhook(const json& raw, const std::string& text) {
  auto e = ParseEvent(text);
  ASSERT_TRUE(e) << e.error().message;
  EXPECT_EQ(e->provider, "evolution");
  const json& data = raw.at("data");
  EXPECT_EQ(e->type, data.at("action"));
  EXPECT_EQ(e->kind, data.at("action") == "add" ? GroupEventKind::kParticipantAdded
                                                : GroupEventKind::kParticipantRemoved);
  EXPECT_EQ(e->group, data.at("id"));
  ASSERT_EQ(e->participants.size(), data.at("participants").size());
  for (std::size_t i = 0; i < e->participants.size(); ++i) {
    const json& p = data.at("participants")[i];
    const EventParticipant& got = e->participants[i];
    EXPECT_EQ(got.id, p.is_string() ? p.get<std::string>() : p.at("id").get<std::string>());
    EXPECT_EQ(got.lid, "123456789012345@lid");
    // The phone, from the object or from the older participantsData.
    EXPECT_EQ(got.phone, "5511999999999");
  }
  ASSERT_TRUE(e->actor);
  EXPECT_EQ(e->actor->lid, data.at("author"));
  if (data.contains("authorPn")) {
    EXPECT_EQ(e->actor->phone, "5511988887777");
  }
  // The delivery can carry the instance token in "apikey": never kept.
  json with_key = raw;
  with_key["apikey"] = "B6D711FCDE4D4FD5936544120E713976";
  auto redacted = ParseEvent(with_key.dump());
  ASSERT_TRUE(redacted);
  EXPECT_THAT(redacted->raw_json, ::testing::Not(HasSubstr("B6D711FCDE4D4FD5936544120E713976")));
}

// The text every error envelope gives, in order.
std::string ExpectedText(const json& raw) {
  if (!raw.contains("response")) return raw.at("error");
  const json& m = raw.at("response").at("message");
  if (m.is_string()) return m;
  std::string out;
  for (const json& item : m) {
    if (!out.empty()) out += "; ";
    out += item.is_string() ? item.get<std::string>() : item.at("message").get<std::string>();
  }
  return out;
}

ErrorCode ExpectedErrorCode(const std::string& file, int status) {
  if (file == "error.400.update-failed.json") return ErrorCode::kPermissionDenied;  // forbidden
  switch (status) {
    case 400:
      return ErrorCode::kInvalidArgument;
    case 401:
      return ErrorCode::kUnauthenticated;
    case 403:
      return ErrorCode::kPermissionDenied;
    case 404:
      return ErrorCode::kNotFound;
    case 500:
    case 503:
      return ErrorCode::kUnavailable;
    default:
      ADD_FAILURE() << "no expectation for " << status;
      return ErrorCode::kInternal;
  }
}

void CheckError(const FixtureRow& row, const json& raw, const std::string& text) {
  ASSERT_TRUE(row.status);
  Error e =
      ParseManageResponse(Answer(*row.status, text), Action::kAdd, kGroup, {"5511999999999"}, kNow)
          .error();
  EXPECT_EQ(e.code, ExpectedErrorCode(*row.file, *row.status));
  EXPECT_EQ(e.http_status, *row.status);
  EXPECT_EQ(e.provider_message, ExpectedText(raw));
  EXPECT_TRUE(e.request_sent);
}

void CheckRow(const FixtureRow& row) {
  ASSERT_TRUE(row.file) << "every Evolution API row has its example";
  const std::string& file = *row.file;
  std::string text = testing_util::ReadFixture("evolution", file);
  json raw = FixtureJson("evolution", file);
  ASSERT_FALSE(raw.is_discarded());
  if (row.kind == "request") {
    CheckRequest(raw);
  } else if (StartsWith(file, "participants.response.")) {
    CheckManageAnswer(raw, text);
  } else if (StartsWith(file, "members.response.") || StartsWith(file, "groupinfo.response.")) {
    CheckGroup(raw, text);
  } else if (row.kind == "webhook") {
    CheckWebhook(raw, text);
  } else if (row.kind == "error") {
    CheckError(row, raw, text);
  } else {
    FAIL() << "no check reads " << file;
  }
}

TEST(EvolutionFixtures, EveryExampleReadsAsTheSourceSays) {
  CheckEveryRow("evolution", 29u, CheckRow);
}

}  // namespace
}  // namespace wa::internal::evolution
