// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// The C++ code of docs/getting-started.md and docs/closing-the-loop.md. Each
// snippet is the region between its [START name] and [END name] lines, which
// the docs show verbatim (a test compares them), and ctest runs each one
// against wa-participants-mock:
//
//   WA_PROVIDER=ryze|zapi WA_INSTANCE=... WA_TOKEN=... [WA_CLIENT_TOKEN=...]
//   [WA_BASE_URL=...] doc_snippets first_calls|zapi|many_at_once|invite

#include <cstdlib>
#include <future>
#include <iostream>
#include <string>
#include <vector>

#include <wa/participants.hpp>

#include "client_from_env.hpp"

namespace {

// [START env]
// Settings come from the environment. An unset one is empty, and a client
// with an empty token fails every call with kInvalidArgument, sending nothing.
std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}
// [END env]

int FirstCalls() {
  // [START first_calls]
  wa::RyzeOptions ryze;
  ryze.instance = Env("WA_INSTANCE");
  ryze.token = Env("WA_TOKEN");
  if (!Env("WA_BASE_URL").empty()) ryze.base_url = Env("WA_BASE_URL");  // e.g. the simulator
  wa::ClientOptions options;
  options.default_region = "BR";  // "(21) 98888-8888" is then +55 21 98888-8888
  wa::ParticipantsClient client = wa::ParticipantsClient::Ryze(ryze, options);
  if (auto ok = client.CheckOptions(); !ok) {
    std::cerr << ok.error().message << "\n";  // an empty token, say: nothing was sent
    return 2;
  }

  const std::string group = "120363406289005073@g.us";
  auto added = client.Add(group, {"+55 11 98888-7777", "(21) 98888-8888"});
  if (!added) {  // the request as a whole failed: nothing is known per participant
    std::cerr << wa::ToString(added.error().code) << ": " << added.error().message << "\n";
    return 1;
  }
  for (const wa::ParticipantOutcome& p : added->participants) {
    if (p.result) {
      std::cout << p.participant << ": added as " << p.result->jid << "\n";
    } else if (p.result.error().code == wa::ParticipantErrorCode::kNotOnWhatsApp) {
      std::cout << p.participant << ": has no WhatsApp\n";
    } else {
      std::cout << p.participant << ": " << p.result.error().message << "\n";
    }
  }

  auto pending = client.PendingRequests(group);
  if (pending && !pending->empty()) {
    std::vector<std::string> lids;
    for (const wa::PendingRequest& request : *pending) lids.push_back(request.jid);
    auto approved = client.Approve(group, lids);
    if (approved) std::cout << approved->succeeded() << " join request(s) approved\n";
  }
  // [END first_calls]
  return 0;
}

int ZApi() {
  // [START zapi]
  wa::ZApiOptions z;
  z.instance = Env("WA_INSTANCE");
  z.token = Env("WA_TOKEN");                // in the URL path; redacted from all the SDK prints
  z.client_token = Env("WA_CLIENT_TOKEN");  // the account security token (Client-Token header)
  if (!Env("WA_BASE_URL").empty()) z.base_url = Env("WA_BASE_URL");
  wa::ParticipantsClient zclient = wa::ParticipantsClient::ZApi(z);

  auto added = zclient.Add("120363019502650977-group", {"5544911112222"});
  // Z-API answers for the batch as a whole: each success has confirmed == false
  // (CallOptions::verify reads the group back to confirm it).
  if (added && added->all_succeeded()) {
    std::cout << "added; confirmed: " << added->participants[0].result->confirmed << "\n";
  }
  // [END zapi]
  return added && added->all_succeeded() ? 0 : 1;
}

int ManyAtOnce(const wa::ParticipantsClient& client) {
  const std::vector<std::string> groups = {"120363406289005073@g.us", "120363019502650977@g.us"};
  const std::string phone = "5511999999999";
  int failed_requests = 0;
  // [START many_at_once]
  std::vector<std::future<wa::Result<wa::BatchResult>>> futures;
  for (const auto& group : groups) {
    futures.push_back(client.ManageAsync(wa::Action::kRemove, group, {phone}));
  }
  for (auto& f : futures) {
    wa::Result<wa::BatchResult> r = f.get();  // as Manage's result
    if (!r) {
      ++failed_requests;
    } else {
      std::cout << r->group << ": " << r->succeeded() << " removed\n";
    }
  }
  // [END many_at_once]
  return failed_requests == 0 ? 0 : 1;
}

int Invite(const wa::ParticipantsClient& client) {
  const std::string group = "120363019502650977-group";
  // [START invite_if_restricted]
  wa::CallOptions call;
  call.add.invite_if_restricted = true;
  auto r = client.Add(group, {"5531977777777", "5544911112222"}, call);
  // r->participants[0]: ParticipantErrorCode::kInvited (invited, not added)
  // r->participants[1]: a success with confirmed = true
  // [END invite_if_restricted]
  if (!r) {
    std::cerr << wa::ToString(r.error()) << "\n";
    return 1;
  }
  // What the comments above say, checked.
  const bool as_documented =
      !r->participants[0].result &&
      r->participants[0].result.error().code == wa::ParticipantErrorCode::kInvited &&
      r->participants[1].result && r->participants[1].result->confirmed;
  std::cout << (as_documented ? "invited one, added and confirmed the other\n"
                              : "not as documented\n");
  return as_documented ? 0 : 3;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string which = argc > 1 ? argv[1] : "";
  if (which == "first_calls") return FirstCalls();
  if (which == "zapi") return ZApi();
  if (which == "many_at_once") return ManyAtOnce(examples::ClientFromEnv());
  if (which == "invite") return Invite(examples::ClientFromEnv());
  std::cerr << "usage: doc_snippets first_calls|zapi|many_at_once|invite\n";
  return 2;
}
