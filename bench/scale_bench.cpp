// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Many calls in flight at once (./dev bench): N async Remove calls through
// one client with max_concurrency = N, against a server in a child process
// that holds every request for about a second. Reports the SDK's thread
// count, the memory each in-flight call costs, the completion throughput,
// and how long the loop takes to hand an answer to its handler once the
// server has written it (the loop's added latency).
//
//   wa_bench_scale [--calls N] [--hold-ms H]

#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <new>
#include <string>
#include <thread>
#include <vector>

#include "hold_server.hpp"
#include "sdk_threads.hpp"
#include "wa/participants.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using wa::bench::HoldServer;
using wa::bench::HoldStats;

std::int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
      .count();
}

long RssKiB() {
  std::ifstream status("/proc/self/status");
  std::string key;
  long value = 0;
  while (status >> key) {
    if (key == "VmRSS:") {
      status >> value;
      return value;
    }
    status.ignore(1 << 10, '\n');
  }
  return 0;
}

std::string Phone(int index) {
  char digits[32];
  std::snprintf(digits, sizeof(digits), "551199%07d", index);
  return digits;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  auto at = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1));
  return v[at];
}

}  // namespace

int main(int argc, char** argv) {
  int calls = 10000;
  int hold_ms = 1000;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--calls") calls = std::atoi(argv[i + 1]);
    if (flag == "--hold-ms") hold_ms = std::atoi(argv[i + 1]);
  }
  calls = std::clamp(calls, 1, HoldStats::kMaxCalls);
  // Each side holds one socket per call; the server is another process.
  const long files = wa::bench::RaiseFileLimit();
  if (files < calls + 256) {
    std::cout << "open-file limit " << files << " allows only " << files - 256 << " calls\n";
    calls = static_cast<int>(files - 256);
  }

  void* shared =
      mmap(nullptr, sizeof(HoldStats), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (shared == MAP_FAILED) return 1;
  auto* stats = new (shared) HoldStats();
  HoldServer server(std::chrono::milliseconds(hold_ms), stats);  // before any thread
  if (server.port() == 0) {
    std::cerr << "the hold server did not start\n";
    return 1;
  }

  wa::ZApiOptions z;
  z.base_url = "http://127.0.0.1:" + std::to_string(server.port());
  z.instance = "demo";
  z.token = "zapi-demo-token";
  z.client_token = "zapi-demo-client-token";
  wa::ClientOptions options;
  options.rate_limit = std::nullopt;
  options.max_concurrency = calls;
  auto client = wa::ParticipantsClient::ZApi(z, options);
  const std::string group = "120363019502650977-group";
  // One call first, so the loop, the pools and libcurl are warm.
  if (!client.Remove(group, {Phone(HoldStats::kMaxCalls - 1)})) {
    std::cerr << "the warm-up call failed\n";
    return 1;
  }
  const long rss_before = RssKiB();
  const int threads_before = wa::testing_util::CountThreadsNamed();

  std::vector<std::int64_t> done_at(static_cast<std::size_t>(calls), 0);
  std::atomic<int> done{0};
  std::atomic<int> failed{0};
  const auto started = Clock::now();
  for (int i = 0; i < calls; ++i) {
    client.ManageAsync(wa::Action::kRemove, group, {Phone(i)}, wa::CallOptions{},
                       [&, i](wa::Result<wa::BatchResult> r) {
                         done_at[static_cast<std::size_t>(i)] = NowNs();
                         if (!r || !r->all_succeeded()) ++failed;
                         ++done;
                       });
  }
  const double issue_ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();

  int max_held = 0;
  int max_threads = 0;
  long rss_at_max_held = rss_before;
  const auto deadline = Clock::now() + std::chrono::seconds(120);
  while (done.load() < calls && Clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    int held = stats->held.load();
    max_threads = std::max(max_threads, wa::testing_util::CountThreadsNamed());
    if (held >= max_held) {
      max_held = held;
      rss_at_max_held = std::max(rss_at_max_held, RssKiB());
    }
  }
  const auto finished = Clock::now();

  std::vector<double> added_ms;
  std::int64_t first_answer = 0;
  std::int64_t last_done = 0;
  for (int i = 0; i < calls; ++i) {
    auto answered = stats->answered_at_ns[i].load();
    auto handled = done_at[static_cast<std::size_t>(i)];
    if (answered == 0 || handled == 0) continue;
    added_ms.push_back(static_cast<double>(handled - answered) / 1e6);
    if (first_answer == 0 || answered < first_answer) first_answer = answered;
    last_done = std::max(last_done, handled);
  }
  const double window_s = static_cast<double>(last_done - first_answer) / 1e9;

  std::printf("\n| scale: %d async Remove in flight, server holds each %d ms | value | goal |\n",
              calls, hold_ms);
  std::printf("|---|---|---|\n");
  std::printf("| completed / failed / missing | %d / %d / %d | all completed |\n", done.load(),
              failed.load(), calls - done.load());
  std::printf("| held by the server at once (max) | %d | %d |\n", max_held, calls);
  std::printf("| SDK threads (max during the run; before) | %d (%d) | 2 |\n", max_threads,
              threads_before);
  std::printf("| RSS growth per in-flight call | %.1f KiB | <= 32 KiB |\n",
              max_held > 0 ? static_cast<double>(rss_at_max_held - rss_before) / max_held : 0.0);
  std::printf("| time to issue the calls | %.0f ms | - |\n", issue_ms);
  std::printf("| completion throughput (first answer to last handler) | %.0f calls/s | - |\n",
              window_s > 0 ? static_cast<double>(added_ms.size()) / window_s : 0.0);
  std::printf(
      "| loop's added latency (answer written -> handler), p50 / p99 / max | "
      "%.1f / %.1f / %.1f ms | - |\n",
      Percentile(added_ms, 0.5), Percentile(added_ms, 0.99), Percentile(added_ms, 1.0));
  std::printf("| wall time, first call to last completion | %.2f s | - |\n",
              std::chrono::duration<double>(finished - started).count());
  return done.load() == calls && failed.load() == 0 ? 0 : 1;
}
