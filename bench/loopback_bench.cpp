// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// End-to-end comparisons in one process against one local simulator:
//  1. the SDK's sync Remove loop vs a raw libcurl keep-alive loop sending the
//     same bytes (alternating rounds, medians);
//  2. ManageAsync with 16 in flight vs the sync loop, 50 ms added per request,
//     and how many threads the SDK runs meanwhile;
//  3. rate-limit saturation: achieved vs allowed rate, and 429s;
//  4. heap allocations per request (SDK call, and the transport alone);
//  5. peer clients (curl CLI, python requests.Session, node fetch) where installed;
//  6. cancellation: from CancellationToken::Cancel() to the call's return,
//     while the server sits on the request (the tests assert only the order;
//     the promise is within a second, libcurl's slowest progress callback).
//  7. what keeping a POST from being sent twice costs raw libcurl on a
//     kept-alive connection: the pre-request guard the SDK uses, and the
//     body-through-a-read-callback alternative, each against plain POSTFIELDS.
// Ratios matter; absolute numbers on a shared 2-core machine are noise.
//
//   wa_bench_loopback [--saturation-seconds S] [--requests N] [--rounds R] [--sync-only]
//   wa_bench_loopback --profile sdk|raw|raw-guard|raw-read [--requests N]   (./dev profile)
//
// The sync comparison runs R paired rounds of N requests per side: many
// short rounds cancel this shared machine's drift better than a few long ones.

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "alloc_counter.hpp"
#include "mock_server.hpp"
#include "peers.hpp"
#include "providers/ryze/ryze_codec.hpp"
#include "raw_client.hpp"
#include "sdk_threads.hpp"
#include "wa/participants.hpp"

namespace {

using wa::bench::Guard;
using wa::bench::RawClient;
using Clock = std::chrono::steady_clock;
constexpr const char* kToken = "ryze-demo-token";
constexpr const char* kGroup = "120363406289005073@g.us";

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

struct Row {
  std::string what;
  std::string value;
  std::string target;
  std::string met;
};
std::vector<Row> g_rows;

void Add(std::string what, std::string value, std::string target = "-", std::string met = "-") {
  g_rows.push_back({std::move(what), std::move(value), std::move(target), std::move(met)});
}

std::string Fixed(double v, int digits = 0) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.*f", digits, v);
  return buf;
}

std::unique_ptr<wa::mock::MockServer> StartMock(
    int rate_limit, std::chrono::milliseconds latency,
    std::chrono::milliseconds window = std::chrono::minutes(1)) {
  wa::mock::MockOptions o;
  o.rate_limit = rate_limit;
  o.rate_window = window;
  o.latency = latency;
  auto mock = std::make_unique<wa::mock::MockServer>(o);
  std::string error;
  if (!mock->Start(0, &error)) {
    std::cerr << "mock: " << error << "\n";
    std::exit(1);
  }
  return mock;
}

wa::ParticipantsClient Client(const std::string& url, int max_concurrency = 32,
                              std::optional<wa::RateLimit> rate = std::nullopt) {
  wa::RyzeOptions r;
  r.base_url = url;
  r.instance = "demo";
  r.token = kToken;
  wa::ClientOptions o;
  o.rate_limit = rate;
  o.max_concurrency = max_concurrency;
  return wa::ParticipantsClient::Ryze(r, o);
}

// The exact request the SDK sends for Remove(kGroup, {"5511999999999"}).
wa::HttpRequest SdkRequest(const std::string& url) {
  return wa::internal::ryze::BuildManageRequest({url, "demo", kToken}, wa::Action::kRemove, kGroup,
                                                {"5511999999999"}, std::chrono::seconds(75));
}

// The measured loops are functions of their own, never inlined, so
// `./dev profile` can count the instructions inside each with callgrind
// (--toggle-collect): a figure that, unlike time, this shared machine
// cannot disturb.
__attribute__((noinline)) void SdkLoop(const wa::ParticipantsClient& client, int n) {
  for (int i = 0; i < n; ++i) {
    if (!client.Remove(kGroup, {"5511999999999"})) std::abort();
  }
}

