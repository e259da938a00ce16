// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Every action on both providers, and every documented error row, through
// the real CurlTransport against the simulator on 127.0.0.1.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "mock_fixture.hpp"
#include "providers/ryze/ryze_codec.hpp"

namespace wa {
namespace {

using ::testing::HasSubstr;
using testing_util::kCustomers;
using testing_util::kSuppliersZApi;
using testing_util::MockFixture;

class RyzeProvider : public MockFixture {};
class ZApiProvider : public MockFixture {};

const ParticipantError& ErrorOf(const BatchResult& b, std::size_t i) {
  return b.participants.at(i).result.error();
}

TEST_F(RyzeProvider, AddWithPartialFailure) {
  auto r = Ryze().Add(kCustomers,
                      {"5511988887777", "5521988888888", "+55 31 97777-7777", "5511999999999"});
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), 4u);
  ASSERT_TRUE(r->participants[0].result);
  EXPECT_EQ(r->participants[0].result->jid, "5511988887777@s.whatsapp.net");
  EXPECT_TRUE(r->participants[0].result->confirmed);
  EXPECT_EQ(ErrorOf(*r, 1).code, ParticipantErrorCode::kNotOnWhatsApp);
  EXPECT_EQ(ErrorOf(*r, 2).code, ParticipantErrorCode::kPrivacyRestricted);
  EXPECT_EQ(r->participants[2].participant, "+55 31 97777-7777");
  EXPECT_EQ(ErrorOf(*r, 3).code, ParticipantErrorCode::kAlreadyMember);
  EXPECT_EQ(r->group, kCustomers);
}

TEST_F(RyzeProvider, PromoteDemoteRemove) {
  auto client = Ryze();
  auto p = client.Promote(kCustomers, {"5511999999999"});
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_TRUE(p->participants[0].result);
  EXPECT_TRUE(p->participants[0].result->is_admin);
  auto d = client.Demote("ABC123XYZ", {"5511999999999", "5511955555555"});
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->participants[0].result);
  EXPECT_EQ(ErrorOf(*d, 1).code, ParticipantErrorCode::kAlreadyMember);  // was never admin
  auto rm = client.Remove("https://chat.whatsapp.com/ABC123XYZ", {"5511999999999@s.whatsapp.net"});
  ASSERT_TRUE(rm);
  EXPECT_TRUE(rm->all_succeeded());
  auto again = client.Remove(kCustomers, {"5511999999999"});
  ASSERT_TRUE(again);
  EXPECT_EQ(ErrorOf(*again, 0).code, ParticipantErrorCode::kNotMember);
}

TEST_F(RyzeProvider, PendingRequestsApproveAndReject) {
  auto client = Ryze();
  auto pending = client.PendingRequests(kCustomers);
  ASSERT_TRUE(pending) << pending.error().message;
  ASSERT_EQ(pending->size(), 2u);
  EXPECT_EQ((*pending)[0].jid, "199789077627112@lid");
  EXPECT_EQ((*pending)[0].phone, "5511944444444");
  EXPECT_EQ((*pending)[0].requested_at, "2026-04-20T14:00:00Z");

  // Approve by LID: answered with the LID, matched.
  auto ok = client.Approve(kCustomers, {(*pending)[0].jid});
  ASSERT_TRUE(ok);
  EXPECT_TRUE(ok->all_succeeded());
  // Reject by phone: RyzeAPI resolves the LID and answers with it, which
  // nothing ties back to the phone: unknown, never guessed.
  auto by_phone = client.Reject(kCustomers, {"5511933333333"});
  ASSERT_TRUE(by_phone) << by_phone.error().message;
  EXPECT_EQ(ErrorOf(*by_phone, 0).code, ParticipantErrorCode::kUnknown);
  EXPECT_THAT(ErrorOf(*by_phone, 0).message, HasSubstr("@lid"));
  // By the LID the queue gave, the answer is precise.
  auto none = client.Reject(kCustomers, {(*pending)[1].jid});
  ASSERT_TRUE(none);
  EXPECT_EQ(ErrorOf(*none, 0).code, ParticipantErrorCode::kNoPendingRequest);
  auto after = client.PendingRequests(kCustomers);
  ASSERT_TRUE(after);
  EXPECT_TRUE(after->empty());
}

TEST_F(RyzeProvider, ParticipantMissingFromTheAnswerIsUnknown) {
  mock_->InjectFault({mock::Fault::Kind::kOmitLastParticipant});
  auto r = Ryze().Add(kCustomers, {"5511988887777", "5511988886666"});
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), 2u);
  EXPECT_TRUE(r->participants[0].result);
  EXPECT_EQ(ErrorOf(*r, 1).code, ParticipantErrorCode::kUnknown);
}

