// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// ParticipantsClient over a ParticipantsConnection: every call reaches the
// connection unchanged.

#include "wa/participants/connection.hpp"

#include <future>
#include <memory>
#include <optional>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "wa/participants/client.hpp"
#include "wa/participants/mocks.hpp"

namespace wa {
namespace {

using ::testing::_;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::InvokeWithoutArgs;
using ::testing::Return;

constexpr const char* kGroup = "g@g.us";

TEST(ParticipantsConnection, TheClientForwardsEveryCallUnchanged) {
  auto conn = std::make_shared<mocks::MockParticipantsConnection>();
  BatchResult answer;
  answer.action = Action::kAdd;
  answer.group = kGroup;
  EXPECT_CALL(*conn, Manage(Action::kAdd, std::string_view(kGroup),
                            ElementsAre("+55 11 91111-1111"), Field(&CallOptions::verify, true)))
      .WillOnce(Return(answer));
  EXPECT_CALL(*conn, GetGroup(std::string_view(kGroup), _))
      .WillOnce(Return(Result<GroupInfo>(Unexpected(MakeLocalError(ErrorCode::kNotFound, "no")))));
  EXPECT_CALL(*conn, PendingRequestsAsync(std::string_view(kGroup), _))
      .WillOnce(InvokeWithoutArgs([] {
        std::promise<Result<std::vector<PendingRequest>>> p;
        p.set_value(std::vector<PendingRequest>{});
        return p.get_future();
      }));
  ParticipantsClient client(conn);
  CallOptions call;
  call.verify = true;
  auto r = client.Add(kGroup, {"+55 11 91111-1111"}, call);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->group, kGroup);
  auto g = client.GetGroup(kGroup);
  ASSERT_FALSE(g);
  EXPECT_EQ(g.error().code, ErrorCode::kNotFound);
  auto pending = client.PendingRequestsAsync(kGroup).get();
  ASSERT_TRUE(pending);
  EXPECT_TRUE(pending->empty());
}

TEST(ParticipantsConnection, UnimplementedMethodsFailWithUnsupported) {
  class Bare : public ParticipantsConnection {};
  ParticipantsClient client(std::make_shared<Bare>());
  EXPECT_TRUE(client.CheckOptions());
  auto r = client.Remove(kGroup, {"5511911111111"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnsupported);
  EXPECT_FALSE(r.error().request_sent);
  auto a = client.GetGroupAsync(kGroup).get();
  ASSERT_FALSE(a);
  EXPECT_EQ(a.error().code, ErrorCode::kUnsupported);
}

TEST(ParticipantsConnection, TheMockServesHandlerFormsFromItsFutureExpectations) {
  auto conn = std::make_shared<mocks::MockParticipantsConnection>();
  BatchResult answer;
  answer.action = Action::kRemove;
  answer.group = kGroup;
  EXPECT_CALL(*conn, ManageAsync(Action::kRemove, std::string_view(kGroup),
                                 ElementsAre("5511911111111"), _))
      .WillOnce(InvokeWithoutArgs([answer] {
        std::promise<Result<BatchResult>> p;
        p.set_value(answer);
        return p.get_future();
      }));
  ParticipantsClient client(conn);
  int calls = 0;
  std::string group;
  client.ManageAsync(Action::kRemove, kGroup, {"5511911111111"}, [&](Result<BatchResult> r) {
    ++calls;
    if (r) group = r->group;
  });
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(group, kGroup);
}

TEST(ParticipantsConnection, UnimplementedHandlerFormsAnswerUnsupported) {
  class Bare : public ParticipantsConnection {};
  ParticipantsClient client(std::make_shared<Bare>());
  std::optional<Result<GroupInfo>> got;
  client.GetGroupAsync(kGroup, [&](Result<GroupInfo> r) { got = std::move(r); });
  ASSERT_TRUE(got.has_value());
  ASSERT_FALSE(*got);
  EXPECT_EQ(got->error().code, ErrorCode::kUnsupported);
}

TEST(ParticipantsConnection, ANullConnectionFailsEveryCall) {
  ParticipantsClient client(std::shared_ptr<ParticipantsConnection>{});
  EXPECT_FALSE(client.CheckOptions());
  auto r = client.Remove(kGroup, {"5511911111111"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  // A bare nullptr still names one constructor, as before connections.
  ParticipantsClient bare(nullptr);
  EXPECT_FALSE(bare.CheckOptions());
  auto b = bare.Remove(kGroup, {"5511911111111"});
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace wa
