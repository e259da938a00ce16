// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_EXAMPLES_COMMON_CLIENT_FROM_ENV_HPP_
#define WA_PARTICIPANTS_EXAMPLES_COMMON_CLIENT_FROM_ENV_HPP_

// Builds a client from the same environment variables the CLI reads, so
// every example runs against a real provider or wa-participants-mock alike:
//   WA_PROVIDER=ryze|zapi  WA_INSTANCE  WA_TOKEN  [WA_CLIENT_TOKEN]  [WA_BASE_URL]

#include <cstdlib>
#include <iostream>
#include <string>

#include <wa/participants.hpp>

namespace examples {

inline std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v == nullptr ? std::string() : std::string(v);
}

inline wa::ParticipantsClient ClientFromEnv(wa::ClientOptions options = {}) {
  if (Env("WA_PROVIDER") == "zapi") {
    wa::ZApiOptions z;
    if (!Env("WA_BASE_URL").empty()) z.base_url = Env("WA_BASE_URL");
    z.instance = Env("WA_INSTANCE");
    z.token = Env("WA_TOKEN");
    z.client_token = Env("WA_CLIENT_TOKEN");
    return wa::ParticipantsClient::ZApi(z, std::move(options));
  }
  wa::RyzeOptions r;
  if (!Env("WA_BASE_URL").empty()) r.base_url = Env("WA_BASE_URL");
  r.instance = Env("WA_INSTANCE");
  r.token = Env("WA_TOKEN");
  return wa::ParticipantsClient::Ryze(r, std::move(options));
}

}  // namespace examples

#endif  // WA_PARTICIPANTS_EXAMPLES_COMMON_CLIENT_FROM_ENV_HPP_