// Requests the typed client can never build (it validates first) go
// straight through the transport, and their answers through the codec.
TEST_F(RyzeProvider, BadRequestRowsVerbatim) {
  auto transport = MakeCurlTransport();
  struct Row {
    std::string body;
    std::string message;
  };
  const Row rows[] = {
      {R"({"action":"evict","identifier":"120363406289005073@g.us","participants":["5511999999999"]})",
       "Invalid action. Must be one of: add, remove, promote, demote, approve, reject"},
      {R"({"action":"add","identifier":"120363406289005073@g.us","participants":[]})",
       "At least one participant is required"},
      {R"({"action":"add","participants":["5511999999999"]})", "Identifier is required"},
  };
  for (const auto& row : rows) {
    HttpRequest req =
        internal::ryze::BuildManageRequest({mock_->base_url(), "demo", "ryze-demo-token"},
                                           Action::kAdd, "x", {}, std::chrono::seconds(5));
    req.body = row.body;
    auto resp = transport->Send(req);
    ASSERT_TRUE(resp) << resp.error().message;
    auto r = internal::ryze::ParseManageResponse(*resp, Action::kAdd, "x", {"5511999999999"},
                                                 std::chrono::system_clock::now());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().http_status, 400);
    EXPECT_EQ(r.error().provider_message, row.message);
  }
  HttpRequest no_token =
      internal::ryze::BuildManageRequest({mock_->base_url(), "demo", ""}, Action::kAdd, kCustomers,
                                         {"5511999999999"}, std::chrono::seconds(5));
  auto resp = transport->Send(no_token);
  ASSERT_TRUE(resp);
  auto r = internal::ryze::ParseManageResponse(*resp, Action::kAdd, kCustomers, {"5511999999999"},
                                               std::chrono::system_clock::now());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(r.error().provider_message, "Missing token");
}

TEST_F(RyzeProvider, AuthAndPermissionRows) {
  std::string error;
  auto doc = nlohmann::json::parse(mock::MockServer::DemoStateJson());
  doc["instances"].push_back({{"provider", "ryze"},
                              {"id", "other"},
                              {"token", "other-token"},
                              {"phone", "5511900000001"}});
  doc["instances"].push_back({{"provider", "ryze"},
                              {"id", "offline"},
                              {"token", "offline-token"},
                              {"phone", "5511900000000"},
                              {"connected", false}});
  ASSERT_TRUE(mock_->LoadState(doc.dump(), &error)) << error;

  auto bad = Ryze("wrong-token").Add(kCustomers, {"5511999999999"});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(bad.error().http_status, 401);
  EXPECT_EQ(bad.error().provider_message, "Invalid token");

  auto foreign = Ryze("other-token").Add(kCustomers, {"5511999999999"});
  ASSERT_FALSE(foreign);
  EXPECT_EQ(foreign.error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(foreign.error().http_status, 403);

  auto not_admin = Ryze().Add("5511988880000-1623281429@g.us", {"5511999999999"});
  ASSERT_FALSE(not_admin);
  EXPECT_EQ(not_admin.error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(not_admin.error().provider_message,
            "Not authorized to perform this action (must be admin)");

  auto requests_not_admin = Ryze().PendingRequests("OLDGROUP01");
  ASSERT_FALSE(requests_not_admin);
  EXPECT_EQ(requests_not_admin.error().provider_message,
            "Not authorized to view group requests (must be admin)");

  auto missing = Ryze().Add("120363000000000000@g.us", {"5511999999999"});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(missing.error().http_status, 404);
  EXPECT_EQ(missing.error().provider_message,
            "Group not found or you are not a member of this group");

  RyzeOptions offline;
  offline.base_url = mock_->base_url();
  offline.instance = "offline";
  offline.token = "offline-token";
  auto disconnected =
      ParticipantsClient::Ryze(offline, Options()).Add(kCustomers, {"5511999999999"});
  ASSERT_FALSE(disconnected);
  EXPECT_EQ(disconnected.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(disconnected.error().provider_message, "Instance is not connected to WhatsApp");
}

TEST_F(RyzeProvider, ServerErrorRows) {
  struct Row {
    int status;
    ErrorCode code;
  };
  for (Row row : {Row{500, ErrorCode::kUnavailable}, Row{501, ErrorCode::kUnsupported},
                  Row{503, ErrorCode::kUnavailable}}) {
    mock_->ClearRequests();
    mock::Fault f;
    f.kind = mock::Fault::Kind::kStatus;
    f.status = row.status;
    mock_->InjectFault(f);
    auto r = Ryze().Remove(kCustomers, {"5511999999999"});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, row.code);
    EXPECT_EQ(r.error().http_status, row.status);
    EXPECT_EQ(r.error().provider_message, "Simulated failure");
    EXPECT_EQ(mock_->CountRequests(), 1u);  // a participant action is never re-sent
  }
}

TEST_F(RyzeProvider, ClientHonoursRemainingZeroInsteadOfSending) {
  mock::MockOptions o = Unlimited();
  o.rate_limit = 2;
  o.rate_window = std::chrono::seconds(30);
  StartMock(o);
  ClientOptions options = Options();
  options.rate_limit = RateLimit{};  // provider default, but give up quickly
  options.rate_limit->max_wait = std::chrono::milliseconds(200);
  auto client = Ryze("ryze-demo-token", options);
  ASSERT_TRUE(client.PendingRequests(kCustomers));
  ASSERT_TRUE(client.PendingRequests(kCustomers));  // answered X-RateLimit-Remaining: 0
  auto r = client.PendingRequests(kCustomers);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kRateLimited);
  EXPECT_FALSE(r.error().request_sent);
  EXPECT_EQ(r.error().http_status, 0);
  ASSERT_TRUE(r.error().retry_after);
  EXPECT_GT(*r.error().retry_after, std::chrono::seconds(20));
  EXPECT_EQ(mock_->CountRequests(), 2u);  // the third was never sent
}

TEST_F(RyzeProvider, ServerRateLimitRowWithResetHeaders) {
  mock::MockOptions o = Unlimited();
  o.rate_limit = 1;
  o.rate_window = std::chrono::seconds(30);
  StartMock(o);
  auto transport = MakeCurlTransport();
  internal::ryze::Config config{mock_->base_url(), "demo", "ryze-demo-token"};
  auto request =
      internal::ryze::BuildPendingRequestsRequest(config, kCustomers, std::chrono::seconds(5));
  ASSERT_TRUE(transport->Send(request));
  auto resp = transport->Send(request);
  ASSERT_TRUE(resp) << resp.error().message;
  auto r = internal::ryze::ParsePendingRequestsResponse(*resp, std::chrono::system_clock::now());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kRateLimited);
  EXPECT_EQ(r.error().http_status, 429);
  EXPECT_EQ(r.error().provider_message, "Rate limit exceeded. Try again later.");
  ASSERT_TRUE(r.error().retry_after);
  EXPECT_GT(*r.error().retry_after, std::chrono::seconds(20));
  EXPECT_LE(*r.error().retry_after, std::chrono::seconds(31));
  EXPECT_EQ(resp->Header("X-RateLimit-Remaining"), "0");
}

