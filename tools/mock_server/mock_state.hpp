// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TOOLS_MOCK_SERVER_MOCK_STATE_HPP_
#define WA_PARTICIPANTS_TOOLS_MOCK_SERVER_MOCK_STATE_HPP_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace wa::mock {

/// A simulated WhatsApp world shared by both simulated providers: groups,
/// their members and pending join requests, and which numbers cannot be
/// added. Not thread safe: the server serialises access.
class WorldState {
 public:
  enum class Role { kMember, kAdmin, kSuperAdmin };

  struct Member {
    std::string phone;
    Role role = Role::kMember;
    bool is_admin() const { return role != Role::kMember; }
    bool is_super_admin() const { return role == Role::kSuperAdmin; }
  };
  struct Pending {
    std::string phone;
    std::string requested_at;
  };
  struct Group {
    std::string id;  // digits, or creator-timestamp for the old form
    std::string subject;
    std::string invite_code;
    std::string description;
    bool require_admin_approval = false;
    std::vector<Member> members;
    std::vector<Pending> pending;
    // Phones sent a private invite link instead of being added (Z-API
    // autoInvite); an invite is not membership.
    std::set<std::string> invited;
    /// The group's owner as every provider reports it: its first super
    /// admin's phone, or "" when it has none.
    std::string owner() const {
      for (const Member& m : members) {
        if (m.is_super_admin()) return m.phone;
      }
      return "";
    }
  };
  struct Instance {
    std::string provider;  // a registered provider's name
    std::string id;
    std::string token;
    std::string client_token;  // Z-API only
    // Z-API creates the account's Client-Token disabled; only once the
    // owner activates it are requests without it refused.
    bool client_token_active = true;
    std::string phone;  // the WhatsApp number the instance runs as
    bool connected = true;
  };

  /// One participant's result of an action.
  struct Outcome {
    std::string input;
    std::string phone;  // resolved, empty if unresolvable
    bool success = false;
    std::string error;  // the reason text when !success
    bool is_admin = false;
    bool is_super_admin = false;
    bool invited = false;  // not added, but sent an invite link instead
    // The status WhatsApp's participant node carries for this outcome, as
    // gateways built on its web protocol relay it ("200", "403", "409"...).
    std::string whatsapp_status = "200";
  };
  /// Why a whole action was refused.
  enum class Refusal { kNone, kGroupNotFound, kNotAdmin, kNotSuperAdmin };

  /// Parses the state document (see docs/testing.md); false with `error` set.
  bool Load(const nlohmann::json& doc, std::string* error);
  nlohmann::json ToJson() const;
  /// The built-in demo world.
  static nlohmann::json DemoDocument();

  const Instance* FindInstance(const std::string& provider, const std::string& id) const;
  /// The instance of `provider` with this token (for gateways whose token
  /// names the instance, as Whapi.Cloud's names its channel), or null.
  const Instance* FindInstanceByToken(const std::string& provider, const std::string& token) const;
  /// True when some instance of `provider` has this token.
  bool KnowsToken(const std::string& provider, const std::string& token) const;
  /// By `<id>@g.us`, `<id>-group`, `<id>`, invite code or invite link.
  Group* FindGroup(const std::string& identifier);

  /// What `instance` may do in `group` for `action`.
  Refusal Check(const Instance& instance, Group* group, const std::string& action) const;
  /// Applies `action` to each participant (already permitted). With
  /// `auto_invite`, an add blocked by privacy sends an invite instead.
  std::vector<Outcome> Apply(Group& group, const std::string& action,
                             const std::vector<std::string>& participants,
                             bool auto_invite = false);

  /// The LID of a phone (from the document, else derived deterministically).
  std::string LidOf(const std::string& phone) const;
  /// The phone behind an input: digits, `@s.whatsapp.net`, `@c.us` or `@lid`.
  std::optional<std::string> ResolvePhone(const std::string& input) const;

  static std::string RoleName(Role r);

 private:
  static Member* FindMember(Group& g, const std::string& phone);
  static std::optional<Role> RoleOf(const Group& g, const std::string& phone);

  std::vector<Instance> instances_;
  std::vector<Group> groups_;
  std::map<std::string, std::string> lids_;  // phone -> lid digits
  std::set<std::string> not_on_whatsapp_;
  std::set<std::string> privacy_restricted_;
};

}  // namespace wa::mock

#endif  // WA_PARTICIPANTS_TOOLS_MOCK_SERVER_MOCK_STATE_HPP_
