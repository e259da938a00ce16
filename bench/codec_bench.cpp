// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Codec micro-benchmarks: encoding requests, decoding RyzeAPI answers next to
// a bare nlohmann::json::parse of the same document, normalising identifiers.
// Counters: "extra_mem_x" is the decode's peak heap growth over the body size.

#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "alloc_counter.hpp"
#include "common/identifiers.hpp"
#include "ryze/ryze_codec.hpp"
#include "zapi/zapi_codec.hpp"

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

void BM_DecodeRyze(benchmark::State& state) {
  auto sent = Participants(static_cast<int>(state.range(0)));
  wa::HttpResponse response;
  response.status = 200;
  response.body = RyzeAnswer(sent);
  auto now = std::chrono::system_clock::now();
  std::size_t peak_extra = 0;
  for (auto _ : state) {
    wa::bench::ResetPeak();
    std::size_t before = wa::bench::Stats().live;
    auto r =
        wa::internal::ryze::ParseManageResponse(response, wa::Action::kAdd, "g@g.us", sent, now);
    peak_extra = std::max(peak_extra, wa::bench::Stats().peak - before);
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
  std::size_t peak_extra = 0;
  for (auto _ : state) {
    wa::bench::ResetPeak();
    std::size_t before = wa::bench::Stats().live;
    auto j = nlohmann::json::parse(body);
    peak_extra = std::max(peak_extra, wa::bench::Stats().peak - before);
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

}  // namespace

BENCHMARK_MAIN();