double SdkSyncRps(const wa::ParticipantsClient& client, int n) {
  auto start = Clock::now();
  SdkLoop(client, n);
  return n / Seconds(Clock::now() - start);
}

// --profile sdk|raw: run only that loop, n times.
void ProfileOnly(const std::string& side, int n) {
  auto mock = StartMock(0, std::chrono::milliseconds(0));
  auto client = Client(mock->base_url());
  auto req = SdkRequest(mock->base_url());
  // Warm the SDK (its connection, caches) outside the counted loop; the raw
  // loop's one connect is noise over n calls.
  for (int i = 0; i < 50; ++i) client.Remove(kGroup, {"5511999999999"});
  if (side == "sdk") {
    SdkSyncRps(client, n);
  } else {
    Guard guard = side == "raw-guard"  ? Guard::kPrereq
                  : side == "raw-read" ? Guard::kReadNoSeek
                                       : Guard::kNone;
    RawClient(req, guard).Rps(n);
  }
}

// What keeping a POST from being sent twice costs raw libcurl, on one
// kept-alive connection: each guard against plain POSTFIELDS, in paired
// rounds alternating which goes first; medians of the per-round ratios.
void GuardCost(int n, int rounds) {
  auto mock = StartMock(0, std::chrono::milliseconds(0));
  auto req = SdkRequest(mock->base_url());
  RawClient plain(req, Guard::kNone);
  RawClient prereq(req, Guard::kPrereq);
  RawClient read(req, Guard::kReadNoSeek);
  plain.Rps(100);
  prereq.Rps(100);
  read.Rps(100);
  std::vector<double> base, with_prereq, with_read, prereq_ratio, read_ratio;
  for (int round = 0; round < rounds; ++round) {
    double b = 0;
    double p = 0;
    double r = 0;
    if (round % 2 == 0) {
      b = plain.Rps(n);
      p = prereq.Rps(n);
      r = read.Rps(n);
    } else {
      r = read.Rps(n);
      p = prereq.Rps(n);
      b = plain.Rps(n);
    }
    base.push_back(b);
    with_prereq.push_back(p);
    with_read.push_back(r);
    prereq_ratio.push_back(p / b);
    read_ratio.push_back(r / b);
  }
  Add("raw libcurl keep-alive POST, POSTFIELDS (libcurl may re-send)",
      Fixed(Median(base)) + " req/s");
  Add("  + pre-request guard (the SDK's): throughput / plain",
      Fixed(Median(prereq_ratio), 3) + " (" + Fixed(Median(with_prereq)) + " req/s)");
  Add("  body by read callback, no seek (rejected): throughput / plain",
      Fixed(Median(read_ratio), 3) + " (" + Fixed(Median(with_read)) + " req/s)");
}

void SyncVsRaw(int n, int rounds) {
  auto mock = StartMock(0, std::chrono::milliseconds(0));
  auto client = Client(mock->base_url());
  auto req = SdkRequest(mock->base_url());
  RawClient raw_client(req);
  SdkSyncRps(client, 100);  // warm both connections
  raw_client.Rps(100);
  // Paired rounds, alternating which side goes first so drift and warm-up
  // favour neither; the figure is the median of the per-round ratios.
  std::vector<double> sdk, raw, ratios;
  for (int round = 0; round < rounds; ++round) {
    double r = 0;
    double s = 0;
    if (round % 2 == 0) {
      r = raw_client.Rps(n);
      s = SdkSyncRps(client, n);
    } else {
      s = SdkSyncRps(client, n);
      r = raw_client.Rps(n);
    }
    raw.push_back(r);
    sdk.push_back(s);
    ratios.push_back(s / r);
  }
  double ratio = Median(ratios);
  auto [lo, hi] = std::minmax_element(ratios.begin(), ratios.end());
  Add("sync Remove loop: SDK (median of " + std::to_string(rounds) + " x " + std::to_string(n) +
          ")",
      Fixed(Median(sdk)) + " req/s");
  Add("sync loop: raw libcurl, same bytes", Fixed(Median(raw)) + " req/s");
  Add("sync throughput SDK / raw libcurl (rounds " + Fixed(*lo, 2) + " to " + Fixed(*hi, 2) + ")",
      Fixed(ratio, 3), ">= 0.95", ratio >= 0.95 ? "yes" : "NO");

  // Allocations: whole SDK call, and the transport alone, per request.
  auto transport = wa::MakeCurlTransport();
  transport->Send(req);
  wa::bench::SetCounting(true);  // only here: counting slows every allocation
  wa::bench::ResetPeak();
  for (int i = 0; i < 200; ++i) transport->Send(req);
  double transport_allocs = static_cast<double>(wa::bench::Stats().count) / 200.0;
  wa::bench::ResetPeak();
  for (int i = 0; i < 200; ++i) client.Remove(kGroup, {"5511999999999"});
  double call_allocs = static_cast<double>(wa::bench::Stats().count) / 200.0;
  wa::bench::SetCounting(false);
  Add("heap allocations per request: CurlTransport::Send", Fixed(transport_allocs, 1));
  Add("heap allocations per request: whole Remove call", Fixed(call_allocs, 1));
}

