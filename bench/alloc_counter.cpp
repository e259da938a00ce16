// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Replaces global operator new/delete to count heap use. Each block carries
// its size, and whether it was counted, in a 16-byte header so delete can
// account for it. Counting is off unless switched on: its atomics, shared
// with every thread of the process, would otherwise slow the timed code
// (and slow most the side that allocates most).
#include "alloc_counter.hpp"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {

std::atomic<bool> g_counting{false};
std::atomic<std::size_t> g_live{0};
std::atomic<std::size_t> g_peak{0};
// Counted per thread, so a server in the same process does not pollute
// a client's figures.
thread_local std::size_t t_count = 0;
constexpr std::size_t kHeader = 16;

struct Header {
  std::size_t size;
  bool counted;
};
static_assert(sizeof(Header) <= kHeader, "the header must fit its slot");

void* Allocate(std::size_t n) {
  void* raw = std::malloc(n + kHeader);
  if (raw == nullptr) throw std::bad_alloc();
  auto* header = static_cast<Header*>(raw);
  header->size = n;
  header->counted = g_counting.load(std::memory_order_relaxed);
  if (!header->counted) return static_cast<char*>(raw) + kHeader;
  std::size_t live = g_live.fetch_add(n) + n;
  std::size_t peak = g_peak.load();
  while (live > peak && !g_peak.compare_exchange_weak(peak, live)) {
  }
  ++t_count;
  return static_cast<char*>(raw) + kHeader;
}

void Free(void* p) noexcept {
  if (p == nullptr) return;
  void* raw = static_cast<char*>(p) - kHeader;
  const auto* header = static_cast<const Header*>(raw);
  if (header->counted) g_live.fetch_sub(header->size);
  std::free(raw);
}

}  // namespace

void* operator new(std::size_t n) { return Allocate(n); }
void* operator new[](std::size_t n) { return Allocate(n); }
void operator delete(void* p) noexcept { Free(p); }
void operator delete[](void* p) noexcept { Free(p); }
void operator delete(void* p, std::size_t) noexcept { Free(p); }
void operator delete[](void* p, std::size_t) noexcept { Free(p); }

namespace wa::bench {

void SetCounting(bool on) { g_counting.store(on); }

void ResetPeak() {
  g_peak.store(g_live.load());
  t_count = 0;
}

AllocStats Stats() { return {g_live.load(), g_peak.load(), t_count}; }

}  // namespace wa::bench
