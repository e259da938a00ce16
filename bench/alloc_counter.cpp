// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Replaces global operator new/delete to count heap use. Each block carries
// its size in a 16-byte header so delete can account for it.
#include "alloc_counter.hpp"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {

std::atomic<std::size_t> g_live{0};
std::atomic<std::size_t> g_peak{0};
// Counted per thread, so a server in the same process does not pollute
// a client's figures.
thread_local std::size_t t_count = 0;
constexpr std::size_t kHeader = 16;

void* Allocate(std::size_t n) {
  void* raw = std::malloc(n + kHeader);
  if (raw == nullptr) throw std::bad_alloc();
  *static_cast<std::size_t*>(raw) = n;
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
  g_live.fetch_sub(*static_cast<std::size_t*>(raw));
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

void ResetPeak() {
  g_peak.store(g_live.load());
  t_count = 0;
}

AllocStats Stats() { return {g_live.load(), g_peak.load(), t_count}; }

}  // namespace wa::bench
