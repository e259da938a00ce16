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
#include "cli_output.hpp"

namespace {

wa::ParticipantsClient MakeClient(const wa::cli::Invocation& inv) {
  wa::ClientOptions options;
  if (inv.timeout_seconds) {
    options.timeout =
        std::chrono::milliseconds(static_cast<long long>(*inv.timeout_seconds * 1000));
  }
  if (inv.provider == "ryze") {
    wa::RyzeOptions ryze;
    if (!inv.base_url.empty()) ryze.base_url = inv.base_url;
    ryze.instance = inv.instance;
    ryze.token = inv.token;
    return wa::ParticipantsClient::Ryze(ryze, options);
  }
  wa::ZApiOptions zapi;
  if (!inv.base_url.empty()) zapi.base_url = inv.base_url;
  zapi.instance = inv.instance;
  zapi.token = inv.token;
  zapi.client_token = inv.client_token;
  return wa::ParticipantsClient::ZApi(zapi, options);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool json = false;
  auto inv = wa::cli::ParseInvocation(args, std::cin, json);
  if (!inv) {
    wa::cli::PrintError(json ? std::cout : std::cerr, inv.error(), json);
    if (json) std::cerr << "wa-participants: " << inv.error().message << "\n";
    if (!json) std::cerr << "run wa-participants --help for usage\n";
    return wa::cli::kExitUsage;
  }
  switch (inv->command) {
    case wa::cli::Invocation::Command::kHelp:
      std::cout << wa::cli::UsageText();
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
      auto result = client.Manage(inv->action, inv->group, inv->participants, call);
      wa::cli::PrintManage(result || json ? std::cout : std::cerr, result, inv->action, inv->group,
                           json);
      return wa::cli::ExitCodeFor(result);
    }
  }
  return wa::cli::kExitRequestFailed;
}
