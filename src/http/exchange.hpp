// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_HTTP_EXCHANGE_HPP_
#define WA_PARTICIPANTS_SRC_HTTP_EXCHANGE_HPP_

#include <chrono>
#include <optional>
#include <string_view>

#include "http/redact.hpp"
#include "wa/participants/action.hpp"
#include "wa/participants/backend.hpp"
#include "wa/participants/http.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// The part every backend shares around one HTTP exchange: sends through
/// `transport`, logs one redacted line, reports `X-RateLimit-*` to the
/// context, and turns a transport failure into a redacted `Error` that says
/// when a participant action's outcome is unknown.
Result<HttpResponse> Exchange(HttpTransport& transport, const HttpRequest& request,
                              const RequestContext& context, const Redactor& redact,
                              std::optional<Action> action);

/// The second half of `Exchange`, for a response that arrived by
/// `SendAsync`: `method` and `redacted_url` name the request, `start` is
/// when it was handed to the transport.
Result<HttpResponse> ObserveExchange(Result<HttpResponse> response, HttpMethod method,
                                     std::string_view redacted_url,
                                     std::chrono::steady_clock::time_point start,
                                     const RequestContext& context, const Redactor& redact,
                                     std::optional<Action> action);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_HTTP_EXCHANGE_HPP_
