// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulated Meta Cloud API held to Meta's published examples
// (tests/fixtures/meta/): the same answer shapes for every route, and its
// errors in Graph's envelope. Meta's samples that are not JSON are left to
// the fixtures test; the corrected or constructed forms stand in here.

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "simulator_shapes.hpp"

namespace wa {
namespace {

using nlohmann::json;
using testing_util::FixtureRow;

constexpr const char* kCustomers = "/v23.0/120363406289005073";

class MetaSimulator : public SimulatorShapes {
 protected:
  Reply Call(HttpMethod method, const std::string& route, const std::string& body,
             const std::string& token = "meta-demo-token") {
    std::vector<std::pair<std::string, std::string>> headers = {
        {"Content-Type", "application/json"}};
    if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
    return Send(method, std::string(kCustomers) + route, body, std::move(headers));
  }
  static testing_util::DocumentedShape Shape(const std::string& file) {
    return ShapeOf("meta", [&](const FixtureRow& r) { return r.file == file; });
  }
};

TEST_F(MetaSimulator, GroupReadsAnswerTheirShape) {
  Reply group = Call(HttpMethod::kGet, "?fields=subject,participants", "");
  ASSERT_EQ(group.status, 200) << group.body;
  json j = group.Json();
  ASSERT_TRUE(j.contains("participants")) << group.body;
  EXPECT_EQ(j["subject"], "Customers");
  // Every key the simulator gives is one Meta documents, typed as documented.
  json documented = testing_util::FixtureJson("meta", "groupinfo.response.200.constructed.json");
  for (const auto& [key, value] : j.items()) {
    ASSERT_TRUE(documented.contains(key)) << key;
    EXPECT_EQ(value.type_name(), documented[key].type_name()) << key;
  }
  EXPECT_EQ(Shape("groupinfo.response.200.constructed.json")
                .Differences(Call(HttpMethod::kGet,
                                  "?fields=subject,description,suspended,creation_timestamp,"
                                  "participants,total_participant_count,join_approval_mode",
                                  "")
                                 .Json()),
            "");
}

TEST_F(MetaSimulator, JoinRequestsListApproveAndRejectInTheirShapes) {
  Reply list = Call(HttpMethod::kGet, "/join_requests", "");
  ASSERT_EQ(list.status, 200) << list.body;
  // One page here (the demo group has two requests), so Graph's rule gives
  // it neither `next` nor `previous`: its entries and cursors are held to
  // the documented ones, key by key and type by type.
  json page = list.Json();
  json documented = testing_util::FixtureJson("meta", "join_requests.list.response.200.page2.json");
  ASSERT_FALSE(page["data"].empty()) << list.body;
  for (const json& entry : page["data"]) {
    for (const auto& [key, value] : documented["data"][0].items()) {
      ASSERT_TRUE(entry.contains(key)) << key << " in " << list.body;
      EXPECT_EQ(entry[key].type_name(), value.type_name()) << key;
    }
    EXPECT_EQ(entry.size(), documented["data"][0].size()) << list.body;
  }
  for (const char* cursor : {"before", "after"}) {
    EXPECT_TRUE(page["paging"]["cursors"][cursor].is_string()) << cursor << " in " << list.body;
  }
  EXPECT_FALSE(page["paging"].contains("next")) << list.body;
  const std::string id = list.Json()["data"][0]["join_request_id"];
  json body = {{"messaging_product", "whatsapp"}, {"join_requests", {id}}};
  Reply approve = Call(HttpMethod::kPost, "/join_requests", body.dump());
  ASSERT_EQ(approve.status, 200) << approve.body;
  EXPECT_EQ(
      Shape("join_requests.approve.response.200.constructed.json").Differences(approve.Json()), "")
      << approve.body;
  // The same id again: it no longer exists, reported per id.
  Reply again = Call(HttpMethod::kDelete, "/join_requests", body.dump());
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(Shape("join_requests.reject.response.200.partial.json").Differences(again.Json()), "")
      << again.body;
}

TEST_F(MetaSimulator, ARemoveIsAcceptedForTheBatch) {
  json body = {{"messaging_product", "whatsapp"}, {"participants", {{{"user", "+5511955555555"}}}}};
  Reply removed = Call(HttpMethod::kDelete, "/participants", body.dump());
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_TRUE(removed.Json().is_object()) << removed.body;
  EXPECT_FALSE(removed.Json().contains("error")) << removed.body;
}

TEST_F(MetaSimulator, ErrorsComeInGraphsEnvelope) {
  auto shape = ShapeOf("meta", [](const FixtureRow& r) {
    return r.kind == "error" && r.file && r.file->rfind("error.190.", 0) == 0;
  });
  Reply no_token = Call(HttpMethod::kGet, "/join_requests", "", "");
  EXPECT_EQ(no_token.status, 401);
  EXPECT_EQ(shape.Differences(no_token.Json()), "") << no_token.body;
  Reply wrong = Call(HttpMethod::kGet, "/join_requests", "", "not-a-token");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(wrong.Json()["error"]["code"], 190) << wrong.body;
}

}  // namespace
}  // namespace wa