void AsyncVsSync() {
  auto mock = StartMock(0, std::chrono::milliseconds(50));
  auto client = Client(mock->base_url(), 16);
  double sync = SdkSyncRps(client, 40);
  auto run_async = [&client](int calls) {
    auto start = Clock::now();
    std::vector<std::future<wa::Result<wa::BatchResult>>> futures;
    futures.reserve(calls);
    for (int i = 0; i < calls; ++i) {
      futures.push_back(client.ManageAsync(wa::Action::kRemove, kGroup, {"5511999999999"}));
    }
    for (auto& f : futures) {
      if (!f.get()) std::abort();
    }
    return calls / Seconds(Clock::now() - start);
  };
  run_async(32);  // warm-up: opens the 16 connections, as the sync loop's are open
  // The SDK's own threads while 320 calls run 16 at a time: the transport's
  // event loop and the client's timer, never one per request.
  int sdk_threads = 0;
  std::thread watcher([&sdk_threads] {
    for (int i = 0; i < 20; ++i) {
      sdk_threads = std::max(sdk_threads, wa::testing_util::CountThreadsNamed("wa-"));
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
  });
  double async = run_async(320);
  watcher.join();
  double speedup = async / sync;
  Add("50 ms latency: sync loop", Fixed(sync, 1) + " req/s");
  Add("50 ms latency: ManageAsync, 16 in flight", Fixed(async, 1) + " req/s");
  Add("async speedup (K=16) over sync", Fixed(speedup, 1) + "x", ">= 12x",
      speedup >= 12 ? "yes" : "NO");
  Add("SDK threads while 16 calls are in flight", std::to_string(sdk_threads), "no thread per call",
      sdk_threads <= 2 ? "yes" : "NO");
}

void Saturation(int seconds) {
  const int kPerMinute = 600;
  auto mock = StartMock(kPerMinute, std::chrono::milliseconds(0));
  wa::RateLimit rate;
  rate.requests = kPerMinute;
  auto client = Client(mock->base_url(), 8, rate);
  const int burst = kPerMinute / 10;  // the limiter's burst allowance
  auto start = Clock::now();
  auto end = start + std::chrono::seconds(seconds);
  int sent = 0;
  Clock::time_point after_burst;
  while (Clock::now() < end) {
    if (!client.Remove(kGroup, {"5511999999999"})) std::abort();
    if (++sent == burst) after_burst = Clock::now();
  }
  double elapsed_steady = Seconds(Clock::now() - after_burst);
  double allowed = kPerMinute / 60.0;
  double steady = (sent - burst) / elapsed_steady;
  int throttled = 0;
  for (const auto& r : mock->Requests()) throttled += r.status == 429;
  double pct = 100.0 * steady / allowed;
  Add("rate limit " + std::to_string(kPerMinute) + "/min for " + std::to_string(seconds) +
          " s: requests sent",
      std::to_string(sent) + " (first " + std::to_string(burst) + " = burst)");
  Add("rate limit: achieved / allowed rate after the burst", Fixed(pct, 1) + " %", ">= 98 %",
      pct >= 98 ? "yes" : "NO");
  Add("rate limit: 429 answers", std::to_string(throttled), "0", throttled == 0 ? "yes" : "NO");
}

void Cancellation() {
  constexpr int kRounds = 10;
  auto mock = StartMock(0, std::chrono::milliseconds(1000));
  auto client = Client(mock->base_url());
  std::vector<double> ms;
  for (int i = 0; i < kRounds; ++i) {
    wa::CallOptions call;
    call.cancel = wa::CancellationToken();
    Clock::time_point cancelled;
    std::thread canceller([&cancelled, token = *call.cancel] {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      cancelled = Clock::now();
      token.Cancel();
    });
    auto r = client.Remove(kGroup, {"5511999999999"}, call);
    auto returned = Clock::now();
    canceller.join();
    if (r || r.error().code != wa::ErrorCode::kCancelled) std::abort();
    ms.push_back(Seconds(returned - cancelled) * 1000);
  }
  double median = Median(ms);
  Add("cancel during a transfer -> call returns: median of " + std::to_string(kRounds),
      Fixed(median, 1) + " ms", "<= 1000 ms", median <= 1000 ? "yes" : "NO");
  Add("cancel during a transfer -> call returns: slowest",
      Fixed(*std::max_element(ms.begin(), ms.end()), 1) + " ms");
}

void Peers(int n) {
  auto mock = StartMock(0, std::chrono::milliseconds(0));
  auto client = Client(mock->base_url());
  SdkSyncRps(client, 50);
  double sdk = SdkSyncRps(client, n);
  Add("peers: SDK sync loop (" + std::to_string(n) + " requests)", Fixed(sdk) + " req/s");
  for (const auto& [label, rps] : wa::bench::PeerRps(SdkRequest(mock->base_url()), kToken, n)) {
    Add("peers: " + label, rps ? (*rps > 0 ? Fixed(*rps) + " req/s" : "failed") : "not installed");
  }
}

}  // namespace

