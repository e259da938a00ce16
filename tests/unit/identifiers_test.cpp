// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "ids/identifiers.hpp"

#include <cctype>
#include <ostream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "providers/ryze/ryze_codec.hpp"
#include "providers/zapi/zapi_codec.hpp"

namespace wa::internal {
namespace {

struct Good {
  const char* input;
  const char* normalized;
};
struct Bad {
  const char* input;
  const char* why;  // a fragment the message must contain
};
void PrintTo(const Good& g, std::ostream* os) { *os << '"' << g.input << '"'; }
void PrintTo(const Bad& b, std::ostream* os) { *os << '"' << b.input << '"'; }

// Test names from the inputs: readable, and the same from run to run (by
// default gtest names a struct parameter by its bytes, pointers included).
template <class Param>
std::string InputName(const ::testing::TestParamInfo<Param>& info) {
  constexpr std::size_t kMaxInputChars = 32;
  std::string name = std::to_string(info.index) + "_";
  std::string_view input = info.param.input;
  for (char c : input.substr(0, kMaxInputChars)) {
    name += std::isalnum(static_cast<unsigned char>(c)) != 0 ? c : '_';
  }
  return name;
}

class ParticipantGood : public ::testing::TestWithParam<Good> {};
TEST_P(ParticipantGood, Normalizes) {
  auto r = NormalizeParticipantId(GetParam().input);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(*r, GetParam().normalized);
}
INSTANTIATE_TEST_SUITE_P(Table, ParticipantGood,
                         ::testing::Values(Good{"5511999999999", "5511999999999"},
                                           Good{"+55 (11) 99999-9999", "5511999999999"},
                                           Good{"  +1.415.555.0100 ", "14155550100"},
                                           Good{"5511999999999@s.whatsapp.net", "5511999999999"},
                                           Good{"5511999999999@S.WhatsApp.Net", "5511999999999"},
                                           Good{"5511999999999@c.us", "5511999999999"},
                                           Good{"199789077627112@lid", "199789077627112@lid"},
                                           Good{"199789077627112@LID", "199789077627112@lid"}),
                         InputName<Good>);

class ParticipantBad : public ::testing::TestWithParam<Bad> {};
TEST_P(ParticipantBad, RejectsNamingItemAndReason) {
  auto r = NormalizeParticipantId(GetParam().input);
  ASSERT_FALSE(r) << "accepted " << GetParam().input;
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(r.error().request_sent);
  EXPECT_NE(r.error().message.find(GetParam().why), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("invalid participant"), std::string::npos);
}
INSTANTIATE_TEST_SUITE_P(
    Table, ParticipantBad,
    ::testing::Values(
        Bad{"", "empty"}, Bad{"   ", "empty"}, Bad{"abc", "not a phone number"},
        Bad{"12345", "7 to 15 digits"}, Bad{"1234567890123456", "7 to 15 digits"},
        Bad{"5511999999999@g.us", "group JID"}, Bad{"5511999999999@example.com", "unknown domain"},
        Bad{"abc@lid", "LID must be digits"}, Bad{"5511999999999:3@s.whatsapp.net", "device"},
        Bad{"00447700900123", "international call prefix"},
        Bad{"+0044 7700 900123", "international call prefix"},
        Bad{"011 99999-9999", "country codes never begin with 0"},
        // Found by fuzzing: the JID form obeys the same rules as digits.
        Bad{"03999999998@s.whatsapp.net", "country codes never begin with 0"},
        Bad{"123@s.whatsapp.net", "7 to 15 digits"}, Bad{"5511\n999999999", "control characters"},
        Bad{"5511999999999; DROP TABLE", "not a phone number"}),
    InputName<Bad>);

TEST(Participant, OverlongInputIsRejectedWithoutEchoingAllOfIt) {
  std::string huge(10000, '1');
  auto r = NormalizeParticipantId(huge);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("longer than"), std::string::npos);
  EXPECT_LT(r.error().message.size(), 300u);
}

class ZApiGroupGood : public ::testing::TestWithParam<Good> {};
TEST_P(ZApiGroupGood, Normalizes) {
  auto r = zapi::NormalizeGroup(GetParam().input);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(*r, GetParam().normalized);
}
INSTANTIATE_TEST_SUITE_P(
    Table, ZApiGroupGood,
    ::testing::Values(Good{"120363019502650977-group", "120363019502650977-group"},
                      Good{"5511999999999-1623281429", "5511999999999-1623281429"},
                      Good{"120363019502650977@g.us", "120363019502650977-group"},
                      Good{"5511999999999-1623281429@g.us", "5511999999999-1623281429"},
                      Good{" 120363019502650977-GROUP ", "120363019502650977-group"}),
    InputName<Good>);

class ZApiGroupBad : public ::testing::TestWithParam<Bad> {};
TEST_P(ZApiGroupBad, Rejects) {
  auto r = zapi::NormalizeGroup(GetParam().input);
  ASSERT_FALSE(r) << "accepted " << GetParam().input;
  EXPECT_NE(r.error().message.find(GetParam().why), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("invalid group"), std::string::npos);
}
INSTANTIATE_TEST_SUITE_P(Table, ZApiGroupBad,
                         ::testing::Values(Bad{"", "empty"},
                                           Bad{"120363019502650977", "community id"},
                                           Bad{"https://chat.whatsapp.com/ABC", "invite links"},
                                           Bad{"abc-group", "look like"},
                                           Bad{"12-ab", "look like"}),
                         InputName<Bad>);

class RyzeGroupGood : public ::testing::TestWithParam<Good> {};
TEST_P(RyzeGroupGood, Normalizes) {
  auto r = ryze::NormalizeGroup(GetParam().input);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(*r, GetParam().normalized);
}
INSTANTIATE_TEST_SUITE_P(
    Table, RyzeGroupGood,
    ::testing::Values(
        Good{"120363406289005073@g.us", "120363406289005073@g.us"},
        Good{"120363406289005073-group", "120363406289005073@g.us"},
        Good{"120363406289005073", "120363406289005073@g.us"},
        Good{"5511999999999-1623281429", "5511999999999-1623281429@g.us"},
        Good{"ABC123XYZ", "ABC123XYZ"},
        Good{"https://chat.whatsapp.com/ABC123XYZ", "https://chat.whatsapp.com/ABC123XYZ"},
        Good{"chat.whatsapp.com/ABC123XYZ/", "https://chat.whatsapp.com/ABC123XYZ"},
        Good{"HTTP://chat.whatsapp.com/ABC123XYZ", "https://chat.whatsapp.com/ABC123XYZ"}),
    InputName<Good>);

class RyzeGroupBad : public ::testing::TestWithParam<Bad> {};
TEST_P(RyzeGroupBad, Rejects) {
  auto r = ryze::NormalizeGroup(GetParam().input);
  ASSERT_FALSE(r) << "accepted " << GetParam().input;
  EXPECT_NE(r.error().message.find(GetParam().why), std::string::npos) << r.error().message;
}
INSTANTIATE_TEST_SUITE_P(
    Table, RyzeGroupBad,
    ::testing::Values(Bad{"", "empty"}, Bad{"5511999999999", "phone number"},
                      // Found by fuzzing: a 40-digit run is no group id.
                      Bad{"7777777777777777777777777777777777777777", "phone number"},
                      Bad{"https://chat.whatsapp.com/", "no valid code"},
                      Bad{"https://example.com/ABC123XYZ", "expected a group JID"},
                      Bad{"abc@g.us", "group JID"}, Bad{"has space", "expected a group JID"},
                      Bad{"\x01\x02group", "control characters"}),
    InputName<Bad>);

TEST(MatchKey, SameAccountAcrossSpellings) {
  EXPECT_EQ(MatchKey("5511999999999"), MatchKey("5511999999999@s.whatsapp.net"));
  EXPECT_EQ(MatchKey("5511999999999"), MatchKey("5511999999999:12@s.whatsapp.net"));
  EXPECT_EQ(MatchKey("199789077627112@lid"), "lid:199789077627112");
  EXPECT_NE(MatchKey("199789077627112@lid"), MatchKey("199789077627112"));
  // Brazil's ninth digit: WhatsApp may answer without it.
  EXPECT_EQ(MatchKey("5511999999999"), MatchKey("551199999999@s.whatsapp.net"));
  // Mexico's mobile 1 and Argentina's mobile 9, which gateways drop.
  EXPECT_EQ(MatchKey("5215512345678"), MatchKey("525512345678@s.whatsapp.net"));
  EXPECT_EQ(MatchKey("5491112345678"), MatchKey("541112345678@s.whatsapp.net"));
  EXPECT_NE(MatchKey("5215512345678"), MatchKey("5255123456789"));
  EXPECT_EQ(MatchKey("nothing"), "");
}

}  // namespace
}  // namespace wa::internal
