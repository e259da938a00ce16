// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
// libFuzzer target: RyzeAPI response parsing never crashes, hangs or loses a
// participant, whatever the body and status.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "providers/ryze/ryze_codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  wa::HttpResponse response;
  // First byte picks a status among the interesting ones.
  static constexpr int kStatuses[] = {200, 201, 400, 401, 403, 404, 429, 500, 501, 503};
  response.status = kStatuses[data[0] % (sizeof(kStatuses) / sizeof(kStatuses[0]))];
  response.body.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  response.headers = {{"x-ratelimit-reset", "1700000000"}, {"x-ratelimit-remaining", "0"}};
  const std::vector<std::string> sent = {"5511999999999", "199789077627112@lid", "5521988888888"};
  auto now = std::chrono::system_clock::time_point(std::chrono::seconds(1699999990));
  auto r = wa::internal::ryze::ParseManageResponse(response, wa::Action::kAdd, "1@g.us", sent, now);
  if (r && r->participants.size() != sent.size()) std::abort();  // never drops a participant
  auto p = wa::internal::ryze::ParsePendingRequestsResponse(response, now);
  (void)p;
  return 0;
}
