// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TOOLS_CLI_CLI_ARGS_HPP_
#define WA_PARTICIPANTS_TOOLS_CLI_CLI_ARGS_HPP_

#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <wa/participants.hpp>

namespace wa::cli {

/// Everything the command line and environment said, secrets included.
struct Invocation {
  enum class Command { kManage, kRequests, kMembers, kHelp, kVersion };
  Command command = Command::kHelp;
  /// The command as typed (`add`, ..., `members`) once recognised; for
  /// kHelp, the command whose page is wanted (empty: the general page).
  std::string command_name;
  Action action = Action::kAdd;
  std::string provider;  // a name from wa::Providers()
  std::string base_url;  // empty = the provider's default
  std::string instance;
  std::map<std::string, std::string> secrets;  // by wa::ProviderSecret::name
  std::string default_region;                  // empty = international forms only
  std::string group;
  std::vector<std::string> participants;
  bool json = false;
  bool verify = false;
  bool invite_if_restricted = false;
  std::optional<double> timeout_seconds;
};

/// Parses argv and the environment (`WA_PROVIDER`, `WA_BASE_URL`,
/// `WA_INSTANCE`, `WA_DEFAULT_REGION`, and each provider secret's variable,
/// such as `WA_TOKEN`) into
/// `inv`; reads `--token-file` and, for a `-` participant, `in`. `--help`
/// anywhere asks for the page of the command on the line (if any). A usage
/// error is returned as a message that says what is wrong and how to fix
/// it; `inv` then holds what was understood before it (`json`, the command,
/// the group), so the error can be reported in that command's own shape.
Result<void> ParseInvocation(const std::vector<std::string>& args, std::istream& in,
                             Invocation& inv);

/// A hint for participants the shell split at their spaces (a lone `+55`),
/// or empty.
std::string QuotingHint(const std::vector<std::string>& participants);

}  // namespace wa::cli

#endif  // WA_PARTICIPANTS_TOOLS_CLI_CLI_ARGS_HPP_
