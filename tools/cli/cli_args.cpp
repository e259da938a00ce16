// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "cli_args.hpp"

#include <cstdlib>
#include <fstream>
#include <istream>

namespace wa::cli {
namespace {

Error Usage(std::string message) {
  return MakeLocalError(ErrorCode::kInvalidArgument, std::move(message));
}

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v == nullptr ? std::string() : std::string(v);
}

std::string TrimLine(std::string line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.pop_back();
  }
  std::size_t start = line.find_first_not_of(" \t");
  return start == std::string::npos ? std::string() : line.substr(start);
}

}  // namespace

const char* UsageText() {
  return R"(usage:
  wa-participants [options] <add|remove|promote|demote|approve|reject> --group ID PARTICIPANT...
  wa-participants [options] requests --group ID
  wa-participants [options] members --group ID

Manage WhatsApp group participants through Z-API or RyzeAPI.

options:
  --provider zapi|ryze   the provider (default: $WA_PROVIDER)
  --base-url URL         the provider's base URL (default: $WA_BASE_URL, else the provider's own)
  --instance ID          the instance (default: $WA_INSTANCE)
  --token-file FILE      first line: the token; for Z-API an optional second line: the
                         Client-Token (default: $WA_TOKEN and $WA_CLIENT_TOKEN)
  --group ID             the group: a JID (…@g.us), a Z-API id (…-group), or for RyzeAPI an
                         invite code or link
  --json                 print exactly one JSON object on stdout
  --verify               after an action, read the group back and confirm each participant
                         (also resolves an action whose outcome was unknown)
  --invite-if-restricted add only (Z-API): send a private invite link to numbers whose
                         privacy blocks the add; they are reported as "invited" (implies --verify)
  --timeout SECONDS      per-request timeout (default: longer than the provider's own)
  --help, --version

PARTICIPANT is a phone number with country code (human formatting is fine), a
…@s.whatsapp.net JID or a …@lid; "-" reads more, one per line, from stdin.
Tokens are never accepted on the command line and never printed.

exit codes: 0 every participant succeeded; 1 the request failed; 2 usage error or
invalid input (nothing sent); 3 the request succeeded but some participants failed.
)";
}

Result<Invocation> ParseInvocation(const std::vector<std::string>& args, std::istream& in,
                                   bool& json) {
  Invocation inv;
  inv.provider = Env("WA_PROVIDER");
  inv.base_url = Env("WA_BASE_URL");
  inv.instance = Env("WA_INSTANCE");
  inv.token = Env("WA_TOKEN");
  inv.client_token = Env("WA_CLIENT_TOKEN");
  std::optional<std::string> token_file;
  std::optional<std::string> command;
  bool read_stdin = false;
  std::vector<std::string> positional;

  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* flag) -> Result<std::string> {
      if (i + 1 >= args.size()) {
        return Unexpected(Usage(std::string(flag) + " needs a value"));
      }
      return args[++i];
    };
    if (a == "--help" || a == "-h") {
      inv.command = Invocation::Command::kHelp;
      return inv;
    }
    if (a == "--version") {
      inv.command = Invocation::Command::kVersion;
      return inv;
    }
    if (a == "--json") {
      inv.json = json = true;
    } else if (a == "--verify") {
      inv.verify = true;
    } else if (a == "--invite-if-restricted") {
      inv.invite_if_restricted = true;
    } else if (a == "--provider" || a == "--base-url" || a == "--instance" || a == "--group" ||
               a == "--token-file" || a == "--timeout") {
      auto v = value(a.c_str());
      if (!v) return Unexpected(v.error());
      if (a == "--provider") inv.provider = *v;
      if (a == "--base-url") inv.base_url = *v;
      if (a == "--instance") inv.instance = *v;
      if (a == "--group") inv.group = *v;
      if (a == "--token-file") token_file = *v;
      if (a == "--timeout") {
        char* end = nullptr;
        double t = std::strtod(v->c_str(), &end);
        if (v->empty() || *end != '\0' || !(t > 0) || t > 86400) {
          return Unexpected(Usage("--timeout needs a number of seconds between 0 and 86400"));
        }
        inv.timeout_seconds = t;
      }
    } else if (a == "--token" || a.rfind("--token=", 0) == 0 || a == "--client-token") {
      return Unexpected(
          Usage("tokens are never taken from the command line (they would show in "
                "the process list); set WA_TOKEN / WA_CLIENT_TOKEN or use "
                "--token-file FILE"));
    } else if (a == "-") {
      if (!command)
        return Unexpected(Usage("\"-\" (read participants from stdin) comes after the command"));
      read_stdin = true;
    } else if (a.size() > 1 && a[0] == '-' && a[1] == '-') {
      return Unexpected(Usage("unknown option " + a + "; see --help"));
    } else if (!command) {
      command = a;
    } else {
      positional.push_back(a);
    }
  }

  if (!command) {
    return Unexpected(
        Usage("no command given: use one of add, remove, promote, demote, "
              "approve, reject or requests (see --help)"));
  }
  if (*command == "requests" || *command == "members") {
    inv.command =
        *command == "requests" ? Invocation::Command::kRequests : Invocation::Command::kMembers;
    if (!positional.empty() || read_stdin) {
      return Unexpected(Usage(*command + " takes no participants"));
    }
  } else if (auto action = ParseAction(*command)) {
    inv.command = Invocation::Command::kManage;
    inv.action = *action;
  } else {
    return Unexpected(Usage("unknown command \"" + *command +
                            "\": use one of add, remove, promote, demote, approve, reject, "
                            "requests or members"));
  }
  if (inv.invite_if_restricted &&
      !(inv.command == Invocation::Command::kManage && inv.action == Action::kAdd)) {
    return Unexpected(Usage("--invite-if-restricted applies only to add"));
  }
  if (inv.provider.empty()) {
    return Unexpected(Usage("no provider: pass --provider zapi|ryze or set WA_PROVIDER"));
  }
  if (inv.provider != "zapi" && inv.provider != "ryze") {
    return Unexpected(Usage("unknown provider \"" + inv.provider + "\": use zapi or ryze"));
  }
  if (inv.instance.empty()) {
    return Unexpected(Usage("no instance: pass --instance ID or set WA_INSTANCE"));
  }
  if (inv.group.empty()) return Unexpected(Usage("no group: pass --group ID"));

  if (token_file) {
    std::ifstream file(*token_file);
    if (!file) return Unexpected(Usage("cannot read the token file " + *token_file));
    std::string line;
    std::getline(file, line);
    inv.token = TrimLine(line);
    if (std::getline(file, line) && !TrimLine(line).empty()) inv.client_token = TrimLine(line);
  }
  if (inv.token.empty()) {
    return Unexpected(Usage("no token: set WA_TOKEN or pass --token-file FILE"));
  }

  if (inv.command == Invocation::Command::kManage) {
    inv.participants = std::move(positional);
    if (read_stdin) {
      std::string line;
      while (std::getline(in, line)) {
        line = TrimLine(line);
        if (!line.empty() && line[0] != '#') inv.participants.push_back(line);
      }
    }
    if (inv.participants.empty()) {
      return Unexpected(
          Usage("no participants: list them after the command, or pass - to read "
                "them from stdin"));
    }
  }
  return inv;
}

}  // namespace wa::cli
