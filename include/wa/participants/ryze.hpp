// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_RYZE_HPP_
#define WA_PARTICIPANTS_RYZE_HPP_

/// @file
/// RyzeAPI (https://ryzeapi.cloud): its settings, its client factory and its backend factory.

#include <memory>
#include <string>

#include "wa/participants/backend.hpp"
#include "wa/participants/client.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/export.hpp"
#include "wa/participants/http.hpp"
#include "wa/participants/options.hpp"

namespace wa {
inline namespace v1 {

/// RyzeAPI connection settings. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT RyzeOptions {
  /// `scheme://host[:port][/prefix]`; a trailing slash is tolerated. Plain
  /// `http://` is for local servers: it is refused for RyzeAPI's own hosts
  /// (`ryzeapi.cloud` and its subdomains), logged as a warning for any host
  /// that is not this machine, and such requests never go through a proxy.
  std::string base_url = "https://ryzeapi.cloud";
  /// The instance name (the `:instance` path parameter).
  std::string instance;
  /// TokenInstance or TokenAccount, sent in the `token` header. Secret.
  std::string token;
};

/// A client for RyzeAPI. Invalid options (empty instance or token, a bad
/// `base_url`) do not throw: every call then fails with `kInvalidArgument`,
/// and `CheckOptions()` reports why. Thread safety: may be called from any
/// thread. Errors: none here; see `ParticipantsClient::CheckOptions`.
WA_PARTICIPANTS_EXPORT ParticipantsClient MakeClient(RyzeOptions options,
                                                     ClientOptions client_options = {});

/// A RyzeAPI backend alone, for a client you assemble yourself
/// (`ParticipantsClient(backend, client_options)`) or a backend you wrap,
/// say in a decorator that records every call. Requests go through
/// `transport`; null makes a new default libcurl transport. Thread safety:
/// may be called from any thread, and the backend is thread safe.
/// Errors: `kInvalidArgument` when the options are invalid, with the message
/// `MakeClient` would give (never quoting a secret); nothing is sent.
WA_PARTICIPANTS_EXPORT Result<std::shared_ptr<Backend>> MakeRyzeBackend(
    RyzeOptions options, std::shared_ptr<HttpTransport> transport = nullptr);

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_RYZE_HPP_
