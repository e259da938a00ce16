// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "http/exchange.hpp"

#include <chrono>
#include <string>

#include "http/http_errors.hpp"
#include "util/sanitize.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

Result<HttpResponse> Exchange(HttpTransport& transport, const HttpRequest& request,
                              const RequestContext& context, const Redactor& redact,
                              std::optional<Action> action) {
  auto start = std::chrono::steady_clock::now();
  return ObserveExchange(transport.Send(request), request.method, request.redacted_url, start,
                         context, redact, action);
}

Result<HttpResponse> ObserveExchange(Result<HttpResponse> response, HttpMethod method_kind,
                                     std::string_view redacted_url,
                                     std::chrono::steady_clock::time_point start,
                                     const RequestContext& context, const Redactor& redact,
                                     std::optional<Action> action) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start)
                .count();
  const char* method = method_kind == HttpMethod::kPost     ? "POST "
                       : method_kind == HttpMethod::kDelete ? "DELETE "
                                                            : "GET ";
  if (!response) {
    Error e = Sanitize(AnnotateTransportError(std::move(response).error(), action), redact);
    if (context.logger) {
      context.logger(LogRecord{LogRecord::Level::kWarning, method + redact(redacted_url) + " -> " +
                                                               std::string(ToString(e.code)) +
                                                               " after " + std::to_string(ms) +
                                                               " ms: " + e.message});
    }
    return Unexpected(std::move(e));
  }
  if (context.logger) {
    context.logger(LogRecord{LogRecord::Level::kDebug, method + redact(redacted_url) + " -> " +
                                                           std::to_string(response->status) +
                                                           " in " + std::to_string(ms) + " ms"});
  }
  if (context.on_rate_limit) {
    RateLimitStatus status = ParseRateLimitHeaders(*response, std::chrono::system_clock::now());
    if (status.limit || status.remaining || status.reset) context.on_rate_limit(status);
  }
  return response;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
