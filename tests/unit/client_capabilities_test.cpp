// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The client reads Backend::Capabilities() and refuses, before sending, what
// a provider cannot do; and verification matches members by the backend's
// own identifier rules.

#include <memory>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "wa/participants/client.hpp"
#include "wa/participants/mocks.hpp"

namespace wa {
namespace {

using ::testing::_;
using ::testing::AnyNumber;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::Return;
using ::testing::SizeIs;

constexpr const char* kGroup = "g@g.us";

// A MockBackend with pass-through identifiers and `caps` as its capabilities.
std::shared_ptr<mocks::MockBackend> BackendWith(const Capabilities& caps) {
  auto backend = std::make_shared<mocks::MockBackend>();
  mocks::ExpectPassThroughNormalization(*backend);
  EXPECT_CALL(*backend, Capabilities()).WillRepeatedly(Return(caps));
  return backend;
}

// Answers every participant as added, confirmed.
Result<BatchResult> AllAdded(Action action, const std::string& group,
                             const std::vector<std::string>& participants) {
  BatchResult b;
  b.action = action;
  b.group = group;
  for (const auto& p : participants)
    b.participants.push_back({p, ParticipantInfo{p, false, false, true}});
  return b;
}

ClientOptions NoPacing() {
  ClientOptions options;
  options.rate_limit = std::nullopt;
  return options;
}

TEST(ClientCapabilities, AnUnsupportedActionIsRefusedBeforeSending) {
  Capabilities caps;
  caps.For(Action::kPromote).supported = false;
  auto backend = BackendWith(caps);
  EXPECT_CALL(*backend, Manage).Times(0);
  ParticipantsClient client(backend, NoPacing());
  auto r = client.Promote(kGroup, {"5511911111111"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnsupported);
  EXPECT_FALSE(r.error().request_sent);
  EXPECT_THAT(r.error().message, HasSubstr("promote"));
  auto bulk = client.ManageMany(Action::kPromote, kGroup, {"5511911111111"});
  ASSERT_FALSE(bulk);
  EXPECT_EQ(bulk.error().code, ErrorCode::kUnsupported);
  auto async = client.ManageAsync(Action::kPromote, kGroup, {"5511911111111"}).get();
  ASSERT_FALSE(async);
  EXPECT_EQ(async.error().code, ErrorCode::kUnsupported);
}

TEST(ClientCapabilities, ManageRefusesMoreThanOneRequestMayCarry) {
  Capabilities caps;
  caps.For(Action::kAdd).max_batch = 2;
  auto backend = BackendWith(caps);
  EXPECT_CALL(*backend, Manage).Times(0);
  ParticipantsClient client(backend, NoPacing());
  auto r = client.Add(kGroup, {"5511911111111", "5511922222222", "5511933333333"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(r.error().message, HasSubstr("limit of 2"));
  EXPECT_THAT(r.error().message, HasSubstr("ManageMany"));
}

TEST(ClientCapabilities, ManageWithinTheBatchLimitIsSent) {
  Capabilities caps;
  caps.For(Action::kAdd).max_batch = 2;
  auto backend = BackendWith(caps);
  EXPECT_CALL(*backend, Manage(Action::kAdd, kGroup, SizeIs(2), _))
      .WillOnce([](Action a, const std::string& g, const std::vector<std::string>& p,
                   const RequestContext&) { return AllAdded(a, g, p); });
  ParticipantsClient client(backend, NoPacing());
  auto r = client.Add(kGroup, {"5511911111111", "5511922222222"});
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->all_succeeded());
}

TEST(ClientCapabilities, ManageManyChunksNoLargerThanTheBatchLimit) {
  Capabilities caps;
  caps.For(Action::kAdd).max_batch = 2;
  auto backend = BackendWith(caps);
  std::vector<std::size_t> sizes;
  EXPECT_CALL(*backend, Manage(Action::kAdd, kGroup, _, _))
      .Times(3)
      .WillRepeatedly([&sizes](Action a, const std::string& g, const std::vector<std::string>& p,
                               const RequestContext&) {
        sizes.push_back(p.size());
        return AllAdded(a, g, p);
      });
  ParticipantsClient client(backend, NoPacing());
  BulkOptions bulk;
  bulk.chunk_size = 5;
  bulk.max_parallel_chunks = 1;
  auto r = client.ManageMany(
      Action::kAdd, kGroup,
      {"5511911111111", "5511922222222", "5511933333333", "5511944444444", "5511955555555"}, bulk);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->all_succeeded());
  EXPECT_EQ(r->participants.size(), 5u);
  EXPECT_EQ(sizes, (std::vector<std::size_t>{2, 2, 1}));
}

TEST(ClientCapabilities, PendingRequestsAreRefusedWhereTheProviderCannotListThem) {
  Capabilities caps;
  caps.pending_requests = false;
  auto backend = BackendWith(caps);
  EXPECT_CALL(*backend, PendingRequests).Times(0);
  ParticipantsClient client(backend, NoPacing());
  auto r = client.PendingRequests(kGroup);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnsupported);
  EXPECT_FALSE(r.error().request_sent);
  auto async = client.PendingRequestsAsync(kGroup).get();
  ASSERT_FALSE(async);
  EXPECT_EQ(async.error().code, ErrorCode::kUnsupported);
  // It can still approve: the requests come by webhook.
  EXPECT_THAT(r.error().message, HasSubstr("webhook"));
}

TEST(ClientCapabilities, WithoutApprovalEitherThereAreNoJoinRequestsToPointAt) {
  Capabilities caps;
  caps.pending_requests = false;
  caps.For(Action::kApprove).supported = false;
  caps.For(Action::kReject).supported = false;
  auto backend = BackendWith(caps);
  EXPECT_CALL(*backend, PendingRequests).Times(0);
  ParticipantsClient client(backend, NoPacing());
  auto r = client.PendingRequests(kGroup);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnsupported);
  EXPECT_THAT(r.error().message, HasSubstr("no join-request endpoints"));
  EXPECT_THAT(r.error().message, Not(HasSubstr("webhook")));
}

TEST(ClientCapabilities, VerifyIsRefusedWhereTheProviderCannotReadTheGroup) {
  Capabilities caps;
  caps.group_read = false;
  auto backend = BackendWith(caps);
  EXPECT_CALL(*backend, Manage).Times(0);
  EXPECT_CALL(*backend, GetGroup).Times(0);
  ParticipantsClient client(backend, NoPacing());
  CallOptions call;
  call.verify = true;
  auto r = client.Remove(kGroup, {"5511911111111"}, call);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnsupported);
  EXPECT_THAT(r.error().message, HasSubstr("verify"));
  auto read = client.GetGroup(kGroup);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, ErrorCode::kUnsupported);
  // An inviting add needs the read as much as verify does.
  caps.invite_if_restricted = true;
  auto inviting_backend = BackendWith(caps);
  EXPECT_CALL(*inviting_backend, Manage).Times(0);
  EXPECT_CALL(*inviting_backend, GetGroup).Times(0);
  ParticipantsClient inviting(inviting_backend, NoPacing());
  CallOptions invite;
  invite.add.invite_if_restricted = true;
  auto add = inviting.Add(kGroup, {"5511911111111"}, invite);
  ASSERT_FALSE(add);
  EXPECT_EQ(add.error().code, ErrorCode::kUnsupported);
  EXPECT_FALSE(add.error().request_sent);
  EXPECT_THAT(add.error().message, HasSubstr("invite"));
}

