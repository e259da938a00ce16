// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "mock_state.hpp"

#include <algorithm>

#include "provider_registry.hpp"

namespace wa::mock {
namespace {

using nlohmann::json;

bool AllDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::optional<WorldState::Role> ParseRole(const std::string& s) {
  if (s == "member") return WorldState::Role::kMember;
  if (s == "admin") return WorldState::Role::kAdmin;
  if (s == "superadmin" || s == "super_admin") return WorldState::Role::kSuperAdmin;
  return std::nullopt;
}

std::vector<std::string> Strings(const json& doc, const char* key) {
  std::vector<std::string> out;
  auto it = doc.find(key);
  if (it == doc.end() || !it->is_array()) return out;
  for (const auto& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

}  // namespace

std::string WorldState::RoleName(Role r) {
  switch (r) {
    case Role::kMember:
      return "member";
    case Role::kAdmin:
      return "admin";
    case Role::kSuperAdmin:
      return "superadmin";
  }
  return "member";
}

json WorldState::DemoDocument() {
  json doc = json::parse(R"({
  "groups": [
    {"id": "120363406289005073", "subject": "Customers", "invite_code": "ABC123XYZ",
     "require_admin_approval": true,
     "members": [
       {"phone": "5511900000000", "role": "superadmin"},
       {"phone": "5511999999999", "role": "member"},
       {"phone": "5511955555555", "role": "member"}
     ],
     "pending": [
       {"phone": "5511944444444", "requested_at": "2026-04-20T14:00:00Z"},
       {"phone": "5511933333333", "requested_at": "2026-04-20T14:05:00Z"}
     ]},
    {"id": "120363019502650977", "subject": "Suppliers", "invite_code": "SUPPLY42XYZ",
     "require_admin_approval": true,
     "members": [
       {"phone": "5511900000000", "role": "superadmin"},
       {"phone": "5544999999999", "role": "member"}
     ],
     "pending": [
       {"phone": "5544988888888", "requested_at": "2026-04-21T09:30:00Z"},
       {"phone": "5544977777777", "requested_at": "2026-04-21T09:31:00Z"}
     ]},
    {"id": "5511988880000-1623281429", "subject": "Old-style group", "invite_code": "OLDGROUP01",
     "members": [
       {"phone": "5511988880000", "role": "superadmin"},
       {"phone": "5511900000000", "role": "member"}
     ]}
  ],
  "lids": {"5511944444444": "199789077627112"},
  "not_on_whatsapp": ["5521988888888"],
  "privacy_restricted": ["5531977777777"]
})");
  // One instance per simulated provider, all running as the same number,
  // which administers the demo groups.
  json instances = json::array();
  for (const ProviderSim& p : RegisteredProviders()) {
    json instance = {{"provider", p.name},
                     {"id", "demo"},
                     {"token", p.name + "-demo-token"},
                     {"phone", "5511900000000"}};
    instance.update(p.demo_instance);
    instances.push_back(std::move(instance));
  }
  doc["instances"] = std::move(instances);
  return doc;
}

bool WorldState::Load(const json& doc, std::string* error) {
  auto fail = [&](const std::string& why) {
    if (error) *error = why;
    return false;
  };
  if (!doc.is_object()) return fail("the state must be a JSON object");
  WorldState fresh;
  for (const auto& i : doc.value("instances", json::array())) {
    Instance in;
    in.provider = i.value("provider", "");
    in.id = i.value("id", "");
    in.token = i.value("token", "");
    in.client_token = i.value("client_token", "");
    in.client_token_active = i.value("client_token_active", !in.client_token.empty());
    in.phone = i.value("phone", "");
    in.connected = i.value("connected", true);
    const auto& providers = RegisteredProviders();
    if (std::none_of(providers.begin(), providers.end(),
                     [&](const ProviderSim& p) { return p.name == in.provider; })) {
      std::string names;
      for (const ProviderSim& p : providers)
        names += (names.empty() ? "\"" : ", \"") + p.name + "\"";
      return fail("instance provider must be one of " + names);
    }
    if (in.id.empty() || in.token.empty() || !AllDigits(in.phone)) {
      return fail("each instance needs an id, a token and a phone (digits)");
    }
    fresh.instances_.push_back(std::move(in));
  }
  for (const auto& g : doc.value("groups", json::array())) {
    Group gr;
    gr.id = g.value("id", "");
    gr.subject = g.value("subject", "");
    gr.invite_code = g.value("invite_code", "");
    gr.description = g.value("description", "");
    gr.require_admin_approval = g.value("require_admin_approval", false);
    if (gr.id.empty()) return fail("each group needs an id");
    for (const auto& m : g.value("members", json::array())) {
      auto role = ParseRole(m.value("role", "member"));
      std::string phone = m.value("phone", "");
      if (!role || !AllDigits(phone)) {
        return fail("group " + gr.id + ": members need a phone (digits) and a role");
      }
      gr.members.push_back(Member{phone, *role});
    }
    for (const auto& p : g.value("pending", json::array())) {
      std::string phone = p.value("phone", "");
      if (!AllDigits(phone)) return fail("group " + gr.id + ": pending entries need a phone");
      gr.pending.push_back(Pending{phone, p.value("requested_at", "2026-01-01T00:00:00Z")});
    }
    for (auto& s : Strings(g, "invited")) gr.invited.insert(s);
    fresh.groups_.push_back(std::move(gr));
  }
  if (auto it = doc.find("lids"); it != doc.end() && it->is_object()) {
    for (const auto& [phone, lid] : it->items()) {
      if (lid.is_string()) fresh.lids_[phone] = lid.get<std::string>();
    }
  }
  // Every account the world knows keeps its LID after it leaves a group or
  // a queue, as on WhatsApp: a LID answered once still names them later.
  for (const auto& g : fresh.groups_) {
    for (const auto& m : g.members) fresh.lids_.emplace(m.phone, fresh.LidOf(m.phone));
    for (const auto& p : g.pending) fresh.lids_.emplace(p.phone, fresh.LidOf(p.phone));
  }
  for (auto& s : Strings(doc, "not_on_whatsapp")) fresh.not_on_whatsapp_.insert(s);
  for (auto& s : Strings(doc, "privacy_restricted")) fresh.privacy_restricted_.insert(s);
  *this = std::move(fresh);
  return true;
}

json WorldState::ToJson() const {
  json doc;
  doc["instances"] = json::array();
  for (const auto& i : instances_) {
    doc["instances"].push_back({{"provider", i.provider},
                                {"id", i.id},
                                {"token", i.token},
                                {"client_token", i.client_token},
                                {"client_token_active", i.client_token_active},
                                {"phone", i.phone},
                                {"connected", i.connected}});
  }
  doc["groups"] = json::array();
  for (const auto& g : groups_) {
    json members = json::array();
    for (const auto& m : g.members)
      members.push_back({{"phone", m.phone}, {"role", RoleName(m.role)}});
    json pending = json::array();
    for (const auto& p : g.pending) {
      pending.push_back({{"phone", p.phone}, {"requested_at", p.requested_at}});
    }
    doc["groups"].push_back({{"id", g.id},
                             {"subject", g.subject},
                             {"invite_code", g.invite_code},
                             {"description", g.description},
                             {"require_admin_approval", g.require_admin_approval},
                             {"members", members},
                             {"pending", pending},
                             {"invited", g.invited}});
  }
  doc["lids"] = lids_;
  doc["not_on_whatsapp"] = not_on_whatsapp_;
  doc["privacy_restricted"] = privacy_restricted_;
  return doc;
}

const WorldState::Instance* WorldState::FindInstance(const std::string& provider,
                                                     const std::string& id) const {
  for (const auto& i : instances_) {
    if (i.provider == provider && i.id == id) return &i;
  }
  return nullptr;
}

const WorldState::Instance* WorldState::FindInstanceByToken(const std::string& provider,
                                                            const std::string& token) const {
  for (const auto& i : instances_) {
    if (i.provider == provider && !token.empty() && i.token == token) return &i;
  }
  return nullptr;
}

bool WorldState::KnowsToken(const std::string& provider, const std::string& token) const {
  for (const auto& i : instances_) {
    if (i.provider == provider && i.token == token) return true;
  }
  return false;
}

WorldState::Group* WorldState::FindGroup(const std::string& identifier) {
  std::string key = identifier;
  for (const std::string prefix :
       {"https://chat.whatsapp.com/", "http://chat.whatsapp.com/", "chat.whatsapp.com/"}) {
    if (Lower(key).rfind(prefix, 0) == 0) key = key.substr(prefix.size());
  }
  if (EndsWith(Lower(key), "@g.us")) key = key.substr(0, key.size() - 5);
  if (EndsWith(Lower(key), "-group")) key = key.substr(0, key.size() - 6);
  for (auto& g : groups_) {
    if (g.id == key || (!g.invite_code.empty() && g.invite_code == key)) return &g;
  }
  return nullptr;
}

std::optional<WorldState::Role> WorldState::RoleOf(const Group& g, const std::string& phone) {
  for (const auto& m : g.members) {
    if (m.phone == phone) return m.role;
  }
  return std::nullopt;
}

WorldState::Member* WorldState::FindMember(Group& g, const std::string& phone) {
  for (auto& m : g.members) {
    if (m.phone == phone) return &m;
  }
  return nullptr;
}

WorldState::Refusal WorldState::Check(const Instance& instance, Group* group,
                                      const std::string& action) const {
  if (group == nullptr) return Refusal::kGroupNotFound;
  auto role = RoleOf(*group, instance.phone);
  if (!role) return Refusal::kGroupNotFound;  // not a member: the group is invisible
  if (action == "read") return Refusal::kNone;
  if (action == "promote" || action == "demote") {
    return *role == Role::kSuperAdmin ? Refusal::kNone : Refusal::kNotSuperAdmin;
  }
  return *role == Role::kMember ? Refusal::kNotAdmin : Refusal::kNone;
}

std::string WorldState::LidOf(const std::string& phone) const {
  if (auto it = lids_.find(phone); it != lids_.end()) return it->second;
  // A stable, obviously fake LID: "19" followed by the phone reversed.
  std::string lid = "19" + std::string(phone.rbegin(), phone.rend());
  return lid.substr(0, 15);
}

std::optional<std::string> WorldState::ResolvePhone(const std::string& input) const {
  auto at = input.find('@');
  std::string local = input.substr(0, at);
  std::string domain = at == std::string::npos ? "" : Lower(input.substr(at + 1));
  if (!AllDigits(local)) return std::nullopt;
  if (domain.empty() || domain == "s.whatsapp.net" || domain == "c.us") return local;
  if (domain != "lid") return std::nullopt;
  for (const auto& [phone, lid] : lids_) {
    if (lid == local) return phone;
  }
  // Derived LIDs: reverse the derivation for every phone the world knows.
  for (const auto& g : groups_) {
    for (const auto& m : g.members) {
      if (LidOf(m.phone) == local) return m.phone;
    }
    for (const auto& p : g.pending) {
      if (LidOf(p.phone) == local) return p.phone;
    }
  }
  return std::nullopt;
}

std::vector<WorldState::Outcome> WorldState::Apply(Group& group, const std::string& action,
                                                   const std::vector<std::string>& participants,
                                                   bool auto_invite) {
  std::vector<Outcome> out;
  for (const auto& input : participants) {
    Outcome o;
    o.input = input;
    auto phone = ResolvePhone(input);
    auto fail = [&](std::string why, const char* status) {
      o.success = false;
      o.error = std::move(why);
      o.whatsapp_status = status;
    };
    if (!phone) {
      fail("invalid participant", "400");
      out.push_back(o);
      continue;
    }
    o.phone = *phone;
    lids_.emplace(*phone, LidOf(*phone));
    Member* member = FindMember(group, *phone);
    auto pending = std::find_if(group.pending.begin(), group.pending.end(),
                                [&](const Pending& p) { return p.phone == *phone; });
    if (action == "add") {
      if (not_on_whatsapp_.count(*phone)) {
        fail("user not on whatsapp", "404");
      } else if (privacy_restricted_.count(*phone)) {
        fail("privacy settings do not allow adding this user (invite required)", "403");
        if (auto_invite) {
          group.invited.insert(*phone);
          o.invited = true;
        }
      } else if (member) {
        fail("user is already a member of the group", "409");
      } else {
        group.members.push_back(Member{*phone, Role::kMember});
        if (pending != group.pending.end()) group.pending.erase(pending);
        o.success = true;
      }
    } else if (action == "remove") {
      if (!member) {
        fail("user is not a member of the group", "404");
      } else if (member->role == Role::kSuperAdmin) {
        fail("not allowed to remove the group creator", "403");
      } else {
        group.members.erase(group.members.begin() + (member - group.members.data()));
        o.success = true;
      }
    } else if (action == "promote") {
      if (!member) {
        fail("user is not a member of the group", "404");
      } else if (member->role != Role::kMember) {
        fail("user is already an admin", "409");
      } else {
        member->role = Role::kAdmin;
        o.success = o.is_admin = true;
      }
    } else if (action == "demote") {
      if (!member) {
        fail("user is not a member of the group", "404");
      } else if (member->role == Role::kSuperAdmin) {
        fail("not allowed to demote the group creator", "403");
      } else if (member->role == Role::kMember) {
        fail("user is not an admin", "409");
      } else {
        member->role = Role::kMember;
        o.success = true;
      }
    } else if (action == "approve" || action == "reject") {
      if (pending == group.pending.end()) {
        fail("no pending request for this user", "404");
      } else {
        if (action == "approve") group.members.push_back(Member{*phone, Role::kMember});
        group.pending.erase(pending);
        o.success = true;
      }
    }
    out.push_back(o);
  }
  return out;
}

}  // namespace wa::mock
