// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// wa-participants: the command-line face of the SDK. It parses, calls the
// library, and prints; every rule about providers lives in the library.

#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include <wa/participants.hpp>

#include "cli_args.hpp"
#include "cli_help.hpp"
#include "cli_output.hpp"

namespace {

wa::ParticipantsClient MakeClient(const wa::cli::Invocation& inv) {
  wa::ClientOptions options;
  options.default_region = inv.default_region;
  if (inv.timeout_seconds) {
    options.timeout =
        std::chrono::milliseconds(static_cast<long long>(*inv.timeout_seconds * 1000));
  }
  wa::ProviderSettings settings;
  settings.base_url = inv.base_url;
  settings.instance = inv.instance;
  settings.secrets = inv.secrets;
  return wa::MakeClient(inv.provider, std::move(settings), options);
}

// A usage error: with --json, the object the command answers with (so a
// script reads every failure the same way); else the error and one hint.
int UsageError(const wa::cli::Invocation& inv, const wa::Error& error) {
  using Command = wa::cli::Invocation::Command;
  const Command command = inv.command_name.empty() ? Command::kHelp : inv.command;
  if (!inv.json) {
    wa::cli::PrintError(std::cerr, error, false);
    std::cerr << "run wa-participants " << inv.command_name << (inv.command_name.empty() ? "" : " ")
              << "--help for usage\n";
  } else if (command == Command::kManage) {
    wa::cli::PrintManage(std::cout, wa::Unexpected(error), inv.action, inv.group, true);
  } else if (command == Command::kRequests) {
    wa::cli::PrintRequests(std::cout, wa::Unexpected(error), inv.group, true);
  } else if (command == Command::kMembers) {
    wa::cli::PrintMembers(std::cout, wa::Unexpected(error), inv.group, true);
  } else {
    wa::cli::PrintError(std::cout, error, true);
  }
  return wa::cli::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  wa::cli::Invocation invocation;
  if (auto parsed = wa::cli::ParseInvocation(args, std::cin, invocation); !parsed) {
    return UsageError(invocation, parsed.error());
  }
  const wa::cli::Invocation* inv = &invocation;
  const bool json = inv->json;
  switch (inv->command) {
    case wa::cli::Invocation::Command::kHelp:
      std::cout << (inv->command_name.empty() ? wa::cli::UsageText()
                                              : wa::cli::CommandHelp(inv->command_name));
      return wa::cli::kExitOk;
    case wa::cli::Invocation::Command::kVersion:
      std::cout << "wa-participants " << wa::Version() << "\n";
      return wa::cli::kExitOk;
    case wa::cli::Invocation::Command::kRequests: {
      auto client = MakeClient(*inv);
      auto result = client.PendingRequests(inv->group);
      wa::cli::PrintRequests(result || json ? std::cout : std::cerr, result, inv->group, json);
      return result ? wa::cli::kExitOk : wa::cli::ExitCodeFor(result.error());
    }
    case wa::cli::Invocation::Command::kMembers: {
      auto client = MakeClient(*inv);
      auto result = client.GetGroup(inv->group);
      wa::cli::PrintMembers(result || json ? std::cout : std::cerr, result, inv->group, json);
      return result ? wa::cli::kExitOk : wa::cli::ExitCodeFor(result.error());
    }
    case wa::cli::Invocation::Command::kManage: {
      auto client = MakeClient(*inv);
      wa::CallOptions call;
      call.verify = inv->verify;
      call.add.invite_if_restricted = inv->invite_if_restricted;
      // More participants than one request of this provider may carry (Meta
      // takes 8): sent in chunks that fit, and merged into one report.
      const wa::ProviderInfo* info = wa::FindProvider(inv->provider);
      const std::size_t max_batch =
          info == nullptr ? 0 : info->capabilities.For(inv->action).max_batch;
      wa::Result<wa::BatchResult> result;
      if (max_batch > 0 && inv->participants.size() > max_batch) {
        wa::BulkOptions bulk;
        bulk.chunk_size = max_batch;
        bulk.call = call;
        result = client.ManageMany(inv->action, inv->group, inv->participants, bulk);
      } else {
        result = client.Manage(inv->action, inv->group, inv->participants, call);
      }
      if (!result && result.error().code == wa::ErrorCode::kInvalidArgument) {
        if (auto hint = wa::cli::QuotingHint(inv->participants); !hint.empty()) {
          wa::Error error = result.error();
          error.message += "; " + hint;
          result = wa::Unexpected(std::move(error));
        }
      }
      wa::cli::PrintManage(result || json ? std::cout : std::cerr, result, inv->action, inv->group,
                           json);
      return wa::cli::ExitCodeFor(result);
    }
  }
  return wa::cli::kExitRequestFailed;
}
