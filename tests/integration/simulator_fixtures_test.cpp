// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulator held to the providers' documented examples
// (tests/fixtures/): every documented request example is sent to it, and
// each answer must have the shape of the documented answers (the same keys,
// the same JSON types), and every documented error its exact body. The
// simulator can then not drift to the SDK's own idea of the wire.

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "mock_fixture.hpp"
#include "simulator_shapes.hpp"

namespace wa {
namespace {

using nlohmann::json;
using testing_util::DocumentedShape;
using testing_util::FixtureJson;
using testing_util::FixtureRow;
using testing_util::LoadManifest;
using testing_util::MockFixture;

constexpr const char* kZApiBase = "/instances/demo/token/zapi-demo-token/";
constexpr const char* kClientToken = "zapi-demo-client-token";
// Groups of the demo world: the instance is super-admin of Customers and
// Suppliers, and a plain member of the old-style group.
constexpr const char* kMemberOnlyGroup = "5511988880000-1623281429@g.us";

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The demo instance of `provider` in a state document.
json& InstanceOf(json& state, const std::string& provider) {
  for (json& instance : state.at("instances")) {
    if (instance.at("provider") == provider) return instance;
  }
  ADD_FAILURE() << "no " << provider << " instance";
  static json none;
  return none;
}

class SimulatorFixtures : public SimulatorShapes {
 protected:
  Reply ZApiPost(const std::string& endpoint, const std::string& body) {
    return Send(HttpMethod::kPost, kZApiBase + endpoint, body,
                {{"Client-Token", kClientToken}, {"Content-Type", "application/json"}});
  }
  Reply ZApiGet(const std::string& endpoint) {
    return Send(HttpMethod::kGet, kZApiBase + endpoint, "", {{"Client-Token", kClientToken}});
  }
  Reply RyzePost(const std::string& body, const std::string& token = "ryze-demo-token") {
    return Send(HttpMethod::kPost, "/api/group/participants/demo", body,
                {{"token", token}, {"Content-Type", "application/json"}});
  }
  Reply RyzeGet(const std::string& path_and_query) {
    return Send(HttpMethod::kGet, path_and_query, "", {{"token", "ryze-demo-token"}});
  }
};

// Every documented action request, old and new group forms and the docs
// repository's json-examples, answers 200 with the documented {"value": bool}.
TEST_F(SimulatorFixtures, ZApiActionExamplesAnswerTheDocumentedShape) {
  int sent = 0;
  for (const auto& row : LoadManifest("zapi")) {
    if (!row.file || row.kind != "request" || row.endpoint.find("metadata") != std::string::npos) {
      continue;
    }
    SCOPED_TRACE(*row.file);
    json example = FixtureJson("zapi", *row.file);
    std::string body = EndsWith(*row.file, ".har.json")
                           ? example.at("postData").at("text").get<std::string>()
                           : testing_util::ReadFixture("zapi", *row.file);
    auto shape = ShapeOf("zapi", [&](const FixtureRow& r) {
      return r.kind == "response" && r.endpoint == row.endpoint;
    });
    Reply reply = ZApiPost(row.endpoint, body);
    EXPECT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(shape.Differences(reply.Json()), "") << reply.body;
    ++sent;
  }
  EXPECT_EQ(sent, 24);  // six endpoints, four documented requests each
}

TEST_F(SimulatorFixtures, ZApiGroupReadsAnswerTheDocumentedShape) {
  for (std::string endpoint : {"group-metadata", "light-group-metadata"}) {
    SCOPED_TRACE(endpoint);
    auto shape = ShapeOf("zapi", [&](const FixtureRow& r) {
      return r.kind == "response" && r.endpoint == endpoint + "/{phone}";
    });
    Reply reply = ZApiGet(endpoint + "/120363019502650977-group");
    ASSERT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(shape.Differences(reply.Json()), "") << reply.body;
    // Light metadata is the same read without the invite link.
    EXPECT_EQ(reply.Json().at("invitationLink").is_null(), endpoint == "light-group-metadata");
  }
}

// 405 (wrong method) and 415 (no Content-Type), documented without a body.
TEST_F(SimulatorFixtures, ZApiBodilessStatusesAsDocumented) {
  int checked = 0;
  for (const auto& row : LoadManifest("zapi")) {
    if (row.file || !row.status) continue;
    SCOPED_TRACE(row.endpoint + " " + std::to_string(*row.status));
    const bool read = row.endpoint.find("metadata") != std::string::npos;
    std::string path = row.endpoint.substr(0, row.endpoint.find('/'));
    if (read) path += "/120363019502650977-group";
    Reply reply;
    if (*row.status == 405) {
      // The wrong method: a GET of an action, a POST of a read.
      reply = read ? Send(HttpMethod::kPost, kZApiBase + path, "{}",
                          {{"Client-Token", kClientToken}, {"Content-Type", "application/json"}})
                   : ZApiGet(path);
    } else if (!read) {
      reply = Send(HttpMethod::kPost, kZApiBase + path,
                   R"({"groupId": "120363019502650977-group", "phones": ["5544999999999"]})",
                   {{"Client-Token", kClientToken}});
    } else {
      continue;  // a GET has no body, so no Content-Type to leave out
    }
    EXPECT_EQ(reply.status, *row.status);
    EXPECT_EQ(reply.body, "");
    ++checked;
  }
  EXPECT_EQ(checked, 14);
}

// The account's Client-Token is created disabled and enforced only once
// activated; then its absence gets the security page's body.
TEST_F(SimulatorFixtures, ZApiClientTokenIsEnforcedOnlyOnceActivated) {
  const std::string add = R"({"groupId": "120363019502650977-group", "phones": ["5544666666666"]})";
  Reply missing = Send(HttpMethod::kPost, std::string(kZApiBase) + "add-participant", add,
                       {{"Content-Type", "application/json"}});
  EXPECT_EQ(missing.Json(), FixtureJson("zapi", "error.client-token-missing.json"));

  json state = json::parse(mock_->StateJson());
  InstanceOf(state, "zapi")["client_token_active"] = false;
  std::string error;
  ASSERT_TRUE(mock_->LoadState(state.dump(), &error)) << error;
  Reply before_activation = Send(HttpMethod::kPost, std::string(kZApiBase) + "add-participant", add,
                                 {{"Content-Type", "application/json"}});
  EXPECT_EQ(before_activation.status, 200) << before_activation.body;
  EXPECT_TRUE(before_activation.Json().at("value").is_boolean());
}

// A disconnected instance: actions fail the documented way ({"value":
// false}); reads, for which no failure is documented, get Z-API's flat error.
TEST_F(SimulatorFixtures, ZApiDisconnectedInstance) {
  json state = json::parse(mock_->StateJson());
  InstanceOf(state, "zapi")["connected"] = false;
  std::string error;
  ASSERT_TRUE(mock_->LoadState(state.dump(), &error)) << error;
  Reply action =
      ZApiPost("remove-participant",
               R"({"groupId": "120363019502650977-group", "phones": ["5544999999999"]})");
  EXPECT_EQ(action.status, 200);
  EXPECT_EQ(action.Json(), json({{"value", false}}));
  Reply read = ZApiGet("light-group-metadata/120363019502650977-group");
  EXPECT_NE(read.status, 200);
  DocumentedShape flat;
  flat.Add(FixtureJson("zapi", "error.client-token-missing.json"));
  EXPECT_EQ(flat.Differences(read.Json()), "") << read.body;
}

// Every documented RyzeAPI request answers 200 in the documented shape.
TEST_F(SimulatorFixtures, RyzeRequestExamplesAnswerTheDocumentedShape) {
  auto shape = ShapeOf("ryze", [](const FixtureRow& r) {
    return r.kind == "response" && r.endpoint.find("/participants/") != std::string::npos;
  });
  int sent = 0;
  for (const auto& row : LoadManifest("ryze")) {
    if (!row.file || row.kind != "request" || row.file->find("template") != std::string::npos) {
      continue;
    }
    SCOPED_TRACE(*row.file);
    Reply reply = RyzePost(testing_util::ReadFixture("ryze", *row.file));
    EXPECT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(shape.Differences(reply.Json()), "") << reply.body;
    ++sent;
  }
  EXPECT_EQ(sent, 6);
}

// The errors tables of the participants and requests pages: status and
// message, in the errors page's envelope.
TEST_F(SimulatorFixtures, RyzeErrorRowsAsDocumented) {
  auto invalid_action = RyzePost(
      R"({"action": "invite", "identifier": "120363406289005073@g.us", "participants": ["5511999999999"]})");
  EXPECT_EQ(invalid_action.status, 400);
  EXPECT_EQ(invalid_action.Json(),
            FixtureJson("ryze", "error.participants.400.invalid-action.json"));

  int checked = 0;
  for (const auto& row : LoadManifest("ryze")) {
    if (row.file || !row.message) continue;
    SCOPED_TRACE(row.endpoint + ": " + *row.message);
    const bool requests = row.endpoint.find("/requests/") != std::string::npos;
    std::string group;
    switch (*row.status) {
      case 403:
        group = kMemberOnlyGroup;
        break;
      case 404:
        group = "999999999999999999@g.us";
        break;
      default:
        group = "120363406289005073@g.us";
    }
    Reply reply;
    if (requests) {
      std::string query = *row.status == 400 ? "" : "?identifier=" + group;
      reply = RyzeGet("/api/group/requests/demo" + query);
    } else if (*row.message == "Identifier is required") {
      reply = RyzePost(R"({"action": "add", "participants": ["5511999999999"]})");
    } else if (*row.message == "At least one participant is required") {
      reply =
          RyzePost(R"({"action": "add", "identifier": ")" + group + R"(", "participants": []})");
    } else {
      reply = RyzePost(R"({"action": "add", "identifier": ")" + group +
                       R"(", "participants": ["5511999999999"]})");
    }
    EXPECT_EQ(reply.status, *row.status) << reply.body;
    json expected = {{"success", false}, {"error", {{"message", *row.message}}}};
    EXPECT_EQ(reply.Json(), expected);
    ++checked;
  }
  EXPECT_EQ(checked, 7);
}

