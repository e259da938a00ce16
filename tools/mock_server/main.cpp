// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// wa-participants-mock: the stateful RyzeAPI / Z-API simulator as a program.

#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>
#include <string>

#include "mock_server.hpp"

namespace {

constexpr const char* kUsage = R"(usage: wa-participants-mock [options]

A stateful simulator of the group-participant endpoints of every provider
the SDK knows (each one's folder under tools/mock_server/), listening on
127.0.0.1. The first line printed is
  listening on http://127.0.0.1:PORT

options:
  --port N              port to listen on; 0 (the default) picks a free one
  --state FILE          the world as JSON (default: the built-in demo world)
  --print-demo-state    print the built-in demo world and exit
  --rate-limit N        RyzeAPI requests per token per window (default 100; 0 = off)
  --rate-window-ms N    the rate-limit window (default 60000)
  --latency-ms N        delay added to every provider request
  --fault SPEC          queue a fault for the next requests, e.g. status=503:2,
                        drop, slow_body=200, malformed_json, truncated_json,
                        oversized_body=9000000, latency=500,
                        omit_last_participant (repeatable);
                        ":N" applies it to N requests
  --threads N           worker threads (default 64)
  --quiet               do not log requests to stderr
  --help                this text

Admin endpoints: GET/DELETE /_mock/requests, GET/PUT /_mock/state,
POST /_mock/faults {"kind":..., "status":..., "delay_ms":..., "bytes":..., "count":...},
GET /_mock/health. State dumps show tokens as "***". With WA_MOCK_ADMIN_TOKEN set
in the environment, every admin endpoint but health needs the header
X-Mock-Admin-Token with that value (and GET /_mock/state?secrets=1 shows tokens).
Fault limits: status 100-599, delays up to 60000 ms, bytes up to 64 MiB.
Stops cleanly on SIGINT or SIGTERM.
)";

[[noreturn]] void UsageError(const std::string& what) {
  std::cerr << "wa-participants-mock: " << what << "\n(run with --help for usage)\n";
  std::exit(2);
}

long ParseNumber(const std::string& flag, const std::string& value) {
  char* end = nullptr;
  long v = std::strtol(value.c_str(), &end, 10);
  // Every number here fits an int; a larger one is a typo or an attack
  // (and would wrap when narrowed).
  if (value.empty() || *end != '\0' || v < 0 || v > std::numeric_limits<int>::max()) {
    UsageError(flag + " needs a number between 0 and " +
               std::to_string(std::numeric_limits<int>::max()));
  }
  return v;
}

wa::mock::Fault ParseFault(const std::string& spec) {
  wa::mock::Fault f;
  std::string kind = spec;
  std::string arg;
  if (auto colon = kind.find(':'); colon != std::string::npos) {
    f.count = static_cast<int>(ParseNumber("--fault count", kind.substr(colon + 1)));
    kind = kind.substr(0, colon);
  }
  if (auto eq = kind.find('='); eq != std::string::npos) {
    arg = kind.substr(eq + 1);
    kind = kind.substr(0, eq);
  }
  using K = wa::mock::Fault::Kind;
  if (kind == "status") {
    f.kind = K::kStatus;
    if (!arg.empty()) f.status = static_cast<int>(ParseNumber("--fault status", arg));
  } else if (kind == "drop") {
    f.kind = K::kDrop;
  } else if (kind == "slow_body") {
    f.kind = K::kSlowBody;
    if (!arg.empty()) f.delay = std::chrono::milliseconds(ParseNumber("--fault slow_body", arg));
  } else if (kind == "latency") {
    f.kind = K::kLatency;
    f.delay = std::chrono::milliseconds(ParseNumber("--fault latency", arg));
  } else if (kind == "malformed_json") {
    f.kind = K::kMalformedJson;
  } else if (kind == "truncated_json") {
    f.kind = K::kTruncatedJson;
  } else if (kind == "omit_last_participant") {
    f.kind = K::kOmitLastParticipant;
  } else if (kind == "oversized_body") {
    f.kind = K::kOversizedBody;
    if (!arg.empty())
      f.bytes = static_cast<std::size_t>(ParseNumber("--fault oversized_body", arg));
  } else {
    UsageError("unknown fault \"" + kind + "\"");
  }
  if (std::string problem = wa::mock::ValidateFault(f); !problem.empty()) {
    UsageError("--fault " + kind + ": " + problem);
  }
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  wa::mock::MockOptions options;
  std::vector<wa::mock::Fault> faults;
  long port = 0;
  bool quiet = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) UsageError(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--port") {
      port = ParseNumber(arg, value());
      if (port > 65535) UsageError("--port must be at most 65535");
    } else if (arg == "--state") {
      std::string path = value();
      std::ifstream in(path);
      if (!in) UsageError("cannot read the state file " + path);
      std::stringstream ss;
      ss << in.rdbuf();
      options.state_json = ss.str();
    } else if (arg == "--print-demo-state") {
      std::cout << wa::mock::MockServer::DemoStateJson() << "\n";
      return 0;
    } else if (arg == "--rate-limit") {
      options.rate_limit = static_cast<int>(ParseNumber(arg, value()));
    } else if (arg == "--rate-window-ms") {
      options.rate_window = std::chrono::milliseconds(ParseNumber(arg, value()));
    } else if (arg == "--latency-ms") {
      options.latency = std::chrono::milliseconds(ParseNumber(arg, value()));
    } else if (arg == "--fault") {
      faults.push_back(ParseFault(value()));
    } else if (arg == "--threads") {
      options.threads = static_cast<int>(ParseNumber(arg, value()));
    } else if (arg == "--quiet") {
      quiet = true;
    } else {
      UsageError("unknown option " + arg);
    }
  }
  if (!quiet) options.log = [](const std::string& line) { std::cerr << "mock: " << line << "\n"; };
  // A secret never comes from argv (the process list shows it).
  if (const char* admin = std::getenv("WA_MOCK_ADMIN_TOKEN")) options.admin_token = admin;

  // Block the stop signals in every thread (the server's threads inherit
  // the mask), then wait for them here.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  wa::mock::MockServer server(options);
  std::string error;
  if (!server.Start(static_cast<int>(port), &error)) {
    std::cerr << "wa-participants-mock: " << error << "\n";
    return 1;
  }
  for (const auto& f : faults) server.InjectFault(f);
  std::cout << "listening on " << server.base_url() << std::endl;

  int sig = 0;
  sigwait(&stop_signals, &sig);
  server.Stop();
  if (!quiet) std::cerr << "mock: stopped on signal " << sig << "\n";
  return 0;
}
