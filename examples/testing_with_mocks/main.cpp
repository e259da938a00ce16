// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// A user's unit test of their own code, with wa::participants_mocks: no
// network, no provider. `PruneInactive` is the "application code" under test:
// first over MockParticipantsConnection (the whole client mocked: test what
// your code does with each answer), then over MockBackend and MockTransport
// (the real client in between: test what it does with your input).
// docs/testing.md shows the test between [START unit_test] and [END unit_test].

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wa/participants.hpp>
#include <wa/participants/mocks.hpp>

namespace app {

// Removes the given members and returns the ones that could not be removed.
std::vector<std::string> PruneInactive(const wa::ParticipantsClient& client,
                                       const std::string& group,
                                       const std::vector<std::string>& inactive) {
  std::vector<std::string> left;
  auto result = client.Remove(group, inactive);
  if (!result) return inactive;
  for (const auto& p : result->participants) {
    if (!p.result) left.push_back(p.participant);
  }
  return left;
}

}  // namespace app

namespace {

using ::testing::_;
using ::testing::ElementsAre;
using ::testing::Return;

wa::BatchResult Answer(std::vector<wa::ParticipantOutcome> outcomes) {
  wa::BatchResult b;
  b.action = wa::Action::kRemove;
  b.group = "g@g.us";
  b.participants = std::move(outcomes);
  return b;
}

// [START unit_test]
TEST(PruneInactive, ReturnsTheParticipantsThatFailed) {
  auto backend = std::make_shared<wa::mocks::MockBackend>();
  wa::mocks::ExpectPassThroughNormalization(*backend);  // identifiers pass unchanged
  wa::ParticipantInfo removed{"5511911111111@s.whatsapp.net", false, false, true};
  wa::ParticipantError not_member{wa::ParticipantErrorCode::kNotMember, "user is not a member"};
  EXPECT_CALL(*backend, Manage(wa::Action::kRemove, "g@g.us",
                               ElementsAre("5511911111111", "5511922222222"), _))
      .WillOnce(Return(
          Answer({{"5511911111111", removed}, {"5511922222222", wa::Unexpected(not_member)}})));
  wa::ParticipantsClient client(backend);  // the real client over the mock
  EXPECT_THAT(app::PruneInactive(client, "g@g.us", {"5511911111111", "5511922222222"}),
              ElementsAre("5511922222222"));
}
// [END unit_test]

TEST(PruneInactive, AsksForTheRemovalAndReturnsWhoFailed) {
  auto conn = std::make_shared<wa::mocks::MockParticipantsConnection>();
  wa::ParticipantInfo removed{"5511911111111@s.whatsapp.net", false, false, true};
  wa::ParticipantError admin{wa::ParticipantErrorCode::kNotAuthorized, "cannot remove an admin"};
  // The client hands the call over as written: the shorthand is a Manage.
  EXPECT_CALL(*conn, Manage(wa::Action::kRemove, std::string_view("g@g.us"),
                            ElementsAre("+55 11 91111-1111", "+55 11 92222-2222"), _))
      .WillOnce(Return(
          Answer({{"+55 11 91111-1111", removed}, {"+55 11 92222-2222", wa::Unexpected(admin)}})));
  wa::ParticipantsClient client(conn);  // every call goes to the mock
  EXPECT_THAT(app::PruneInactive(client, "g@g.us", {"+55 11 91111-1111", "+55 11 92222-2222"}),
              ElementsAre("+55 11 92222-2222"));
}

TEST(PruneInactive, KeepsEveryoneWhenTheRequestFails) {
  auto backend = std::make_shared<wa::mocks::MockBackend>();
  wa::mocks::ExpectPassThroughNormalization(*backend);
  wa::Error denied;
  denied.code = wa::ErrorCode::kPermissionDenied;
  denied.http_status = 403;
  EXPECT_CALL(*backend, Manage).WillOnce(Return(wa::Unexpected(denied)));
  wa::ParticipantsClient client(backend);
  EXPECT_THAT(app::PruneInactive(client, "g@g.us", {"5511911111111"}),
              ElementsAre("5511911111111"));
}

TEST(PruneInactive, WorksAtTheHttpLevelWithMockTransport) {
  auto transport = std::make_shared<wa::mocks::MockTransport>();
  EXPECT_CALL(*transport, Send(_)).WillOnce([](const wa::HttpRequest&) {
    wa::HttpResponse r;
    r.status = 200;
    r.body = R"({"value": true})";
    return wa::Result<wa::HttpResponse>(r);
  });
  wa::ClientOptions options;
  options.transport = transport;
  wa::ZApiOptions z;
  z.instance = "i";
  z.token = "t";
  auto client = wa::ParticipantsClient::ZApi(z, options);
  EXPECT_TRUE(app::PruneInactive(client, "120363019502650977-group", {"5544999999999"}).empty());
}

}  // namespace
