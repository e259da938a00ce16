// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TOOLS_CLI_CLI_HELP_HPP_
#define WA_PARTICIPANTS_TOOLS_CLI_CLI_HELP_HPP_

#include <string>
#include <string_view>

namespace wa::cli {

/// Whether `name` is one of the CLI's commands (`add` ... `members`).
bool IsCommand(std::string_view name);

/// Every command, for messages: "add, remove, ..., requests or members".
std::string CommandNames();

/// The `--help` page: every command with a line on what it does, the
/// options they share, and the exit codes.
std::string UsageText();

/// A command's own page (`wa-participants add --help`): its usage, what it
/// does, its options and an example. Empty when `command` is no command.
std::string CommandHelp(std::string_view command);

}  // namespace wa::cli

#endif  // WA_PARTICIPANTS_TOOLS_CLI_CLI_HELP_HPP_
