// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "http/http_errors.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using SystemTime = std::chrono::system_clock::time_point;

constexpr std::int64_t kMaxAnnouncedSeconds =
    std::chrono::duration_cast<seconds>(kMaxAnnouncedWait).count();

std::optional<std::int64_t> ParseInt(std::optional<std::string_view> text) {
  if (!text) return std::nullopt;
  std::string_view s = TrimWhitespace(*text);
  std::int64_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

// A run of digits as a count of seconds, saturating at `cap`: a header's
// number may be far beyond what any clock can hold.
std::optional<std::int64_t> ParseSeconds(std::optional<std::string_view> text, std::int64_t cap) {
  if (!text) return std::nullopt;
  std::string_view s = TrimWhitespace(*text);
  if (!IsAllDigits(s)) return std::nullopt;
  std::int64_t v = 0;
  for (char c : s) {
    if (v > (cap - (c - '0')) / 10) return cap;
    v = v * 10 + (c - '0');
  }
  return v;
}

milliseconds Until(SystemTime when, SystemTime now) {
  if (when <= now) return milliseconds(0);
  return std::min<milliseconds>(std::chrono::ceil<milliseconds>(when - now), kMaxAnnouncedWait);
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// days_from_civil).
std::int64_t DaysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::optional<unsigned> MonthNumber(std::string_view name) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  for (unsigned i = 0; i < 12; ++i) {
    if (EqualsIgnoreCase(name, kMonths[i])) return i + 1;
  }
  return std::nullopt;
}

std::optional<unsigned> SmallNumber(std::string_view s) {
  if (!IsAllDigits(s) || s.size() > 4) return std::nullopt;
  unsigned v = 0;
  for (char c : s) v = v * 10 + static_cast<unsigned>(c - '0');
  return v;
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

std::string Hint(std::string_view provider, ErrorCode code, const Error& e) {
  switch (code) {
    case ErrorCode::kUnauthenticated:
      return provider == "Z-API" ? "check the instance token and the Client-Token"
                                 : "check the token";
    case ErrorCode::kPermissionDenied:
      return "the instance must be a group admin (super-admin to promote or demote), and the "
             "token must own the instance";
    case ErrorCode::kNotFound:
      return "check the group id and that the instance is a member of the group";
    case ErrorCode::kRateLimited:
      if (e.retry_after) {
        return "retry in " + std::to_string((e.retry_after->count() + 999) / 1000) + " s";
      }
      return "slow down and retry later";
    case ErrorCode::kUnsupported:
      return "the provider does not support this operation";
    case ErrorCode::kInternal:
      return "the provider rejected the request's form; please report this as a wa-participants "
             "bug";
    default:
      return {};
  }
}

}  // namespace

ErrorCode ErrorCodeForHttpStatus(int status) noexcept {
  switch (status) {
    case 400:
    case 413:
    case 422:
      return ErrorCode::kInvalidArgument;
    case 401:
      return ErrorCode::kUnauthenticated;
    case 403:
      return ErrorCode::kPermissionDenied;
    case 404:
    case 410:
      return ErrorCode::kNotFound;
    case 405:
    case 415:
      return ErrorCode::kInternal;
    case 408:
      return ErrorCode::kTimeout;
    case 429:
      return ErrorCode::kRateLimited;
    case 501:
      return ErrorCode::kUnsupported;
    default:
      break;
  }
  if (status >= 500 && status <= 599) return ErrorCode::kUnavailable;
  // 1xx, 3xx (redirects are never followed), unassigned 4xx, junk.
  return ErrorCode::kProtocol;
}

RateLimitStatus ParseRateLimitHeaders(const HttpResponse& response, SystemTime now) {
  RateLimitStatus s;
  s.limit = ParseInt(response.Header("x-ratelimit-limit"));
  s.remaining = ParseInt(response.Header("x-ratelimit-remaining"));
  // Saturated before it becomes a time_point: a reset of 2^63 seconds would
  // overflow the clock's nanoseconds.
  const std::int64_t latest =
      std::chrono::ceil<seconds>(now.time_since_epoch()).count() + kMaxAnnouncedSeconds;
  if (auto reset = ParseSeconds(response.Header("x-ratelimit-reset"), latest)) {
    s.reset = SystemTime(seconds(*reset));
  }
  return s;
}

std::optional<SystemTime> ParseHttpDate(std::string_view text) {
  // Split on spaces, commas and dashes: "Sun, 06 Nov 1994 08:49:37 GMT",
  // "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994".
  std::string_view tokens[8];
  std::size_t n = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '-')) ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != ',' && text[i] != '-') ++i;
    if (i == start) break;
    if (n == 8) return std::nullopt;
    tokens[n++] = text.substr(start, i - start);
  }
  // Each part is 0 until read: 0 is never valid for a day, month or year.
  unsigned day = 0;
  unsigned month = 0;
  unsigned year = 0;
  std::string_view clock;
  if (n == 6 && EqualsIgnoreCase(tokens[5], "GMT")) {  // IMF-fixdate or RFC 850
    day = SmallNumber(tokens[1]).value_or(0);
    month = MonthNumber(tokens[2]).value_or(0);
    clock = tokens[4];
    if (tokens[3].size() == 4) {
      year = SmallNumber(tokens[3]).value_or(0);
    } else if (tokens[3].size() == 2 && SmallNumber(tokens[3])) {
      // RFC 850's two-digit year: the nearest century that fits.
      year = *SmallNumber(tokens[3]);
      year += year < 70 ? 2000 : 1900;
    }
  } else if (n == 5 && tokens[4].size() == 4) {  // asctime
    month = MonthNumber(tokens[1]).value_or(0);
    day = SmallNumber(tokens[2]).value_or(0);
    clock = tokens[3];
    year = SmallNumber(tokens[4]).value_or(0);
  }
  if (day < 1 || day > 31 || month < 1 || year < 1 || clock.size() != 8 || clock[2] != ':' ||
      clock[5] != ':') {
    return std::nullopt;
  }
  const unsigned hh = SmallNumber(clock.substr(0, 2)).value_or(99);
  const unsigned mm = SmallNumber(clock.substr(3, 2)).value_or(99);
  const unsigned ss = SmallNumber(clock.substr(6, 2)).value_or(99);
  if (hh > 23 || mm > 59 || ss > 60) return std::nullopt;
  const std::int64_t secs = DaysFromCivil(year, month, day) * 86400 + std::int64_t{hh} * 3600 +
                            std::int64_t{mm} * 60 + ss;
  return SystemTime(seconds(secs));
}

