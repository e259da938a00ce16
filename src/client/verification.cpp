// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/verification.hpp"

#include <string>

namespace wa::internal {
namespace {

// The verdict for one participant: nullopt when the group is as intended,
// else the error that says how it is not.
std::optional<ParticipantError> Mismatch(Action action, const GroupMember* m) {
  auto error = [&](ParticipantErrorCode code, const char* what) {
    return ParticipantError{code, std::string("verified against the group: ") + what + " after " +
                                      std::string(ToString(action))};
  };
  switch (action) {
    case Action::kAdd:
    case Action::kApprove:
      if (m != nullptr) return std::nullopt;
      return error(ParticipantErrorCode::kNotMember, "not a member");
    case Action::kRemove:
    case Action::kReject:
      if (m == nullptr) return std::nullopt;
      return error(ParticipantErrorCode::kAlreadyMember, "still a member");
    case Action::kPromote:
      if (m == nullptr) return error(ParticipantErrorCode::kNotMember, "not a member");
      if (m->is_admin) return std::nullopt;
      return error(ParticipantErrorCode::kUnknown, "a member but not an admin");
    case Action::kDemote:
      if (m == nullptr) return error(ParticipantErrorCode::kNotMember, "not a member");
      if (!m->is_admin) return std::nullopt;
      return error(ParticipantErrorCode::kUnknown, "still an admin");
  }
  return std::nullopt;
}

}  // namespace

void ApplyVerification(BatchResult& batch, const GroupInfo& group) {
  for (auto& p : batch.participants) {
    bool open =
        p.result ? !p.result->confirmed : p.result.error().code == ParticipantErrorCode::kUnknown;
    if (!open) continue;
    const GroupMember* m = group.Find(p.participant);
    if (auto bad = Mismatch(batch.action, m)) {
      p.result = Unexpected(std::move(*bad));
      continue;
    }
    ParticipantInfo info;
    info.jid = m != nullptr ? m->jid : (p.result ? p.result->jid : p.participant);
    info.is_admin = m != nullptr && m->is_admin;
    info.is_super_admin = m != nullptr && m->is_super_admin;
    info.confirmed = true;
    p.result = std::move(info);
  }
}

}  // namespace wa::internal
