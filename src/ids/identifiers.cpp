// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "ids/identifiers.hpp"

#include <optional>

#include "ids/phone_numbers.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

constexpr std::size_t kMaxLidDigits = 20;

// The rules every phone number obeys, however it was spelled.
std::optional<Error> CheckPhoneDigits(std::string_view raw, std::string_view digits) {
  if (auto why = PhoneDigitsProblem(digits)) return InvalidParticipant(raw, *why);
  return std::nullopt;
}

}  // namespace

Result<std::string_view> PrecheckIdentifier(std::string_view raw, std::string_view what) {
  std::string_view s = TrimWhitespace(raw);
  auto fail = [&](std::string_view why) {
    std::string msg = "invalid ";
    msg += what;
    msg += " ";
    msg += QuoteForMessage(raw);
    msg += ": ";
    msg += why;
    return Unexpected(MakeLocalError(ErrorCode::kInvalidArgument, std::move(msg)));
  };
  if (s.empty()) return fail("it is empty");
  if (s.size() > kMaxIdentifierLength) {
    return fail("it is longer than " + std::to_string(kMaxIdentifierLength) + " characters");
  }
  if (HasControlCharacter(s)) return fail("it contains control characters");
  return s;
}

Result<std::string> NormalizeParticipantId(std::string_view raw) {
  auto pre = PrecheckIdentifier(raw, "participant");
  if (!pre) return Unexpected(std::move(pre).error());
  std::string_view s = *pre;

  auto at = s.find('@');
  if (at != std::string_view::npos) {
    std::string_view local = s.substr(0, at);
    std::string domain = AsciiLower(s.substr(at + 1));
    if (domain == "g.us")
      return Unexpected(InvalidParticipant(raw, "that is a group JID, not a participant"));
    if (domain == "lid") {
      if (!IsAllDigits(local) || local.size() > kMaxLidDigits) {
        return Unexpected(InvalidParticipant(raw, "a LID must be digits followed by @lid"));
      }
      return std::string(local) + "@lid";
    }
    if (domain == "s.whatsapp.net" || domain == "c.us") {
      if (local.find(':') != std::string_view::npos) {
        return Unexpected(InvalidParticipant(
            raw, "it names one device (\":N\"); give the account's JID without it"));
      }
      if (!IsAllDigits(local)) {
        return Unexpected(
            InvalidParticipant(raw, "the part before @ must be the phone number's digits"));
      }
      if (auto bad = CheckPhoneDigits(raw, local)) return Unexpected(std::move(*bad));
      return std::string(local);
    }
    return Unexpected(
        InvalidParticipant(raw, "unknown domain after @: expected @s.whatsapp.net, @c.us or @lid"));
  }

  if (!LooksLikePhoneNumber(s)) {
    return Unexpected(InvalidParticipant(raw,
                                         "not a phone number: expected digits with the country "
                                         "code (e.g. 5511999999999), \"<digits>@s.whatsapp.net\" "
                                         "or \"<digits>@lid\""));
  }
  std::string digits;
  digits.reserve(s.size());
  for (char c : s) {
    if (IsDigit(c)) digits.push_back(c);
  }
  if (auto bad = CheckPhoneDigits(raw, digits)) return Unexpected(std::move(*bad));
  return digits;
}

bool ParseGroupId(std::string_view s, GroupIdParts& out) {
  auto digits_ok = [](std::string_view d) {
    return IsAllDigits(d) && d.size() <= kMaxGroupIdDigits;
  };
  std::string_view local = s;
  bool had_gus = false;
  if (EndsWith(AsciiLower(s), "@g.us")) {
    local = s.substr(0, s.size() - 5);
    had_gus = true;
  }
  if (!had_gus && EndsWith(AsciiLower(local), "-group")) {
    std::string_view digits = local.substr(0, local.size() - 6);
    if (!digits_ok(digits)) return false;
    out.local = std::string(digits);
    out.old_form = false;
    return true;
  }
  auto dash = local.find('-');
  if (dash == std::string_view::npos) {
    if (!had_gus || !digits_ok(local)) return false;
    out.local = std::string(local);
    out.old_form = false;
    return true;
  }
  std::string_view creator = local.substr(0, dash);
  std::string_view stamp = local.substr(dash + 1);
  if (!digits_ok(creator) || !digits_ok(stamp)) return false;
  out.local = std::string(local);
  out.old_form = true;
  return true;
}

Result<std::string> NormalizeGroupJid(std::string_view raw, std::string_view provider) {
  // Group JIDs of the current form have 18 digits; this many bare digits
  // are a group whose "@g.us" was left off, never a phone number.
  constexpr std::size_t kMinBareGroupDigits = 15;
  auto pre = PrecheckIdentifier(raw, "group");
  if (!pre) return Unexpected(std::move(pre).error());
  std::string_view s = *pre;
  GroupIdParts parts;
  if (ParseGroupId(s, parts)) return parts.local + "@g.us";
  if (IsAllDigits(s) && s.size() >= kMinBareGroupDigits && s.size() <= kMaxGroupIdDigits) {
    return std::string(s) + "@g.us";
  }
  return Unexpected(MakeLocalError(ErrorCode::kInvalidArgument,
                                   "invalid group " + QuoteForMessage(raw) + ": " +
                                       std::string(provider) +
                                       " names a group by its JID (\"<id>@g.us\"); an invite "
                                       "link or code names none it can act on"));
}

std::string MatchKey(std::string_view jid) {
  std::string_view local = jid;
  std::string_view domain;
  if (auto at = jid.find('@'); at != std::string_view::npos) {
    local = jid.substr(0, at);
    domain = jid.substr(at + 1);
  }
  // A device suffix ("5511...:12@s.whatsapp.net") names the same account.
  if (auto colon = local.find(':'); colon != std::string_view::npos) local = local.substr(0, colon);
  std::string digits;
  for (char c : local) {
    if (IsDigit(c)) digits.push_back(c);
  }
  if (digits.empty()) return {};
  if (EqualsIgnoreCase(domain, "lid")) return "lid:" + digits;
  // Brazilian mobiles gained a ninth digit in 2012-2016, but WhatsApp still
  // reports many older accounts without it: 55 AA 9XXXXXXXX ~ 55 AA XXXXXXXX.
  if (digits.size() == 13 && StartsWith(digits, "55") && digits[4] == '9') {
    digits.erase(4, 1);
  }
  // Likewise Mexico's mobile "1" (dropped in 2019) and Argentina's mobile
  // "9": gateways rewrite 52 1 XXXXXXXXXX and 54 9 XXXXXXXXXX without it.
  if (digits.size() == 13 && (StartsWith(digits, "521") || StartsWith(digits, "549"))) {
    digits.erase(2, 1);
  }
  return digits;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
