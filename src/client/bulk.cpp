// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/bulk.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

#include "client/retry_loop.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

using std::chrono::milliseconds;

// The pool's helpers may start late, after the job is over: they find it
// closed and leave without touching the caller's stack.
struct Helpers {
  std::mutex mu;
  std::condition_variable cv;
  int active = 0;
  bool closed = false;
};

}  // namespace

BulkOutcome RunBulk(const BulkJob& job, WorkerPool& pool) {
  const std::vector<std::string>& ids = *job.ids;
  const std::size_t n = ids.size();
  const std::size_t chunks = (n + job.chunk_size - 1) / job.chunk_size;
  BulkOutcome out;
  out.merged.resize(n);
  out.never_sent.assign(n, false);
  std::mutex mu;  // guards out, progress and the callback
  BulkProgress progress;
  progress.chunks_total = chunks;
  progress.participants_total = n;
  std::atomic<std::size_t> next{0};

  auto fail_chunk = [&](std::size_t begin, std::size_t end, const Error& e) {
    std::string why = std::string(e.request_sent ? "this participant's chunk failed after it "
                                                   "was sent, so its outcome is unknown: "
                                                 : "this participant's chunk was not sent: ") +
                      ToString(e);
    for (std::size_t i = begin; i < end; ++i) {
      out.merged[i].participant = ids[i];
      out.merged[i].result = Unexpected(ParticipantError{ParticipantErrorCode::kUnknown, why});
    }
  };

  std::function<void()> work = [&] {
    bool first = true;
    for (;;) {
      std::size_t c = next.fetch_add(1);
      if (c >= chunks) return;
      std::size_t begin = c * job.chunk_size;
      std::size_t end = std::min(n, begin + job.chunk_size);
      if (!first && job.pause.count() > 0) {
        double factor = job.jitter > 0.0 ? job.jitter_factor(job.jitter) : 1.0;
        job.sleep(milliseconds(
                      static_cast<std::int64_t>(static_cast<double>(job.pause.count()) * factor)),
                  job.cancel);
      }
      first = false;
      Result<BatchResult> r =
          job.cancel.IsCancelled()
              ? Result<BatchResult>(Unexpected(CancelledError(false, job.action)))
              : job.send(begin, end);
      std::lock_guard<std::mutex> lock(mu);
      if (r) {
        if (out.echoed_group.empty()) out.echoed_group = r->group;
        for (std::size_t i = begin; i < end; ++i) {
          out.merged[i] = std::move(r->participants[i - begin]);
        }
      } else {
        fail_chunk(begin, end, r.error());
        if (!r.error().request_sent) {
          std::fill(out.never_sent.begin() + static_cast<std::ptrdiff_t>(begin),
                    out.never_sent.begin() + static_cast<std::ptrdiff_t>(end), true);
        }
      }
      ++progress.chunks_done;
      progress.participants_done += end - begin;
      for (std::size_t i = begin; i < end; ++i) {
        (out.merged[i].result ? progress.succeeded : progress.failed)++;
      }
      if (job.on_progress) job.on_progress(progress);
    }
  };

  auto helpers = std::make_shared<Helpers>();
  const std::size_t wanted = std::min(job.max_parallel_chunks, chunks);
  for (std::size_t t = 1; t < wanted; ++t) {
    WorkerPool::Task task;
    task.run = [helpers, w = &work] {
      {
        std::lock_guard<std::mutex> lock(helpers->mu);
        if (helpers->closed) return;
        ++helpers->active;
      }
      (*w)();
      std::lock_guard<std::mutex> lock(helpers->mu);
      --helpers->active;
      helpers->cv.notify_all();
    };
    task.abandon = [] {};
    pool.Submit(std::move(task));
  }
  work();  // the calling thread works too
  {
    // Every chunk is claimed; wait only for helpers still on one.
    std::unique_lock<std::mutex> lock(helpers->mu);
    helpers->closed = true;
    helpers->cv.wait(lock, [&] { return helpers->active == 0; });
  }
  return out;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
