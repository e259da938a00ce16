// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Phone numbers as callers type them. With libphonenumber (the default
// build) a number is checked against its country's numbering plan; without
// it only the international form is read, by length rules alone.
#include "ids/phone_numbers.hpp"

#include <cstddef>

#include "util/strings.hpp"

#ifndef WA_PARTICIPANTS_HAVE_LIBPHONENUMBER
#define WA_PARTICIPANTS_HAVE_LIBPHONENUMBER 0
#endif
#if WA_PARTICIPANTS_HAVE_LIBPHONENUMBER
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#endif

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

// E.164 allows at most 15 digits including the country code; the shortest
// real numbers with a country code have 7.
constexpr std::size_t kMinPhoneDigits = 7;
constexpr std::size_t kMaxPhoneDigits = 15;
// However it is formatted, a phone number is far shorter than this; the cap
// bounds the work done on junk (libphonenumber's own is 250).
constexpr std::size_t kMaxPhoneInputLength = 64;

bool IsHumanFormatting(char c) {
  return c == '+' || c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '\t';
}

// The digits of a phone-shaped input; empty when something else is in it.
std::string DigitsOf(std::string_view s) {
  std::string digits;
  digits.reserve(s.size());
  for (char c : s) {
    if (IsDigit(c)) {
      digits.push_back(c);
    } else if (!IsHumanFormatting(c)) {
      return {};
    }
  }
  return digits;
}

#if WA_PARTICIPANTS_HAVE_LIBPHONENUMBER

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr const char* kRegionHint =
    "; if it lacks its country code, add it (e.g. +55 11 99999-9999) or set a default region "
    "(ClientOptions.default_region; --default-region in the CLI)";

const PhoneNumberUtil& Util() { return *PhoneNumberUtil::GetInstance(); }

std::string Digits(const PhoneNumber& n) {
  std::string e164;
  Util().Format(n, PhoneNumberUtil::E164, &e164);
  return e164.substr(1);  // without the '+'
}

// The number whose E.164 digits (no '+') these are, built without Parse:
// calling codes are prefix-free, so the country code is the one prefix of
// one to three digits that is one, and the rest is the national number.
// Parse would spend its regular expressions (some 12 us) to find the same.
std::optional<PhoneNumber> FromE164(std::string_view digits) {
  constexpr std::size_t kMaxCountryCodeDigits = 3;
  int country_code = 0;
  for (std::size_t len = 1; len <= kMaxCountryCodeDigits && len < digits.size(); ++len) {
    country_code = country_code * 10 + (digits[len - 1] - '0');
    std::string region;
    Util().GetRegionCodeForCountryCode(country_code, &region);
    if (region == "ZZ") continue;  // "001" is a non-geographic code, still a code
    std::string_view national = digits.substr(len);
    PhoneNumber n;
    n.set_country_code(country_code);
    n.set_national_number(std::stoull(std::string(national)));
    // As Parse keeps them: leading zeros (Italy's) are not part of the value.
    if (national.size() > 1 && national[0] == '0') {
      n.set_italian_leading_zero(true);
      int zeros = 1;
      while (static_cast<std::size_t>(zeros) + 1 < national.size() && national[zeros] == '0') {
        ++zeros;
      }
      if (zeros != 1) n.set_number_of_leading_zeros(zeros);
    }
    return n;
  }
  return std::nullopt;
}

// IsValidNumber, asking the country code's main region first: a calling
// code shared by many regions (+1 by 25) costs a pattern match per region
// otherwise, and most numbers belong to the main one.
bool IsValid(const PhoneNumber& n) {
  std::string main_region;
  Util().GetRegionCodeForCountryCode(n.country_code(), &main_region);
  return Util().IsValidNumberForRegion(n, main_region) || Util().IsValidNumber(n);
}

std::string Pretty(const PhoneNumber& n) {
  std::string out;
  Util().Format(n, PhoneNumberUtil::INTERNATIONAL, &out);
  return out;
}

// Brazil's mobiles gained a ninth digit (a leading 9) in 2012-2016: a
// ten-digit national number whose subscriber part starts with 6-9 may be
// an old mobile number. The suggestion, when inserting the 9 makes it valid.
std::optional<std::string> NinthDigitSuggestion(const PhoneNumber& n) {
  constexpr int kBrazil = 55;
  if (n.country_code() != kBrazil) return std::nullopt;
  std::string national;
  Util().GetNationalSignificantNumber(n, &national);
  if (national.size() != 10 || national[2] < '6') return std::nullopt;
  auto fixed = FromE164("55" + national.substr(0, 2) + "9" + national.substr(2));
  if (!fixed || !IsValid(*fixed)) return std::nullopt;
  return Pretty(*fixed);
}

