// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TESTS_UNIT_FAKE_TRANSPORT_HPP_
#define WA_PARTICIPANTS_TESTS_UNIT_FAKE_TRANSPORT_HPP_

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

#include "wa/participants/http.hpp"

namespace wa::testing_util {

/// A scripted transport: answers from a queue, then from `fallback`, and
/// records every request it was handed.
class FakeTransport : public HttpTransport {
 public:
  using Handler = std::function<Result<HttpResponse>(const HttpRequest&)>;

  void Push(Result<HttpResponse> r) {
    std::lock_guard<std::mutex> lock(mu_);
    script_.push_back(std::move(r));
  }
  void SetFallback(Handler h) {
    std::lock_guard<std::mutex> lock(mu_);
    fallback_ = std::move(h);
  }
  std::vector<HttpRequest> requests() const {
    std::lock_guard<std::mutex> lock(mu_);
    return requests_;
  }
  std::size_t count() const {
    std::lock_guard<std::mutex> lock(mu_);
    return requests_.size();
  }

  Result<HttpResponse> Send(const HttpRequest& request) override {
    Handler fallback;
    {
      std::lock_guard<std::mutex> lock(mu_);
      requests_.push_back(request);
      if (!script_.empty()) {
        auto r = std::move(script_.front());
        script_.pop_front();
        return r;
      }
      fallback = fallback_;
    }
    if (fallback) return fallback(request);
    return Unexpected(MakeLocalError(ErrorCode::kInternal, "FakeTransport: no scripted answer"));
  }

  static HttpResponse Json(int status, std::string body,
                           std::vector<std::pair<std::string, std::string>> headers = {}) {
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    return r;
  }

 private:
  mutable std::mutex mu_;
  std::deque<Result<HttpResponse>> script_;
  Handler fallback_;
  std::vector<HttpRequest> requests_;
};

/// A clock that only moves when the client "sleeps".
class FakeClock {
 public:
  FakeClock() : now_(std::chrono::steady_clock::now().time_since_epoch().count()) {}
  std::chrono::steady_clock::time_point Now() const {
    return std::chrono::steady_clock::time_point(std::chrono::steady_clock::duration(now_.load()));
  }
  void Sleep(std::chrono::milliseconds d) {
    now_ += std::chrono::duration_cast<std::chrono::steady_clock::duration>(d).count();
    std::lock_guard<std::mutex> lock(mu_);
    sleeps_.push_back(d);
  }
  std::vector<std::chrono::milliseconds> sleeps() const {
    std::lock_guard<std::mutex> lock(mu_);
    return sleeps_;
  }

 private:
  std::atomic<std::chrono::steady_clock::rep> now_;
  mutable std::mutex mu_;
  std::vector<std::chrono::milliseconds> sleeps_;
};

}  // namespace wa::testing_util

#endif  // WA_PARTICIPANTS_TESTS_UNIT_FAKE_TRANSPORT_HPP_
