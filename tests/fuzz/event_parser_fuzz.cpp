// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
// libFuzzer target: webhook parsing never crashes, classifies or refuses
// every body, keeps raw_json valid JSON, and never lets a token field's
// value through into it.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "wa/participants/events.hpp"

namespace {

// True when some token-like key still holds something other than "***".
bool TokenSurvives(const nlohmann::json& j) {
  if (j.is_object()) {
    for (const auto& [key, value] : j.items()) {
      std::string k = key;
      for (auto& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if ((k == "token" || k == "client_token" || k == "apikey") && value != "***") return true;
      if (TokenSurvives(value)) return true;
    }
  } else if (j.is_array()) {
    for (const auto& v : j) {
      if (TokenSurvives(v)) return true;
    }
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string body(reinterpret_cast<const char*>(data), size);
  auto e = wa::ParseEvent(body);
  if (!e) {
    if (e.error().code != wa::ErrorCode::kInvalidArgument) std::abort();
    return 0;
  }
  if (e->provider != "zapi" && e->provider != "ryze") std::abort();
  auto raw = nlohmann::json::parse(e->raw_json, nullptr, false);
  if (raw.is_discarded() || TokenSurvives(raw)) std::abort();
  return 0;
}