// Why a parsed number is refused, or nullopt when it is valid.
std::optional<std::string> Refusal(const PhoneNumber& n) {
  const std::string cc = "+" + std::to_string(n.country_code());
  switch (Util().IsPossibleNumberWithReason(n)) {
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
      break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
      return "no country has the calling code " + cc;
    case PhoneNumberUtil::TOO_SHORT:
      return "too short for a " + cc + " number";
    case PhoneNumberUtil::TOO_LONG:
      return "too long for a " + cc + " number";
    case PhoneNumberUtil::INVALID_LENGTH:
      return "no " + cc + " number has that many digits";
  }
  // Some plans hold numbers the SDK's own length rule refuses, and a result
  // must read back as itself: Germany's run past E.164's 15 digits, and
  // Austria's short Vienna numbers (+43 1 1119) have six with the country code.
  if (const auto digits = Digits(n).size(); digits > kMaxPhoneDigits) {
    return "longer than the 15 digits a number with its country code may have (" +
           std::to_string(digits) + ")";
  } else if (digits < kMinPhoneDigits) {
    return Pretty(n) + " has fewer than the 7 digits a number with its country code has (" +
           std::to_string(digits) + ")";
  }
  if (IsValid(n)) return std::nullopt;
  std::string why = Pretty(n) + " is in no numbering plan (check the area code and the digits)";
  if (auto fixed = NinthDigitSuggestion(n)) {
    why = Pretty(n) +
          " is in no numbering plan: Brazilian mobile numbers have nine digits after "
          "the area code since 2016; is a 9 missing (" +
          *fixed +
          ")? WhatsApp still names some older accounts without it: pass such an id as "
          "<digits>@s.whatsapp.net";
  }
  return why;
}

// Why a number the forgiving reading (Parse) found is refused; nullopt,
// with its canonical E.164 digits in `e164`, when valid. The digits must
// read back as the same valid number through FromE164, which is how a
// result is read again: normal forms are fixed points.
std::optional<std::string> Canonical(const PhoneNumber& n, std::string& e164) {
  if (auto why = Refusal(n)) return why;
  std::string digits = Digits(n);
  auto again = FromE164(digits);
  if (!again || !IsValid(*again) || Digits(*again) != digits) {
    return Pretty(n) + " does not read back as the same number from its digits " + digits;
  }
  e164 = std::move(digits);
  return std::nullopt;
}

std::string ParseProblem(PhoneNumberUtil::ErrorType error) {
  switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
      return "it does not start with a country calling code";
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
      return "too short for a phone number";
    case PhoneNumberUtil::TOO_LONG_NSN:
      return "too long for a phone number";
    case PhoneNumberUtil::NOT_A_NUMBER:
    case PhoneNumberUtil::NO_PARSING_ERROR:
      break;
  }
  return "not a phone number";
}

// Why `digits` (a country code and a national number) are no valid
// number; nullopt, with their canonical E.164 digits in `e164`, when valid.
std::optional<std::string> CheckInternational(const std::string& digits, std::string& e164) {
  if (auto n = FromE164(digits); n && IsValid(*n)) {
    e164 = digits;
    return std::nullopt;
  }
  // Slower, but more forgiving (a trunk prefix after the country code), and
  // it says what is wrong.
  PhoneNumber n;
  auto error = Util().Parse("+" + digits, "ZZ", &n);
  if (error != PhoneNumberUtil::NO_PARSING_ERROR) return ParseProblem(error);
  return Canonical(n, e164);
}

// The number read as digits with its country code.
Result<std::string> ReadInternational(std::string_view raw, const std::string& digits,
                                      bool hint_region) {
  std::string e164;
  auto why = CheckInternational(digits, e164);
  if (!why) return e164;
  std::string message = "read with its country code, " + *why;
  if (hint_region) message += kRegionHint;
  return Unexpected(InvalidParticipant(raw, message));
}

// The number as dialled in `region`; digits with a country code as the
// second reading (the form WhatsApp's own ids take).
Result<std::string> ReadInRegion(std::string_view raw, std::string_view trimmed,
                                 const std::string& digits, const std::string& region) {
  PhoneNumber n;
  auto error = Util().Parse(std::string(trimmed), region, &n);
  std::optional<std::string> why;
  std::string e164;
  if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
    why = ParseProblem(error);
  } else {
    why = Canonical(n, e164);
  }
  if (!why) return e164;
  if (!PhoneDigitsProblem(digits) && !CheckInternational(digits, e164)) return e164;
  return Unexpected(InvalidParticipant(raw, "no valid number, read in " + region +
                                                " (the default region) or with its country "
                                                "code: " +
                                                *why));
}

#else  // !WA_PARTICIPANTS_HAVE_LIBPHONENUMBER

// The North American plan: 1, a three-digit area code, seven digits.
constexpr std::size_t kNanpDigits = 11;

