// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulator against the seed pages' own example requests (shared/seeds/),
// sent byte for byte, with each answer checked field by field against the
// shapes in shared/providers.md.

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "mock_fixture.hpp"

namespace wa {
namespace {

using nlohmann::json;
using testing_util::MockFixture;

class MockSeeds : public MockFixture {
 protected:
  json Post(const std::string& path, const std::string& body,
            std::vector<std::pair<std::string, std::string>> headers, int expect_status = 200) {
    HttpRequest r;
    r.method = HttpMethod::kPost;
    r.url = mock_->base_url() + path;
    r.redacted_url = r.url;
    r.headers = std::move(headers);
    r.headers.emplace_back("Content-Type", "application/json");
    r.body = body;
    r.timeout = std::chrono::seconds(5);
    auto resp = transport_->Send(r);
    EXPECT_TRUE(resp) << resp.error().message;
    if (!resp) return json();
    EXPECT_EQ(resp->status, expect_status) << resp->body;
    return json::parse(resp->body, nullptr, false);
  }

  std::shared_ptr<HttpTransport> transport_ = MakeCurlTransport();
};

// RyzeAPI "Add to Group": 200 with one entry per participant.
TEST_F(MockSeeds, RyzeAddExampleAnswersWithTheDocumentedShape) {
  json j = Post("/api/group/participants/demo", R"({
    "action": "add",
    "identifier": "120363406289005073@g.us",
    "participants": ["5511999999999", "5521988888888"]
  })",
                {{"token", "ryze-demo-token"}});
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j["success"], true);
  EXPECT_TRUE(j["message"].is_string());
  EXPECT_EQ(j["groupJid"], "120363406289005073@g.us");
  EXPECT_EQ(j["action"], "add");
  ASSERT_EQ(j["participants"].size(), 2u);
  for (const auto& p : j["participants"]) {
    EXPECT_TRUE(p["jid"].get<std::string>().find("@s.whatsapp.net") != std::string::npos);
    EXPECT_TRUE(p["isAdmin"].is_boolean());
    EXPECT_TRUE(p["isSuperAdmin"].is_boolean());
    EXPECT_TRUE(p["success"].is_boolean());
    if (!p["success"].get<bool>()) {
      EXPECT_TRUE(p["error"].is_string());
    }
  }
  // 5511999999999 is already a member in the demo world; 5521988888888 has
  // no WhatsApp, exactly the seed page's partial example.
  EXPECT_EQ(j["participants"][1]["error"], "user not on whatsapp");
}

// RyzeAPI promote, demote, approve (by LID), reject (by phone), remove.
TEST_F(MockSeeds, RyzeEveryOtherExample) {
  const std::pair<const char*, const char*> examples[] = {{"promote", "5511999999999"},
                                                          {"demote", "5511999999999"},
                                                          {"approve", "199789077627112@lid"},
                                                          {"reject", "5511933333333"},
                                                          {"remove", "5511999999999"}};
  for (const auto& [action, who] : examples) {
    json body = {
        {"action", action}, {"identifier", "120363406289005073@g.us"}, {"participants", {who}}};
    json j = Post("/api/group/participants/demo", body.dump(), {{"token", "ryze-demo-token"}});
    EXPECT_EQ(j["action"], action);
    ASSERT_EQ(j["participants"].size(), 1u) << action;
    EXPECT_EQ(j["participants"][0]["success"], true) << action << ": " << j.dump();
  }
}

// The participants page's error envelope: {"success": false, "error": {"message"}}.
TEST_F(MockSeeds, RyzeErrorEnvelope) {
  json j = Post("/api/group/participants/demo",
                R"({"action":"add","identifier":"120363406289005073@g.us","participants":[]})",
                {{"token", "ryze-demo-token"}}, 400);
  EXPECT_EQ(j["success"], false);
  EXPECT_EQ(j["error"]["message"], "At least one participant is required");
}

// Z-API "reject-participant", both group-id forms from the seed page.
TEST_F(MockSeeds, ZApiRejectExampleAnswersValue) {
  std::vector<std::pair<std::string, std::string>> auth = {
      {"Client-Token", "zapi-demo-client-token"}};
  json j = Post("/instances/demo/token/zapi-demo-token/reject-participant", R"({
    "groupId": "120363019502650977-group",
    "phones": ["5544999999999", "5544888888888"]
  })",
                auth);
  ASSERT_TRUE(j.is_object());
  ASSERT_TRUE(j["value"].is_boolean());
  // 5544888888888 has a pending request and is rejected; 5544999999999 is a
  // member with none, so the batch as a whole is not a success.
  EXPECT_EQ(j["value"], false);
  json old_form =
      Post("/instances/demo/token/zapi-demo-token/remove-participant",
           R"({"groupId": "5511988880000-1623281429", "phones": ["5511900000000"]})", auth);
  EXPECT_TRUE(old_form["value"].is_boolean());
}

// Z-API without Content-Type: 415, as the seed page says.
TEST_F(MockSeeds, ZApiWithoutContentTypeIs415) {
  HttpRequest r;
  r.method = HttpMethod::kPost;
  r.url = mock_->base_url() + "/instances/demo/token/zapi-demo-token/reject-participant";
  r.redacted_url = r.url;
  r.headers = {{"Client-Token", "zapi-demo-client-token"}, {"Content-Type", "text/plain"}};
  r.body = R"({"groupId": "120363019502650977-group", "phones": ["5544888888888"]})";
  r.timeout = std::chrono::seconds(5);
  auto resp = transport_->Send(r);
  ASSERT_TRUE(resp);
  EXPECT_EQ(resp->status, 415);
  HttpRequest get = r;
  get.method = HttpMethod::kGet;
  auto wrong_method = transport_->Send(get);
  ASSERT_TRUE(wrong_method);
  EXPECT_EQ(wrong_method->status, 405);
}

// RyzeAPI pending requests: the documented shape, phoneNumber included.
TEST_F(MockSeeds, RyzePendingRequestsShape) {
  HttpRequest r;
  r.method = HttpMethod::kGet;
  r.url = mock_->base_url() + "/api/group/requests/demo?identifier=120363406289005073%40g.us";
  r.redacted_url = r.url;
  r.headers = {{"token", "ryze-demo-token"}};
  r.timeout = std::chrono::seconds(5);
  auto resp = transport_->Send(r);
  ASSERT_TRUE(resp);
  json j = json::parse(resp->body);
  EXPECT_EQ(j["success"], true);
  EXPECT_EQ(j["groupJid"], "120363406289005073@g.us");
  EXPECT_EQ(j["meta"]["total"], 2);
  ASSERT_EQ(j["requests"].size(), 2u);
  EXPECT_EQ(j["requests"][0]["jid"], "199789077627112@lid");
  EXPECT_EQ(j["requests"][0]["phoneNumber"], "5511944444444@s.whatsapp.net");
  EXPECT_EQ(j["requests"][0]["requestedAt"], "2026-04-20T14:00:00Z");
}

}  // namespace
}  // namespace wa
