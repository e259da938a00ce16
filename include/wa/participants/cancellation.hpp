// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_CANCELLATION_HPP_
#define WA_PARTICIPANTS_CANCELLATION_HPP_

/// @file
/// Cooperative cancellation of calls in progress.

#include <memory>
#include <vector>

#include "wa/participants/export.hpp"

namespace wa {
inline namespace v1 {

/// A shared flag that cancels the calls it is passed to. Copies share the
/// flag. A cancelled call returns `ErrorCode::kCancelled`; a transfer in
/// progress is aborted from libcurl's progress callback, which runs at least
/// once a second, and waits (rate limit, backoff) end within 50 ms. Thread
/// safety: every method is
/// safe to call from any thread at any time.
class WA_PARTICIPANTS_EXPORT CancellationToken {
 public:
  /// A new, uncancelled token.
  CancellationToken();

  /// A token that is cancelled when `this` or any of `others` is. Used to
  /// combine a caller's token with a client's own shutdown token.
  static CancellationToken AnyOf(const std::vector<CancellationToken>& tokens);

  /// Cancels every call using this token (or a token derived from it).
  void Cancel() const noexcept;
  /// True once `Cancel()` was called on this token or on a parent.
  bool IsCancelled() const noexcept;

 private:
  struct State;
  explicit CancellationToken(std::shared_ptr<State> state);
  std::shared_ptr<State> state_;
};

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_CANCELLATION_HPP_
