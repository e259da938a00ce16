// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The program the README shows, as it shows it: a test checks that the two
// agree. `./dev test` builds it against the installed package (find_package
// and pkg-config), runs it against wa-participants-mock, and runs it with
// WA_TOKEN unset (it must fail cleanly, sending nothing).
//
//   WA_TOKEN=... [WA_INSTANCE=...] [WA_BASE_URL=...] consumer

// [START readme]
#include <wa/participants.hpp>

#include <cstdlib>
#include <iostream>

int main() {
  wa::RyzeOptions ryze;  // base_url defaults to https://ryzeapi.cloud
  ryze.instance = "my-instance";
  const char* token = std::getenv("WA_TOKEN");  // never in code or argv
  ryze.token = token != nullptr ? token : "";   // unset: every call fails, nothing is sent
  // To try it against the simulator (wa-participants-mock), point it there:
  if (const char* url = std::getenv("WA_BASE_URL")) ryze.base_url = url;
  if (const char* instance = std::getenv("WA_INSTANCE")) ryze.instance = instance;
  wa::ParticipantsClient client = wa::ParticipantsClient::Ryze(ryze);

  wa::Result<wa::BatchResult> r =
      client.Remove("120363406289005073@g.us", {"5511999999999", "+55 21 98888-8888"});
  if (!r) {  // the request as a whole failed
    std::cerr << wa::ToString(r.error().code) << ": " << r.error().message << "\n";
    return 1;
  }
  for (const wa::ParticipantOutcome& p : r->participants) {
    if (p.result) {
      std::cout << p.participant << " -> " << p.result->jid << "\n";
    } else {
      std::cout << p.participant << " failed: " << p.result.error().message << "\n";
    }
  }
  return 0;
}
// [END readme]
