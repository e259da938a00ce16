// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
// libFuzzer target: Whapi.Cloud answer parsing never crashes, hangs or
// loses a participant, whatever the body and status.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "providers/whapi/whapi_codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  wa::HttpResponse response;
  // First byte picks a status among the interesting ones.
  static constexpr int kStatuses[] = {200, 201, 400, 401, 403, 404, 409, 429, 500, 503};
  response.status = kStatuses[data[0] % (sizeof(kStatuses) / sizeof(kStatuses[0]))];
  response.body.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::vector<std::string> sent = {"5511999999999", "5531999999999"};
  const std::vector<std::string> one = {"5511999999999"};
  auto now = std::chrono::system_clock::time_point(std::chrono::seconds(1699999990));
  for (wa::Action action : {wa::Action::kAdd, wa::Action::kRemove, wa::Action::kPromote}) {
    auto r = wa::internal::whapi::ParseManageResponse(response, action, "1@g.us", sent, now);
    if (r && r->participants.size() != sent.size()) std::abort();  // never drops a participant
    if (!r && r.error().message.empty()) std::abort();
  }
  // Approve and reject go one application per request.
  auto a =
      wa::internal::whapi::ParseManageResponse(response, wa::Action::kApprove, "1@g.us", one, now);
  if (a && a->participants.size() != 1) std::abort();
  auto g = wa::internal::whapi::ParseGroupReadResponse(response, now);
  if (g) {
    for (const auto& m : g->members) {
      if (m.jid.empty()) std::abort();  // a member is always named
    }
  }
  auto p = wa::internal::whapi::ParsePendingRequestsResponse(response, now);
  if (p) {
    for (const auto& r : *p) {
      if (r.jid.empty()) std::abort();  // a request always names its requester
    }
  }
  return 0;
}
