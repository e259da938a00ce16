// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_TRANSPORT_CURL_ERRORS_HPP_
#define WA_PARTICIPANTS_SRC_TRANSPORT_CURL_ERRORS_HPP_

#include <cstddef>
#include <string>
#include <string_view>

#include <curl/curl.h>

#include "wa/participants/error.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// What the transport knows about a failed transfer besides its CURLcode.
struct CurlFailure {
  CURLcode code = CURLE_OK;
  std::string_view detail;  // the handle's error buffer; may be empty
  // Whether libcurl started writing the request on a connection during the
  // transfer (its pre-request callback ran). A failure before that, and only
  // then, proves that nothing left; the CURLcode alone cannot (see
  // MakeCurlError). Unknown counts as started.
  bool request_started = true;
  bool resend_refused = false;     // the exchange stopped libcurl sending a POST twice
  bool body_too_large = false;     // our write callback stopped the transfer
  bool headers_too_large = false;  // our header callback stopped the transfer
  std::size_t max_response_bytes = 0;
  std::size_t max_header_bytes = 0;
};

/// Classifies a failed transfer. `request_sent` is false only when libcurl
/// never started writing the request (bad URL, DNS, connect or TLS handshake
/// failed first). A connect error after a start is not such a failure:
/// libcurl re-connects on its own when a reused connection dies unanswered,
/// and reports that second connect's failure. `where` (method and redacted
/// URL) prefixes the message.
Error MakeCurlError(const CurlFailure& failure, std::string_view where);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_TRANSPORT_CURL_ERRORS_HPP_
