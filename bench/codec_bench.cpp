// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Codec micro-benchmarks: encoding requests, decoding RyzeAPI answers next to
// a bare nlohmann::json::parse of the same document, normalising identifiers
// (and what reading phone numbers through the numbering plans adds to each).
// Counters: "extra_mem_x" is the decode's peak heap growth over the body size.

#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "alloc_counter.hpp"
#include "ids/identifiers.hpp"
#include "ids/phone_numbers.hpp"
#include "providers/ryze/ryze_codec.hpp"
#include "providers/zapi/zapi_codec.hpp"

namespace {

std::vector<std::string> Participants(int n) {
  std::vector<std::string> out;
  out.reserve(n);
  for (int i = 0; i < n; ++i) out.push_back("55119" + std::to_string(10000000 + i));
  return out;
}

std::string RyzeAnswer(const std::vector<std::string>& sent) {
  nlohmann::json list = nlohmann::json::array();
  for (std::size_t i = 0; i < sent.size(); ++i) {
    nlohmann::json e = {{"jid", sent[i] + "@s.whatsapp.net"},
                        {"isAdmin", false},
                        {"isSuperAdmin", false},
                        {"success", i % 10 != 0}};
    if (i % 10 == 0) e["error"] = "user not on whatsapp";
    list.push_back(std::move(e));
  }
  return nlohmann::json{{"success", true},
                        {"message", "Successfully added participant(s)"},
                        {"groupJid", "120363406289005073@g.us"},
                        {"action", "add"},
                        {"participants", list}}
      .dump();
}

void BM_EncodeRyze(benchmark::State& state) {
  auto participants = Participants(static_cast<int>(state.range(0)));
  wa::internal::ryze::Config config{"https://ryzeapi.cloud", "instance", "token"};
  for (auto _ : state) {
    auto r =
        wa::internal::ryze::BuildManageRequest(config, wa::Action::kAdd, "120363406289005073@g.us",
                                               participants, std::chrono::seconds(75));
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_EncodeRyze)->Arg(1)->Arg(100)->Arg(1000);

void BM_EncodeZApi(benchmark::State& state) {
  auto participants = Participants(static_cast<int>(state.range(0)));
  wa::internal::zapi::Config config{"https://api.z-api.io", "instance", "token", "client"};
  for (auto _ : state) {
    auto r =
        wa::internal::zapi::BuildManageRequest(config, wa::Action::kAdd, "120363406289005073-group",
                                               participants, std::chrono::seconds(75));
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_EncodeZApi)->Arg(1)->Arg(100)->Arg(1000);

// Peak heap above the starting point while `run` runs once, counted
// outside any timed loop (counting slows allocation).
template <class Run>
std::size_t PeakExtraHeap(const Run& run) {
  wa::bench::SetCounting(true);
  wa::bench::ResetPeak();
  std::size_t before = wa::bench::Stats().live;
  {
    auto result = run();
    benchmark::DoNotOptimize(result);
  }
  std::size_t extra = wa::bench::Stats().peak - before;
  wa::bench::SetCounting(false);
  return extra;
}

void BM_DecodeRyze(benchmark::State& state) {
  auto sent = Participants(static_cast<int>(state.range(0)));
  wa::HttpResponse response;
  response.status = 200;
  response.body = RyzeAnswer(sent);
  auto now = std::chrono::system_clock::now();
  auto decode = [&] {
    return wa::internal::ryze::ParseManageResponse(response, wa::Action::kAdd, "g@g.us", sent, now);
  };
  const std::size_t peak_extra = PeakExtraHeap(decode);
  for (auto _ : state) {
    auto r = decode();
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(response.body.size()));
  state.counters["body_bytes"] = static_cast<double>(response.body.size());
  state.counters["extra_mem_x"] =
      static_cast<double>(peak_extra) / static_cast<double>(response.body.size());
}
BENCHMARK(BM_DecodeRyze)->Arg(1)->Arg(100)->Arg(1000)->Arg(10000);

void BM_NlohmannParse(benchmark::State& state) {
  auto sent = Participants(static_cast<int>(state.range(0)));
  std::string body = RyzeAnswer(sent);
  auto parse = [&] { return nlohmann::json::parse(body); };
  const std::size_t peak_extra = PeakExtraHeap(parse);
  for (auto _ : state) {
    auto j = parse();
    benchmark::DoNotOptimize(j);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(body.size()));
  state.counters["extra_mem_x"] =
      static_cast<double>(peak_extra) / static_cast<double>(body.size());
}
BENCHMARK(BM_NlohmannParse)->Arg(1)->Arg(100)->Arg(1000)->Arg(10000);

void BM_NormalizeParticipant(benchmark::State& state) {
  const std::vector<std::string> inputs = {"5511999999999", "+55 (11) 99999-9999",
                                           "5511999999999@s.whatsapp.net", "199789077627112@lid"};
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = wa::internal::NormalizeParticipantId(inputs[i++ % inputs.size()]);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_NormalizeParticipant);

// What the client does to a phone-shaped participant before the backend's
// own normalisation: read it and check it against its numbering plan.
void NormalizePhones(benchmark::State& state, const char* region,
                     const std::vector<std::string>& inputs) {
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = wa::internal::NormalizePhoneNumber(inputs[i++ % inputs.size()], region);
    if (!r) state.SkipWithError(r.error().message.c_str());
    benchmark::DoNotOptimize(r);
  }
}

void BM_NormalizePhoneNumber(benchmark::State& state) {
  NormalizePhones(state, "",
                  {"5511988887774", "+55 (11) 98888-7774", "+49 30 123456", "+1 415 555 2671"});
}
BENCHMARK(BM_NormalizePhoneNumber);

void BM_NormalizePhoneNumberInRegion(benchmark::State& state) {
  if (!wa::internal::PhoneLibraryAvailable()) {
    state.SkipWithError("a default region needs libphonenumber");
    return;
  }
  NormalizePhones(state, "BR",
                  {"(11) 98888-7774", "0 11 98888-7774", "5511988887774", "+49 30 123456"});
}
BENCHMARK(BM_NormalizePhoneNumberInRegion);

void BM_IsPossiblePhoneNumber(benchmark::State& state) {
  const std::vector<std::string> inputs = {"5511988887774", "199789077627112", "14155552671"};
  std::size_t i = 0;
  for (auto _ : state) {
    bool possible = wa::internal::IsPossiblePhoneNumber(inputs[i++ % inputs.size()]);
    benchmark::DoNotOptimize(possible);
  }
}
BENCHMARK(BM_IsPossiblePhoneNumber);

void BM_NormalizeGroup(benchmark::State& state) {
  const std::vector<std::string> inputs = {"120363406289005073@g.us", "120363406289005073-group",
                                           "https://chat.whatsapp.com/ABC123XYZ"};
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = wa::internal::ryze::NormalizeGroup(inputs[i++ % inputs.size()]);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_NormalizeGroup);

// Keeps every run's CPU time and counters for the summary table.
class Collector : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const auto& r : runs) {
      results[r.benchmark_name()] = {r.GetAdjustedCPUTime(), r.counters};
    }
    ConsoleReporter::ReportRuns(runs);
  }
  struct Result {
    double cpu_ns;
    benchmark::UserCounters counters;
  };
  std::map<std::string, Result> results;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  Collector collector;
  benchmark::RunSpecifiedBenchmarks(&collector);
  auto& r = collector.results;
  std::printf("\n| codec measurement | value | target | met |\n|---|---|---|---|\n");
  for (int n : {1, 100, 1000}) {
    auto key = "BM_EncodeRyze/" + std::to_string(n);
    if (r.count(key))
      std::printf("| encode a RyzeAPI request, %d participants | %.2f us | - | - |\n", n,
                  r[key].cpu_ns / 1000);
  }
  for (int n : {1, 100, 1000, 10000}) {
    auto decode = "BM_DecodeRyze/" + std::to_string(n);
    auto parse = "BM_NlohmannParse/" + std::to_string(n);
    if (!r.count(decode) || !r.count(parse)) continue;
    double ratio = r[decode].cpu_ns / r[parse].cpu_ns;
    double mem = r[decode].counters["extra_mem_x"];
    bool last = n == 10000;
    std::printf(
        "| decode %d participants: time / bare nlohmann::json::parse | %.2f (%.0f us vs %.0f us) | "
        "%s | %s |\n",
        n, ratio, r[decode].cpu_ns / 1000, r[parse].cpu_ns / 1000, last ? "<= 1.5" : "-",
        last ? (ratio <= 1.5 ? "yes" : "NO") : "-");
    std::printf("| decode %d participants: peak extra heap / body size | %.2fx | %s | %s |\n", n,
                mem, last ? "<= 3x" : "-", last ? (mem <= 3 ? "yes" : "NO") : "-");
  }
  for (const char* name : {"BM_NormalizeParticipant", "BM_NormalizeGroup"}) {
    if (r.count(name)) std::printf("| %s | %.0f ns | - | - |\n", name + 3, r[name].cpu_ns);
  }
  const char* library = wa::internal::PhoneLibraryAvailable() ? "libphonenumber" : "length rules";
  const std::pair<const char*, const char*> phones[] = {
      {"BM_NormalizePhoneNumber", "international forms"},
      {"BM_NormalizePhoneNumberInRegion", "national forms, default_region BR"},
      {"BM_IsPossiblePhoneNumber", "IsPossiblePhoneNumber"}};
  for (const auto& [name, what] : phones) {
    if (r.count(name)) {
      std::printf("| phone numbers (%s), per identifier: %s | %.0f ns | - | - |\n", library, what,
                  r[name].cpu_ns);
    }
  }
  return 0;
}