// Without numbering plans, the North American plan is the one whose shape
// is simple and whose misreadings are common ("11999999999" read as +1 199):
// area codes and exchange codes never start with 0 or 1.
std::optional<std::string> NanpProblem(const std::string& digits) {
  if (digits[0] != '1') return std::nullopt;
  if (digits.size() != kNanpDigits) return "+1 numbers have 11 digits with the country code";
  if (digits[1] < '2' || digits[4] < '2') {
    return "no North American area code or exchange starts with 0 or 1";
  }
  return std::nullopt;
}

#endif  // WA_PARTICIPANTS_HAVE_LIBPHONENUMBER

}  // namespace

bool PhoneLibraryAvailable() noexcept { return WA_PARTICIPANTS_HAVE_LIBPHONENUMBER != 0; }

bool IsPossiblePhoneNumber(std::string_view e164_digits) {
  if (!IsAllDigits(e164_digits) || e164_digits.size() < kMinPhoneDigits ||
      e164_digits.size() > kMaxPhoneDigits || e164_digits[0] == '0') {
    return false;
  }
#if WA_PARTICIPANTS_HAVE_LIBPHONENUMBER
  auto n = FromE164(e164_digits);
  return n && Util().IsPossibleNumber(*n);
#else
  return e164_digits[0] != '1' || e164_digits.size() == kNanpDigits;
#endif
}

bool LooksLikePhoneNumber(std::string_view raw) noexcept {
  bool any_digit = false;
  for (char c : raw) {
    if (IsDigit(c)) {
      any_digit = true;
    } else if (!IsHumanFormatting(c)) {
      return false;
    }
  }
  return any_digit;
}

std::optional<std::string> PhoneDigitsProblem(std::string_view digits) {
  if (StartsWith(digits, "00")) {
    return "drop the international call prefix 00 and start with the country code";
  }
  if (StartsWith(digits, "0")) {
    return "country codes never begin with 0: drop the trunk prefix 0 and start with the "
           "country code (e.g. 55 for Brazil)";
  }
  if (digits.size() < kMinPhoneDigits || digits.size() > kMaxPhoneDigits) {
    return "a phone number with its country code has 7 to 15 digits, this has " +
           std::to_string(digits.size());
  }
  return std::nullopt;
}

Error InvalidParticipant(std::string_view raw, std::string_view why) {
  std::string msg = "invalid participant ";
  msg += QuoteForMessage(raw);
  msg += ": ";
  msg += why;
  return MakeLocalError(ErrorCode::kInvalidArgument, std::move(msg));
}

Result<std::string> NormalizeRegion(std::string_view region, std::string_view field) {
  std::string upper;
  for (char c : region) upper.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
#if WA_PARTICIPANTS_HAVE_LIBPHONENUMBER
  // "001" (non-geographic) and "ZZ" (unknown) have no country code here.
  if (upper.size() == 2 && Util().GetCountryCodeForRegion(upper) != 0) return upper;
  std::string msg = std::string(field) + " " + QuoteForMessage(region) +
                    " is not a region with a numbering plan: use an ISO 3166 alpha-2 code "
                    "such as BR, US or DE";
  return Unexpected(MakeLocalError(ErrorCode::kInvalidArgument, std::move(msg)));
#else
  return Unexpected(MakeLocalError(
      ErrorCode::kUnsupported,
      std::string(field) + " " + QuoteForMessage(upper) +
          " needs libphonenumber, and this build of wa-participants has none: give numbers "
          "with their country code and leave " +
          std::string(field) + " empty"));
#endif
}

Result<std::string> NormalizePhoneNumber(std::string_view raw, std::string_view default_region) {
  std::string_view s = TrimWhitespace(raw);
  if (s.size() > kMaxPhoneInputLength) {
    return Unexpected(InvalidParticipant(raw, "it is longer than " +
                                                  std::to_string(kMaxPhoneInputLength) +
                                                  " characters, which no phone number is"));
  }
  std::string digits = DigitsOf(s);
  if (digits.empty()) {
    return Unexpected(InvalidParticipant(
        raw, "not a phone number: expected digits with the country code (e.g. 5511999999999)"));
  }
  const bool international = default_region.empty() || s.front() == '+';
#if WA_PARTICIPANTS_HAVE_LIBPHONENUMBER
  if (!international) return ReadInRegion(raw, s, digits, std::string(default_region));
  if (auto why = PhoneDigitsProblem(digits)) return Unexpected(InvalidParticipant(raw, *why));
  return ReadInternational(raw, digits, s.front() != '+');
#else
  if (!international) {
    return Unexpected(MakeLocalError(
        ErrorCode::kUnsupported,
        "cannot read " + QuoteForMessage(raw) +
            " in a default region: this build of wa-participants has no libphonenumber"));
  }
  if (auto why = PhoneDigitsProblem(digits)) return Unexpected(InvalidParticipant(raw, *why));
  if (auto why = NanpProblem(digits)) {
    std::string message = "read with its country code, " + *why;
    if (s.front() != '+') message += "; if it lacks its country code, add it";
    return Unexpected(InvalidParticipant(raw, message));
  }
  return digits;
#endif
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
