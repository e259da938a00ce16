// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_IDS_PHONE_NUMBERS_HPP_
#define WA_PARTICIPANTS_SRC_IDS_PHONE_NUMBERS_HPP_

#include <optional>
#include <string>
#include <string_view>

#include "wa/participants/error.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// True when this build checks numbers against Google's libphonenumber
/// (the CMake option WA_PARTICIPANTS_WITH_LIBPHONENUMBER); false when it
/// falls back to the length rules below. Thread safety: safe.
bool PhoneLibraryAvailable() noexcept;

/// `e164_digits` is a number's digits with its country code and no `+`
/// (`5511999999999`). True when some numbering plan could hold a number
/// like it: libphonenumber's IsPossibleNumber (a length check per country),
/// or without the library 7 to 15 digits, no leading 0, and exactly 11
/// digits for country code 1 (the North American plan). False for anything
/// that is not all digits. Thread safety: safe to call concurrently.
bool IsPossiblePhoneNumber(std::string_view e164_digits);

/// True when `raw` is spelled as a phone number: at least one digit, and
/// otherwise only human formatting (`+`, spaces, tabs, dashes, dots,
/// parentheses). JIDs, LIDs and anything else are not.
bool LooksLikePhoneNumber(std::string_view raw) noexcept;

/// Why `digits` (a number's digits with its country code) cannot be a phone
/// number whatever the numbering plans say: an international call prefix,
/// a leading 0, or fewer than 7 or more than 15 digits (E.164). nullopt
/// when none of these applies.
std::optional<std::string> PhoneDigitsProblem(std::string_view digits);

/// The `kInvalidArgument` error for a participant: names `raw` (quoted and
/// shortened) and says `why`; `request_sent` is false.
Error InvalidParticipant(std::string_view raw, std::string_view why);

/// Checks a default region (ISO 3166 alpha-2, any case) and returns it in
/// upper case. Errors: `kInvalidArgument` naming `field` when no numbering
/// plan has that region; `kUnsupported` when this build has no
/// libphonenumber (national numbers cannot be read without it).
Result<std::string> NormalizeRegion(std::string_view region, std::string_view field);

/// Reads a phone number as a caller typed it and returns its E.164 digits
/// without the `+` (`5511988887774`). With libphonenumber the number must
/// be valid in its numbering plan (IsValidNumber: a real area code and the
/// right digit count), not merely of a possible length.
///  - `default_region` empty: only international forms are read; digits
///    without `+` are taken to start with the country code.
///  - `default_region` set (upper-case alpha-2, see `NormalizeRegion`): a
///    number without `+` is read as dialled in that region (national form,
///    trunk prefix, international prefix); if that gives no valid number,
///    it is read as digits with the country code, so the digits of a
///    WhatsApp JID keep working.
/// Errors: `kInvalidArgument` naming `raw` and saying why (with a hint for
/// Brazil's ninth digit and for numbers missing their country code).
/// Thread safety: safe to call concurrently.
Result<std::string> NormalizePhoneNumber(std::string_view raw, std::string_view default_region);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_IDS_PHONE_NUMBERS_HPP_