TEST_F(SimulatorFixtures, RyzeReadsAnswerTheDocumentedShape) {
  auto requests_shape = ShapeOf("ryze", [](const FixtureRow& r) {
    return r.kind == "response" && r.endpoint.find("/requests/") != std::string::npos;
  });
  Reply requests = RyzeGet("/api/group/requests/demo?identifier=120363406289005073%40g.us");
  ASSERT_EQ(requests.status, 200);
  EXPECT_EQ(requests_shape.Differences(requests.Json()), "") << requests.body;

  DocumentedShape detail;
  detail.Add(FixtureJson("ryze", "groups-overview.groupinfo-structure.json"));
  // The info page: its participants carry their lid.
  detail.AllowExtra("participants[].lid");
  Reply info = RyzeGet("/api/group/info/demo?identifier=120363406289005073%40g.us");
  ASSERT_EQ(info.status, 200);
  EXPECT_EQ(detail.Differences(info.Json()), "") << info.body;
  // Bound first: a range-for over `info.Json().at(...)` would iterate a
  // temporary that is already gone (ASan: heap-use-after-free).
  const auto info_json = info.Json();
  for (const auto& p : info_json.at("participants")) {
    EXPECT_TRUE(EndsWith(p.at("lid").get<std::string>(), "@lid"));
  }
}

