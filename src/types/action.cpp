// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/action.hpp"

#include <array>

namespace wa {
inline namespace v1 {
namespace {

constexpr std::array<std::string_view, 6> kActionNames = {"add",    "remove",  "promote",
                                                          "demote", "approve", "reject"};

}  // namespace

std::string_view ToString(Action action) noexcept {
  auto i = static_cast<std::size_t>(action);
  return i < kActionNames.size() ? kActionNames[i] : std::string_view("unknown");
}

std::optional<Action> ParseAction(std::string_view word) noexcept {
  for (std::size_t i = 0; i < kActionNames.size(); ++i) {
    if (kActionNames[i] == word) return static_cast<Action>(i);
  }
  return std::nullopt;
}

}  // namespace v1
}  // namespace wa
