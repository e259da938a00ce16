// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_LOG_HPP_
#define WA_PARTICIPANTS_LOG_HPP_

/// @file
/// `wa::LogRecord`, what `ClientOptions::logger` receives.

#include <string>

#include "wa/participants/export.hpp"

namespace wa {
inline namespace v1 {

/// A line the SDK logs. Every text in it is already redacted of secrets.
/// Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT LogRecord {
  /// How much the record matters.
  enum class Level { kDebug, kInfo, kWarning, kError };
  /// The record's level.
  Level level = Level::kInfo;
  /// The text, e.g. `POST https://api.z-api.io/instances/I/token/***/add-participant -> 200`.
  std::string message;
};

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_LOG_HPP_