// "All responses (including successful ones) include" X-RateLimit-*; over
// the limit, the documented 429 body; disconnected, the documented error.
TEST_F(SimulatorFixtures, RyzeRateLimitHeadersOnEveryAnswer) {
  mock::MockOptions one = Unlimited();
  one.rate_limit = 1;  // per token: the refused one spends its own bucket
  StartMock(one);
  Reply refused = RyzePost("{}", "not-a-token");
  EXPECT_EQ(refused.status, 401);
  Reply ok = RyzeGet("/api/group/requests/demo?identifier=120363406289005073%40g.us");
  EXPECT_EQ(ok.status, 200);
  Reply over = RyzeGet("/api/group/requests/demo?identifier=120363406289005073%40g.us");
  EXPECT_EQ(over.status, 429);
  EXPECT_EQ(over.Json(), FixtureJson("ryze", "error.429.rate-limit.json"));
  for (const Reply* r : {&refused, &ok, &over}) {
    for (const char* h : {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"}) {
      EXPECT_TRUE(r->raw.Header(h)) << r->status << " lacks " << h;
    }
  }

  StartMock(Unlimited());
  json state = json::parse(mock_->StateJson());
  InstanceOf(state, "ryze")["connected"] = false;
  std::string error;
  ASSERT_TRUE(mock_->LoadState(state.dump(), &error)) << error;
  Reply disconnected = RyzeGet("/api/group/requests/demo?identifier=120363406289005073%40g.us");
  EXPECT_EQ(disconnected.status, 503);
  EXPECT_EQ(disconnected.Json(), FixtureJson("ryze", "error.instance-not-connected.json"));
}

}  // namespace
}  // namespace wa
