// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_TRANSPORT_CURL_GLOBAL_HPP_
#define WA_PARTICIPANTS_SRC_TRANSPORT_CURL_GLOBAL_HPP_

#include <curl/curl.h>

namespace wa {
inline namespace v1 {
namespace internal {

/// Calls `curl_global_init` exactly once per process, thread-safely (a
/// function-local static), and returns its result. It is never undone:
/// `curl_global_cleanup` at exit would race other libraries' use of curl.
CURLcode EnsureCurlGlobalInit();

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_TRANSPORT_CURL_GLOBAL_HPP_
