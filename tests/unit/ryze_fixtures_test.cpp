// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Every RyzeAPI example of tests/fixtures/ryze/ (docs.ryzeapi.cloud) against
// the codecs and the event parser, with the expected values taken from the
// examples themselves.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "ids/identifiers.hpp"
#include "providers/ryze/ryze_codec.hpp"
#include "util/strings.hpp"
#include "wa/participants/events.hpp"

namespace wa::internal::ryze {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using testing_util::Answer;
using testing_util::CheckEveryRow;
using testing_util::FixtureJson;
using testing_util::FixtureRow;

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));

Config DocsConfig() { return Config{"https://ryzeapi.cloud", "Instance_Name", "Token_Instance"}; }

std::optional<Action> ParseAction(const std::string& word) {
  for (Action a : {Action::kAdd, Action::kRemove, Action::kPromote, Action::kDemote,
                   Action::kApprove, Action::kReject}) {
    if (ToString(a) == word) return a;
  }
  return std::nullopt;
}

// A documented request: the SDK, given the same action, group and
// participants, sends exactly this body.
void CheckRequest(const json& body) {
  auto action = ParseAction(body.at("action"));
  ASSERT_TRUE(action);
  std::string group = body.at("identifier");
  auto g = NormalizeGroup(group);
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_EQ(*g, group);
  std::vector<std::string> participants;
  for (const auto& p : body.at("participants")) {
    auto n = NormalizeParticipantId(p.get<std::string>());
    ASSERT_TRUE(n) << n.error().message;
    EXPECT_EQ(*n, p.get<std::string>());
    participants.push_back(*n);
  }
  auto built =
      BuildManageRequest(DocsConfig(), *action, group, participants, std::chrono::seconds(75));
  EXPECT_EQ(json::parse(built.body), body);
  EXPECT_EQ(built.url, "https://ryzeapi.cloud/api/group/participants/Instance_Name");
  EXPECT_EQ(built.method, HttpMethod::kPost);
  EXPECT_THAT(built.headers, ::testing::Contains(std::make_pair(std::string("token"),
                                                                std::string("Token_Instance"))));
  EXPECT_THAT(built.headers, ::testing::Contains(std::make_pair(std::string("Content-Type"),
                                                                std::string("application/json"))));
}

// The playground's schema template: the SDK's body has its keys and types.
void CheckTemplate(const json& tmpl) {
  auto built = BuildManageRequest(DocsConfig(), Action::kAdd, "120363406289005073@g.us",
                                  {"5511999999999"}, std::chrono::seconds(75));
  testing_util::DocumentedShape shape;
  shape.Add(tmpl);
  EXPECT_EQ(shape.Differences(json::parse(built.body)), "");
}

void CheckManageAnswer(const json& raw, const std::string& text) {
  auto action = ParseAction(raw.at("action"));
  ASSERT_TRUE(action);
  std::vector<std::string> sent;
  for (const auto& p : raw.at("participants")) {
    sent.push_back(*NormalizeParticipantId(p.at("jid").get<std::string>()));
  }
  auto r = ParseManageResponse(Answer(200, text), *action, "120363406289005073@g.us", sent, kNow);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->group, raw.at("groupJid"));
  ASSERT_EQ(r->participants.size(), sent.size());
  for (std::size_t i = 0; i < sent.size(); ++i) {
    const auto& entry = raw.at("participants")[i];
    const auto& o = r->participants[i];
    EXPECT_EQ(o.participant, sent[i]);
    ASSERT_EQ(static_cast<bool>(o.result), entry.at("success").get<bool>());
    if (o.result) {
      EXPECT_EQ(o.result->jid, entry.at("jid"));
      EXPECT_TRUE(o.result->confirmed);
    } else {
      EXPECT_EQ(o.result.error().message, entry.at("error"));
      EXPECT_EQ(o.result.error().code, ParticipantErrorCode::kNotOnWhatsApp);
    }
  }
}

void CheckGroupDetail(const json& detail) {
  // Bare, and inside the standard envelope's "data": the info page does not
  // show which.
  json wrapped = {{"success", true}, {"message", "ok"}, {"data", detail}};
  for (const json& body : {detail, wrapped}) {
    auto g = ParseGroupInfoResponse(Answer(200, body.dump()), kNow);
    ASSERT_TRUE(g) << g.error().message;
    EXPECT_EQ(g->id, detail.at("jid"));
    EXPECT_EQ(g->subject, detail.at("name"));
    EXPECT_EQ(g->require_admin_approval,
              detail.at("groupSettings").at("requireAdminApproval").get<bool>());
    const auto& participants = detail.at("participants");
    ASSERT_EQ(g->members.size(), participants.size());
    for (std::size_t i = 0; i < participants.size(); ++i) {
      EXPECT_EQ(g->members[i].jid, participants[i].at("jid"));
      EXPECT_EQ(g->members[i].is_admin, participants[i].at("isAdmin").get<bool>());
      EXPECT_EQ(g->members[i].is_super_admin, participants[i].at("isSuperAdmin").get<bool>());
      EXPECT_EQ(g->Find(participants[i].at("jid")), &g->members[i]);
    }
  }
  // The info page: participants carry their lid, which a verification can
  // match a LID-answered outcome against.
  json with_lid = detail;
  with_lid["participants"][0]["lid"] = "199789077627112@lid";
  auto g = ParseGroupInfoResponse(Answer(200, with_lid.dump()), kNow);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->members[0].lid, "199789077627112@lid");
  EXPECT_EQ(g->Find("199789077627112@lid"), &g->members[0]);
}

