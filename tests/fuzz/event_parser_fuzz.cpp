// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
// libFuzzer target: webhook parsing never crashes, classifies or refuses
// every body, and never lets a token field through into raw_json.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "wa/participants/events.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string body(reinterpret_cast<const char*>(data), size);
  auto e = wa::ParseEvent(body);
  if (!e) {
    if (e.error().code != wa::ErrorCode::kInvalidArgument) std::abort();
    return 0;
  }
  if (e->provider != "zapi" && e->provider != "ryze") std::abort();
  if (e->raw_json.find("FUZZ-SECRET") != std::string::npos &&
      body.find("\"token\":\"FUZZ-SECRET") != std::string::npos) {
    std::abort();  // a token value survived redaction
  }
  return 0;
}
