// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_VERIFICATION_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_VERIFICATION_HPP_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "wa/participants/error.hpp"
#include "wa/participants/group.hpp"
#include "wa/participants/outcome.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// Compares each participant of `batch` with the group's current state and
/// upgrades what the provider could not confirm. An outcome that succeeded
/// unconfirmed, or failed as kUnknown, becomes a confirmed success when the
/// group is now as the action intended, and a precise ParticipantError when
/// it is not. Specific failures (not on WhatsApp, ...) are left alone: the
/// provider already said what happened to them. With `invited` (an add
/// sent with AddOptions::invite_if_restricted) a participant still missing
/// is kInvited rather than kNotMember. Participants marked in `never_sent`
/// (same order as `batch.participants`; null = none) are left alone: their
/// request provably never left, so the group's state is not their outcome.
/// Pure: no I/O.
void ApplyVerification(BatchResult& batch, const GroupInfo& group, bool invited = false,
                       const std::vector<bool>* never_sent = nullptr);

/// What a group read says about one participant: its member, or null; and
/// whether a null means they are absent. A read that names some members
/// only by LID cannot show that a phone is missing (that member may be
/// them), nor one that names some only by phone that a LID is.
struct MemberLookup {
  const GroupMember* member = nullptr;
  bool absence_shown = true;
};

/// Looks a participant up in a group read.
using MemberFinder = std::function<MemberLookup(const std::string& participant)>;

/// `ApplyVerification` with members found by `find` instead of by the
/// generic identifier rules.
void ApplyVerification(BatchResult& batch, const MemberFinder& find, bool invited,
                       const std::vector<bool>* never_sent);

/// A group's members keyed by the backend's own spelling: each member's
/// JID, phone and LID go through `normalize` (the path a call's participants
/// took), so a participant in that form finds its member whatever rules the
/// backend has. Numbers still match across a device suffix or Brazil's
/// optional ninth digit. Borrows `group`, which must outlive it.
class MemberIndex {
 public:
  using Normalizer = std::function<Result<std::string>(std::string_view)>;
  MemberIndex(const GroupInfo& group, const Normalizer& normalize);
  /// The member `normalized` (a participant in the backend's form) denotes,
  /// and whether its absence is shown.
  MemberLookup Find(const std::string& normalized) const;

 private:
  std::unordered_map<std::string, const GroupMember*> by_key_;
  bool every_phone_known_ = true;  // no member is named by LID alone
  bool every_lid_known_ = true;    // no member is named by phone alone
};

/// The batch a verification read settles after an action: the result
/// itself, or, when the action failed with its outcome unknown, a batch
/// reporting each of `ids` as kUnknown; nullopt when there is nothing a
/// read could settle.
std::optional<BatchResult> BatchToSettle(Action action, const std::string& group,
                                         const std::vector<std::string>& ids,
                                         const Result<BatchResult>& result);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_CLIENT_VERIFICATION_HPP_
