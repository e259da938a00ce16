// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/cancellation.hpp"

#include <atomic>
#include <utility>

namespace wa {
inline namespace v1 {

// Parents are held strongly: a derived token must observe a cancel of its
// parent even after every other copy of the parent is gone.
struct CancellationToken::State {
  std::atomic<bool> cancelled{false};
  std::vector<std::shared_ptr<State>> parents;

  bool IsCancelled() const noexcept {
    if (cancelled.load(std::memory_order_acquire)) return true;
    for (const auto& p : parents) {
      if (p->IsCancelled()) return true;
    }
    return false;
  }
};

CancellationToken::CancellationToken() : state_(std::make_shared<State>()) {}

CancellationToken::CancellationToken(std::shared_ptr<State> state) : state_(std::move(state)) {}

CancellationToken CancellationToken::AnyOf(const std::vector<CancellationToken>& tokens) {
  auto state = std::make_shared<State>();
  for (const auto& t : tokens) state->parents.push_back(t.state_);
  return CancellationToken(std::move(state));
}

void CancellationToken::Cancel() const noexcept {
  state_->cancelled.store(true, std::memory_order_release);
}

bool CancellationToken::IsCancelled() const noexcept { return state_->IsCancelled(); }

}  // namespace v1
}  // namespace wa
