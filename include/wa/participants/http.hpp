// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_HTTP_HPP_
#define WA_PARTICIPANTS_HTTP_HPP_

/// @file
/// The HTTP seam between backends and the network. Implement `HttpTransport`
/// to send requests your own way (a proxy, a test double, another library).

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wa/participants/cancellation.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/export.hpp"

namespace wa {
inline namespace v1 {

/// What a provider said about its rate limit in one response
/// (`X-RateLimit-*`). Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT RateLimitStatus {
  /// Requests allowed per window.
  std::optional<std::int64_t> limit;
  /// Requests left in the current window.
  std::optional<std::int64_t> remaining;
  /// When the window resets.
  std::optional<std::chrono::system_clock::time_point> reset;
};

/// The HTTP methods the SDK uses. PATCH and DELETE carry a JSON body like
/// POST (Whapi.Cloud's admin and removal routes take one, as do Meta's
/// removals and rejections). A transport of your own must send all four.
enum class HttpMethod { kGet, kPost, kPatch, kDelete };

/// `"GET"`, `"POST"`, `"PATCH"` or `"DELETE"`. Thread safe. Errors: none.
WA_PARTICIPANTS_EXPORT std::string_view ToString(HttpMethod method) noexcept;

/// One HTTP request, fully built by a backend. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT HttpRequest {
  /// GET, POST, PATCH or DELETE.
  HttpMethod method = HttpMethod::kGet;
  /// The absolute URL. May contain a secret (Z-API puts its token in the
  /// path): never log it; log `redacted_url` instead.
  std::string url;
  /// `url` with every secret replaced by `***`; safe to log.
  std::string redacted_url;
  /// Request headers, in order. Values of `token`, `Client-Token` and
  /// `Authorization` are secrets.
  std::vector<std::pair<std::string, std::string>> headers;
  /// The request body (JSON for POST, PATCH and DELETE); empty for GETs.
  std::string body;
  /// The whole-transfer timeout, always finite.
  std::chrono::milliseconds timeout{std::chrono::seconds(30)};
  /// Aborts the transfer when cancelled.
  CancellationToken cancel;
};

/// One HTTP response, whatever its status. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT HttpResponse {
  /// The HTTP status code.
  int status = 0;
  /// Response headers, names lowercased, in arrival order.
  std::vector<std::pair<std::string, std::string>> headers;
  /// The response body.
  std::string body;

  /// The first header named `name` (case-insensitive), if any.
  std::optional<std::string_view> Header(std::string_view name) const;
};

/// Sends HTTP requests. Implementations must return an HTTP response of any
/// status as a value, and an `Error` only when no complete response arrived,
/// setting `Error::request_sent` to false only when the request provably
/// never left (DNS or connect failure). Thread safety: implementations must
/// allow concurrent `Send` calls from many threads.
class WA_PARTICIPANTS_EXPORT HttpTransport {
 public:
  virtual ~HttpTransport();
  /// Sends `request` and waits for the whole response. Errors:
  /// `kTimeout`, `kNetwork`, `kCancelled`, `kProtocol` (response too large
  /// or malformed), `kInvalidArgument` (bad URL).
  virtual Result<HttpResponse> Send(const HttpRequest& request) = 0;

  /// Starts sending `request` and calls `done` exactly once with what
  /// `Send` would have returned (same errors). `done` must not block or
  /// throw: an event-loop transport runs it on its loop thread. The default
  /// implementation calls `Send` and then `done` on the calling thread, so
  /// it returns only when the exchange is over; see `HasEventLoop`. Thread
  /// safety: may be called from any thread, `done` included.
  virtual void SendAsync(HttpRequest request, std::function<void(Result<HttpResponse>)> done);

  /// True when `SendAsync` returns before the exchange completes (an event
  /// loop drives it, as in the libcurl transport's curl-multi loop). The
  /// client then keeps many requests in flight without a thread for each;
  /// otherwise it runs asynchronous calls on a bounded pool of worker
  /// threads. The default is false.
  virtual bool HasEventLoop() const noexcept { return false; }
};

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_HTTP_HPP_
