// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
// libFuzzer target: Z-API response parsing never crashes and always answers
// for every participant sent.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "providers/zapi/zapi_codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  wa::HttpResponse response;
  static constexpr int kStatuses[] = {200, 400, 401, 403, 404, 405, 415, 429, 500, 503};
  response.status = kStatuses[data[0] % (sizeof(kStatuses) / sizeof(kStatuses[0]))];
  response.body.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::vector<std::string> sent = {"5544999999999", "5544888888888"};
  auto r = wa::internal::zapi::ParseManageResponse(response, wa::Action::kReject, "1-group", sent,
                                                   std::chrono::system_clock::now());
  if (r && r->participants.size() != sent.size()) std::abort();
  return 0;
}
