// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulated WAHA (its NOWEB engine) held to the examples from WAHA's
// docs and code (tests/fixtures/waha/): the same answer shapes, and the very
// bodies of its documented errors.

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "simulator_shapes.hpp"

namespace wa {
namespace {

using nlohmann::json;
using testing_util::FixtureJson;
using testing_util::FixtureRow;
using testing_util::LoadManifest;

constexpr const char* kCustomers = "/api/demo/groups/120363406289005073%40g.us/";

class WahaSimulator : public SimulatorShapes {
 protected:
  Reply Post(const std::string& route, const std::string& body,
             const std::string& key = "waha-demo-token", const std::string& session = "demo") {
    std::vector<std::pair<std::string, std::string>> headers = {
        {"Content-Type", "application/json"}};
    if (!key.empty()) headers.emplace_back("X-Api-Key", key);
    return Send(HttpMethod::kPost, "/api/" + session + "/groups/120363406289005073%40g.us/" + route,
                body, std::move(headers));
  }
  Reply Get(const std::string& route) {
    return Send(HttpMethod::kGet, kCustomers + route, "", {{"X-Api-Key", "waha-demo-token"}});
  }
  static testing_util::DocumentedShape Shape(const std::string& prefix) {
    return ShapeOf("waha", [&](const FixtureRow& r) { return r.file->rfind(prefix, 0) == 0; });
  }
};

TEST_F(WahaSimulator, ActionExamplesAnswerNowebsShape) {
  auto shape = ShapeOf("waha", [](const FixtureRow& r) {
    return r.file->rfind("participants.response.", 0) == 0 &&
           r.file->find("noweb") != std::string::npos;
  });
  int sent = 0;
  for (const auto& row : LoadManifest("waha")) {
    if (!row.file || row.kind != "request" || row.file->rfind("participants.", 0) != 0) continue;
    SCOPED_TRACE(*row.file);
    std::string route = row.endpoint.substr(row.endpoint.find("{id}/") + 5);
    Reply reply = Post(route, testing_util::ReadFixture("waha", *row.file));
    EXPECT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(shape.Differences(reply.Json()), "") << reply.body;
    ++sent;
  }
  EXPECT_EQ(sent, 4);
}

TEST_F(WahaSimulator, JoinRequestsAnswerTheirShapes) {
  Reply list = Get("participants/join-requests");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(Shape("join-requests.response.200.list").Differences(list.Json()), "") << list.body;
  Reply approve =
      Post("participants/join-requests/approve",
           R"({"participants":[{"id":"5511944444444@c.us"},{"id":"5511900001111@c.us"}]})");
  ASSERT_EQ(approve.status, 200) << approve.body;
  EXPECT_EQ(Shape("join-requests.response.200.approve").Differences(approve.Json()), "")
      << approve.body;
}

TEST_F(WahaSimulator, ReadsAnswerTheirShapes) {
  Reply raw = Get("participants");
  ASSERT_EQ(raw.status, 200) << raw.body;
  EXPECT_EQ(Shape("members.response.200.noweb").Differences(raw.Json()), "") << raw.body;
  Reply v2 = Get("participants/v2");
  ASSERT_EQ(v2.status, 200) << v2.body;
  EXPECT_EQ(Shape("members.v2.").Differences(v2.Json()), "") << v2.body;
}

TEST_F(WahaSimulator, DocumentedErrorsAreTheSourcesBodies) {
  const std::string add = R"({"participants":[{"id":"5511999999999@c.us"}]})";
  Reply no_key = Post("participants/add", add, "");
  EXPECT_EQ(no_key.status, 401);
  EXPECT_EQ(no_key.Json(), FixtureJson("waha", "error.401.json"));
  Reply no_session = Post("participants/add", add, "waha-demo-token", "default");
  EXPECT_EQ(no_session.status, 404);
  EXPECT_EQ(no_session.Json(), FixtureJson("waha", "error.404.session-not-found.json"));

  json state = json::parse(mock_->StateJson());
  for (json& instance : state["instances"]) {
    if (instance["provider"] == "waha") instance["connected"] = false;
  }
  std::string error;
  ASSERT_TRUE(mock_->LoadState(state.dump(), &error)) << error;
  Reply starting = Post("participants/add", add);
  EXPECT_EQ(starting.status, 422);
  json expected = FixtureJson("waha", "error.422.session-not-working.json");
  expected["session"] = "demo";
  EXPECT_EQ(starting.Json(), expected);
}

TEST_F(WahaSimulator, EngineFailuresComeThroughTheExceptionFilter) {
  auto shape = Shape("error.500.");
  Reply unknown_group =
      Send(HttpMethod::kGet, "/api/demo/groups/999999999999999999%40g.us/participants", "",
           {{"X-Api-Key", "waha-demo-token"}});
  EXPECT_EQ(unknown_group.status, 500);
  EXPECT_EQ(shape.Differences(unknown_group.Json()), "") << unknown_group.body;
}

}  // namespace
}  // namespace wa
