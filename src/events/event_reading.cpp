// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "events/event_reading.hpp"

#include <ctime>
#include <string>

namespace wa {
inline namespace v1 {
namespace internal {

using nlohmann::json;

Error NotAnEvent(std::string why) {
  return MakeLocalError(ErrorCode::kInvalidArgument, "not a group event: " + std::move(why));
}

std::optional<std::chrono::system_clock::time_point> TimeFrom(const json& v) {
  if (!v.is_number()) return std::nullopt;
  auto n = v.get<double>();
  if (!(n > 0)) return std::nullopt;
  // Z-API sends milliseconds; other senders seconds.
  double ms = n > 1e11 ? n : n * 1000;
  // system_clock counts nanoseconds in 64 bits, which ends in 2262
  // (~9.2e12 ms): anything later is not a timestamp and would overflow.
  if (ms >= 9e12) return std::nullopt;
  auto whole = static_cast<std::int64_t>(ms);
  return std::chrono::system_clock::time_point(std::chrono::milliseconds(whole));
}

std::string IsoTimeFrom(const json& v) {
  auto t = TimeFrom(v);
  if (!t) return {};
  std::time_t secs = std::chrono::system_clock::to_time_t(*t);
  std::tm tm{};
  if (gmtime_r(&secs, &tm) == nullptr) return {};
  char buf[32];
  if (std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0) return {};
  return buf;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
