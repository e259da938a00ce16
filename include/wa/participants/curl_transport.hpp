// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_CURL_TRANSPORT_HPP_
#define WA_PARTICIPANTS_CURL_TRANSPORT_HPP_

/// @file
/// The default transport, built on libcurl (no libcurl type leaks out).

#include <memory>

#include "wa/participants/export.hpp"
#include "wa/participants/http.hpp"
#include "wa/participants/options.hpp"

namespace wa {
inline namespace v1 {

/// A libcurl transport: pooled easy handles with keep-alive connections,
/// DNS and TLS-session caches shared between handles (connections are not),
/// `CURLOPT_NOSIGNAL`, finite timeouts, TLS verification on, no redirects,
/// and a response-size cap. Thread safety: `Send` may be called concurrently.
WA_PARTICIPANTS_EXPORT std::shared_ptr<HttpTransport> MakeCurlTransport(
    CurlTransportOptions options = {});

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_CURL_TRANSPORT_HPP_