// A backend whose identifiers are no phone numbers: "Alice" is "user-alice"
// on its wire, and its group read reports members in capitals.
std::shared_ptr<mocks::MockBackend> NamedUsersBackend() {
  auto backend = std::make_shared<mocks::MockBackend>();
  EXPECT_CALL(*backend, provider()).Times(AnyNumber()).WillRepeatedly(Return("named"));
  EXPECT_CALL(*backend, NormalizeGroup(_))
      .Times(AnyNumber())
      .WillRepeatedly([](std::string_view g) { return Result<std::string>(std::string(g)); });
  EXPECT_CALL(*backend, NormalizeParticipant(_))
      .Times(AnyNumber())
      .WillRepeatedly([](std::string_view p) {
        std::string id;
        for (char c : p)
          id.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        if (id.rfind("user-", 0) != 0) id = "user-" + id;
        return Result<std::string>(id);
      });
  EXPECT_CALL(*backend, Capabilities()).Times(AnyNumber()).WillRepeatedly(Return(Capabilities{}));
  EXPECT_CALL(*backend, QuotaKey()).Times(AnyNumber()).WillRepeatedly(Return("named"));
  GroupInfo group;
  group.id = kGroup;
  group.members.push_back(GroupMember{"USER-ALICE", std::nullopt, std::nullopt, false, false});
  EXPECT_CALL(*backend, GetGroup(kGroup, _)).WillRepeatedly(Return(group));
  return backend;
}

TEST(ClientCapabilities, VerifyMatchesMembersByTheBackendsOwnIdentifierRules) {
  auto backend = NamedUsersBackend();
  EXPECT_CALL(*backend, Manage(Action::kAdd, kGroup, _, _))
      .WillOnce([](Action a, const std::string& g, const std::vector<std::string>& p,
                   const RequestContext&) {
        // A batch-level answer: the read decides.
        BatchResult b;
        b.action = a;
        b.group = g;
        for (const auto& id : p)
          b.participants.push_back({id, ParticipantInfo{id, false, false, false}});
        return Result<BatchResult>(b);
      });
  ParticipantsClient client(backend, NoPacing());
  CallOptions call;
  call.verify = true;
  auto r = client.Add(kGroup, {"Alice", "Bob"}, call);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->participants.size(), 2u);
  EXPECT_EQ(r->participants[0].participant, "Alice");
  ASSERT_TRUE(r->participants[0].result) << r->participants[0].result.error().message;
  EXPECT_TRUE(r->participants[0].result->confirmed);
  EXPECT_EQ(r->participants[0].result->jid, "USER-ALICE");
  EXPECT_EQ(r->participants[1].participant, "Bob");
  ASSERT_FALSE(r->participants[1].result);
  EXPECT_EQ(r->participants[1].result.error().code, ParticipantErrorCode::kNotMember);

  // The public Verify reads a batch in the caller's spelling the same way.
  BatchResult unconfirmed;
  unconfirmed.action = Action::kAdd;
  unconfirmed.group = kGroup;
  unconfirmed.participants.push_back({"alice", ParticipantInfo{"alice", false, false, false}});
  auto v = client.Verify(unconfirmed);
  ASSERT_TRUE(v);
  ASSERT_TRUE(v->participants[0].result);
  EXPECT_TRUE(v->participants[0].result->confirmed);
}

}  // namespace
}  // namespace wa