int main(int argc, char** argv) {
  int saturation_seconds = 30;
  int requests = 2000;
  int rounds = 25;
  bool sync_only = false;
  std::string profile;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--sync-only") sync_only = true;
    if (i + 1 >= argc) continue;
    if (a == "--profile") profile = argv[i + 1];
    if (a == "--saturation-seconds") saturation_seconds = std::atoi(argv[i + 1]);
    if (a == "--requests") requests = std::atoi(argv[i + 1]);
    if (a == "--rounds") rounds = std::max(1, std::atoi(argv[i + 1]));
  }
  curl_global_init(CURL_GLOBAL_DEFAULT);
  if (!profile.empty()) {
    ProfileOnly(profile, requests);
    return 0;
  }
  SyncVsRaw(requests, rounds);
  GuardCost(std::max(100, requests / 2), rounds);
  if (!sync_only) {
    AsyncVsSync();
    Cancellation();
    Peers(std::max(100, std::min(2000, requests)));
    Saturation(saturation_seconds);
  }

  std::size_t w0 = 0, w1 = 0, w2 = 0;
  for (const auto& r : g_rows) {
    w0 = std::max(w0, r.what.size());
    w1 = std::max(w1, r.value.size());
    w2 = std::max(w2, r.target.size());
  }
  auto line = [&](const std::string& a, const std::string& b, const std::string& c,
                  const std::string& d) {
    std::printf("| %-*s | %-*s | %-*s | %-3s |\n", static_cast<int>(w0), a.c_str(),
                static_cast<int>(w1), b.c_str(), static_cast<int>(w2), c.c_str(), d.c_str());
  };
  line("loopback measurement", "value", "target", "met");
  std::printf("|%s|%s|%s|-----|\n", std::string(w0 + 2, '-').c_str(),
              std::string(w1 + 2, '-').c_str(), std::string(w2 + 2, '-').c_str());
  for (const auto& r : g_rows) line(r.what, r.value, r.target, r.met);
  return 0;
}
