// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "common/http_errors.hpp"

#include <charconv>
#include <cstdint>

#include "common/strings.hpp"

namespace wa::internal {
namespace {

std::optional<std::int64_t> ParseInt(std::optional<std::string_view> text) {
  if (!text) return std::nullopt;
  std::string_view s = TrimWhitespace(*text);
  std::int64_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
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

RateLimitStatus ParseRateLimitHeaders(const HttpResponse& response) {
  RateLimitStatus s;
  s.limit = ParseInt(response.Header("x-ratelimit-limit"));
  s.remaining = ParseInt(response.Header("x-ratelimit-remaining"));
  if (auto reset = ParseInt(response.Header("x-ratelimit-reset")); reset && *reset >= 0) {
    s.reset = std::chrono::system_clock::time_point(std::chrono::seconds(*reset));
  }
  return s;
}

std::optional<std::chrono::milliseconds> RetryAfter(const HttpResponse& response,
                                                    std::chrono::system_clock::time_point now) {
  using std::chrono::milliseconds;
  if (auto seconds = ParseInt(response.Header("retry-after")); seconds && *seconds >= 0) {
    return milliseconds(*seconds * 1000);
  }
  auto status = ParseRateLimitHeaders(response);
  if (!status.reset) return std::nullopt;
  auto wait = std::chrono::duration_cast<milliseconds>(*status.reset - now);
  return wait.count() < 0 ? milliseconds(0) : wait;
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

}  // namespace wa::internal
