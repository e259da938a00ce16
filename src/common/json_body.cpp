// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "common/json_body.hpp"

#include "common/strings.hpp"

namespace wa::internal {

std::optional<nlohmann::json> ParseJsonBody(std::string_view body) {
  auto j = nlohmann::json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return std::nullopt;
  return j;
}

std::string ExtractErrorText(const nlohmann::json& body) {
  if (!body.is_object()) return {};
  auto it = body.find("error");
  if (it != body.end()) {
    if (it->is_string()) return it->get<std::string>();
    if (it->is_object()) {
      std::string m = StringField(*it, "message");
      if (!m.empty()) return m;
    }
  }
  return StringField(body, "message");
}

std::string ErrorTextFromBody(std::string_view body) {
  if (auto j = ParseJsonBody(body)) return ExtractErrorText(*j);
  constexpr std::size_t kMaxRawText = 200;
  std::string_view head = TrimWhitespace(body.substr(0, kMaxRawText));
  std::string out;
  for (char c : head) {
    auto u = static_cast<unsigned char>(c);
    out.push_back(u < 0x20 || u == 0x7f ? ' ' : c);  // keeps log lines whole
  }
  return out;
}

std::string StringField(const nlohmann::json& j, const char* key, std::string fallback) {
  if (!j.is_object()) return fallback;
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return fallback;
  return it->get<std::string>();
}

bool BoolField(const nlohmann::json& j, const char* key, bool fallback) {
  if (!j.is_object()) return fallback;
  auto it = j.find(key);
  if (it == j.end() || !it->is_boolean()) return fallback;
  return it->get<bool>();
}

}  // namespace wa::internal
