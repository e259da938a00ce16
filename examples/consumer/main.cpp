// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The quick start of DESIGN.md, verbatim, as a program. `./dev test` builds it
// against the installed package (find_package and pkg-config) and runs it
// against wa-participants-mock; point WA_BASE_URL elsewhere to use it for real.
//
//   WA_TOKEN=... [WA_INSTANCE=...] [WA_BASE_URL=...] consumer

#include <wa/participants.hpp>

#include <cstdlib>
#include <iostream>

int main() {
  const char* token = std::getenv("WA_TOKEN");
  if (token == nullptr) {
    std::cerr << "set WA_TOKEN (and WA_INSTANCE, WA_BASE_URL for a test server)\n";
    return 2;
  }

  wa::RyzeOptions ryze;  // base_url defaults to https://ryzeapi.cloud
  ryze.instance = "my-instance";
  ryze.token = std::getenv("WA_TOKEN");
  if (const char* instance = std::getenv("WA_INSTANCE")) ryze.instance = instance;
  if (const char* url = std::getenv("WA_BASE_URL")) ryze.base_url = url;
  wa::ParticipantsClient client = wa::ParticipantsClient::Ryze(ryze /*, wa::ClientOptions{} */);

  wa::Result<wa::BatchResult> r =
      client.Remove("120363406289005073@g.us", {"5511999999999", "5521988888888"});
  if (!r) {  // the request as a whole failed
    std::cerr << wa::ToString(r.error().code) << ": " << r.error().message << "\n";
    return 1;
  }
  for (const wa::ParticipantOutcome& p : r->participants) {
    if (p.result)
      std::cout << p.participant << " -> " << p.result->jid << "\n";
    else
      std::cout << p.participant << " failed: " << p.result.error().message << "\n";
  }

  wa::ZApiOptions zapi;  // base_url defaults to https://api.z-api.io
  zapi.instance = "...";
  zapi.token = "...";
  zapi.client_token = "...";  // Client-Token header
  auto z = wa::ParticipantsClient::ZApi(zapi);
  (void)z;  // not called here: the Z-API credentials above are placeholders

  std::cout << "wa-participants " << wa::Version() << ": " << r->succeeded() << " succeeded, "
            << r->failed() << " failed\n";
  return 0;
}
