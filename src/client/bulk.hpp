// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_BULK_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_BULK_HPP_

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "client/worker_pool.hpp"
#include "wa/participants/cancellation.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/options.hpp"
#include "wa/participants/outcome.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// One ManageMany job over `ids` (normalised, distinct), cut into chunks.
struct BulkJob {
  Action action = Action::kAdd;
  const std::vector<std::string>* ids = nullptr;
  std::size_t chunk_size = 1;
  std::size_t max_parallel_chunks = 1;
  std::chrono::milliseconds pause{0};
  double jitter = 0.0;
  CancellationToken cancel;
  /// Sends ids [begin, end); outcomes aligned to them, in normalised form.
  std::function<Result<BatchResult>(std::size_t begin, std::size_t end)> send;
  /// Waits between chunks; ends early when the token fires.
  std::function<void(std::chrono::milliseconds, const CancellationToken&)> sleep;
  /// A factor uniform in [1 - jitter, 1 + jitter].
  std::function<double(double jitter)> jitter_factor;
  std::function<void(const BulkProgress&)> on_progress;
};

/// What the chunks came back with, in the order of `BulkJob::ids`.
struct BulkOutcome {
  std::vector<ParticipantOutcome> merged;
  // Participants of chunks that provably never left: verification must not
  // reinterpret them (an absent participant was not invited, just not tried).
  std::vector<bool> never_sent;
  std::string echoed_group;  // the first group a provider echoed, if any
};

/// Runs `job`'s chunks, up to `max_parallel_chunks` at once: the calling
/// thread works and the others come from `pool` (no thread of its own).
/// Returns when every chunk is done; never drops a participant: a chunk
/// that fails as a whole reports each of its participants as kUnknown.
BulkOutcome RunBulk(const BulkJob& job, WorkerPool& pool);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_CLIENT_BULK_HPP_
