// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Every example of tests/fixtures/meta/ (Meta's pages, verbatim where
// they parse, and minimal constructions where they do not) against the
// codec and the event parser. Meta's own samples are kept as published,
// JSON errors included: the test says which ones a reader can take.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "json/json_body.hpp"
#include "providers/meta/meta_codec.hpp"
#include "providers/meta/meta_join_requests.hpp"
#include "util/strings.hpp"
#include "wa/participants/events.hpp"

namespace wa::internal::meta {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using testing_util::Answer;
using testing_util::CheckEveryRow;
using testing_util::FixtureRow;
using testing_util::ReadFixture;

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));
constexpr const char* kGroup = "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD";

Config TestConfig() { return Config{"https://graph.facebook.com", "v23.0", "the-token"}; }

// The verbatim webhook samples a lenient reader (comments allowed) can
// take; the others have trailing commas, placeholders or stray keys.
bool WebhookParses(const std::string& file) {
  return file == "webhook.join_request.generic.json" || EndsWith(file, ".corrected.json") ||
         file == "webhook.join_request_created.json" ||
         file == "webhook.join_request_revoked.json" || file == "webhook.group_create.json";
}

void CheckWebhook(const FixtureRow& row, const std::string& body) {
  auto event = ParseEvent(body);
  if (!WebhookParses(*row.file)) {
    ASSERT_FALSE(event) << "expected Meta's malformed sample to be refused";
    EXPECT_EQ(event.error().code, ErrorCode::kInvalidArgument);
    EXPECT_THAT(event.error().message, HasSubstr("not a JSON object"));
    return;
  }
  ASSERT_TRUE(event) << event.error().message;
  EXPECT_EQ(event->provider, "meta");
  const json g = json::parse(body)["entry"][0]["changes"][0]["value"]["groups"][0];
  EXPECT_EQ(event->type, g["type"].get<std::string>());
  EXPECT_EQ(event->group, g["group_id"].get<std::string>());
  const std::string type = event->type;
  if (type == "group_participants_add") {
    EXPECT_EQ(event->kind, GroupEventKind::kParticipantJoined);  // reason invite_link
    EXPECT_EQ(event->participants.size(), g["added_participants"].size());
  } else if (type == "group_participants_remove") {
    const bool left = g["initiated_by"] == "participant";
    EXPECT_EQ(event->kind,
              left ? GroupEventKind::kParticipantLeft : GroupEventKind::kParticipantRemoved);
    EXPECT_EQ(event->participants.size(), g.value("removed_participants", json::array()).size());
    EXPECT_EQ(event->failed.size(), g.value("failed_participants", json::array()).size());
    for (const auto& f : event->failed) EXPECT_FALSE(f.error.empty()) << f.participant.id;
  } else if (type == "group_join_request_created") {
    EXPECT_EQ(event->kind, GroupEventKind::kJoinRequest);
    ASSERT_EQ(event->participants.size(), 1u);
    EXPECT_EQ(event->participants[0].id, g["wa_id"].get<std::string>());
  } else if (type == "group_join_request_revoked") {
    EXPECT_EQ(event->kind, GroupEventKind::kJoinRequestRevoked);
  } else {
    EXPECT_EQ(event->kind, GroupEventKind::kOther);  // a placeholder type, or lifecycle
  }
}

void CheckError(const FixtureRow& row, const std::string& body) {
  auto parsed = ParseJsonBody(body);
  if (!parsed) {
    // error.syntax.json: unquoted <CODE> placeholders.
    Error e = ParseErrorResponse(Answer(400, body), std::nullopt, kNow);
    EXPECT_EQ(e.code, ErrorCode::kInvalidArgument);  // the status decides
    return;
  }
  const json err = (*parsed)["error"];
  const long long code = err["code"].get<long long>();
  const int status = row.status.value_or(400);
  if (code == 131201) {
    // 206: an outcome (nobody known), not a request error.
    auto r =
        ParseRemoveResponse(Answer(status, body), Action::kRemove, kGroup, {"5511999999999"}, kNow);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->participants[0].result.error().code, ParticipantErrorCode::kUnknown);
    return;
  }
  Error e = ParseErrorResponse(Answer(status, body), std::nullopt, kNow);
  EXPECT_EQ(e.code, ErrorCodeFor(code).value_or(e.code));
  EXPECT_TRUE(ErrorCodeFor(code).has_value()) << code;
  // Graph's code, subcode and trace id are kept as values, and named in
  // the message for whoever reads the log.
  EXPECT_EQ(e.provider_code, code);
  EXPECT_EQ(e.provider_trace_id, err["fbtrace_id"].get<std::string>());
  EXPECT_THAT(e.message, HasSubstr("code " + std::to_string(code)));
  EXPECT_THAT(e.message, HasSubstr(err["fbtrace_id"].get<std::string>()));
  EXPECT_THAT(e.provider_message, HasSubstr(err["message"].get<std::string>()));
  if (err.contains("error_subcode")) {
    EXPECT_EQ(e.provider_subcode, err["error_subcode"].get<long long>());
    EXPECT_THAT(e.message, HasSubstr("error_subcode " +
                                     std::to_string(err["error_subcode"].get<long long>())));
  } else {
    EXPECT_EQ(e.provider_subcode, std::nullopt);
  }
  EXPECT_EQ(e.http_status, status);
}

