// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "transport/curl_exchange.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

#include "transport/curl_errors.hpp"
#include "util/strings.hpp"

// CURLOPT_PREREQFUNCTION (7.80.0) is what tells "not sent" from "may have
// been sent"; without it every failure would have to count as sent.
#if LIBCURL_VERSION_NUM < 0x075000
#error "wa-participants needs libcurl 7.80.0 or newer"
#endif

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

// Bodies above this get "Expect:" (see CurlHeaderLines).
constexpr std::size_t kExpectThreshold = 1024;

bool IsPlainHttp(std::string_view url) {
  return url.size() >= 7 && EqualsIgnoreCase(url.substr(0, 7), "http://");
}

long ClampMs(long long ms) {
  // libcurl treats 0 as "no timeout": never let a timeout become infinite.
  return static_cast<long>(std::clamp<long long>(ms, 1, 24LL * 3600 * 1000));
}

}  // namespace

std::string DescribeRequest(const HttpRequest& request) {
  return std::string(ToString(request.method)) + " " + request.redacted_url;
}

// No exception may escape into libcurl's C frames: an allocation failure
// aborts the transfer instead.
std::size_t CurlExchangeWrite(char* data, std::size_t size, std::size_t count, void* user) {
  auto* x = static_cast<CurlExchange*>(user);
  std::size_t n = size * count;
  if (x->response_.body.size() + n > x->options_.max_response_bytes) {
    x->body_too_large_ = true;
    return 0;  // makes libcurl fail with CURLE_WRITE_ERROR
  }
  try {
    x->response_.body.append(data, n);
  } catch (...) {
    return 0;
  }
  return n;
}

std::size_t CurlExchangeHeader(char* data, std::size_t size, std::size_t count, void* user) {
  auto* x = static_cast<CurlExchange*>(user);
  std::size_t n = size * count;
  x->header_bytes_ += n;
  if (x->header_bytes_ > x->options_.max_header_bytes) {
    x->headers_too_large_ = true;
    return 0;
  }
  try {
    std::string_view line(data, n);
    if (StartsWith(line, "HTTP/")) {
      // A new status line (after a 100 Continue): drop the earlier headers.
      x->response_.headers.clear();
      return n;
    }
    auto colon = line.find(':');
    if (colon == std::string_view::npos) return n;
    std::string name = AsciiLower(TrimWhitespace(line.substr(0, colon)));
    std::string value(TrimWhitespace(line.substr(colon + 1)));
    x->response_.headers.emplace_back(std::move(name), std::move(value));
  } catch (...) {
    return 0;
  }
  return n;
}

int CurlExchangeProgress(void* user, curl_off_t /*dltotal*/, curl_off_t /*dlnow*/,
                         curl_off_t /*ultotal*/, curl_off_t /*ulnow*/) {
  auto* x = static_cast<CurlExchange*>(user);
  return x->request_.cancel.IsCancelled() ? 1 : 0;
}

int CurlExchangePrereq(void* user) {
  auto* x = static_cast<CurlExchange*>(user);
  if (x == nullptr) return CURL_PREREQFUNC_OK;  // a pooled handle between exchanges
  if (++x->requests_started_ > 1 && x->request_.method != HttpMethod::kGet) {
    // libcurl is about to send the POST (PATCH, DELETE) again on a fresh connection after
    // the first one died unanswered: the provider may have acted on it.
    x->resend_refused_ = true;
    return CURL_PREREQFUNC_ABORT;
  }
  return CURL_PREREQFUNC_OK;
}

namespace {

// libcurl wants plain C function pointers; these give the friends C linkage.
extern "C" std::size_t WaCurlWrite(char* data, std::size_t size, std::size_t count, void* user) {
  return CurlExchangeWrite(data, size, count, user);
}
extern "C" std::size_t WaCurlHeader(char* data, std::size_t size, std::size_t count, void* user) {
  return CurlExchangeHeader(data, size, count, user);
}
extern "C" int WaCurlProgress(void* user, curl_off_t a, curl_off_t b, curl_off_t c, curl_off_t d) {
  return CurlExchangeProgress(user, a, b, c, d);
}
extern "C" int WaCurlPrereq(void* user, char* /*remote_ip*/, char* /*local_ip*/,
                            int /*remote_port*/, int /*local_port*/) {
  return CurlExchangePrereq(user);
}

}  // namespace

CurlExchange::CurlExchange(const HttpRequest& request, const CurlTransportOptions& options)
    : request_(request), options_(options) {
  response_.headers.reserve(16);  // one allocation for a typical answer
}

