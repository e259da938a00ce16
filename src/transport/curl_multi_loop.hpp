// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_TRANSPORT_CURL_MULTI_LOOP_HPP_
#define WA_PARTICIPANTS_SRC_TRANSPORT_CURL_MULTI_LOOP_HPP_

#include <functional>
#include <memory>

#include "wa/participants/http.hpp"
#include "wa/participants/options.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// One thread driving any number of transfers through one curl-multi
/// handle: the asynchronous half of the libcurl transport. The thread
/// starts with the first request. Its connections, DNS answers and TLS
/// sessions belong to its own multi handle and share object, which only
/// that thread touches: nothing is locked per transfer.
///
/// Callbacks run on the loop thread, one at a time: they must not block.
/// Destruction completes every transfer still queued or in flight with
/// `kCancelled`, then stops the thread. Thread safety: `Submit` may be
/// called from any thread, including from a callback.
class CurlMultiLoop {
 public:
  explicit CurlMultiLoop(CurlTransportOptions options);
  ~CurlMultiLoop();
  CurlMultiLoop(const CurlMultiLoop&) = delete;
  CurlMultiLoop& operator=(const CurlMultiLoop&) = delete;

  /// Queues `request`; `done` is called exactly once, on the loop thread
  /// (or at once on this thread when the loop cannot start).
  void Submit(HttpRequest request, std::function<void(Result<HttpResponse>)> done);

 private:
  struct State;
  std::shared_ptr<State> state_;  // shared with the thread, which may outlive us (see dtor)
};

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_TRANSPORT_CURL_MULTI_LOOP_HPP_