void CheckRequest(const FixtureRow& row, const std::string& body) {
  auto parsed = ParseJsonBody(body);
  if (!parsed) return;  // verbatim with comments and "...": the constructed twin is checked
  if (StartsWith(*row.file, "participants.remove")) {
    std::vector<std::string> sent;
    for (const auto& p : (*parsed)["participants"]) {
      sent.push_back(p["user"].get<std::string>().substr(1));
    }
    auto built = BuildRemoveRequest(TestConfig(), kGroup, sent, std::chrono::seconds(30));
    EXPECT_EQ(json::parse(built.body), *parsed);
    EXPECT_EQ(built.method, HttpMethod::kDelete);
    EXPECT_EQ(built.url,
              std::string("https://graph.facebook.com/v23.0/") + kGroup + "/participants");
  } else {
    std::vector<std::string> ids = (*parsed)["join_requests"].get<std::vector<std::string>>();
    const Action a = row.method == "DELETE" ? Action::kReject : Action::kApprove;
    auto built = BuildManageByIdsRequest(TestConfig(), a, kGroup, ids, std::chrono::seconds(30));
    EXPECT_EQ(json::parse(built.body), *parsed);
    EXPECT_EQ(built.method, a == Action::kReject ? HttpMethod::kDelete : HttpMethod::kPost);
  }
}

void CheckResponse(const FixtureRow& row, const std::string& body) {
  const std::string& f = *row.file;
  const bool valid = ParseJsonBody(body).has_value();
  if (StartsWith(f, "groupinfo")) {
    auto info = ParseGroupReadResponse(Answer(200, body), kNow);
    if (f == "groupinfo.response.200.nofields.json") {
      ASSERT_FALSE(info);  // no participants asked for: never an empty group
      EXPECT_EQ(info.error().code, ErrorCode::kProtocol);
    } else if (f == "groupinfo.response.200.json") {
      ASSERT_FALSE(info);  // "<WA_ID>" placeholders name nobody
    } else {
      ASSERT_TRUE(info) << info.error().message;
      EXPECT_EQ(info->members.size(), json::parse(body)["participants"].size());
      EXPECT_EQ(info->subject, json::parse(body)["subject"].get<std::string>());
    }
  } else if (StartsWith(f, "participants.remove")) {
    auto r =
        ParseRemoveResponse(Answer(200, body), Action::kRemove, kGroup, {"5511999999999"}, kNow);
    ASSERT_TRUE(r) << r.error().message;
    ASSERT_TRUE(r->participants[0].result);
    EXPECT_FALSE(r->participants[0].result->confirmed);
  } else if (StartsWith(f, "join_requests.list")) {
    auto page = ParseJoinRequestPageResponse(Answer(200, body), kNow);
    if (!valid) {
      ASSERT_FALSE(page);  // Meta's verbatim sample: a misplaced quote, a comment
      EXPECT_EQ(page.error().code, ErrorCode::kProtocol);
      return;
    }
    ASSERT_TRUE(page) << page.error().message;
    const json j = json::parse(body);
    EXPECT_EQ(page->entries.size(), j["data"].size());
    const bool more = j.contains("paging") && j["paging"].contains("next");
    EXPECT_EQ(page->next_cursor,
              more ? j["paging"]["cursors"]["after"].get<std::string>() : std::string());
    if (!page->entries.empty()) {
      EXPECT_EQ(page->entries[0].id, j["data"][0]["join_request_id"].get<std::string>());
      EXPECT_EQ(*page->entries[0].request.phone, j["data"][0]["wa_id"].get<std::string>());
    }
  } else {
    const Action a = StartsWith(f, "join_requests.reject") ? Action::kReject : Action::kApprove;
    if (!valid) {
      auto r = ParseManageByIdsResponse(Answer(200, body), a, kGroup, {}, {}, kNow);
      ASSERT_FALSE(r);  // comments and trailing commas: unreadable, never "all failed"
      EXPECT_EQ(r.error().code, ErrorCode::kProtocol);
      return;
    }
    const json j = json::parse(body);
    const char* key = a == Action::kReject ? "rejected_join_requests" : "approved_join_requests";
    std::vector<ListedJoinRequest> listed;
    std::vector<std::string> sent;
    std::vector<std::string> ids = j[key].get<std::vector<std::string>>();
    for (const auto& failed : j.value("failed_join_requests", json::array())) {
      ids.push_back(failed["join_request_id"].get<std::string>());
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
      std::string phone = "55119000000" + std::to_string(10 + i);
      listed.push_back({PendingRequest{phone + "@s.whatsapp.net", phone, ""}, ids[i]});
      sent.push_back(phone);
    }
    auto r = ParseManageByIdsResponse(Answer(200, body), a, kGroup, sent, listed, kNow);
    ASSERT_TRUE(r) << r.error().message;
    for (std::size_t i = 0; i < sent.size(); ++i) {
      const bool ok = i < j[key].size();
      EXPECT_EQ(static_cast<bool>(r->participants[i].result), ok) << sent[i];
      if (!ok) {
        const long long code = j["failed_join_requests"][0]["errors"][0]["code"].get<long long>();
        EXPECT_EQ(r->participants[i].result.error().code, ParticipantCodeFor(code));
        EXPECT_THAT(r->participants[i].result.error().message, HasSubstr(std::to_string(code)));
      }
    }
  }
}

TEST(MetaFixtures, EveryRow) {
  CheckEveryRow("meta", 59, [](const FixtureRow& row) {
    ASSERT_TRUE(row.file);
    SCOPED_TRACE(*row.file);
    const std::string body = ReadFixture("meta", *row.file);
    if (row.kind == "webhook") return CheckWebhook(row, body);
    if (row.kind == "error") return CheckError(row, body);
    if (row.kind == "request") return CheckRequest(row, body);
    CheckResponse(row, body);
  });
}

}  // namespace
}  // namespace wa::internal::meta