std::vector<std::string> CurlHeaderLines(const HttpRequest& request,
                                         const std::string& user_agent) {
  std::vector<std::string> lines;
  lines.reserve(request.headers.size() + 2);
  for (const auto& [name, value] : request.headers) {
    std::string line;
    line.reserve(name.size() + 2 + value.size());
    line.append(name).append(": ").append(value);
    lines.push_back(std::move(line));
  }
  if (!user_agent.empty()) lines.push_back("User-Agent: " + user_agent);
  if (request.body.size() > kExpectThreshold) lines.emplace_back("Expect:");
  return lines;
}

bool HeaderListCache::Get(const HttpRequest& request, const std::string& user_agent,
                          std::shared_ptr<curl_slist>& list) {
  const bool expect = request.body.size() > kExpectThreshold;
  if (!built_ || expect != expect_ || request.headers != headers_ || user_agent != user_agent_) {
    curl_slist* fresh = nullptr;
    for (const auto& line : CurlHeaderLines(request, user_agent)) {
      curl_slist* next = curl_slist_append(fresh, line.c_str());
      if (next == nullptr) {
        curl_slist_free_all(fresh);
        return false;
      }
      fresh = next;
    }
    list_ = std::shared_ptr<curl_slist>(fresh, curl_slist_free_all);
    headers_ = request.headers;
    user_agent_ = user_agent;
    expect_ = expect;
    built_ = true;
  }
  list = list_;
  return true;
}

CurlExchange::~CurlExchange() = default;

Result<void> CurlExchange::Attach(CURL* h, CURLSH* share, HeaderListCache& headers) {
  if (!headers.Get(request_, options_.user_agent, headers_)) {
    return Unexpected(MakeLocalError(ErrorCode::kInternal, where() + ": out of memory"));
  }

  curl_easy_setopt(h, CURLOPT_SHARE, share);
  curl_easy_setopt(h, CURLOPT_URL, request_.url.c_str());
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer_);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, ClampMs(options_.connect_timeout.count()));
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, ClampMs(request_.timeout.count()));
  curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
  // Before libcurl 8.7 (Debian's is 7.88), the receive buffer is the
  // largest thing it keeps per transfer in flight (16 KiB by default; later
  // releases share one per multi handle). The providers' answers are a few
  // hundred bytes to a few KiB, so 8 KiB reads them in one go and halves
  // what ten thousand calls in flight hold. The upload buffer is never
  // allocated: the body goes out as POSTFIELDS, not through a read callback.
  curl_easy_setopt(h, CURLOPT_BUFFERSIZE, 8L * 1024L);
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
  // A proxy reads a plain-http request whole: its headers' tokens and, for
  // Z-API, the token in its request line. Plain http is for local servers,
  // so it goes direct; https keeps the environment's proxy (a CONNECT
  // tunnel shows it nothing but the host).
  curl_easy_setopt(h, CURLOPT_PROXY, IsPlainHttp(request_.url) ? "" : nullptr);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers_.get());
  if (request_.method != HttpMethod::kGet) {
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, request_.body.data());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request_.body.size()));
    // PATCH and DELETE send their body as a POST would, under their own
    // name; null restores POST on a handle that sent another method last.
    curl_easy_setopt(
        h, CURLOPT_CUSTOMREQUEST,
        request_.method == HttpMethod::kPost ? nullptr : ToString(request_.method).data());
  } else {
    // The handle may have posted last time (no reset between transfers).
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, nullptr);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, nullptr);
    curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
  }
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &WaCurlWrite);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, this);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &WaCurlHeader);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, this);
  curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &WaCurlProgress);
  curl_easy_setopt(h, CURLOPT_XFERINFODATA, this);
  curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(h, CURLOPT_PREREQFUNCTION, &WaCurlPrereq);
  curl_easy_setopt(h, CURLOPT_PREREQDATA, this);
  return {};
}

Result<HttpResponse> CurlExchange::Finish(CURL* h, CURLcode code) {
  // The handle outlives this exchange in a pool: leave it pointing at
  // nothing of ours.
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, nullptr);
  curl_easy_setopt(h, CURLOPT_PREREQDATA, nullptr);
  if (code != CURLE_OK) {
    CurlFailure f;
    f.code = code;
    f.detail = error_buffer_;
    f.request_started = requests_started_ > 0;
    f.resend_refused = resend_refused_;
    f.body_too_large = body_too_large_;
    f.headers_too_large = headers_too_large_;
    f.max_response_bytes = options_.max_response_bytes;
    f.max_header_bytes = options_.max_header_bytes;
    return Unexpected(MakeCurlError(f, where()));
  }
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  response_.status = static_cast<int>(status);
  return std::move(response_);
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
