// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_JSON_JSON_SCANNER_HPP_
#define WA_PARTICIPANTS_SRC_JSON_JSON_SCANNER_HPP_

#include <string_view>

namespace wa {
inline namespace v1 {
namespace internal {

/// Receives the events of `ScanJson`. String, key and number views point
/// into the input (or a scratch buffer for strings with escapes) and are
/// valid only during the call.
class JsonHandler {
 public:
  virtual ~JsonHandler() = default;
  virtual void Null() {}
  virtual void Bool(bool /*value*/) {}
  virtual void Number(std::string_view /*text*/) {}
  virtual void String(std::string_view /*value*/) {}
  virtual void Key(std::string_view /*key*/) {}
  virtual void StartObject() {}
  virtual void EndObject() {}
  virtual void StartArray() {}
  virtual void EndArray() {}
};

/// Validates `text` as one JSON document (RFC 8259: strict grammar, valid
/// UTF-8, numbers within a double's range, nesting at most 512 deep) while
/// streaming its events to `handler`.
/// Returns false, possibly after some events, when it is not. It accepts
/// exactly what nlohmann::json accepts (a differential fuzz target checks
/// this), except that it also rejects bytes after a NUL where nlohmann stops
/// reading, at a fraction of the cost and with no allocation unless a string
/// has escapes.
bool ScanJson(std::string_view text, JsonHandler& handler);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_JSON_JSON_SCANNER_HPP_