void CheckRequests(const json& raw, const std::string& text) {
  auto r = ParsePendingRequestsResponse(Answer(200, text), kNow);
  ASSERT_TRUE(r) << r.error().message;
  const auto& requests = raw.at("requests");
  ASSERT_EQ(r->size(), requests.size());
  for (std::size_t i = 0; i < requests.size(); ++i) {
    EXPECT_EQ((*r)[i].jid, requests[i].at("jid"));
    EXPECT_EQ((*r)[i].phone,
              *NormalizeParticipantId(requests[i].at("phoneNumber").get<std::string>()));
    EXPECT_EQ((*r)[i].requested_at, requests[i].at("requestedAt"));
  }
}

// An errors-table row (status and message, the envelope from the errors
// page) through the parser of the endpoint it belongs to.
Error ParseFailure(const std::string& endpoint, const HttpResponse& response) {
  if (endpoint.find("/requests/") != std::string::npos) {
    return ParsePendingRequestsResponse(response, kNow).error();
  }
  return ParseManageResponse(response, Action::kAdd, "g@g.us", {"5511999999999"}, kNow).error();
}

// What each status of the errors tables means.
ErrorCode CodeForStatus(int status) {
  switch (status) {
    case 400:
      return ErrorCode::kInvalidArgument;
    case 403:
      return ErrorCode::kPermissionDenied;
    case 404:
      return ErrorCode::kNotFound;
    case 429:
      return ErrorCode::kRateLimited;
    default:
      ADD_FAILURE() << "no documented meaning for " << status;
      return ErrorCode::kInternal;
  }
}

void CheckRow(const FixtureRow& row) {
  if (!row.file) {
    ASSERT_TRUE(row.status && row.message) << "a bodyless row carries its table's message";
    json body = {{"success", false}, {"error", {{"message", *row.message}}}};
    Error e = ParseFailure(row.endpoint, Answer(*row.status, body.dump()));
    EXPECT_EQ(e.code, CodeForStatus(*row.status));
    EXPECT_EQ(e.provider_message, *row.message);
    EXPECT_EQ(e.http_status, *row.status);
    return;
  }
  const std::string& file = *row.file;
  std::string text = testing_util::ReadFixture("ryze", file);
  json raw = FixtureJson("ryze", file);
  ASSERT_FALSE(raw.is_discarded()) << "every RyzeAPI example reads as JSON, comments allowed";
  if (file == "participants.request.playground-template.json") {
    CheckTemplate(raw);
  } else if (row.kind == "request") {
    CheckRequest(raw);
  } else if (file == "participants.response.200.partial.json") {
    CheckManageAnswer(raw, text);
  } else if (file == "groups-overview.groupinfo-structure.json") {
    CheckGroupDetail(raw);
  } else if (file == "requests.response.200.json") {
    CheckRequests(raw, text);
  } else if (file == "envelope.success.generic.json") {
    // The generic envelope is no group read: its data has no member list,
    // and that must never pass for an empty group or an empty queue.
    auto g = ParseGroupInfoResponse(Answer(200, text), kNow);
    ASSERT_FALSE(g);
    EXPECT_EQ(g.error().code, ErrorCode::kProtocol);
    auto q = ParsePendingRequestsResponse(Answer(200, text), kNow);
    ASSERT_FALSE(q);
    EXPECT_EQ(q.error().code, ErrorCode::kProtocol);
  } else if (file == "error.instance-not-connected.json") {
    // The errors table sends "instance disconnected" as 400 and "instance
    // not connected" as 503: both mean try later, not bad input.
    for (int status : {400, 503}) {
      Error e = ParseFailure(row.endpoint, Answer(status, text));
      EXPECT_EQ(e.code, ErrorCode::kUnavailable) << status;
      EXPECT_EQ(e.provider_message, raw.at("error").at("message"));
    }
  } else if (row.kind == "error") {
    ASSERT_TRUE(row.status);
    HttpResponse response = Answer(*row.status, text);
    // "use X-RateLimit-Reset to know when you can try again"
    response.headers.emplace_back("x-ratelimit-reset", std::to_string(1'700'000'030));
    Error e = ParseFailure("participants", response);
    EXPECT_EQ(e.code, CodeForStatus(*row.status));
    EXPECT_EQ(e.provider_message, raw.at("error").at("message"));
    if (*row.status == 429) {
      EXPECT_EQ(e.retry_after, std::chrono::seconds(30));
    }
  } else if (row.kind == "webhook") {
    // Published with /* */ comments in place of the payload; read
    // leniently, they are envelopes of events other than group ones.
    auto e = ParseEvent(text);
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().code, ErrorCode::kInvalidArgument);
    EXPECT_THAT(e.error().message, HasSubstr("is not about a group"));
    EXPECT_THAT(e.error().message, ::testing::Not(HasSubstr("<instance-token>")));
  } else {
    FAIL() << "no check reads " << file;
  }
}

TEST(RyzeFixtures, EveryDocumentedExampleReadsAsDocumented) {
  CheckEveryRow("ryze", 20u, CheckRow);
}

}  // namespace
}  // namespace wa::internal::ryze
