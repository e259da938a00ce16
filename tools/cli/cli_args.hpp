// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TOOLS_CLI_CLI_ARGS_HPP_
#define WA_PARTICIPANTS_TOOLS_CLI_CLI_ARGS_HPP_

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <wa/participants.hpp>

namespace wa::cli {

/// Everything the command line and environment said, secrets included.
struct Invocation {
  enum class Command { kManage, kRequests, kMembers, kHelp, kVersion };
  Command command = Command::kHelp;
  Action action = Action::kAdd;
  std::string provider;  // "ryze" or "zapi"
  std::string base_url;  // empty = the provider's default
  std::string instance;
  std::string token;
  std::string client_token;
  std::string group;
  std::vector<std::string> participants;
  bool json = false;
  bool verify = false;
  bool invite_if_restricted = false;
  std::optional<double> timeout_seconds;
};

/// Parses argv and the environment (`WA_PROVIDER`, `WA_BASE_URL`,
/// `WA_INSTANCE`, `WA_TOKEN`, `WA_CLIENT_TOKEN`); reads `--token-file` and,
/// for a `-` participant, `in`. A usage error is returned as a message that
/// says what is wrong and how to fix it. `json` is set as soon as `--json`
/// is seen, so even usage errors can be reported in JSON.
Result<Invocation> ParseInvocation(const std::vector<std::string>& args, std::istream& in,
                                   bool& json);

/// The `--help` text.
const char* UsageText();

}  // namespace wa::cli

#endif  // WA_PARTICIPANTS_TOOLS_CLI_CLI_ARGS_HPP_
