// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_TRANSPORT_CURL_ERRORS_HPP_
#define WA_PARTICIPANTS_SRC_TRANSPORT_CURL_ERRORS_HPP_

#include <cstddef>
#include <string>
#include <string_view>

#include <curl/curl.h>

#include "wa/participants/error.hpp"

namespace wa::internal {

/// What the transport knows about a failed transfer besides its CURLcode.
struct CurlFailure {
  CURLcode code = CURLE_OK;
  std::string_view detail;         // the handle's error buffer; may be empty
  bool bytes_sent = true;          // false when libcurl reports no request bytes written
  bool body_too_large = false;     // our write callback stopped the transfer
  bool headers_too_large = false;  // our header callback stopped the transfer
  std::size_t max_response_bytes = 0;
  std::size_t max_header_bytes = 0;
};

/// Classifies a failed transfer. `request_sent` is false only for failures
/// that happen before a byte of the request can have left (bad URL, DNS,
/// connect, TLS handshake), or when libcurl wrote no request bytes at all.
/// `where` (method and redacted URL) prefixes the message.
Error MakeCurlError(const CurlFailure& failure, std::string_view where);

}  // namespace wa::internal

#endif  // WA_PARTICIPANTS_SRC_TRANSPORT_CURL_ERRORS_HPP_
