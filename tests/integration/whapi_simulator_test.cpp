// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulated Whapi.Cloud held to the examples from its OpenAPI specs and
// docs (tests/fixtures/whapi/): the same answer shapes for every route, and
// the very bodies of its documented errors.

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "simulator_shapes.hpp"
#include "wa/participants/whapi.hpp"

namespace wa {
namespace {

using nlohmann::json;
using testing_util::FixtureJson;
using testing_util::FixtureRow;

constexpr const char* kCustomers = "/groups/120363406289005073@g.us";

class WhapiSimulator : public SimulatorShapes {
 protected:
  Reply Call(HttpMethod method, const std::string& route, const std::string& body,
             const std::string& token = "whapi-demo-token") {
    std::vector<std::pair<std::string, std::string>> headers = {
        {"Content-Type", "application/json"}};
    if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
    return Send(method, std::string(kCustomers) + route, body, std::move(headers));
  }
  static testing_util::DocumentedShape Shape(const std::string& file) {
    return ShapeOf("whapi", [&](const FixtureRow& r) { return r.file == file; });
  }
};

TEST_F(WhapiSimulator, ParticipantActionsAnswerTheirShapes) {
  Reply add = Call(HttpMethod::kPost, "/participants", R"({"participants":["5511988887777"]})");
  ASSERT_EQ(add.status, 200) << add.body;
  EXPECT_EQ(Shape("participants.add.response.200.json").Differences(add.Json()), "") << add.body;
  Reply remove =
      Call(HttpMethod::kDelete, "/participants", R"({"participants":["5511988887777"]})");
  ASSERT_EQ(remove.status, 200) << remove.body;
  EXPECT_EQ(Shape("participants.remove.response.200.json").Differences(remove.Json()), "")
      << remove.body;
  Reply promote = Call(HttpMethod::kPatch, "/admins", R"({"participants":["5511999999999"]})");
  ASSERT_EQ(promote.status, 200) << promote.body;
  EXPECT_EQ(Shape("admins.response.200.json").Differences(promote.Json()), "") << promote.body;
  Reply demote = Call(HttpMethod::kDelete, "/admins", R"({"participants":["5511999999999"]})");
  ASSERT_EQ(demote.status, 200) << demote.body;
  EXPECT_EQ(Shape("admins.response.200.json").Differences(demote.Json()), "") << demote.body;
}

TEST_F(WhapiSimulator, TheDocumentedRequestsAreAccepted) {
  // Each documented request body, sent as documented, to the demo world's
  // group: accepted (the outcome per participant is the world's business).
  struct Sent {
    const char* file;
    HttpMethod method;
    const char* route;
  };
  for (const Sent& s :
       {Sent{"participants.add.request.json", HttpMethod::kPost, "/participants"},
        Sent{"participants.remove.request.json", HttpMethod::kDelete, "/participants"},
        Sent{"admins.promote.request.json", HttpMethod::kPatch, "/admins"},
        Sent{"admins.demote.request.json", HttpMethod::kDelete, "/admins"},
        Sent{"applications.approve.request.json", HttpMethod::kPost, "/applications"},
        Sent{"applications.reject.request.json", HttpMethod::kDelete, "/applications"}}) {
    SCOPED_TRACE(s.file);
    Reply reply = Call(s.method, s.route, testing_util::ReadFixture("whapi", s.file));
    EXPECT_EQ(reply.status, 200) << reply.body;
  }
}

TEST_F(WhapiSimulator, JoinRequestsAnswerTheirShapes) {
  Reply list = Call(HttpMethod::kGet, "/applications", "");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(Shape("applications.list.response.200.json").Differences(list.Json()), "") << list.body;
  ASSERT_FALSE(list.Json()["applications"].empty());
  const std::string first = list.Json()["applications"][0]["chatId"];
  Reply approve = Call(HttpMethod::kPost, "/applications", json{{"application", first}}.dump());
  ASSERT_EQ(approve.status, 200) << approve.body;
  EXPECT_EQ(Shape("applications.approve.response.200.json").Differences(approve.Json()), "")
      << approve.body;
  // The same application again: no longer pending, so it fails, in the
  // documented failure shape.
  Reply again = Call(HttpMethod::kDelete, "/applications", json{{"application", first}}.dump());
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(Shape("applications.reject.response.200.failed.json").Differences(again.Json()), "")
      << again.body;
}

TEST_F(WhapiSimulator, ApplicationsComeInPagesOfCountFromOffset) {
  Reply first = Call(HttpMethod::kGet, "/applications?count=1", "");
  ASSERT_EQ(first.status, 200) << first.body;
  ASSERT_EQ(first.Json()["applications"].size(), 1u) << first.body;
  EXPECT_EQ(first.Json()["total"], 2) << first.body;
  Reply second = Call(HttpMethod::kGet, "/applications?count=1&offset=1", "");
  ASSERT_EQ(second.Json()["applications"].size(), 1u) << second.body;
  EXPECT_EQ(second.Json()["offset"], 1);
  EXPECT_NE(second.Json()["applications"][0]["chatId"], first.Json()["applications"][0]["chatId"]);
  Reply past = Call(HttpMethod::kGet, "/applications?offset=2", "");
  EXPECT_TRUE(past.Json()["applications"].empty()) << past.body;
}

TEST_F(WhapiSimulator, GroupReadsAnswerTheirShape) {
  Reply group = Call(HttpMethod::kGet, "", "");
  ASSERT_EQ(group.status, 200) << group.body;
  EXPECT_EQ(Shape("groupinfo.response.200.json").Differences(group.Json()), "") << group.body;
}

TEST_F(WhapiSimulator, DocumentedErrorsAreTheSourcesBodies) {
  const std::string add = R"({"participants":["5511988887777"]})";
  Reply unknown_group = Send(HttpMethod::kPost, "/groups/999999999999999999@g.us/participants", add,
                             {{"Authorization", "Bearer whapi-demo-token"}});
  EXPECT_EQ(unknown_group.status, 404);
  EXPECT_EQ(unknown_group.Json(), FixtureJson("whapi", "error.404.json"));
  Reply bad_body = Call(HttpMethod::kPost, "/participants", R"({"participants":[]})");
  EXPECT_EQ(bad_body.status, 400);
  EXPECT_EQ(Shape("error.400.json").Differences(bad_body.Json()), "") << bad_body.body;

  json state = json::parse(mock_->StateJson());
  for (json& instance : state["instances"]) {
    if (instance["provider"] == "whapi") instance["connected"] = false;
  }
  std::string error;
  ASSERT_TRUE(mock_->LoadState(state.dump(), &error)) << error;
  Reply disconnected = Call(HttpMethod::kPost, "/participants", add);
  EXPECT_EQ(disconnected.status, 401);
  EXPECT_EQ(Shape("error.401.json").Differences(disconnected.Json()), "") << disconnected.body;
}

// Through the client over the event loop: twelve approvals are twelve
// requests, at most eight in flight at a time, each participant answered.
TEST_F(WhapiSimulator, ManyApprovalsAreOneRequestEachAndAllAnswered) {
  WhapiOptions w;
  w.base_url = mock_->base_url();
  w.token = "whapi-demo-token";
  ClientOptions options;
  options.rate_limit = std::nullopt;
  auto client = MakeClient(w, options);
  std::vector<std::string> people = {"5511944444444", "5511933333333"};
  for (int i = 0; i < 10; ++i) people.push_back("55119000011" + std::to_string(10 + i));
  mock_->ClearRequests();
  auto r = client.ManageAsync(Action::kApprove, "120363406289005073@g.us", people).get();
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), people.size());
  EXPECT_TRUE(r->participants[0].result);
  EXPECT_TRUE(r->participants[1].result);
  for (std::size_t i = 2; i < people.size(); ++i) {
    EXPECT_FALSE(r->participants[i].result) << people[i];  // they never asked
  }
  EXPECT_EQ(mock_->Requests().size(), people.size());
}

}  // namespace
}  // namespace wa
