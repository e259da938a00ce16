// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Closing the loop against the simulator: group reads on both providers,
// Z-API's unconfirmed answers confirmed by verification, and an action
// whose outcome was unknown (a timeout after sending) resolved to the truth.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "mock_fixture.hpp"
#include "sdk_threads.hpp"

namespace wa {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using testing_util::CountThreadsNamed;
using testing_util::kCustomers;
using testing_util::kSuppliersZApi;
using testing_util::MockFixture;

class Verify : public MockFixture {};

TEST_F(Verify, GroupReadsOnBothProviders) {
  auto ryze = Ryze().GetGroup(kCustomers);
  ASSERT_TRUE(ryze) << ryze.error().message;
  EXPECT_EQ(ryze->id, kCustomers);
  EXPECT_EQ(ryze->members.size(), 3u);
  EXPECT_EQ(ryze->require_admin_approval, true);
  ASSERT_NE(ryze->Find("5511900000000"), nullptr);
  EXPECT_TRUE(ryze->Find("5511900000000")->is_super_admin);

  auto zapi = ZApi().GetGroup("120363019502650977@g.us");
  ASSERT_TRUE(zapi) << zapi.error().message;
  EXPECT_EQ(zapi->id, kSuppliersZApi);
  EXPECT_NE(zapi->Find("5544999999999"), nullptr);

  auto missing = Ryze().GetGroup("120363000000000000@g.us");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_F(Verify, ZApiUnconfirmedAddBecomesConfirmed) {
  auto client = ZApi();
  auto add = client.Add(kSuppliersZApi, {"5544911112222"});
  ASSERT_TRUE(add) << add.error().message;
  ASSERT_TRUE(add->participants[0].result);
  EXPECT_FALSE(add->participants[0].result->confirmed);

  auto verified = client.Verify(*add);
  ASSERT_TRUE(verified) << verified.error().message;
  ASSERT_TRUE(verified->participants[0].result);
  EXPECT_TRUE(verified->participants[0].result->confirmed);
}

TEST_F(Verify, ZApiValueFalseIsResolvedPerParticipant) {
  CallOptions call;
  call.verify = true;
  auto r = ZApi().Add(kSuppliersZApi, {"5544911112222", "5521988888888"}, call);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_TRUE(r->participants[0].result);  // really added, though Z-API said false
  EXPECT_TRUE(r->participants[0].result->confirmed);
  ASSERT_FALSE(r->participants[1].result);
  EXPECT_EQ(r->participants[1].result.error().code, ParticipantErrorCode::kNotMember);
  EXPECT_THAT(r->participants[1].result.error().message, HasSubstr("verified against the group"));
}

// Over the curl transport, an async verifying call chains its read-back on
// the event loop as it sent the action: no worker thread runs it.
TEST_F(Verify, AsyncChainsTheReadOnTheEventLoop) {
  const int workers_before = CountThreadsNamed("wa-worker");
  CallOptions call;
  call.verify = true;
  auto client = ZApi();
  auto r =
      client.ManageAsync(Action::kAdd, kSuppliersZApi, {"5544911112222", "5521988888888"}, call)
          .get();
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), 2u);
  ASSERT_TRUE(r->participants[0].result) << r->participants[0].result.error().message;
  EXPECT_TRUE(r->participants[0].result->confirmed);
  ASSERT_FALSE(r->participants[1].result);
  EXPECT_EQ(r->participants[1].result.error().code, ParticipantErrorCode::kNotMember);
  AwaitRequests(2);
  EXPECT_EQ(mock_->CountRequests("/add-participant"), 1u);
  EXPECT_EQ(mock_->CountRequests("/light-group-metadata/"), 1u);
  EXPECT_EQ(CountThreadsNamed("wa-worker"), workers_before);
}

// The read-back runs in its action's own slot: with one slot and several
// verifying calls queued, each action's read comes right after it, never
// behind the other queued actions (which would let the group change, or a
// deadline pass, between an action and its read).
TEST_F(Verify, AsyncReadBackFollowsItsActionEvenWithOneSlot) {
  ClientOptions options = Options();
  options.max_concurrency = 1;
  CallOptions call;
  call.verify = true;
  auto client = Ryze("ryze-demo-token", options);
  std::vector<std::future<Result<BatchResult>>> futures;
  for (const char* phone : {"5511999999999", "5511955555555", "5511977777777"}) {
    futures.push_back(client.ManageAsync(Action::kDemote, kCustomers, {phone}, call));
  }
  for (auto& f : futures) {
    ASSERT_EQ(f.wait_for(std::chrono::seconds(20)), std::future_status::ready);
    auto r = f.get();
    ASSERT_TRUE(r) << r.error().message;
  }
  AwaitRequests(6);
  auto requests = mock_->Requests();
  ASSERT_EQ(requests.size(), 6u);
  for (std::size_t i = 0; i < requests.size(); ++i) {
    EXPECT_THAT(requests[i].path, HasSubstr(i % 2 == 0 ? "/participants/" : "/info/")) << i;
  }
}

