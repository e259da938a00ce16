// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_RETRY_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_RETRY_HPP_

#include <chrono>
#include <optional>
#include <random>

#include "wa/participants/action.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/options.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// Whether a failed attempt may be sent again. A participant action
/// (`idempotent == false`) is re-sent only when it provably never left, or
/// was refused with HTTP 429 (the provider refused before acting). A read is
/// also re-sent after network errors, timeouts, 408, 502, 503 and 504.
bool IsRetryable(const Error& error, bool idempotent) noexcept;

/// The backoff before attempt `attempt + 1` (attempt counts from 1): full
/// jitter, uniform in [0, min(max_backoff, initial * multiplier^(attempt-1))].
std::chrono::milliseconds Backoff(const RetryPolicy& policy, int attempt, std::mt19937_64& rng);

/// The client's general timeout of one attempt, used when neither the call,
/// the client nor the provider's `Capabilities` sets one: generous for a
/// participant action (a large group operation can be slow, and an action cut
/// short is an outcome we can no longer know), 30 s for reads.
std::chrono::milliseconds DefaultTimeout(std::optional<Action> action) noexcept;

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_CLIENT_RETRY_HPP_
