// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_WAHA_HPP_
#define WA_PARTICIPANTS_WAHA_HPP_

/// @file
/// WAHA, the WhatsApp HTTP API (self-hosted, https://github.com/devlikeapro/waha):
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

/// WAHA connection settings. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT WahaOptions {
  /// Your server, `scheme://host[:port][/prefix]`. Required: WAHA is
  /// self-hosted, so there is no default. Plain `http://` to a host that is
  /// not this machine is logged as a warning (the key travels in clear).
  std::string base_url;
  /// The session (the `{session}` path segment); WAHA's own default is
  /// `default`.
  std::string session = "default";
  /// The API key (`WAHA_API_KEY`, or a session key), sent in the
  /// `X-Api-Key` header. Secret.
  std::string api_key;
};

/// A client for WAHA, whichever engine the server runs (NOWEB, WEBJS or
/// GOWS): each answers in its own shape, and each is read. Join requests
/// (list, approve, reject) need a WAHA release that has them; an older one
/// answers 404, reported as `kNotFound` with that hint. Invalid options
/// (empty base URL, session or key) do not throw: every call then fails with
/// `kInvalidArgument`, and `CheckOptions()` reports why. Thread safety: may be
/// called from any thread. Errors: none here; see
/// `ParticipantsClient::CheckOptions`.
WA_PARTICIPANTS_EXPORT ParticipantsClient MakeClient(WahaOptions options,
                                                     ClientOptions client_options = {});

/// A WAHA backend alone, for a client you assemble yourself or a backend you
/// wrap. Requests go through `transport`; null makes a new default libcurl
/// transport. Thread safety: may be called from any thread, and the backend
/// is thread safe. Errors: `kInvalidArgument` when the options are invalid,
/// with the message `MakeClient` would give (never quoting a secret); nothing
/// is sent.
WA_PARTICIPANTS_EXPORT Result<std::shared_ptr<Backend>> MakeWahaBackend(
    WahaOptions options, std::shared_ptr<HttpTransport> transport = nullptr);

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_WAHA_HPP_
