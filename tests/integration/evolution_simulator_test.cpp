// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulated Evolution API held to the examples built from its source
// (tests/fixtures/evolution/): the same answer shapes, and the very bodies
// of its validation and guard errors.

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

class EvolutionSimulator : public SimulatorShapes {
 protected:
  Reply EvolutionPost(const std::string& body, const std::string& query,
                      const std::string& instance = "demo",
                      const std::string& key = "evolution-demo-token") {
    std::vector<std::pair<std::string, std::string>> headers = {
        {"Content-Type", "application/json"}};
    if (!key.empty()) headers.emplace_back("apikey", key);
    return Send(HttpMethod::kPost, "/group/updateParticipant/" + instance + query, body,
                std::move(headers));
  }
  Reply EvolutionGet(const std::string& route, const std::string& group) {
    return Send(HttpMethod::kGet, "/group/" + route + "/demo?groupJid=" + group, "",
                {{"apikey", "evolution-demo-token"}});
  }
};

constexpr const char* kCustomersQuery = "?groupJid=120363406289005073";

TEST_F(EvolutionSimulator, RequestExamplesAnswerTheSourcesShape) {
  auto shape = ShapeOf("evolution", [](const FixtureRow& r) {
    return r.kind == "response" && r.file->rfind("participants.response.", 0) == 0;
  });
  int sent = 0;
  for (const auto& row : LoadManifest("evolution")) {
    if (!row.file || row.kind != "request") continue;
    SCOPED_TRACE(*row.file);
    Reply reply = EvolutionPost(testing_util::ReadFixture("evolution", *row.file), kCustomersQuery);
    ++sent;
    if (FixtureJson("evolution", *row.file).contains("groupJid")) {
      // The body's groupJid wins over the query's: it names a group this
      // instance is not in, so Baileys' refusal comes back.
      EXPECT_EQ(reply.status, 400) << reply.body;
      EXPECT_EQ(reply.Json().at("response").at("message").at(0), "Error updating participants");
      continue;
    }
    EXPECT_EQ(reply.status, 201) << reply.body;
    EXPECT_EQ(shape.Differences(reply.Json()), "") << reply.body;
  }
  EXPECT_EQ(sent, 5);
}

TEST_F(EvolutionSimulator, ValidationAndGuardErrorsAreTheSourcesBodies) {
  struct Case {
    const char* file;
    std::string body;
    std::string query;
    std::string instance;
    std::string key;
  };
  const std::string ok_key = "evolution-demo-token";
  for (const Case& c : std::vector<Case>{
           {"error.400.validation.json", R"({"action":"kick","participants":["5511999999999"]})",
            kCustomersQuery, "demo", ok_key},
           {"error.400.validation.multi.json", R"({"action":"kick","participants":["1","1"]})",
            kCustomersQuery, "demo", ok_key},
           {"error.400.validation.missing-participants.json", R"({"action":"add"})",
            kCustomersQuery, "demo", ok_key},
           {"error.400.validation.empty-participants.json", R"({"action":"add","participants":[]})",
            kCustomersQuery, "demo", ok_key},
           {"error.400.missing-groupJid.json",
            R"({"action":"add","participants":["5511999999999"]})", "", "demo", ok_key},
           {"error.401.json", R"({"action":"add","participants":["5511999999999"]})",
            kCustomersQuery, "demo", "wrong-key"},
           // An unknown instance is refused before any key is looked at.
           {"error.404.instance-not-found.json",
            R"({"action":"add","participants":["5511999999999"]})", kCustomersQuery, "my-instance",
            ""},
       }) {
    SCOPED_TRACE(c.file);
    Reply reply = EvolutionPost(c.body, c.query, c.instance, c.key);
    json expected = FixtureJson("evolution", c.file);
    EXPECT_EQ(reply.status, expected.at("status").get<int>());
    EXPECT_EQ(reply.Json(), expected) << reply.body;
  }
}

TEST_F(EvolutionSimulator, ReadsAnswerTheSourcesShape) {
  for (const std::string route : {"findGroupInfos", "participants"}) {
    SCOPED_TRACE(route);
    const std::string prefix =
        route == "findGroupInfos" ? "groupinfo.response." : "members.response.";
    auto shape =
        ShapeOf("evolution", [&](const FixtureRow& r) { return r.file->rfind(prefix, 0) == 0; });
    Reply reply = EvolutionGet(route, "120363406289005073%40g.us");
    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(shape.Differences(reply.Json()), "") << reply.body;
    // The read routes' groupJid must be "<digits>@g.us".
    Reply bad = EvolutionGet(route, "120363406289005073");
    EXPECT_EQ(bad.status, 400) << bad.body;
  }
}

}  // namespace
}  // namespace wa
