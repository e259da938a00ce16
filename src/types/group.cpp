// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/group.hpp"

#include "ids/identifiers.hpp"

namespace wa {
inline namespace v1 {

const GroupMember* GroupInfo::Find(const std::string& participant) const {
  auto normalized = internal::NormalizeParticipantId(participant);
  std::string key = internal::MatchKey(normalized ? *normalized : participant);
  if (key.empty()) return nullptr;
  for (const auto& m : members) {
    if (internal::MatchKey(m.jid) == key) return &m;
    if (m.phone && internal::MatchKey(*m.phone) == key) return &m;
    if (m.lid && internal::MatchKey(*m.lid) == key) return &m;
  }
  return nullptr;
}

}  // namespace v1
}  // namespace wa
