// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// A Boost.Asio program: its io_context issues 1,000 group reads through the
// SDK, and every completion handler posts its result back to the program's
// own strand, so the program's state is touched by one strand only and no
// thread is parked on a future.
//   asio_event_loop GROUP [CALLS]

#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <wa/participants.hpp>

#include "client_from_env.hpp"

namespace asio = boost::asio;

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: asio_event_loop GROUP [CALLS]\n";
    return 2;
  }
  const std::string group = argv[1];
  const int calls = argc == 3 ? std::atoi(argv[2]) : 1000;
  if (calls <= 0) {
    std::cerr << "CALLS must be a positive number\n";
    return 2;
  }

  asio::io_context io;
  auto strand = asio::make_strand(io);
  auto work = asio::make_work_guard(io);  // run() waits for the last result

  wa::ClientOptions options;
  options.max_concurrency = 100;  // in flight at once; the rest queue in the SDK
  auto client = examples::ClientFromEnv(options);

  // Touched only on `strand`.
  int completed = 0;
  int members_seen = 0;
  std::map<std::string, int> failures;

  // [START asio]
  for (int i = 0; i < calls; ++i) {
    client.GetGroupAsync(group, [&, strand](wa::Result<wa::GroupInfo> r) {
      // The SDK's thread: do nothing here but hand the result over.
      asio::post(strand, [&, r = std::move(r)] {
        if (r) {
          members_seen += static_cast<int>(r->members.size());
        } else {
          ++failures[std::string(wa::ToString(r.error().code))];
        }
        if (++completed == calls) work.reset();
      });
    });
  }
  io.run();
  // [END asio]

  std::cout << completed << " calls completed on the strand, " << (calls - completed)
            << " missing\n";
  std::cout << members_seen << " member entries read\n";
  for (const auto& [code, n] : failures) std::cout << n << " failed: " << code << "\n";
  return failures.empty() && completed == calls ? 0 : 1;
}
