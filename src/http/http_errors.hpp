// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_HTTP_HTTP_ERRORS_HPP_
#define WA_PARTICIPANTS_SRC_HTTP_HTTP_ERRORS_HPP_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "wa/participants/action.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/http.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// The ErrorCode for an HTTP status that is not a success. Every status maps
/// explicitly: 400/413/422 invalid_argument, 401 unauthenticated, 403
/// permission_denied, 404/410 not_found, 408 timeout, 429 rate_limited, 501
/// unsupported, other 5xx unavailable, 405/415 internal (this SDK built a
/// request the provider calls malformed), anything else protocol.
ErrorCode ErrorCodeForHttpStatus(int status) noexcept;

/// The longest wait a server's headers are taken to announce: larger values
/// (`Retry-After: 9223372036854775807`, a reset in the year 5138) saturate
/// here instead of overflowing.
inline constexpr std::chrono::hours kMaxAnnouncedWait{24 * 365};

/// Reads `X-RateLimit-Limit`, `-Remaining` and `-Reset` (unix seconds; a
/// reset beyond `kMaxAnnouncedWait` from now is taken as that far).
RateLimitStatus ParseRateLimitHeaders(const HttpResponse& response,
                                      std::chrono::system_clock::time_point now);

/// An HTTP-date (RFC 9110 section 5.6.7): the IMF-fixdate form
/// `Sun, 06 Nov 1994 08:49:37 GMT`, and the obsolete RFC 850 and asctime
/// forms every recipient must also accept. Nullopt for anything else.
std::optional<std::chrono::system_clock::time_point> ParseHttpDate(std::string_view text);

/// How long to wait before retrying a 429: `Retry-After` (delay seconds or
/// an HTTP-date) if sent, else the time until `X-RateLimit-Reset`; never
/// negative, at most `kMaxAnnouncedWait`.
std::optional<std::chrono::milliseconds> RetryAfter(const HttpResponse& response,
                                                    std::chrono::system_clock::time_point now);

/// What the outcome-unknown warning appended to post-send failures of
/// participant actions says.
std::string OutcomeUnknownAdvice(Action action);

/// The error for a non-2xx response. `provider` is the display name
/// ("RyzeAPI"), `provider_message` the provider's own text (may be empty).
/// `action` is set for participant actions (non-idempotent), which get the
/// outcome-unknown advice on 5xx.
Error MakeHttpError(std::string_view provider, const HttpResponse& response, ErrorCode code,
                    std::string provider_message, std::optional<Action> action,
                    std::chrono::system_clock::time_point now);

/// The error for a 2xx answer whose body is not of the documented shape
/// (`what` says how, e.g. "without a \"participants\" array"): kProtocol,
/// quoting the body, with the outcome-unknown advice for a participant
/// action. A body the SDK cannot read never passes for an empty list. The
/// body is quoted whole, and is also the `provider_message`: a cut made
/// here could split a token the body echoes; `Sanitize` redacts, then cuts
/// the quote to its start.
Error ShapeError(std::string_view provider, const HttpResponse& response,
                 std::optional<Action> action, std::string_view what);

/// A request-level classification of a provider's free text, used only when
/// the status alone says nothing (an error body with a 2xx status).
std::optional<ErrorCode> ClassifyRequestMessage(std::string_view text);

/// Appends the outcome-unknown advice to a transport error of a participant
/// action that may have reached the provider.
Error AnnotateTransportError(Error error, std::optional<Action> action);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_HTTP_HTTP_ERRORS_HPP_
