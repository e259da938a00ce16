// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/verification.hpp"

#include <string>
#include <utility>

#include "ids/identifiers.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

// The verdict for one participant: nullopt when the group is as intended,
// else the error that says how it is not.
std::optional<ParticipantError> Mismatch(Action action, const GroupMember* m, bool invited) {
  auto error = [&](ParticipantErrorCode code, const char* what) {
    return ParticipantError{code, std::string("verified against the group: ") + what + " after " +
                                      std::string(ToString(action))};
  };
  switch (action) {
    case Action::kAdd:
      if (m != nullptr) return std::nullopt;
      if (invited) {
        // Z-API invites whoever it could not add; the wire does not say who.
        return ParticipantError{ParticipantErrorCode::kInvited,
                                "verified against the group: not added; the provider was asked "
                                "to send a private invite link to each number it could not add "
                                "(privacy settings), so this participant joins only by "
                                "accepting it"};
      }
      return error(ParticipantErrorCode::kNotMember, "not a member");
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

// One account's key: its number where it has one (so spellings of one
// number meet), else the identifier itself, exactly.
std::string KeyOf(const std::string& id) {
  std::string key = MatchKey(id);
  return key.empty() ? "=" + id : key;
}

}  // namespace

void ApplyVerification(BatchResult& batch, const GroupInfo& group, bool invited,
                       const std::vector<bool>* never_sent) {
  MemberIndex index(group, [](std::string_view p) { return NormalizeParticipantId(p); });
  ApplyVerification(
      batch,
      [&index](const std::string& participant) {
        auto id = NormalizeParticipantId(participant);
        return index.Find(id ? *id : participant);
      },
      invited, never_sent);
}

MemberIndex::MemberIndex(const GroupInfo& group, const Normalizer& normalize) {
  for (const auto& m : group.members) {
    // Named by LID alone, or by phone alone (other schemes: neither).
    if (m.lid && !m.phone) every_phone_known_ = false;
    if (m.phone && !m.lid) every_lid_known_ = false;
    for (const std::string* id :
         {&m.jid, m.phone ? &*m.phone : nullptr, m.lid ? &*m.lid : nullptr}) {
      if (id == nullptr || id->empty()) continue;
      auto n = normalize(*id);
      by_key_.emplace(KeyOf(n ? *n : *id), &m);
    }
  }
}

MemberLookup MemberIndex::Find(const std::string& normalized) const {
  auto it = by_key_.find(KeyOf(normalized));
  if (it != by_key_.end()) return {it->second, true};
  const bool lid = EndsWith(normalized, "@lid");
  return {nullptr, lid ? every_lid_known_ : every_phone_known_};
}

std::optional<BatchResult> BatchToSettle(Action action, const std::string& group,
                                         const std::vector<std::string>& ids,
                                         const Result<BatchResult>& result) {
  if (result) return *result;
  if (!result.error().outcome_unknown()) return std::nullopt;
  // The action may or may not have happened: the group's state decides.
  BatchResult unknown;
  unknown.action = action;
  unknown.group = group;
  for (const auto& id : ids) {
    unknown.participants.push_back(
        {id, Unexpected(ParticipantError{ParticipantErrorCode::kUnknown, result.error().message})});
  }
  return unknown;
}

void ApplyVerification(BatchResult& batch, const MemberFinder& find, bool invited,
                       const std::vector<bool>* never_sent) {
  for (std::size_t i = 0; i < batch.participants.size(); ++i) {
    auto& p = batch.participants[i];
    if (never_sent != nullptr && i < never_sent->size() && (*never_sent)[i]) continue;
    bool open =
        p.result ? !p.result->confirmed : p.result.error().code == ParticipantErrorCode::kUnknown;
    if (!open) continue;
    const MemberLookup found = find(p.participant);
    const GroupMember* m = found.member;
    if (m == nullptr && !found.absence_shown) {
      // Not found, but the read could not have shown them: it stays open.
      p.result = Unexpected(ParticipantError{
          ParticipantErrorCode::kUnknown,
          "the group read names some members only by " +
              std::string(EndsWith(p.participant, "@lid") ? "phone" : "LID") +
              ", so it cannot show whether this participant is in the group; its state "
              "is unknown"});
      continue;
    }
    if (auto bad = Mismatch(batch.action, m, invited)) {
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

}  // namespace internal
}  // namespace v1
}  // namespace wa
