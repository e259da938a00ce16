// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/curl_transport.hpp"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>

#include <curl/curl.h>

#include "transport/curl_exchange.hpp"
#include "transport/curl_global.hpp"
#include "transport/curl_handle_pool.hpp"
#include "transport/curl_multi_loop.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

class CurlTransport final : public HttpTransport {
 public:
  explicit CurlTransport(CurlTransportOptions options)
      : options_(std::move(options)), pool_(options_.max_idle_handles), loop_(options_) {}

  /// Hands the request to the event loop; `done` runs on its thread.
  void SendAsync(HttpRequest request, std::function<void(Result<HttpResponse>)> done) override {
    loop_.Submit(std::move(request), std::move(done));
  }
  bool HasEventLoop() const noexcept override { return true; }

  Result<HttpResponse> Send(const HttpRequest& request) override {
    if (EnsureCurlGlobalInit() != CURLE_OK) {
      return Unexpected(MakeLocalError(ErrorCode::kInternal,
                                       DescribeRequest(request) + ": curl_global_init failed"));
    }
    if (request.cancel.IsCancelled()) {
      return Unexpected(MakeLocalError(ErrorCode::kCancelled,
                                       DescribeRequest(request) + ": cancelled before sending"));
    }
    CURL* handle = pool_.Acquire();
    if (handle == nullptr) {
      return Unexpected(
          MakeLocalError(ErrorCode::kInternal,
                         DescribeRequest(request) + ": libcurl could not allocate a handle"));
    }
    auto result = Perform(handle, request);
    pool_.Release(handle);
    return result;
  }

 private:
  Result<HttpResponse> Perform(CURL* h, const HttpRequest& request) {
    // Each calling thread sends its own run of requests: one cache each.
    thread_local HeaderListCache header_lists;
    CurlExchange exchange(request, options_);
    if (auto attached = exchange.Attach(h, pool_.share(), header_lists); !attached) {
      return Unexpected(std::move(attached).error());
    }
    return exchange.Finish(h, curl_easy_perform(h));
  }

  CurlTransportOptions options_;
  CurlHandlePool pool_;  // the blocking path: one handle per calling thread at a time
  CurlMultiLoop loop_;   // the asynchronous path: one thread for every transfer
};

}  // namespace
}  // namespace internal

std::shared_ptr<HttpTransport> MakeCurlTransport(CurlTransportOptions options) {
  return std::make_shared<internal::CurlTransport>(std::move(options));
}

}  // namespace v1
}  // namespace wa
