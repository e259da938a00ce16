// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
// Links against the package and exercises it without a network: invalid
// input is refused locally, so no provider is needed.
#include <iostream>

#include <wa/participants.hpp>

int main() {
  wa::RyzeOptions ryze;
  ryze.instance = "test-package";
  ryze.token = "unused";
  auto client = wa::ParticipantsClient::Ryze(ryze);
  auto r = client.Add("120363406289005073@g.us", {"not-a-number"});
  if (r || r.error().code != wa::ErrorCode::kInvalidArgument || r.error().request_sent) {
    std::cerr << "unexpected result\n";
    return 1;
  }
  std::cout << "wa-participants " << wa::Version() << ": " << wa::ToString(r.error().code) << "\n";
  return 0;
}
