// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
// libFuzzer target: Meta Cloud API answer parsing never crashes, hangs or
// loses a participant, whatever the body and status.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "providers/meta/meta_codec.hpp"
#include "providers/meta/meta_join_requests.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  wa::HttpResponse response;
  // First byte picks a status among the interesting ones.
  static constexpr int kStatuses[] = {200, 206, 400, 401, 403, 404, 429, 500, 503, 200};
  response.status = kStatuses[data[0] % (sizeof(kStatuses) / sizeof(kStatuses[0]))];
  response.body.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::vector<std::string> sent = {"5511999999999", "5531999999999", "5521988888888"};
  auto now = std::chrono::system_clock::time_point(std::chrono::seconds(1699999990));
  namespace meta = wa::internal::meta;
  auto removed = meta::ParseRemoveResponse(response, wa::Action::kRemove, "g", sent, now);
  if (removed && removed->participants.size() != sent.size()) std::abort();
  if (!removed && removed.error().message.empty()) std::abort();
  // Two of the three had a listed request; the answer may name anyone.
  std::vector<wa::internal::ListedJoinRequest> listed(2);
  listed[0].id = "r1";
  listed[0].request.jid = "5511999999999@s.whatsapp.net";
  listed[0].request.phone = "5511999999999";
  listed[1].id = "r2";
  listed[1].request.jid = "5531999999999@s.whatsapp.net";
  listed[1].request.phone = "5531999999999";
  for (wa::Action action : {wa::Action::kApprove, wa::Action::kReject}) {
    auto r = meta::ParseManageByIdsResponse(response, action, "g", sent, listed, now);
    if (r && r->participants.size() != sent.size()) std::abort();  // never drops a participant
    if (!r && r.error().message.empty()) std::abort();
  }
  auto page = meta::ParseJoinRequestPageResponse(response, now);
  if (page) {
    for (const auto& e : page->entries) {
      if (e.request.jid.empty() || e.id.empty()) std::abort();  // named, with its id
    }
  }
  auto g = meta::ParseGroupReadResponse(response, now);
  if (g) {
    for (const auto& m : g->members) {
      if (m.jid.empty()) std::abort();  // a member is always named
    }
  }
  return 0;
}
