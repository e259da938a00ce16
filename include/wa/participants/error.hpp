// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_ERROR_HPP_
#define WA_PARTICIPANTS_ERROR_HPP_

/// @file
/// The request-level error type, its codes, and `wa::Result<T>`.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "wa/participants/expected.hpp"
#include "wa/participants/export.hpp"

namespace wa {
inline namespace v1 {

/// Why a request as a whole failed. `ToString` gives each a stable
/// snake_case name, also used by the CLI's JSON. See docs/errors.md for what
/// to do about each.
enum class ErrorCode {
  kInvalidArgument,   ///< Bad input (caught locally, or HTTP 400/413/422).
  kUnauthenticated,   ///< Missing or wrong token (HTTP 401).
  kPermissionDenied,  ///< The token or the instance may not do this (HTTP 403).
  kNotFound,          ///< Group or instance not found (HTTP 404).
  kRateLimited,       ///< Too many requests (HTTP 429); see `Error::retry_after`.
  kTimeout,           ///< No complete answer in time; the outcome may be unknown.
  kUnavailable,       ///< Provider down, overloaded or disconnected (HTTP 5xx).
  kNetwork,           ///< Connection failed or broke; see `Error::request_sent`.
  kProtocol,          ///< An answer this SDK cannot interpret (bad JSON, too big, ...).
  kUnsupported,       ///< The provider cannot do this (or HTTP 501).
  kCancelled,         ///< Cancelled by the caller, or the client was destroyed.
  kInternal,          ///< A bug: in this SDK, or a provider answer that implies one.
};

/// The stable lowercase name of `code`, e.g. `"permission_denied"`.
/// Thread safety: safe to call concurrently. Never fails.
WA_PARTICIPANTS_EXPORT std::string_view ToString(ErrorCode code) noexcept;

/// Parses a name produced by `ToString(ErrorCode)`; nullopt if unknown.
/// Thread safety: safe to call concurrently.
WA_PARTICIPANTS_EXPORT std::optional<ErrorCode> ParseErrorCode(std::string_view name) noexcept;

/// Why a request failed, as a value. Every text in it is free of secrets:
/// tokens are redacted before an `Error` is built. Thread safety: a plain
/// value type.
struct WA_PARTICIPANTS_EXPORT Error {
  /// The classification; decide what to do from this.
  ErrorCode code = ErrorCode::kInternal;
  /// A human-readable explanation, in English, naming what went wrong and,
  /// where it helps, what to do next. Valid UTF-8 with control characters
  /// escaped (safe to print or log); it quotes at most 200 bytes of the
  /// provider's text.
  std::string message;
  /// The HTTP status of the provider's answer; 0 when no answer arrived.
  int http_status = 0;
  /// The provider's own error text (for an answer in the wrong shape, its
  /// body): redacted of secrets, then cut to 1 KiB
  /// on a character boundary, with bytes that are not UTF-8 replaced by
  /// U+FFFD; control characters are kept, so escape them before showing it.
  /// Empty when the provider gave none.
  std::string provider_message;
  /// The provider's own error code, when its answer gave one as a number
  /// (Meta's Graph API: `error.code`, e.g. 131208). `code` above is derived
  /// from it; this keeps the original for logs and support requests.
  std::optional<long long> provider_code;
  /// The provider's error subcode, when it gave one (Graph: `error_subcode`).
  std::optional<long long> provider_subcode;
  /// The id the provider's support asks for to find the call (Graph:
  /// `fbtrace_id`); empty when it gave none. Redacted and cut as
  /// `provider_message` is.
  std::string provider_trace_id;
  /// How long the provider asked us to wait (from `X-RateLimit-Reset` or
  /// `Retry-After`), when it said.
  std::optional<std::chrono::milliseconds> retry_after;
  /// False only when the request provably never left this machine (bad
  /// input, DNS or connect failure, rate limiter refusal). When true and the
  /// call was a participant action, the provider may have acted.
  bool request_sent = true;

  /// True when the action may have been applied although we got no answer
  /// that says so (a timeout, a broken connection or a 5xx after sending).
  /// Verify the group's state before repeating such an action.
  bool outcome_unknown() const noexcept;
};

/// Builds an `Error` that is known to have been produced before sending.
/// Thread safety: safe to call concurrently.
WA_PARTICIPANTS_EXPORT Error MakeLocalError(ErrorCode code, std::string message);

/// Errors compare equal when every field does.
WA_PARTICIPANTS_EXPORT bool operator==(const Error& a, const Error& b);
/// Negation of `==`.
inline bool operator!=(const Error& a, const Error& b) { return !(a == b); }

/// `"<code>: <message>"`, the form the CLI prints. Thread safety: safe.
WA_PARTICIPANTS_EXPORT std::string ToString(const Error& error);

/// Throws `BadExpectedAccess` whose `what()` is `ToString(error)`; used by
/// `Result<T>::value()`.
[[noreturn]] WA_PARTICIPANTS_EXPORT void ThrowBadExpectedAccess(const Error& error);

/// The return type of every fallible SDK call.
template <class T>
using Result = Expected<T, Error>;

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_ERROR_HPP_