TEST_F(Verify, PostSendTimeoutOnRemoveIsResolvedToTheTrueState) {
  mock::Fault slow;
  slow.kind = mock::Fault::Kind::kSlowBody;  // acts, then answers too slowly
  slow.delay = milliseconds(200);
  mock_->InjectFault(slow);
  CallOptions call;
  call.timeout = milliseconds(400);
  call.verify = true;
  auto r = Ryze().Remove(kCustomers, {"5511999999999", "5521988888888"}, call);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), 2u);
  ASSERT_TRUE(r->participants[0].result) << r->participants[0].result.error().message;
  EXPECT_TRUE(r->participants[0].result->confirmed);  // gone from the group: removed
  ASSERT_TRUE(r->participants[1].result);             // was never a member: also not in it
  // Exactly one remove was sent, then one read.
  AwaitRequests(2);
  EXPECT_EQ(mock_->CountRequests("/participants/"), 1u);
  EXPECT_EQ(mock_->CountRequests("/info/"), 1u);

  // Without verify, the same fault is an outcome-unknown error.
  mock_->InjectFault(slow);
  CallOptions plain;
  plain.timeout = milliseconds(400);
  auto unknown = Ryze().Remove(kCustomers, {"5511955555555"}, plain);
  ASSERT_FALSE(unknown);
  EXPECT_TRUE(unknown.error().outcome_unknown());
}

TEST_F(Verify, DroppedAddIsResolvedToo) {
  mock_->InjectFault({mock::Fault::Kind::kDrop});
  CallOptions call;
  call.verify = true;
  auto r = Ryze().Add(kCustomers, {"5511988887777"}, call);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_TRUE(r->participants[0].result);
  EXPECT_TRUE(r->participants[0].result->confirmed);
}

TEST_F(Verify, ZApiAddWithInviteTellsTheAddedFromTheInvited) {
  AddOptions add;
  add.invite_if_restricted = true;
  CallOptions call;
  call.add = add;  // no call.verify: an inviting add verifies itself
  auto r = ZApi().Add(kSuppliersZApi, {"5531977777777", "5544911112222"}, call);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), 2u);
  ASSERT_FALSE(r->participants[0].result);  // privacy-restricted: invited, not added
  EXPECT_EQ(r->participants[0].result.error().code, ParticipantErrorCode::kInvited);
  EXPECT_THAT(r->participants[0].result.error().message, HasSubstr("invite link"));
  ASSERT_TRUE(r->participants[1].result);
  EXPECT_TRUE(r->participants[1].result->confirmed);
  EXPECT_EQ(r->succeeded(), 1u);

  // The wire carried autoInvite, and the simulated world sent the invite.
  auto requests = mock_->Requests();
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_THAT(requests[0].path, HasSubstr("/add-participant"));
  EXPECT_EQ(nlohmann::json::parse(requests[0].body).value("autoInvite", false), true);
  EXPECT_THAT(requests[1].path, HasSubstr("/light-group-metadata/"));
  auto state = nlohmann::json::parse(mock_->StateJson());
  bool invited = false;
  for (const auto& g : state["groups"]) {
    for (const auto& phone : g["invited"]) invited = invited || phone == "5531977777777";
  }
  EXPECT_TRUE(invited);
}

TEST_F(Verify, ZApiAddWithoutInviteReportsTheRestrictedAsNotMember) {
  CallOptions call;
  call.verify = true;
  auto r = ZApi().Add(kSuppliersZApi, {"5531977777777"}, call);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_FALSE(r->participants[0].result);
  EXPECT_EQ(r->participants[0].result.error().code, ParticipantErrorCode::kNotMember);
  auto requests = mock_->Requests();
  ASSERT_FALSE(requests.empty());
  EXPECT_FALSE(nlohmann::json::parse(requests[0].body).contains("autoInvite"));
}

TEST_F(Verify, InviteIsRefusedWhereTheProviderCannotInvite) {
  CallOptions call;
  call.add.invite_if_restricted = true;
  auto ryze = Ryze().Add(kCustomers, {"5531977777777"}, call);
  ASSERT_FALSE(ryze);
  EXPECT_EQ(ryze.error().code, ErrorCode::kUnsupported);
  EXPECT_FALSE(ryze.error().request_sent);
  auto remove = ZApi().Remove(kSuppliersZApi, {"5544999999999"}, call);
  ASSERT_FALSE(remove);
  EXPECT_EQ(remove.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(mock_->CountRequests(), 0u);  // nothing left this machine
}

TEST_F(Verify, BulkAddWithInviteReadsTheGroupOnce) {
  BulkOptions bulk;
  bulk.chunk_size = 1;
  bulk.call.add.invite_if_restricted = true;
  auto r = ZApi().ManageMany(Action::kAdd, kSuppliersZApi,
                             {"5544911112222", "5531977777777", "5544933334444"}, bulk);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), 3u);
  EXPECT_TRUE(r->participants[0].result && r->participants[0].result->confirmed);
  ASSERT_FALSE(r->participants[1].result);
  EXPECT_EQ(r->participants[1].result.error().code, ParticipantErrorCode::kInvited);
  EXPECT_TRUE(r->participants[2].result && r->participants[2].result->confirmed);
  EXPECT_EQ(mock_->CountRequests("/add-participant"), 3u);
  EXPECT_EQ(mock_->CountRequests("/light-group-metadata/"), 1u);
}

}  // namespace
}  // namespace wa
