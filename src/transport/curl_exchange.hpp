// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_TRANSPORT_CURL_EXCHANGE_HPP_
#define WA_PARTICIPANTS_SRC_TRANSPORT_CURL_EXCHANGE_HPP_

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <curl/curl.h>

#include "wa/participants/http.hpp"
#include "wa/participants/options.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// "POST <redacted url>": how messages name a request.
std::string DescribeRequest(const HttpRequest& request);

/// The header lines the transport hands libcurl for `request`: its headers,
/// then `User-Agent` (when not empty), then, for a body over 1 KiB, an empty
/// `Expect:` (libcurl would otherwise wait for "100 Continue" before
/// sending it; no libcurl version asks for that on smaller bodies, and every
/// extra header costs libcurl a scan of the list per request).
std::vector<std::string> CurlHeaderLines(const HttpRequest& request, const std::string& user_agent);

/// The libcurl list of `CurlHeaderLines`, rebuilt only when they change. A backend
/// sends the same headers on every call, so in steady state a transfer
/// borrows the list instead of making two allocations per header; sending
/// the User-Agent as a plain header also spares libcurl a printf per
/// request. Thread safety: one per thread (or per event loop); a list
/// handed out stays valid while any transfer still holds it.
class HeaderListCache {
 public:
  /// Sets `list` to the list for `request` (null when it has no lines);
  /// false when libcurl cannot allocate it.
  bool Get(const HttpRequest& request, const std::string& user_agent,
           std::shared_ptr<curl_slist>& list);

 private:
  bool built_ = false;
  std::vector<std::pair<std::string, std::string>> headers_;
  std::string user_agent_;
  bool expect_ = false;
  std::shared_ptr<curl_slist> list_;
};

/// One HTTP exchange on one easy handle: sets every option the transfer
/// relies on, collects the response through libcurl's callbacks, and turns
/// the final CURLcode into a response or a classified `Error`. Shared by the
/// blocking path (`curl_easy_perform`) and the event loop (curl-multi), so
/// both send the same bytes and report failures the same way.
///
/// A POST is written at most once per exchange. libcurl silently sends a
/// request again when a reused keep-alive connection dies before any
/// answer byte (the server may have read and acted on the first copy), and
/// when that second connection then fails it reports a connect error. So
/// the exchange counts the requests libcurl starts (CURLOPT_PREREQFUNCTION
/// runs once per request, after the connection is ready and before any
/// byte of the request is written): a second start of a POST is refused,
/// and a failure after the first start is never reported as "not sent",
/// whatever its CURLcode. GETs are reads and keep libcurl's re-send.
///
/// Not copyable or movable: libcurl holds pointers into it between `Attach`
/// and `Finish`. Thread safety: used by one thread at a time.
class CurlExchange {
 public:
  /// `request` and `options` must outlive the exchange.
  CurlExchange(const HttpRequest& request, const CurlTransportOptions& options);
  ~CurlExchange();
  CurlExchange(const CurlExchange&) = delete;
  CurlExchange& operator=(const CurlExchange&) = delete;

  /// Configures `handle` for this exchange (it may carry options from an
  /// earlier one: every option relied on is set again). Errors: kInternal
  /// when libcurl cannot allocate the header list.
  Result<void> Attach(CURL* handle, CURLSH* share, HeaderListCache& headers);
  /// The outcome of the transfer that ended with `code`; detaches the
  /// handle from this exchange's buffers. Errors: as `HttpTransport::Send`.
  Result<HttpResponse> Finish(CURL* handle, CURLcode code);
  /// "POST <redacted url>", for messages (built only when one is needed).
  std::string where() const { return DescribeRequest(request_); }

 private:
  // libcurl calls back through C function pointers into these.
  friend std::size_t CurlExchangeWrite(char*, std::size_t, std::size_t, void*);
  friend std::size_t CurlExchangeHeader(char*, std::size_t, std::size_t, void*);
  friend int CurlExchangeProgress(void*, curl_off_t, curl_off_t, curl_off_t, curl_off_t);
  friend int CurlExchangePrereq(void*);

  const HttpRequest& request_;
  const CurlTransportOptions& options_;
  HttpResponse response_;
  std::size_t header_bytes_ = 0;
  bool body_too_large_ = false;
  bool headers_too_large_ = false;
  // Requests libcurl started writing on a connection during this transfer
  // (its pre-request callback ran): more than one means a hidden re-send.
  int requests_started_ = 0;
  bool resend_refused_ = false;          // a second POST attempt was stopped
  std::shared_ptr<curl_slist> headers_;  // held until the transfer is over
  char error_buffer_[CURL_ERROR_SIZE] = {0};
};

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_TRANSPORT_CURL_EXCHANGE_HPP_
