// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The benchmarks' baseline: a careful hand-written libcurl client sending
// the same bytes as the SDK.
#ifndef WA_PARTICIPANTS_BENCH_RAW_CLIENT_HPP_
#define WA_PARTICIPANTS_BENCH_RAW_CLIENT_HPP_

#include <memory>

#include "wa/participants/http.hpp"

namespace wa::bench {

/// How a raw client keeps libcurl from sending a POST twice on a kept-alive
/// connection that dies unanswered.
enum class Guard {
  kNone,       // POSTFIELDS: libcurl may re-send (the baseline)
  kPrereq,     // POSTFIELDS and a pre-request callback that counts starts (the SDK's way)
  kReadNoSeek  // the body through a read callback that cannot seek back
};

/// One easy handle (and so one keep-alive connection) for its whole life,
/// as the SDK keeps its own; the same URL, header lines (the transport's
/// own, User-Agent included) and body as the SDK; it reads the whole
/// response. Not thread-safe; aborts the process on a failed transfer.
class RawClient {
 public:
  explicit RawClient(const HttpRequest& req, Guard guard = Guard::kNone);
  ~RawClient();
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  /// Sends the request `n` times; requests per second.
  double Rps(int n);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace wa::bench

#endif  // WA_PARTICIPANTS_BENCH_RAW_CLIENT_HPP_
