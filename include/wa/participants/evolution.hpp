// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_EVOLUTION_HPP_
#define WA_PARTICIPANTS_EVOLUTION_HPP_

/// @file
/// Evolution API v2 (self-hosted, https://github.com/EvolutionAPI/evolution-api):
/// its settings, its client factory and its backend factory.

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

/// Evolution API connection settings. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT EvolutionOptions {
  /// Your server, `scheme://host[:port][/prefix]`. Required: Evolution API
  /// is self-hosted, so there is no default. Plain `http://` to a host that
  /// is not this machine is logged as a warning (the key travels in clear).
  std::string base_url;
  /// The instance name (the `:instanceName` path parameter).
  std::string instance;
  /// The global API key (`AUTHENTICATION_API_KEY`) or the instance's token,
  /// sent in the `apikey` header; Evolution accepts either. Secret.
  std::string api_key;
};

/// A client for Evolution API. It adds, removes, promotes and demotes, and
/// reads groups; Evolution has no join-request endpoints, so approve,
/// reject and `PendingRequests` fail with `kUnsupported` before sending.
/// Invalid options (empty base URL, instance or key) do not throw: every
/// call then fails with `kInvalidArgument`, and `CheckOptions()` reports
/// why. Thread safety: may be called from any thread. Errors: none here; see
/// `ParticipantsClient::CheckOptions`.
WA_PARTICIPANTS_EXPORT ParticipantsClient MakeClient(EvolutionOptions options,
                                                     ClientOptions client_options = {});

/// An Evolution API backend alone, for a client you assemble yourself or a
/// backend you wrap. Requests go through `transport`; null makes a new
/// default libcurl transport. Thread safety: may be called from any thread,
/// and the backend is thread safe. Errors: `kInvalidArgument` when the
/// options are invalid, with the message `MakeClient` would give (never
/// quoting a secret); nothing is sent.
WA_PARTICIPANTS_EXPORT Result<std::shared_ptr<Backend>> MakeEvolutionBackend(
    EvolutionOptions options, std::shared_ptr<HttpTransport> transport = nullptr);

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_EVOLUTION_HPP_