std::optional<milliseconds> RetryAfter(const HttpResponse& response, SystemTime now) {
  if (auto retry_after = response.Header("retry-after")) {
    if (auto delay = ParseSeconds(retry_after, kMaxAnnouncedSeconds)) {
      return milliseconds(seconds(*delay));
    }
    if (auto date = ParseHttpDate(TrimWhitespace(*retry_after))) return Until(*date, now);
  }
  auto status = ParseRateLimitHeaders(response, now);
  if (!status.reset) return std::nullopt;
  return Until(*status.reset, now);
}

std::string OutcomeUnknownAdvice(Action action) {
  std::string advice = "the outcome is unknown: the provider may have applied the ";
  advice += ToString(action);
  advice += "; read the group's state before sending it again";
  return advice;
}

Error MakeHttpError(std::string_view provider, const HttpResponse& response, ErrorCode code,
                    std::string provider_message, std::optional<Action> action,
                    std::chrono::system_clock::time_point now) {
  Error e;
  e.code = code;
  e.http_status = response.status;
  e.provider_message = std::move(provider_message);
  e.request_sent = true;
  if (code == ErrorCode::kRateLimited) e.retry_after = RetryAfter(response, now);
  e.message = std::string(provider) + " answered HTTP " + std::to_string(response.status);
  if (!e.provider_message.empty()) {
    e.message += ": ";
    e.message += e.provider_message;
  }
  std::string hint = Hint(provider, code, e);
  if (action && e.outcome_unknown()) hint = OutcomeUnknownAdvice(*action);
  if (!hint.empty()) {
    e.message += " (";
    e.message += hint;
    e.message += ")";
  }
  return e;
}

Error ShapeError(std::string_view provider, const HttpResponse& response,
                 std::optional<Action> action, std::string_view what) {
  Error e;
  e.code = ErrorCode::kProtocol;
  e.http_status = response.status;
  e.request_sent = true;
  // The body goes in whole, as provider_message too: it may echo a token,
  // and only whole can redaction find it; Sanitize then cuts the quote.
  e.provider_message = std::string(TrimWhitespace(response.body));
  e.message = std::string(provider) + " answered HTTP " + std::to_string(response.status) + " " +
              std::string(what) + "; the body began \"" + e.provider_message + "\"";
  if (action) e.message += " (" + OutcomeUnknownAdvice(*action) + ")";
  return e;
}

std::optional<ErrorCode> ClassifyRequestMessage(std::string_view text) {
  std::string t = AsciiLower(text);
  if (Contains(t, "null not allowed") || Contains(t, "token") || Contains(t, "unauthor")) {
    return ErrorCode::kUnauthenticated;
  }
  if (Contains(t, "not connected") || Contains(t, "disconnected")) return ErrorCode::kUnavailable;
  if (Contains(t, "rate limit") || Contains(t, "too many")) return ErrorCode::kRateLimited;
  if (Contains(t, "not found")) return ErrorCode::kNotFound;
  if (Contains(t, "admin") || Contains(t, "permission") || Contains(t, "not allowed")) {
    return ErrorCode::kPermissionDenied;
  }
  if (Contains(t, "invalid") || Contains(t, "required")) return ErrorCode::kInvalidArgument;
  return std::nullopt;
}

Error AnnotateTransportError(Error error, std::optional<Action> action) {
  if (action && error.outcome_unknown()) {
    error.message += " (";
    error.message += OutcomeUnknownAdvice(*action);
    error.message += ")";
  }
  return error;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
