// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "cli_args.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <istream>

#include "cli_help.hpp"

namespace wa::cli {
namespace {

Error Usage(std::string message) {
  return MakeLocalError(ErrorCode::kInvalidArgument, std::move(message));
}

bool TakesValue(const std::string& a) {
  return a == "--provider" || a == "--base-url" || a == "--instance" || a == "--group" ||
         a == "--token-file" || a == "--timeout" || a == "--default-region";
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

// The command as typed: its help topic, and its kind for everything after.
void SetCommand(const std::string& word, Invocation& inv) {
  if (!IsCommand(word)) return;
  inv.command_name = word;
  if (word == "requests") {
    inv.command = Invocation::Command::kRequests;
  } else if (word == "members") {
    inv.command = Invocation::Command::kMembers;
  } else if (auto action = ParseAction(word)) {
    inv.command = Invocation::Command::kManage;
    inv.action = *action;
  }
}

// The command the line's first word names (option values skipped), if any;
// and whether --help (or a leading `help`) or --version asks for a page
// instead, which wins over everything else on the line.
std::optional<Invocation::Command> ScanLine(const std::vector<std::string>& args,
                                            std::string& command) {
  std::optional<Invocation::Command> wanted;
  bool words_seen = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (TakesValue(a)) {
      ++i;
    } else if (a == "--help" || a == "-h" || (!words_seen && a == "help")) {
      wanted = Invocation::Command::kHelp;
    } else if (a == "--version") {
      if (!wanted) wanted = Invocation::Command::kVersion;
    } else if (!a.empty() && a[0] != '-') {
      if (!words_seen && IsCommand(a)) command = a;
      words_seen = true;
    }
  }
  return wanted;
}

// "zapi or ryze", "zapi|ryze".
std::string ProviderList(const char* separator) {
  std::string names;
  for (const ProviderInfo& p : Providers()) {
    names += (names.empty() ? "" : separator) + p.name;
  }
  return names;
}

// --token, --client-token, ... (with or without "=value"): a secret typed
// on the command line, refused whichever provider it belongs to.
bool IsSecretFlag(const std::string& arg) {
  std::string name = arg.substr(0, arg.find('='));
  for (const ProviderInfo& p : Providers()) {
    for (const ProviderSecret& s : p.secrets) {
      std::string flag = "--" + s.name;
      std::replace(flag.begin(), flag.end(), '_', '-');
      if (name == flag) return true;
    }
  }
  return false;
}

// "WA_TOKEN / WA_CLIENT_TOKEN": every secret's variable, once.
std::string SecretVariables() {
  std::vector<std::string> seen;
  for (const ProviderInfo& p : Providers()) {
    for (const ProviderSecret& s : p.secrets) {
      if (std::find(seen.begin(), seen.end(), s.env_var) == seen.end()) seen.push_back(s.env_var);
    }
  }
  std::string out;
  for (const auto& v : seen) out += (out.empty() ? "" : " / ") + v;
  return out;
}

}  // namespace

Result<void> ParseInvocation(const std::vector<std::string>& args, std::istream& in,
                             Invocation& inv) {
  inv = Invocation();
  std::string word;
  if (auto page = ScanLine(args, word)) {
    inv.command = *page;
    inv.command_name = word;  // the page's topic
    return {};
  }
  // Known up front, so that even an error in an earlier option is reported
  // in the command's shape, with its own --help.
  SetCommand(word, inv);
  inv.provider = Env("WA_PROVIDER");
  inv.base_url = Env("WA_BASE_URL");
  inv.instance = Env("WA_INSTANCE");
  inv.default_region = Env("WA_DEFAULT_REGION");
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
    if (a == "--json") {
      inv.json = true;
    } else if (a == "--verify") {
      inv.verify = true;
    } else if (a == "--invite-if-restricted") {
      inv.invite_if_restricted = true;
    } else if (TakesValue(a)) {
      auto v = value(a.c_str());
      if (!v) return Unexpected(v.error());
      if (a == "--provider") inv.provider = *v;
      if (a == "--base-url") inv.base_url = *v;
      if (a == "--instance") inv.instance = *v;
      if (a == "--group") inv.group = *v;
      if (a == "--default-region") inv.default_region = *v;
      if (a == "--token-file") token_file = *v;
      if (a == "--timeout") {
        char* end = nullptr;
        double t = std::strtod(v->c_str(), &end);
        if (v->empty() || *end != '\0' || !(t > 0) || t > 86400) {
          return Unexpected(Usage("--timeout needs a number of seconds between 0 and 86400"));
        }
        inv.timeout_seconds = t;
      }
    } else if (IsSecretFlag(a)) {
      return Unexpected(
          Usage("tokens are never taken from the command line (they would show in "
                "the process list); set " +
                SecretVariables() + " or use --token-file FILE"));
    } else if (a == "-") {
      if (!command)
        return Unexpected(Usage("\"-\" (read participants from stdin) comes after the command"));
      read_stdin = true;
    } else if (a.size() > 1 && a[0] == '-' && a[1] == '-') {
      // Only the name: a value after '=' may be a secret typed by mistake.
      std::string name = a.substr(0, a.find('='));
      return Unexpected(Usage("unknown option " + name +
                              (name.size() < a.size() ? "=... (its value is not shown)" : "")));
    } else if (!command) {
      command = a;
    } else {
      positional.push_back(a);
    }
  }

