// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "transport/curl_global.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

CURLcode EnsureCurlGlobalInit() {
  static const CURLcode kInit = curl_global_init(CURL_GLOBAL_DEFAULT);
  return kInit;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
