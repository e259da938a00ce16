// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_GROUP_HPP_
#define WA_PARTICIPANTS_GROUP_HPP_

/// @file
/// A group's membership as the provider reports it now.

#include <optional>
#include <string>
#include <vector>

#include "wa/participants/export.hpp"

namespace wa {
inline namespace v1 {

/// One member of a group. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT GroupMember {
  /// The member's JID as reported (`…@s.whatsapp.net` or `…@lid`); for
  /// Z-API, the phone number.
  std::string jid;
  /// The phone number (digits), when the provider revealed it.
  std::optional<std::string> phone;
  /// The LID (`…@lid`), when the provider revealed it.
  std::optional<std::string> lid;
  /// Admin (super-admins are admins too).
  bool is_admin = false;
  /// Super-admin: the creator, or promoted by a super-admin.
  bool is_super_admin = false;
};

/// A group's current state. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT GroupInfo {
  /// The group id as the provider reported it.
  std::string id;
  /// The group's name, when reported.
  std::string subject;
  /// Every member, in the provider's order.
  std::vector<GroupMember> members;
  /// Whether joining needs an admin's approval, when the provider says.
  std::optional<bool> require_admin_approval;

  /// The member that `participant` (any accepted spelling: digits, JID or
  /// LID) denotes, matched by number as outcomes are; null if absent.
  const GroupMember* Find(const std::string& participant) const;
};

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_GROUP_HPP_