  if (!command) return Unexpected(Usage("no command given: use one of " + CommandNames()));
  if (*command != inv.command_name) {
    return Unexpected(Usage("unknown command \"" + *command + "\": use one of " + CommandNames()));
  }
  if (inv.command != Invocation::Command::kManage && (!positional.empty() || read_stdin)) {
    return Unexpected(Usage(*command + " takes no participants"));
  }
  if (inv.invite_if_restricted &&
      !(inv.command == Invocation::Command::kManage && inv.action == Action::kAdd)) {
    return Unexpected(Usage("--invite-if-restricted applies only to add"));
  }
  if (inv.provider.empty()) {
    return Unexpected(
        Usage("no provider: pass --provider " + ProviderList("|") + " or set WA_PROVIDER"));
  }
  const ProviderInfo* provider = FindProvider(inv.provider);
  if (provider == nullptr) {
    return Unexpected(
        Usage("unknown provider \"" + inv.provider + "\": use " + ProviderList(" or ")));
  }
  if (inv.instance.empty()) inv.instance = provider->default_instance;
  if (inv.instance.empty()) {
    return Unexpected(Usage("no instance: pass --instance ID or set WA_INSTANCE"));
  }
  if (inv.group.empty()) return Unexpected(Usage("no group: pass --group ID"));

  for (const ProviderSecret& secret : provider->secrets) {
    std::string value = Env(secret.env_var.c_str());
    if (!value.empty()) inv.secrets[secret.name] = std::move(value);
  }
  if (token_file) {
    std::ifstream file(*token_file);
    if (!file) return Unexpected(Usage("cannot read the token file " + *token_file));
    // One secret per line, in the provider's order; the first line always
    // counts, a later blank one leaves the environment's value.
    std::string line;
    for (std::size_t i = 0; i < provider->secrets.size() && std::getline(file, line); ++i) {
      line = TrimLine(line);
      if (i == 0 || !line.empty()) inv.secrets[provider->secrets[i].name] = line;
    }
  }
  for (const ProviderSecret& secret : provider->secrets) {
    auto it = inv.secrets.find(secret.name);
    if (secret.required && (it == inv.secrets.end() || it->second.empty())) {
      return Unexpected(Usage("no " + secret.description + ": set " + secret.env_var +
                              " or pass --token-file FILE"));
    }
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
  return {};
}

std::string QuotingHint(const std::vector<std::string>& participants) {
  for (const auto& p : participants) {
    // "+55" alone: a number typed with spaces and split by the shell.
    if (p.size() >= 2 && p.size() <= 4 && p[0] == '+' &&
        p.find_first_not_of("0123456789", 1) == std::string::npos) {
      return "\"" + p +
             "\" is a country code on its own: quote numbers that contain spaces, e.g. \"" + p +
             " 11 99999-9999\"";
    }
  }
  return {};
}

}  // namespace wa::cli
