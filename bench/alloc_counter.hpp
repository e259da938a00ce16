// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_BENCH_ALLOC_COUNTER_HPP_
#define WA_PARTICIPANTS_BENCH_ALLOC_COUNTER_HPP_

#include <cstddef>

namespace wa::bench {

/// Live and peak heap bytes (process-wide) and the calling thread's
/// allocation count, tracked by the global operator new/delete replacements
/// in alloc_counter.cpp (benchmarks only).
struct AllocStats {
  std::size_t live = 0;
  std::size_t peak = 0;
  std::size_t count = 0;
};

/// Switches counting on or off (off at start). Only blocks allocated while
/// it is on are counted, live and peak included; switch it on around what
/// is measured and off around anything timed.
void SetCounting(bool on);
/// Resets the peak to the current live size and the count to zero.
void ResetPeak();
AllocStats Stats();

}  // namespace wa::bench

#endif  // WA_PARTICIPANTS_BENCH_ALLOC_COUNTER_HPP_
