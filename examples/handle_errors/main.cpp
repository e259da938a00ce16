// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// What to do with every error the SDK can return: one switch over
// wa::ErrorCode for the request, one over wa::ParticipantErrorCode for each
// participant. The compiler's -Wswitch flags any code this program forgets.
//   handle_errors ACTION GROUP PARTICIPANT...

#include <iostream>
#include <string>
#include <vector>

#include <wa/participants.hpp>

#include "client_from_env.hpp"

namespace {

// Returns the advice for a failed request.
std::string Advice(const wa::Error& e) {
  switch (e.code) {
    case wa::ErrorCode::kInvalidArgument:
      return "fix the input; nothing was sent";
    case wa::ErrorCode::kUnauthenticated:
      return "check WA_TOKEN (and WA_CLIENT_TOKEN for Z-API)";
    case wa::ErrorCode::kPermissionDenied:
      return "make the instance a group admin (super-admin to promote/demote)";
    case wa::ErrorCode::kNotFound:
      return "check the group id and that the instance is a member";
    case wa::ErrorCode::kRateLimited:
      return "wait " + std::to_string(e.retry_after ? e.retry_after->count() / 1000 : 60) +
             " s before trying again";
    case wa::ErrorCode::kTimeout:
    case wa::ErrorCode::kNetwork:
    case wa::ErrorCode::kUnavailable:
    case wa::ErrorCode::kProtocol:
    case wa::ErrorCode::kCancelled:
      return e.outcome_unknown()
                 ? "the action may have happened: read the group before repeating it"
                 : "nothing was applied: safe to try again later";
    case wa::ErrorCode::kUnsupported:
      return "this provider cannot do that";
    case wa::ErrorCode::kInternal:
      return "a bug: please report it with the message above";
  }
  return "unexpected";
}

// Returns the advice for one failed participant.
std::string Advice(const wa::ParticipantError& e) {
  switch (e.code) {
    case wa::ParticipantErrorCode::kNotOnWhatsApp:
      return "drop this number from the list";
    case wa::ParticipantErrorCode::kPrivacyRestricted:
      return "send them the group's invite link instead";
    case wa::ParticipantErrorCode::kAlreadyMember:
      return "nothing to do";
    case wa::ParticipantErrorCode::kNotMember:
      return "not in the group";
    case wa::ParticipantErrorCode::kNotAuthorized:
      return "the instance may not act on this participant";
    case wa::ParticipantErrorCode::kNoPendingRequest:
      return "there is no join request to answer";
    case wa::ParticipantErrorCode::kInvalid:
      return "the provider rejected this identifier";
    case wa::ParticipantErrorCode::kUnknown:
      return "state unknown: read the group to find out";
    case wa::ParticipantErrorCode::kInvited:
      return "invited by private link; they join when they accept it";
  }
  return "unexpected";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4 || !wa::ParseAction(argv[1])) {
    std::cerr
        << "usage: handle_errors add|remove|promote|demote|approve|reject GROUP PARTICIPANT...\n";
    return 2;
  }
  auto client = examples::ClientFromEnv();
  auto result = client.Manage(*wa::ParseAction(argv[1]), argv[2],
                              std::vector<std::string>(argv + 3, argv + argc));
  if (!result) {
    const wa::Error& e = result.error();
    std::cout << "request failed: " << wa::ToString(e.code) << " (HTTP " << e.http_status
              << "): " << e.message << "\n  -> " << Advice(e) << "\n";
    return e.code == wa::ErrorCode::kInvalidArgument && !e.request_sent ? 2 : 1;
  }
  for (const auto& p : result->participants) {
    if (p.result) {
      std::cout << p.participant << ": ok\n";
    } else {
      std::cout << p.participant << ": " << wa::ToString(p.result.error().code) << " -> "
                << Advice(p.result.error()) << "\n";
    }
  }
  return result->all_succeeded() ? 0 : 3;
}
