// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "transport/curl_handle_pool.hpp"

#include "transport/curl_global.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

extern "C" void WaCurlShareLock(CURL* /*handle*/, curl_lock_data data, curl_lock_access /*access*/,
                                void* self) {
  static_cast<CurlHandlePool*>(self)->LockData(data);
}

extern "C" void WaCurlShareUnlock(CURL* /*handle*/, curl_lock_data data, void* self) {
  static_cast<CurlHandlePool*>(self)->UnlockData(data);
}

}  // namespace

CurlHandlePool::CurlHandlePool(std::size_t max_idle) : max_idle_(max_idle) {
  EnsureCurlGlobalInit();
  share_ = curl_share_init();
  if (share_ != nullptr) {
    curl_share_setopt(share_, CURLSHOPT_LOCKFUNC, &WaCurlShareLock);
    curl_share_setopt(share_, CURLSHOPT_UNLOCKFUNC, &WaCurlShareUnlock);
    curl_share_setopt(share_, CURLSHOPT_USERDATA, this);
    curl_share_setopt(share_, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    curl_share_setopt(share_, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
  }
}

CurlHandlePool::~CurlHandlePool() {
  // Handles first: a share must not be freed while handles still use it.
  for (CURL* h : idle_) curl_easy_cleanup(h);
  if (share_ != nullptr) curl_share_cleanup(share_);
}

CURL* CurlHandlePool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      CURL* h = idle_.back();
      idle_.pop_back();
      return h;
    }
  }
  return curl_easy_init();
}

void CurlHandlePool::Release(CURL* handle) {
  if (handle == nullptr) return;
  // No curl_easy_reset: every transfer sets every option it relies on
  // (CurlTransport::Perform), and skipping the reset saves a
  // re-initialisation per request. Connections and caches stay with it.
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (idle_.size() < max_idle_) {
      idle_.push_back(handle);
      return;
    }
  }
  curl_easy_cleanup(handle);
}

void CurlHandlePool::LockData(curl_lock_data data) noexcept {
  // std::mutex::lock only throws on misuse (deadlock detection), which
  // would terminate here rather than unwind through C code.
  share_locks_[static_cast<std::size_t>(data)].lock();
}

void CurlHandlePool::UnlockData(curl_lock_data data) noexcept {
  share_locks_[static_cast<std::size_t>(data)].unlock();
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
