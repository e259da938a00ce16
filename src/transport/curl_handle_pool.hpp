// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_TRANSPORT_CURL_HANDLE_POOL_HPP_
#define WA_PARTICIPANTS_SRC_TRANSPORT_CURL_HANDLE_POOL_HPP_

#include <array>
#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

#include <curl/curl.h>

namespace wa {
inline namespace v1 {
namespace internal {

/// Idle easy handles, each keeping its own keep-alive connections, plus one
/// share object that lets them reuse each other's DNS answers and TLS
/// sessions. Connections are deliberately not shared: libcurl's shared
/// connection cache serialises every transfer on one lock.
class CurlHandlePool {
 public:
  explicit CurlHandlePool(std::size_t max_idle);
  ~CurlHandlePool();
  CurlHandlePool(const CurlHandlePool&) = delete;
  CurlHandlePool& operator=(const CurlHandlePool&) = delete;

  /// An idle handle (with its last transfer's options and its connections) or a new one;
  /// null only if libcurl cannot allocate.
  CURL* Acquire();
  /// Returns `handle` for reuse, or frees it when enough are idle.
  void Release(CURL* handle);
  /// The share object to attach to every handle before a transfer.
  CURLSH* share() const { return share_; }

  /// Called by libcurl (through extern "C" trampolines) around shared data.
  void LockData(curl_lock_data data) noexcept;
  void UnlockData(curl_lock_data data) noexcept;

 private:
  std::size_t max_idle_;
  std::mutex mu_;
  std::vector<CURL*> idle_;
  CURLSH* share_ = nullptr;
  std::array<std::mutex, CURL_LOCK_DATA_LAST> share_locks_;
};

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_TRANSPORT_CURL_HANDLE_POOL_HPP_
