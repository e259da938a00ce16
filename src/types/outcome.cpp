// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/outcome.hpp"

#include <algorithm>
#include <array>

namespace wa {
inline namespace v1 {
namespace {

constexpr std::array<std::string_view, 9> kParticipantErrorNames = {
    "not_on_whatsapp", "privacy_restricted", "already_member", "not_member",
    "not_authorized",  "no_pending_request", "invalid",        "unknown",
    "invited",
};

}  // namespace

std::string_view ToString(ParticipantErrorCode code) noexcept {
  auto i = static_cast<std::size_t>(code);
  return i < kParticipantErrorNames.size() ? kParticipantErrorNames[i]
                                           : std::string_view("unknown");
}

std::size_t BatchResult::succeeded() const noexcept {
  return static_cast<std::size_t>(
      std::count_if(participants.begin(), participants.end(),
                    [](const ParticipantOutcome& p) { return p.result.has_value(); }));
}

std::size_t BatchResult::failed() const noexcept { return participants.size() - succeeded(); }

bool BatchResult::all_succeeded() const noexcept { return !participants.empty() && failed() == 0; }

}  // namespace v1
}  // namespace wa
