// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The CLI's help pages, built from one table of commands so that the
// general page, each command's own page and the error messages that list
// the commands never disagree.
#include "cli_help.hpp"

#include <string>
#include <vector>

#include <wa/participants/providers.hpp>

namespace wa::cli {
namespace {

// The options a command takes beyond those every command takes.
enum Options : unsigned {
  kGroup = 1u << 0,
  kParticipants = 1u << 1,
  kVerify = 1u << 2,
  kInvite = 1u << 3,
  kRegion = 1u << 4,
};
constexpr unsigned kAction = kGroup | kParticipants | kRegion | kVerify;

struct Command {
  const char* name;
  const char* summary;  // the line in the general page
  const char* about;    // the paragraph of its own page
  unsigned options;
  const char* example;  // the arguments after "wa-participants"
};

const Command kCommands[] = {
    {"add", "add participants to a group",
     "Adds each PARTICIPANT to the group. The provider may refuse some (not on WhatsApp,\n"
     "privacy settings, already a member) and add the rest: each gets its own result.",
     kAction | kInvite, R"(add --group 120363406289005073@g.us "+55 11 98888-7777" 5521988888888)"},
    {"remove", "remove participants from a group", "Removes each PARTICIPANT from the group.",
     kAction, "remove --group 120363406289005073@g.us 5511999999999"},
    {"promote", "make members admins",
     "Makes each PARTICIPANT, already a member, an admin of the group.", kAction,
     "promote --group 120363406289005073@g.us 5511988887777"},
    {"demote", "take admin rights away",
     "Takes admin rights from each PARTICIPANT; they stay members.", kAction,
     "demote --group 120363406289005073@g.us 5511988887777"},
    {"approve", "accept pending join requests",
     "Accepts the pending join request of each PARTICIPANT: a phone number, or the\n"
     "…@lid that `requests` lists.",
     kAction, "approve --group 120363406289005073@g.us 199789077627112@lid"},
    {"reject", "turn pending join requests down",
     "Turns down the pending join request of each PARTICIPANT: a phone number, or the\n"
     "…@lid that `requests` lists.",
     kAction, "reject --group 120363406289005073@g.us 5511933333333"},
    {"requests", "list a group's pending join requests",
     "Lists the group's pending join requests: each requester's JID (often a …@lid), the\n"
     "phone number when the provider reveals it, and when they asked. A provider that\n"
     "delivers join requests only as webhooks answers \"unsupported\".",
     kGroup, "requests --group 120363406289005073@g.us"},
    {"members", "list a group's members and admins",
     "Lists the group's members with their role (member, admin, super-admin), and whether\n"
     "joining needs an admin's approval.",
     kGroup, "members --group 120363406289005073@g.us"},
};

const Command* Find(std::string_view name) {
  for (const Command& c : kCommands) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

std::string Operands(const Command& c) {
  return (c.options & kParticipants) != 0 ? "--group ID PARTICIPANT..." : "--group ID";
}

// Options of the commands, as their pages list them.
const char* const kGroupHelp =
    "  --group ID             the group: a JID (…@g.us), a …-group id, or an invite code or\n"
    "                         link where the provider takes one\n";
const char* const kParticipantHelp =
    "  PARTICIPANT            a phone number with its country code (quote numbers with spaces:\n"
    "                         \"+55 11 99999-9999\"), a …@s.whatsapp.net JID or a …@lid; \"-\"\n"
    "                         reads more from stdin, one per line\n";
const char* const kRegionHelp =
    "  --default-region CC    read numbers written without + as dialled in region CC (ISO 3166,\n"
    "                         e.g. BR); default: $WA_DEFAULT_REGION, unset = with country code\n";
const char* const kVerifyHelp =
    "  --verify               read the group back afterwards and confirm each participant (also\n"
    "                         settles an action whose outcome was unknown)\n";
// The providers that `has` holds for, by display name: "Z-API", "A or B".
template <class Has>
std::string ProvidersWhere(Has has) {
  std::vector<std::string> names;
  for (const ProviderInfo& p : Providers()) {
    if (has(p)) names.push_back(p.display_name);
  }
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

std::string InviteHelp() {
  return "  --invite-if-restricted (" +
         ProvidersWhere([](const ProviderInfo& p) { return p.capabilities.invite_if_restricted; }) +
         ") send a private invite link to numbers whose privacy\n"
         "                         blocks the add; they are reported as \"invited\" (implies "
         "--verify)\n";
}

// The options every command takes; the provider names, secrets and their
// variables come from the library's list of providers.
std::string CommonHelp() {
  std::string names;
  std::string variables;
  std::string more_lines;
  for (const ProviderInfo& p : Providers()) {
    names += (names.empty() ? "" : "|") + p.name;
    for (std::size_t i = 0; i < p.secrets.size(); ++i) {
      const std::string var = "$" + p.secrets[i].env_var;
      if (variables.find(var) == std::string::npos) {
        variables += (variables.empty() ? "" : " and ") + var;
      }
      if (i > 0) {
        more_lines += "; for " + p.display_name + " an optional line " + std::to_string(i + 1) +
                      ": the " + p.secrets[i].description;
      }
    }
  }
  return "options every command takes:\n"
         "  --provider NAME        the provider: " +
         names +
         " (default: $WA_PROVIDER)\n"
         "  --base-url URL         the provider's base URL (default: $WA_BASE_URL, else the "
         "provider's\n"
         "                         own; required for self-hosted ones); a wa-participants-mock\n"
         "                         URL for tests\n"
         "  --instance ID          the instance (default: $WA_INSTANCE)\n"
         "  --token-file FILE      first line: the token" +
         more_lines +
         "\n"
         "                         (default: " +
         variables +
         ")\n"
         "  --json                 print exactly one JSON object on stdout\n"
         "  --timeout SECONDS      per-request timeout (default: longer than the provider's own)\n"
         "  --help, --version\n"
         "Tokens are never accepted on the command line and never printed.\n";
}

}  // namespace

bool IsCommand(std::string_view name) { return Find(name) != nullptr; }

std::string CommandNames() {
  std::string out;
  const std::size_t n = sizeof(kCommands) / sizeof(kCommands[0]);
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) out += i + 1 == n ? " or " : ", ";
    out += kCommands[i].name;
  }
  return out;
}

std::string UsageText() {
  std::string actions;
  for (const Command& c : kCommands) {
    if ((c.options & kParticipants) == 0) continue;
    actions += actions.empty() ? "<" : "|";
    actions += c.name;
  }
  std::string out =
      "usage:\n  wa-participants [options] " + actions + ">" + " --group ID PARTICIPANT...\n";
  for (const Command& c : kCommands) {
    if ((c.options & kParticipants) == 0) {
      out += "  wa-participants [options] " + std::string(c.name) + " --group ID\n";
    }
  }
  out += "  wa-participants COMMAND --help     a command's own usage, options and an example\n\n";
  out += "Manage WhatsApp group participants through " +
         ProvidersWhere([](const ProviderInfo&) { return true; }) + ".\n\ncommands:\n";
  for (const Command& c : kCommands) {
    out += "  " + std::string(c.name) + std::string(10 - std::string_view(c.name).size(), ' ') +
           c.summary + "\n";
  }
  out += "\n";
  out += CommonHelp();
  out += "\noptions of add, remove, promote, demote, approve and reject:\n";
  out += kParticipantHelp;
  out += kRegionHelp;
  out += kVerifyHelp;
  out += InviteHelp();
  out += R"(
exit codes: 0 every participant succeeded; 1 the request failed; 2 usage error or
invalid input (nothing sent); 3 the request succeeded but some participants failed.
)";
  return out;
}

std::string CommandHelp(std::string_view command) {
  const Command* c = Find(command);
  if (c == nullptr) return {};
  std::string out = "usage: wa-participants [options] " + std::string(c->name) + " " +
                    Operands(*c) + "\n\n" + c->about + "\n\n";
  if ((c->options & kGroup) != 0) out += kGroupHelp;
  if ((c->options & kParticipants) != 0) out += kParticipantHelp;
  if ((c->options & kRegion) != 0) out += kRegionHelp;
  if ((c->options & kVerify) != 0) out += kVerifyHelp;
  if ((c->options & kInvite) != 0) out += InviteHelp();
  out += "\nexample (WA_PROVIDER, WA_INSTANCE and WA_TOKEN set):\n  wa-participants ";
  out += c->example;
  out += "\n\nThe provider, instance, token and output options: wa-participants --help\n";
  return out;
}

}  // namespace wa::cli
