// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "transport/curl_errors.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

ErrorCode CodeFor(const CurlFailure& f) {
  if (f.body_too_large || f.headers_too_large) return ErrorCode::kProtocol;
  if (f.resend_refused) return ErrorCode::kNetwork;
  switch (f.code) {
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
      return ErrorCode::kInvalidArgument;
    case CURLE_OPERATION_TIMEDOUT:
      return ErrorCode::kTimeout;
    case CURLE_ABORTED_BY_CALLBACK:
      return ErrorCode::kCancelled;
    case CURLE_FILESIZE_EXCEEDED:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return ErrorCode::kProtocol;
    case CURLE_OUT_OF_MEMORY:
    case CURLE_FAILED_INIT:
      return ErrorCode::kInternal;
    default:
      return ErrorCode::kNetwork;
  }
}

}  // namespace

Error MakeCurlError(const CurlFailure& f, std::string_view where) {
  Error e;
  e.code = CodeFor(f);
  // A failed rewind means libcurl wanted to send the body a second time.
  e.request_sent = f.request_started || f.resend_refused || f.code == CURLE_SEND_FAIL_REWIND;
  e.message = std::string(where) + ": ";
  if (f.resend_refused || f.code == CURLE_SEND_FAIL_REWIND) {
    e.message +=
        "the connection closed after the request was sent and before any answer arrived; it is "
        "not sent again";
  } else if (f.body_too_large || f.code == CURLE_FILESIZE_EXCEEDED) {
    e.message += "the response is larger than the " + std::to_string(f.max_response_bytes) +
                 "-byte limit (CurlTransportOptions::max_response_bytes)";
  } else if (f.headers_too_large) {
    e.message += "the response headers are larger than the " + std::to_string(f.max_header_bytes) +
                 "-byte limit (CurlTransportOptions::max_header_bytes)";
  } else {
    e.message += curl_easy_strerror(f.code);
    if (!f.detail.empty()) {
      e.message += " (";
      e.message += f.detail;
      e.message += ")";
    }
  }
  if (!e.request_sent) e.message += "; the request was not sent";
  return e;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
