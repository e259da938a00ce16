// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The build without libphonenumber (WA_PARTICIPANTS_WITH_LIBPHONENUMBER=OFF):
// this program links phone_numbers.cpp compiled without it, so the client
// below runs on the fallback rules: international forms only, length checks
// and the North American plan's shape.
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fake_transport.hpp"
#include "ids/phone_numbers.hpp"
#include "wa/participants/client.hpp"

namespace wa {
namespace {

using ::testing::HasSubstr;
using testing_util::FakeTransport;

TEST(PhoneFallback, SaysItHasNoLibrary) { EXPECT_FALSE(internal::PhoneLibraryAvailable()); }

TEST(PhoneFallback, PossibleIsALengthCheck) {
  EXPECT_TRUE(internal::IsPossiblePhoneNumber("5511988887774"));
  EXPECT_TRUE(internal::IsPossiblePhoneNumber("4930123456"));
  EXPECT_TRUE(internal::IsPossiblePhoneNumber("11999999999"));  // 11 digits suit +1
  EXPECT_TRUE(internal::IsPossiblePhoneNumber("2345678"));      // seven digits: the shortest
  EXPECT_FALSE(internal::IsPossiblePhoneNumber("1415555267"));  // +1 needs 11
  EXPECT_FALSE(internal::IsPossiblePhoneNumber("123456"));
  EXPECT_FALSE(internal::IsPossiblePhoneNumber("1234567890123456"));
  EXPECT_FALSE(internal::IsPossiblePhoneNumber("0044770090012"));
  EXPECT_FALSE(internal::IsPossiblePhoneNumber("55 11 98888 7774"));
}

TEST(PhoneFallback, ReadsInternationalFormsOnly) {
  EXPECT_EQ(internal::NormalizePhoneNumber("+55 11 98888-7774", "").value_or(""), "5511988887774");
  EXPECT_EQ(internal::NormalizePhoneNumber("1 (415) 555-2671", "").value_or(""), "14155552671");
  struct Refused {
    const char* input;
    const char* why;
  };
  for (const Refused& c :
       {Refused{"(11) 98888-7774", "no North American area code"},
        Refused{"11999999999", "no North American area code"},
        Refused{"+1 415 555 267", "+1 numbers have 11 digits"},
        Refused{"030 123456", "drop the trunk prefix 0"}, Refused{"+55 11", "7 to 15 digits"}}) {
    auto r = internal::NormalizePhoneNumber(c.input, "");
    ASSERT_FALSE(r) << c.input;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_THAT(r.error().message, HasSubstr(std::string("\"") + c.input + "\""));
    EXPECT_THAT(r.error().message, HasSubstr(c.why));
  }
  auto national = internal::NormalizePhoneNumber("(11) 98888-7774", "BR");
  ASSERT_FALSE(national);
  EXPECT_EQ(national.error().code, ErrorCode::kUnsupported);
}

TEST(PhoneFallback, ClientRefusesADefaultRegionAndSendsInternationalForms) {
  auto transport = std::make_shared<FakeTransport>();
  transport->SetFallback([](const HttpRequest&) {
    return FakeTransport::Json(
        200, R"({"success":true,"participants":[{"jid":"5511988887774@s.whatsapp.net",)"
             R"("success":true}]})");
  });
  ClientOptions options;
  options.transport = transport;
  options.rate_limit = std::nullopt;
  RyzeOptions ryze;
  ryze.base_url = "https://ryze.test";
  ryze.instance = "inst";
  ryze.token = "t";

  options.default_region = "BR";
  auto regional = ParticipantsClient::Ryze(ryze, options);
  auto check = regional.CheckOptions();
  ASSERT_FALSE(check);
  EXPECT_EQ(check.error().code, ErrorCode::kUnsupported);
  EXPECT_THAT(check.error().message, HasSubstr("needs libphonenumber"));
  EXPECT_FALSE(regional.Add("120363406289005073@g.us", {"+55 11 98888-7774"}));
  EXPECT_EQ(transport->count(), 0u);

  options.default_region.clear();
  auto client = ParticipantsClient::Ryze(ryze, options);
  auto r = client.Add("120363406289005073@g.us", {"+55 11 98888-7774"});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_TRUE(r->all_succeeded());
  ASSERT_EQ(transport->count(), 1u);
  EXPECT_THAT(transport->requests()[0].body, HasSubstr("\"5511988887774\""));
}

}  // namespace
}  // namespace wa
