// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// A webhook receiver that approves join requests automatically by a rule:
// requests from numbers starting with ALLOW_PREFIX (default "55") are
// approved, the rest are left for a human. Point your provider's webhook at
// http://HOST:PORT/webhook. Z-API reports join requests only this way.
//   webhook_receiver PORT        (0 picks a free port; the first line says which)

#include <iostream>
#include <string>
#include <vector>

#include <httplib.h>
#include <wa/participants.hpp>

#include "client_from_env.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: webhook_receiver PORT\n";
    return 2;
  }
  std::string prefix = examples::Env("ALLOW_PREFIX").empty() ? "55" : examples::Env("ALLOW_PREFIX");
  auto client = examples::ClientFromEnv();

  httplib::Server server;
  server.Post("/webhook", [&](const httplib::Request& req, httplib::Response& res) {
    auto event = wa::ParseEvent(req.body);
    if (!event) {
      // Not a group event (a chat message, say): acknowledge and ignore.
      res.set_content(R"({"ignored":true})", "application/json");
      return;
    }
    std::cout << wa::ToString(event->kind) << " in " << event->group << "\n";
    std::vector<std::string> approve;
    if (event->kind == wa::GroupEventKind::kJoinRequest) {
      for (const auto& p : event->participants) {
        std::string who = p.phone ? *p.phone : p.id;
        bool allowed = p.phone && p.phone->rfind(prefix, 0) == 0;
        std::cout << "  " << who << (allowed ? ": approving" : ": left for a human") << "\n";
        // Ids the provider sent are WhatsApp's own: hand them back as a LID
        // or JID, which are not checked against numbering plans (WhatsApp
        // still names some older Brazilian mobiles without their ninth digit).
        if (allowed) approve.push_back(p.lid ? *p.lid : *p.phone + "@s.whatsapp.net");
      }
    }
    int approved = 0;
    if (!approve.empty()) {
      auto result = client.Approve(event->group, approve);
      if (!result) {
        std::cerr << "approve failed: " << wa::ToString(result.error()) << "\n";
      } else {
        approved = static_cast<int>(result->succeeded());
      }
    }
    res.set_content("{\"approved\":" + std::to_string(approved) + "}", "application/json");
  });

  int port = std::stoi(argv[1]);
  if (port == 0)
    port = server.bind_to_any_port("127.0.0.1");
  else if (!server.bind_to_port("127.0.0.1", port))
    port = -1;
  if (port <= 0) {
    std::cerr << "cannot listen\n";
    return 1;
  }
  std::cout << "listening on http://127.0.0.1:" << port << std::endl;
  server.listen_after_bind();
  return 0;
}
