// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_ZAPI_HPP_
#define WA_PARTICIPANTS_ZAPI_HPP_

/// @file
/// Z-API (https://z-api.io): its settings, its client factory and its backend factory.

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

/// Z-API connection settings. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT ZApiOptions {
  /// `scheme://host[:port][/prefix]`, as for `RyzeOptions::base_url` (plain
  /// `http://` is refused for `z-api.io` and its subdomains).
  std::string base_url = "https://api.z-api.io";
  /// The instance id.
  std::string instance;
  /// The instance token. Secret: Z-API carries it in the URL path, which
  /// this SDK redacts (`/token/***/`) from everything it prints.
  std::string token;
  /// The account security token, sent as the `Client-Token` header. Secret.
  std::string client_token;
};

/// A client for Z-API. Invalid options (empty instance or token, a token
/// that is a URL dot segment, a bad `base_url`) do not throw: every call
/// then fails with `kInvalidArgument`, and `CheckOptions()` reports why.
/// Thread safety: may be called from any thread. Errors: none here; see
/// `ParticipantsClient::CheckOptions`.
WA_PARTICIPANTS_EXPORT ParticipantsClient MakeClient(ZApiOptions options,
                                                     ClientOptions client_options = {});

/// A Z-API backend alone, for a client you assemble yourself
/// (`ParticipantsClient(backend, client_options)`) or a backend you wrap,
/// say in a decorator that records every call. Requests go through
/// `transport`; null makes a new default libcurl transport. Thread safety:
/// may be called from any thread, and the backend is thread safe.
/// Errors: `kInvalidArgument` when the options are invalid, with the message
/// `MakeClient` would give (never quoting a secret); nothing is sent.
WA_PARTICIPANTS_EXPORT Result<std::shared_ptr<Backend>> MakeZApiBackend(
    ZApiOptions options, std::shared_ptr<HttpTransport> transport = nullptr);

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_ZAPI_HPP_
