// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The simulator is a shipped tool: its admin endpoints can be locked, its
// dumps keep tokens out, hostile paths cannot break its log, its log is
// bounded, and a fault spec out of bounds is refused.

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "mock_fixture.hpp"
#include "provider_registry.hpp"
#include "wa/participants/curl_transport.hpp"

namespace wa {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::MockFixture;

class MockAdmin : public MockFixture {
 protected:
  Result<HttpResponse> Call(HttpMethod method, const std::string& path, std::string body = {},
                            const std::string& admin_token = {}) {
    HttpRequest r;
    r.method = method;
    r.url = mock_->base_url() + path;
    r.redacted_url = r.url;
    r.body = std::move(body);
    if (!r.body.empty()) r.headers.emplace_back("Content-Type", "application/json");
    if (!admin_token.empty()) r.headers.emplace_back("X-Mock-Admin-Token", admin_token);
    r.timeout = std::chrono::seconds(10);
    return transport_->Send(r);
  }
  // A fresh simulator; the old one's kept-alive connections close first,
  // or its stop would wait them out.
  void Restart(const mock::MockOptions& o) {
    transport_.reset();
    StartMock(o);
    transport_ = MakeCurlTransport();
  }
  std::shared_ptr<HttpTransport> transport_ = MakeCurlTransport();
};

TEST_F(MockAdmin, AnAdminTokenLocksEveryAdminEndpointButHealth) {
  auto open = Call(HttpMethod::kGet, "/_mock/requests");
  ASSERT_TRUE(open);
  EXPECT_EQ(open->status, 200) << "no token configured: open, as before";

  mock::MockOptions o = Unlimited();
  o.admin_token = "admin-secret";
  Restart(o);
  for (const char* path : {"/_mock/requests", "/_mock/state"}) {
    auto denied = Call(HttpMethod::kGet, path);
    ASSERT_TRUE(denied);
    EXPECT_EQ(denied->status, 401) << path;
    auto wrong = Call(HttpMethod::kGet, path, {}, "guess");
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 401) << path;
    auto allowed = Call(HttpMethod::kGet, path, {}, "admin-secret");
    ASSERT_TRUE(allowed);
    EXPECT_EQ(allowed->status, 200) << path;
  }
  auto fault = Call(HttpMethod::kPost, "/_mock/faults", R"({"kind":"drop"})");
  ASSERT_TRUE(fault);
  EXPECT_EQ(fault->status, 401);
  auto health = Call(HttpMethod::kGet, "/_mock/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST_F(MockAdmin, StateDumpsShowNoTokens) {
  auto state = Call(HttpMethod::kGet, "/_mock/state");
  ASSERT_TRUE(state);
  for (const char* token : {"ryze-demo-token", "zapi-demo-token", "zapi-demo-client-token"}) {
    EXPECT_THAT(state->body, Not(HasSubstr(token)));
  }
  EXPECT_THAT(state->body, HasSubstr("\"***\""));
  // Even ?secrets=1 shows nothing without an admin token configured.
  auto asked = Call(HttpMethod::kGet, "/_mock/state?secrets=1");
  ASSERT_TRUE(asked);
  EXPECT_THAT(asked->body, Not(HasSubstr("ryze-demo-token")));

  mock::MockOptions o = Unlimited();
  o.admin_token = "admin-secret";
  Restart(o);
  auto full = Call(HttpMethod::kGet, "/_mock/state?secrets=1", {}, "admin-secret");
  ASSERT_TRUE(full);
  EXPECT_THAT(full->body, HasSubstr("ryze-demo-token"));
}

TEST_F(MockAdmin, APathThatIsNotUtf8CannotBreakTheRequestLog) {
  auto hostile = Call(HttpMethod::kPost, "/instances/%FF/token/x%1B%5B2K/add-participant",
                      R"({"groupId":"1-group","phones":["5511999999999"]})");
  ASSERT_TRUE(hostile);
  auto log = Call(HttpMethod::kGet, "/_mock/requests");
  ASSERT_TRUE(log);
  EXPECT_EQ(log->status, 200) << log->body;
  auto parsed = nlohmann::json::parse(log->body, nullptr, false);
  ASSERT_TRUE(parsed.is_array()) << log->body;
  EXPECT_EQ(parsed.size(), 1u);
}

TEST_F(MockAdmin, TheRequestLogIsBounded) {
  mock::MockOptions o = Unlimited();
  o.max_logged_requests = 5;
  o.max_logged_body_bytes = 1024;
  Restart(o);
  const std::string big = R"({"action":"add","identifier":"x","participants":[")" +
                          std::string(200 * 1024, '1') + "\"]}";
  for (int i = 0; i < 8; ++i) {
    HttpRequest r;
    r.method = HttpMethod::kPost;
    r.url = mock_->base_url() + "/api/group/participants/demo";
    r.redacted_url = r.url;
    r.headers = {{"token", "ryze-demo-token"}, {"Content-Type", "application/json"}};
    r.body = big;
    ASSERT_TRUE(transport_->Send(r));
  }
  auto requests = mock_->Requests();
  ASSERT_EQ(requests.size(), 5u);
  for (const auto& e : requests) {
    EXPECT_EQ(e.body.size(), 1024u);
    EXPECT_TRUE(e.body_truncated);
  }
  auto log = Call(HttpMethod::kGet, "/_mock/requests");
  ASSERT_TRUE(log);
  EXPECT_THAT(log->body, HasSubstr("\"body_truncated\":true"));
}

TEST_F(MockAdmin, FaultSpecsOutOfBoundsAreRefused) {
  for (const char* spec :
       {R"({"kind":"oversized_body","bytes":99999999999999})", R"({"kind":"status","status":"x"})",
        R"({"kind":"status","status":42})", R"({"kind":"latency","delay_ms":-5})",
        R"({"kind":"latency","delay_ms":999999999})", R"({"kind":"drop","count":0})",
        R"({"kind":"drop","count":1.5})"}) {
    auto r = Call(HttpMethod::kPost, "/_mock/faults", spec);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << spec << ": " << r->body;
  }
  auto ok = Call(HttpMethod::kPost, "/_mock/faults", R"({"kind":"status","status":503})");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 204);
  EXPECT_TRUE(mock::ValidateFault(mock::Fault{}).empty());
  mock::Fault huge;
  huge.kind = mock::Fault::Kind::kOversizedBody;
  huge.bytes = 99999999999999;
  EXPECT_FALSE(mock::ValidateFault(huge).empty());
}

// A provider whose route another already serves would never be reached (or
// would take the other's requests): the simulator refuses to start.
TEST(MockProviderRegistry, RefusesARouteAnotherProviderServes) {
  const auto& providers = mock::RegisteredProviders();
  ASSERT_FALSE(providers.empty());
  ASSERT_FALSE(providers.front().routes.empty());
  mock::ProviderSim copy = providers.front();
  copy.name = "copy-of-" + copy.name;
  EXPECT_DEATH(mock::ProviderRegistrar{copy}, "both register the route");
  mock::ProviderSim same_name;
  same_name.name = providers.front().name;
  EXPECT_DEATH(mock::ProviderRegistrar{same_name}, "both register the same name");
}

}  // namespace
}  // namespace wa
