// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "json/json_body.hpp"

#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

namespace {

// No provider nests its deliveries more than a few levels; one nested
// deeper than this is refused before it becomes a DOM, whose recursive
// walks (redaction, dump) would overflow the stack on it.
constexpr int kMaxNesting = 128;

// Whether `body` opens more than `limit` arrays and objects at once,
// counting brackets outside strings.
bool NestsTooDeep(std::string_view body, int limit) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

}  // namespace

std::optional<nlohmann::json> ParseJsonBody(std::string_view body) {
  auto j = nlohmann::json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return std::nullopt;
  return j;
}

std::optional<nlohmann::json> ParseLenientJson(std::string_view body) {
  if (NestsTooDeep(body, kMaxNesting)) return std::nullopt;
  auto j = nlohmann::json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false,
                                 /*ignore_comments=*/true);
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
  // Whole (the response cap bounds it): it is cut only after redaction, so
  // a cut can never keep part of an echoed token.
  return std::string(TrimWhitespace(body));
}

std::string JoinedMessages(const nlohmann::json& message) {
  if (message.is_string()) return message.get<std::string>();
  if (!message.is_array()) return {};
  std::string out;
  for (const nlohmann::json& item : message) {
    std::string part = item.is_string() ? item.get<std::string>() : StringField(item, "message");
    if (part.empty()) continue;
    if (!out.empty()) out += "; ";
    out += part;
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

}  // namespace internal
}  // namespace v1
}  // namespace wa
