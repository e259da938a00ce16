// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_WHAPI_HPP_
#define WA_PARTICIPANTS_WHAPI_HPP_

/// @file
/// Whapi.Cloud (https://whapi.cloud), a hosted WhatsApp API: its settings,
/// its client factory and its backend factory.

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

/// Whapi.Cloud connection settings. There is no instance: the token names
/// the channel (one WhatsApp number). Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT WhapiOptions {
  /// The gateway, `scheme://host[:port][/prefix]`. Plain `http://` to
  /// `whapi.cloud` is refused (the token would travel in clear).
  std::string base_url = "https://gate.whapi.cloud";
  /// The channel's API token, sent as `Authorization: Bearer <token>`. Secret.
  std::string token;
};

/// A client for Whapi.Cloud. Add, remove, promote and demote take phone
/// numbers only (a LID is refused before sending); promote and demote are
/// answered for the whole batch only, so their outcomes are unconfirmed
/// until `CallOptions::verify` or `ParticipantsClient::Verify` reads the
/// group. Approve and reject send one request per participant (Whapi.Cloud
/// takes one application per request), at most 8 at once and each under the
/// client's rate limit; each participant's outcome comes from its own answer,
/// and one whose request failed as a whole says so: unknown when the request
/// may have been sent, and that nothing was done when it was not or was
/// refused with a 429. If every request fails, the call fails with the error
/// that most forbids sending again. A 401 saying the channel needs authorization
/// (its WhatsApp session is not connected) is `kUnavailable`. Invalid options
/// (empty base URL or token) do not throw: every call then fails with
/// `kInvalidArgument`, and `CheckOptions()` reports why. Thread safety: may
/// be called from any thread. Errors: none here; see
/// `ParticipantsClient::CheckOptions`.
WA_PARTICIPANTS_EXPORT ParticipantsClient MakeClient(WhapiOptions options,
                                                     ClientOptions client_options = {});

/// A Whapi.Cloud backend alone, for a client you assemble yourself or a
/// backend you wrap. Requests go through `transport`; null makes a new
/// default libcurl transport. Thread safety: may be called from any thread,
/// and the backend is thread safe. Errors: `kInvalidArgument` when the
/// options are invalid, with the message `MakeClient` would give (never
/// quoting the token); nothing is sent.
WA_PARTICIPANTS_EXPORT Result<std::shared_ptr<Backend>> MakeWhapiBackend(
    WhapiOptions options, std::shared_ptr<HttpTransport> transport = nullptr);

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_WHAPI_HPP_
