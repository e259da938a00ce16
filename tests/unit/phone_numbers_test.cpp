// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Phone numbers read with libphonenumber: national and international forms,
// with and without a default region, refused with a reason when no
// numbering plan holds them.
#include "ids/phone_numbers.hpp"

#include <ostream>
#include <string>

#include <gtest/gtest.h>

namespace wa::internal {
namespace {

struct Reading {
  const char* name;      // the test's name
  const char* input;     // as a caller typed it
  const char* region;    // ClientOptions::default_region ("" = international only)
  const char* expected;  // E.164 digits, or nullptr when refused
  const char* why;       // refused: a fragment the message must contain
};

std::string NameOf(const ::testing::TestParamInfo<Reading>& info) { return info.param.name; }
void PrintTo(const Reading& r, std::ostream* os) { *os << r.input << " in \"" << r.region << "\""; }

class PhoneReading : public ::testing::TestWithParam<Reading> {};

TEST_P(PhoneReading, ReadsOrRefusesWithAReason) {
  const Reading& c = GetParam();
  ASSERT_TRUE(PhoneLibraryAvailable()) << "this table needs the build with libphonenumber";
  auto r = NormalizePhoneNumber(c.input, c.region);
  if (c.expected != nullptr) {
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(*r, c.expected);
    // The result is canonical: read again, international only, it stays.
    auto again = NormalizePhoneNumber(*r, "");
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(*again, *r);
    return;
  }
  ASSERT_FALSE(r) << c.input << " was read as " << *r;
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(r.error().request_sent);
  EXPECT_NE(r.error().message.find(std::string("invalid participant \"") + c.input + "\""),
            std::string::npos)
      << r.error().message;
  EXPECT_NE(r.error().message.find(c.why), std::string::npos) << r.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Table, PhoneReading,
    ::testing::Values(
        // Brazil, international forms: read the same with or without a region.
        Reading{"BrInternational", "+55 11 98888-7774", "", "5511988887774", ""},
        Reading{"BrDigits", "5511988887774", "", "5511988887774", ""},
        Reading{"BrInternationalInRegionUs", "+55 (11) 98888-7774", "US", "5511988887774", ""},
        // Brazil, national forms: only with the region.
        Reading{"BrNationalInRegion", "(11) 98888-7774", "BR", "5511988887774", ""},
        Reading{"BrNationalTrunkPrefixInRegion", "0 (11) 98888-7774", "BR", "5511988887774", ""},
        Reading{"BrDigitsInRegion", "5511988887774", "BR", "5511988887774", ""},
        Reading{"BrNationalWithoutRegion", "(11) 98888-7774", "", nullptr,
                "+1 1988887774 is in no numbering plan"},
        Reading{"BrNationalWithoutRegionHintsAtTheRegion", "(11) 98888-7774", "", nullptr,
                "set a default region"},
        // 11999999999 read as +1 199...: no North American area code starts with 1.
        Reading{"NanpAreaCodeOne", "11999999999", "", nullptr, "is in no numbering plan"},
        // Brazil's ninth digit: missing, in both readings.
        Reading{"BrMissingNinthDigitInRegion", "(11) 8888-7774", "BR", nullptr,
                "is a 9 missing (+55 11 98888-7774)"},
        Reading{"BrMissingNinthDigitInternational", "+55 11 8888-7774", "", nullptr,
                "is a 9 missing (+55 11 98888-7774)"},
        Reading{"BrMissingNinthDigitSaysHowToPassAJid", "551188887774", "", nullptr,
                "<digits>@s.whatsapp.net"},
        // United States.
        Reading{"UsInternational", "+1 415 555 2671", "", "14155552671", ""},
        Reading{"UsNationalInRegion", "(415) 555-2671", "US", "14155552671", ""},
        Reading{"UsTrunkPrefixInRegion", "1 415 555 2671", "US", "14155552671", ""},
        Reading{"UsNationalWithoutRegion", "(415) 555-2671", "", nullptr,
                "too short for a +41 number"},
        // The region comes first: these digits are also a Curitiba number.
        Reading{"UsNationalInRegionBrIsReadAsBrazilian", "(415) 555-2671", "BR", "554155552671",
                ""},
        // Germany.
        Reading{"DeInternational", "+49 30 123456", "", "4930123456", ""},
        Reading{"DeNationalInRegion", "030 123456", "DE", "4930123456", ""},
        Reading{"DeMobileInRegion", "0151 23456789", "DE", "4915123456789", ""},
        Reading{"DeInternationalPrefixInRegion", "00 49 30 123456", "DE", "4930123456", ""},
        Reading{"DeNationalWithoutRegion", "030 123456", "", nullptr, "drop the trunk prefix 0"},
        Reading{"DeInternationalPrefixWithoutRegion", "0049 30 123456", "", nullptr,
                "drop the international call prefix 00"},
        // A WhatsApp id's digits (country code, no +) keep working in any region.
        Reading{"DeDigitsInRegionBr", "4915123456789", "BR", "4915123456789", ""},
        Reading{"DeInternationalInRegionBr", "+49 30 123456", "BR", "4930123456", ""},
        // Beyond the three: a national number with a leading zero (Italy), a
        // +1 number outside the United States, a non-geographic code, and a
        // trunk prefix left after the country code (forgiven, as dialling does).
        Reading{"ItLeadingZero", "+39 06 1234 5678", "", "390612345678", ""},
        Reading{"CaSharesPlusOne", "+1 204 555 0100", "", "12045550100", ""},
        Reading{"NonGeographic", "+800 1234 5678", "", "80012345678", ""},
        Reading{"TrunkPrefixAfterCountryCode", "+44 07911 123456", "", "447911123456", ""},
        // Impossible numbers.
        Reading{"TooShortForItsCountry", "+55 11 9888", "", nullptr, "too short for a +55 number"},
        Reading{"TooShortForAnyCountry", "+1 234", "", nullptr, "7 to 15 digits"},
        Reading{"TooLongForAnyCountry", "1234567890123456", "", nullptr, "7 to 15 digits"},
        Reading{"NoSuchCountryCode", "+999 1234567", "", nullptr,
                "does not start with a country calling code"},
        Reading{"TooShortInRegion", "98888", "BR", nullptr,
                "read in BR (the default region) or with its country code: too short"},
        // A fuzzer's find: German national numbers run so long that one with
        // its country code can pass the 15 digits E.164 allows.
        Reading{"LongerThanE164InRegion", "-+499859998(11) 98888-7", "BR", nullptr,
                "longer than the 15 digits"},
        Reading{"LongerThanE164", "+49 985999811988887", "", nullptr, "7 to 15 digits"},
        // Another: a trunk prefix forgiven after +43 leaves a short Vienna
        // number, six digits with its country code, which would not read back.
        Reading{"ShorterThanSevenAfterTrunkPrefix", "+4 30 1.)(11) 9", "", nullptr,
                "fewer than the 7 digits"},
        Reading{"ShorterThanSevenInRegion", "0 1119", "AT", nullptr, "fewer than the 7 digits"},
        Reading{"Letters", "55 11 9888x7774", "", nullptr, "not a phone number"},

        Reading{"Overlong", "+55 11 98888-7774                                                  1",
                "", nullptr, "longer than 64 characters"}),
    NameOf);

// A fuzzer's find: a number padded with a hundred carriage returns is read
// without them, and its refusal, with the longest advice, stays bounded.
TEST(PhoneMessage, BoundedWhateverTheInput) {
  ASSERT_TRUE(PhoneLibraryAvailable());
  const std::string input = "5515917900 5 9" + std::string(100, '\r');
  auto r = NormalizePhoneNumber(input, "BR");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(r.error().message.find("is a 9 missing (+55 15 99179-0059)"), std::string::npos)
      << r.error().message;
  EXPECT_NE(r.error().message.find("..."), std::string::npos) << "the quote is cut";
  EXPECT_LE(r.error().message.size(), 1024u) << r.error().message;
}

TEST(PhonePossible, IsALengthCheckNotAValidityCheck) {
  EXPECT_TRUE(IsPossiblePhoneNumber("5511988887774"));
  // Possible (eleven digits suit +1) though no plan holds it: the event
  // parser only needs to tell phones from LIDs.
  EXPECT_TRUE(IsPossiblePhoneNumber("11999999999"));
  EXPECT_TRUE(IsPossiblePhoneNumber("4930123456"));
  EXPECT_FALSE(IsPossiblePhoneNumber("1415555267"));       // ten digits for +1
  EXPECT_FALSE(IsPossiblePhoneNumber("199789077627112"));  // a LID's digits
  EXPECT_FALSE(IsPossiblePhoneNumber("0044770090012"));    // prefixes are not digits of E.164
  EXPECT_FALSE(IsPossiblePhoneNumber("123"));
  EXPECT_FALSE(IsPossiblePhoneNumber("+5511988887774"));  // digits only
  EXPECT_FALSE(IsPossiblePhoneNumber("5511988887774@lid"));
  EXPECT_FALSE(IsPossiblePhoneNumber(""));
}

TEST(PhoneRegion, AcceptsAlpha2InAnyCaseOnly) {
  EXPECT_EQ(NormalizeRegion("br", "default_region").value_or(""), "BR");
  EXPECT_EQ(NormalizeRegion("De", "default_region").value_or(""), "DE");
  for (const char* bad : {"XX", "ZZ", "001", "BRA", "B", " BR"}) {
    auto r = NormalizeRegion(bad, "ClientOptions.default_region");
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(r.error().message.find("ClientOptions.default_region"), std::string::npos);
    EXPECT_NE(r.error().message.find("ISO 3166"), std::string::npos);
  }
}

TEST(PhoneShape, DigitsAndHumanFormattingOnly) {
  EXPECT_TRUE(LooksLikePhoneNumber("+55 (11) 98888-7774"));
  EXPECT_TRUE(LooksLikePhoneNumber("1.415.555.2671"));
  EXPECT_FALSE(LooksLikePhoneNumber("5511988887774@s.whatsapp.net"));
  EXPECT_FALSE(LooksLikePhoneNumber("199789077627112@lid"));
  EXPECT_FALSE(LooksLikePhoneNumber("+-() "));
  EXPECT_FALSE(LooksLikePhoneNumber(""));
  EXPECT_FALSE(LooksLikePhoneNumber("5511\n988887774"));
}

}  // namespace
}  // namespace wa::internal
