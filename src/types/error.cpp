// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/error.hpp"

#include <array>
#include <utility>

namespace wa {
inline namespace v1 {
namespace {

// Indexed by the enumerator's value; the names are part of the CLI's JSON
// contract, so they never change once released.
constexpr std::array<std::string_view, 12> kErrorCodeNames = {
    "invalid_argument", "unauthenticated", "permission_denied", "not_found",
    "rate_limited",     "timeout",         "unavailable",       "network",
    "protocol",         "unsupported",     "cancelled",         "internal",
};

}  // namespace

std::string_view ToString(ErrorCode code) noexcept {
  auto i = static_cast<std::size_t>(code);
  return i < kErrorCodeNames.size() ? kErrorCodeNames[i] : std::string_view("internal");
}

std::optional<ErrorCode> ParseErrorCode(std::string_view name) noexcept {
  for (std::size_t i = 0; i < kErrorCodeNames.size(); ++i) {
    if (kErrorCodeNames[i] == name) return static_cast<ErrorCode>(i);
  }
  return std::nullopt;
}

bool Error::outcome_unknown() const noexcept {
  if (!request_sent) return false;
  switch (code) {
    case ErrorCode::kTimeout:
    case ErrorCode::kNetwork:
    case ErrorCode::kCancelled:
      return true;
    case ErrorCode::kUnavailable:
    case ErrorCode::kInternal:
    case ErrorCode::kProtocol:
      // A 5xx, or a 2xx we could not read: the provider may have acted.
      return http_status == 0 || http_status >= 500 || (http_status >= 200 && http_status < 300);
    default:
      return false;
  }
}

Error MakeLocalError(ErrorCode code, std::string message) {
  Error e;
  e.code = code;
  e.message = std::move(message);
  e.request_sent = false;
  return e;
}

bool operator==(const Error& a, const Error& b) {
  return a.code == b.code && a.message == b.message && a.http_status == b.http_status &&
         a.provider_message == b.provider_message && a.provider_code == b.provider_code &&
         a.provider_subcode == b.provider_subcode && a.provider_trace_id == b.provider_trace_id &&
         a.retry_after == b.retry_after && a.request_sent == b.request_sent;
}

std::string ToString(const Error& error) {
  std::string out(ToString(error.code));
  out += ": ";
  out += error.message;
  return out;
}

void ThrowBadExpectedAccess(const Error& error) { throw BadExpectedAccess(ToString(error)); }

BadExpectedAccess::BadExpectedAccess(std::string what) : what_(std::move(what)) {}

const char* BadExpectedAccess::what() const noexcept { return what_.c_str(); }

}  // namespace v1
}  // namespace wa
