// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/curl_transport.hpp"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>

#include <curl/curl.h>

#include "common/strings.hpp"
#include "transport/curl_errors.hpp"
#include "transport/curl_global.hpp"
#include "transport/curl_handle_pool.hpp"

namespace wa {
namespace internal {
namespace {

// Everything the callbacks of one transfer touch.
struct Transfer {
  HttpResponse response;
  std::size_t max_body = 0;
  std::size_t max_headers = 0;
  std::size_t header_bytes = 0;
  bool body_too_large = false;
  bool headers_too_large = false;
  const CancellationToken* cancel = nullptr;
};

// libcurl calls these through C function pointers: C linkage, and no
// exception may escape (an allocation failure aborts the transfer instead).
extern "C" std::size_t WaCurlWrite(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::size_t n = size * count;
  if (t->response.body.size() + n > t->max_body) {
    t->body_too_large = true;
    return 0;  // makes libcurl fail with CURLE_WRITE_ERROR
  }
  try {
    t->response.body.append(data, n);
  } catch (...) {
    return 0;
  }
  return n;
}

extern "C" std::size_t WaCurlHeader(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::size_t n = size * count;
  t->header_bytes += n;
  if (t->header_bytes > t->max_headers) {
    t->headers_too_large = true;
    return 0;
  }
  try {
    std::string_view line(data, n);
    if (StartsWith(line, "HTTP/")) {
      // A new status line (after a 100 Continue): drop the earlier headers.
      t->response.headers.clear();
      return n;
    }
    auto colon = line.find(':');
    if (colon == std::string_view::npos) return n;
    std::string name = AsciiLower(TrimWhitespace(line.substr(0, colon)));
    std::string value(TrimWhitespace(line.substr(colon + 1)));
    t->response.headers.emplace_back(std::move(name), std::move(value));
  } catch (...) {
    return 0;
  }
  return n;
}

extern "C" int WaCurlProgress(void* user, curl_off_t /*dltotal*/, curl_off_t /*dlnow*/,
                              curl_off_t /*ultotal*/, curl_off_t /*ulnow*/) {
  auto* t = static_cast<Transfer*>(user);
  return t->cancel != nullptr && t->cancel->IsCancelled() ? 1 : 0;
}

// Owns the header list of one transfer.
struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

class CurlTransport final : public HttpTransport {
 public:
  explicit CurlTransport(CurlTransportOptions options)
      : options_(std::move(options)), pool_(options_.max_idle_handles) {}

  Result<HttpResponse> Send(const HttpRequest& request) override {
    std::string where =
        (request.method == HttpMethod::kPost ? "POST " : "GET ") + request.redacted_url;
    if (EnsureCurlGlobalInit() != CURLE_OK) {
      return Unexpected(MakeLocalError(ErrorCode::kInternal, where + ": curl_global_init failed"));
    }
    if (request.cancel.IsCancelled()) {
      return Unexpected(
          MakeLocalError(ErrorCode::kCancelled, where + ": cancelled before sending"));
    }
    CURL* handle = pool_.Acquire();
    if (handle == nullptr) {
      return Unexpected(
          MakeLocalError(ErrorCode::kInternal, where + ": libcurl could not allocate a handle"));
    }
    auto result = Perform(handle, request, where);
    pool_.Release(handle);
    return result;
  }

 private:
  Result<HttpResponse> Perform(CURL* h, const HttpRequest& request, const std::string& where) {
    Transfer t;
    t.response.headers.reserve(16);  // one allocation for a typical answer
    t.max_body = options_.max_response_bytes;
    t.max_headers = options_.max_header_bytes;
    t.cancel = &request.cancel;
    char error_buffer[CURL_ERROR_SIZE] = {0};

    Slist headers;
    // One buffer per thread for "Name: value": curl_slist_append copies it,
    // so no string is allocated per header per request.
    thread_local std::string line;
    for (const auto& [name, value] : request.headers) {
      line.assign(name);
      line += ": ";
      line += value;
      curl_slist* next = curl_slist_append(headers.get(), line.c_str());
      if (next == nullptr) {
        return Unexpected(MakeLocalError(ErrorCode::kInternal, where + ": out of memory"));
      }
      (void)headers.release();
      headers.reset(next);
    }
    // No "Expect: 100-continue" round trip before the body.
    if (curl_slist* next = curl_slist_append(headers.get(), "Expect:")) {
      (void)headers.release();
      headers.reset(next);
    }

    curl_easy_setopt(h, CURLOPT_SHARE, pool_.share());
    curl_easy_setopt(h, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, ClampMs(options_.connect_timeout.count()));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, ClampMs(request.timeout.count()));
    curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(h, CURLOPT_USERAGENT, options_.user_agent.c_str());
    curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE,
                     static_cast<curl_off_t>(options_.max_response_bytes));
    if (options_.unsafe_disable_tls_verification) {
      curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
      curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 0L);
    } else {
      curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
      curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    }
    if (!options_.ca_bundle_path.empty()) {
      curl_easy_setopt(h, CURLOPT_CAINFO, options_.ca_bundle_path.c_str());
    }
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    if (request.method == HttpMethod::kPost) {
      curl_easy_setopt(h, CURLOPT_POST, 1L);
      curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.data());
      curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE,
                       static_cast<curl_off_t>(request.body.size()));
    } else {
      // The handle may have posted last time (no reset between transfers).
      curl_easy_setopt(h, CURLOPT_POSTFIELDS, nullptr);
      curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    }
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &WaCurlWrite);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &WaCurlHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &WaCurlProgress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, &t);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);

    CURLcode rc = curl_easy_perform(h);
    // The error buffer lives on this stack frame: detach it before return.
    std::string detail = error_buffer;
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
    if (rc != CURLE_OK) {
      CurlFailure f;
      f.code = rc;
      f.detail = detail;
      long request_size = 0;
      curl_easy_getinfo(h, CURLINFO_REQUEST_SIZE, &request_size);
      f.bytes_sent = request_size > 0;
      f.body_too_large = t.body_too_large;
      f.headers_too_large = t.headers_too_large;
      f.max_response_bytes = options_.max_response_bytes;
      f.max_header_bytes = options_.max_header_bytes;
      return Unexpected(MakeCurlError(f, where));
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    t.response.status = static_cast<int>(status);
    return std::move(t.response);
  }

  static long ClampMs(long long ms) {
    // libcurl treats 0 as "no timeout": never let a timeout become infinite.
    return static_cast<long>(std::clamp<long long>(ms, 1, 24LL * 3600 * 1000));
  }

  CurlTransportOptions options_;
  CurlHandlePool pool_;
};

}  // namespace
}  // namespace internal

std::shared_ptr<HttpTransport> MakeCurlTransport(CurlTransportOptions options) {
  return std::make_shared<internal::CurlTransport>(std::move(options));
}

}  // namespace wa
