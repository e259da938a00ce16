// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_COMMON_HTTP_ERRORS_HPP_
#define WA_PARTICIPANTS_SRC_COMMON_HTTP_ERRORS_HPP_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "wa/participants/action.hpp"
#include "wa/participants/backend.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/http.hpp"

namespace wa::internal {

/// The ErrorCode for an HTTP status that is not a success. Every status maps
/// explicitly: 400/413/422 invalid_argument, 401 unauthenticated, 403
/// permission_denied, 404/410 not_found, 408 timeout, 429 rate_limited, 501
/// unsupported, other 5xx unavailable, 405/415 internal (this SDK built a
/// request the provider calls malformed), anything else protocol.
ErrorCode ErrorCodeForHttpStatus(int status) noexcept;

/// Reads `X-RateLimit-Limit`, `-Remaining` and `-Reset` (unix seconds).
RateLimitStatus ParseRateLimitHeaders(const HttpResponse& response);

/// How long to wait before retrying a 429: `Retry-After` (seconds) if sent,
/// else the time until `X-RateLimit-Reset`, never negative.
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

/// A request-level classification of a provider's free text, used only when
/// the status alone says nothing (an error body with a 2xx status).
std::optional<ErrorCode> ClassifyRequestMessage(std::string_view text);

/// Appends the outcome-unknown advice to a transport error of a participant
/// action that may have reached the provider.
Error AnnotateTransportError(Error error, std::optional<Action> action);

}  // namespace wa::internal

#endif  // WA_PARTICIPANTS_SRC_COMMON_HTTP_ERRORS_HPP_
