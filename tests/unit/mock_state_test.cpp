// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "mock_state.hpp"

#include <gtest/gtest.h>

#include "provider_registry.hpp"

namespace wa::mock {
namespace {

class WorldTest : public ::testing::Test {
 protected:
  WorldTest() {
    std::string error;
    EXPECT_TRUE(world_.Load(WorldState::DemoDocument(), &error)) << error;
  }
  WorldState world_;
};

TEST_F(WorldTest, SecondAddOfTheSameMemberIsAlreadyAMember) {
  auto* g = world_.FindGroup("120363406289005073@g.us");
  ASSERT_NE(g, nullptr);
  auto first = world_.Apply(*g, "add", {"5511988887777"});
  EXPECT_TRUE(first[0].success);
  auto second = world_.Apply(*g, "add", {"5511988887777"});
  EXPECT_FALSE(second[0].success);
  EXPECT_EQ(second[0].error, "user is already a member of the group");
}

TEST_F(WorldTest, PromoteNeedsSuperAdmin) {
  const auto* inst = world_.FindInstance("ryze", "demo");
  ASSERT_NE(inst, nullptr);
  // In "Old-style group" the instance is a plain member.
  auto* old = world_.FindGroup("5511988880000-1623281429");
  ASSERT_NE(old, nullptr);
  EXPECT_EQ(world_.Check(*inst, old, "promote"), WorldState::Refusal::kNotSuperAdmin);
  EXPECT_EQ(world_.Check(*inst, old, "add"), WorldState::Refusal::kNotAdmin);
  auto* customers = world_.FindGroup("ABC123XYZ");
  EXPECT_EQ(world_.Check(*inst, customers, "promote"), WorldState::Refusal::kNone);
  EXPECT_EQ(world_.Check(*inst, nullptr, "add"), WorldState::Refusal::kGroupNotFound);
}

TEST_F(WorldTest, ApproveConsumesThePendingRequest) {
  auto* g = world_.FindGroup("https://chat.whatsapp.com/ABC123XYZ");
  ASSERT_NE(g, nullptr);
  std::size_t pending = g->pending.size();
  auto r = world_.Apply(*g, "approve", {"199789077627112@lid"});
  ASSERT_TRUE(r[0].success);
  EXPECT_EQ(r[0].phone, "5511944444444");
  EXPECT_EQ(g->pending.size(), pending - 1);
  auto again = world_.Apply(*g, "approve", {"199789077627112@lid"});
  EXPECT_FALSE(again[0].success);
  EXPECT_EQ(again[0].error, "no pending request for this user");
}

TEST_F(WorldTest, AddFailuresForUnreachableNumbers) {
  auto* g = world_.FindGroup("120363406289005073-group");
  ASSERT_NE(g, nullptr);
  auto r = world_.Apply(*g, "add", {"5521988888888", "5531977777777"});
  EXPECT_EQ(r[0].error, "user not on whatsapp");
  EXPECT_NE(r[1].error.find("privacy"), std::string::npos);
  EXPECT_FALSE(r[1].invited);
  EXPECT_TRUE(g->invited.empty());
}

TEST_F(WorldTest, AutoInviteInvitesOnlyThePrivacyRestricted) {
  auto* g = world_.FindGroup("120363406289005073-group");
  ASSERT_NE(g, nullptr);
  auto r = world_.Apply(*g, "add", {"5521988888888", "5531977777777"}, /*auto_invite=*/true);
  EXPECT_FALSE(r[0].invited);  // no WhatsApp: nothing to invite
  EXPECT_TRUE(r[1].invited);
  EXPECT_FALSE(r[1].success);  // an invite is not membership
  EXPECT_EQ(g->invited, std::set<std::string>{"5531977777777"});
  // The invite survives a save and load of the world.
  WorldState copy;
  std::string error;
  ASSERT_TRUE(copy.Load(world_.ToJson(), &error)) << error;
  EXPECT_EQ(copy.FindGroup("120363406289005073-group")->invited.size(), 1u);
}

TEST_F(WorldTest, DemoteAndRemoveRules) {
  auto* g = world_.FindGroup("120363406289005073@g.us");
  auto promote = world_.Apply(*g, "promote", {"5511999999999"});
  EXPECT_TRUE(promote[0].is_admin);
  EXPECT_EQ(world_.Apply(*g, "promote", {"5511999999999"})[0].error, "user is already an admin");
  EXPECT_TRUE(world_.Apply(*g, "demote", {"5511999999999"})[0].success);
  EXPECT_EQ(world_.Apply(*g, "demote", {"5511999999999"})[0].error, "user is not an admin");
  EXPECT_EQ(world_.Apply(*g, "remove", {"5511900000000"})[0].error,
            "not allowed to remove the group creator");
  EXPECT_TRUE(world_.Apply(*g, "remove", {"5511999999999@s.whatsapp.net"})[0].success);
  EXPECT_EQ(world_.Apply(*g, "remove", {"5511999999999"})[0].error,
            "user is not a member of the group");
}

TEST(WorldLoad, RejectsBadDocuments) {
  WorldState w;
  std::string error;
  EXPECT_FALSE(w.Load(nlohmann::json::array(), &error));
  EXPECT_FALSE(w.Load(nlohmann::json::parse(R"({"instances":[{"provider":"x"}]})"), &error));
  EXPECT_NE(error.find("provider"), std::string::npos);
  // The simulator's registered providers, not a list written into the loader.
  for (const ProviderSim& p : RegisteredProviders()) {
    EXPECT_NE(error.find("\"" + p.name + "\""), std::string::npos) << error;
  }
  EXPECT_FALSE(w.Load(nlohmann::json::parse(R"({"groups":[{"id":"1","members":[{"phone":"x"}]}]})"),
                      &error));
}

}  // namespace
}  // namespace wa::mock
