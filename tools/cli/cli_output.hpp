// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TOOLS_CLI_CLI_OUTPUT_HPP_
#define WA_PARTICIPANTS_TOOLS_CLI_CLI_OUTPUT_HPP_

#include <iosfwd>
#include <string>
#include <vector>

#include <wa/participants.hpp>

namespace wa::cli {

/// The process exit codes of the CLI contract.
enum ExitCode : int {
  kExitOk = 0,
  kExitRequestFailed = 1,
  kExitUsage = 2,
  kExitPartial = 3,
};

/// `s` as a terminal should see it: control characters (C0, DEL, C1), line
/// separators, bidirectional overrides and bytes that are not UTF-8 become
/// visible escapes (`\x1b`, `\u202e`), so a server's text (or argv) can
/// neither move the cursor, write the clipboard nor forge an "ok" line.
std::string Shown(const std::string& s);

/// The exit code for a manage call's result.
int ExitCodeFor(const Result<BatchResult>& result);
/// The exit code for a failed call.
int ExitCodeFor(const Error& error);

/// Prints a manage result: a table and a summary line, or one JSON object.
void PrintManage(std::ostream& out, const Result<BatchResult>& result, Action action,
                 const std::string& group, bool json);
/// Prints pending requests: a table, or one JSON object.
void PrintRequests(std::ostream& out, const Result<std::vector<PendingRequest>>& result,
                   const std::string& group, bool json);
/// Prints a group's members: a table, or one JSON object.
void PrintMembers(std::ostream& out, const Result<GroupInfo>& result, const std::string& group,
                  bool json);
/// Prints a failure that happened before any call (usage errors).
void PrintError(std::ostream& out, const Error& error, bool json);

}  // namespace wa::cli

#endif  // WA_PARTICIPANTS_TOOLS_CLI_CLI_OUTPUT_HPP_