TEST_F(ZApiProvider, EveryActionAgainstTheSimulator) {
  auto client = ZApi();
  auto add = client.Add(kSuppliersZApi, {"5544911112222"});
  ASSERT_TRUE(add) << add.error().message;
  ASSERT_TRUE(add->participants[0].result);
  EXPECT_FALSE(add->participants[0].result->confirmed);
  EXPECT_EQ(add->group, kSuppliersZApi);
  ASSERT_TRUE(client.Promote("120363019502650977@g.us", {"5544911112222"})->all_succeeded());
  ASSERT_TRUE(client.Demote(kSuppliersZApi, {"5544911112222"})->all_succeeded());
  ASSERT_TRUE(client.Remove(kSuppliersZApi, {"5544911112222"})->all_succeeded());
  // The simulator's two requesters have numbers no numbering plan holds, so
  // they are named by JID, as WhatsApp names them (never checked against a plan).
  ASSERT_TRUE(client.Approve(kSuppliersZApi, {"5544988888888"})->all_succeeded());
  ASSERT_TRUE(client.Reject(kSuppliersZApi, {"5544977777777"})->all_succeeded());

  auto paths = mock_->Requests();
  ASSERT_EQ(paths.size(), 6u);
  const char* endpoints[] = {"add-participant",    "add-admin",           "remove-admin",
                             "remove-participant", "approve-participant", "reject-participant"};
  for (std::size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(paths[i].path, std::string("/instances/demo/token/***/") + endpoints[i]);
    EXPECT_EQ(paths[i].status, 200);
  }
  // The simulated world changed as asked.
  auto state = nlohmann::json::parse(mock_->StateJson());
  EXPECT_EQ(state["groups"][1]["pending"].size(), 0u);
}

TEST_F(ZApiProvider, ValueFalseMakesEveryoneUnknown) {
  auto r = ZApi().Add(kSuppliersZApi, {"5544911113333", "5521988888888"});
  ASSERT_TRUE(r) << r.error().message;
  for (const auto& p : r->participants) {
    ASSERT_FALSE(p.result);
    EXPECT_EQ(p.result.error().code, ParticipantErrorCode::kUnknown);
  }
}

TEST_F(ZApiProvider, AuthFailuresAndUnsupportedListing) {
  auto no_client_token = ZApi("").Add(kSuppliersZApi, {"5544911112222"});
  ASSERT_FALSE(no_client_token);
  EXPECT_EQ(no_client_token.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(no_client_token.error().provider_message, "null not allowed");

  auto wrong = ZApi("zapi-demo-client-token", "wrong").Add(kSuppliersZApi, {"5544911112222"});
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::kUnauthenticated);
  EXPECT_THAT(wrong.error().message, ::testing::Not(HasSubstr("wrong/")));

  auto list = ZApi().PendingRequests(kSuppliersZApi);
  ASSERT_FALSE(list);
  EXPECT_EQ(list.error().code, ErrorCode::kUnsupported);
}

}  // namespace
}  // namespace wa
