// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "transport/curl_errors.hpp"

namespace wa::internal {
namespace {

// Failures that happen before the HTTP request is written to a socket.
bool FailsBeforeSending(CURLcode code) {
  switch (code) {
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_OUT_OF_MEMORY:
    case CURLE_FAILED_INIT:
      return true;
    default:
      return false;
  }
}

ErrorCode CodeFor(const CurlFailure& f) {
  if (f.body_too_large || f.headers_too_large) return ErrorCode::kProtocol;
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
  e.request_sent = !FailsBeforeSending(f.code) && f.bytes_sent;
  e.message = std::string(where) + ": ";
  if (f.body_too_large || f.code == CURLE_FILESIZE_EXCEEDED) {
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

}  // namespace wa::internal
