// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_JSON_JSON_WRITER_HPP_
#define WA_PARTICIPANTS_SRC_JSON_JSON_WRITER_HPP_

#include <string>
#include <string_view>
#include <vector>

namespace wa {
inline namespace v1 {
namespace internal {

/// Appends `s` as a JSON string literal (quotes, escapes for `"`, `\` and
/// control characters; other bytes, UTF-8 included, pass through). Request
/// bodies are tiny flat objects: writing them directly costs a tenth of
/// building a JSON DOM and dumping it.
void AppendJsonString(std::string& out, std::string_view s);

/// Appends `["a","b",...]`.
void AppendJsonStringArray(std::string& out, const std::vector<std::string>& items);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_JSON_JSON_WRITER_HPP_
