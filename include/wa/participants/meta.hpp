// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_META_HPP_
#define WA_PARTICIPANTS_META_HPP_

/// @file
/// Meta's WhatsApp Cloud API, Groups API (the Graph API,
/// https://developers.facebook.com/documentation/business-messaging/whatsapp/groups):
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

/// Meta Cloud API connection settings. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT MetaOptions {
  /// The Graph API host. Plain `http://` to graph.facebook.com is refused.
  std::string base_url = "https://graph.facebook.com";
  /// The Graph API version, the first path segment (`v23.0`, the version
  /// Meta's Groups API reference pages are written for).
  std::string graph_version = "v23.0";
  /// A system-user access token with the WhatsApp business messaging
  /// permission, sent as `Authorization: Bearer <token>`. Secret.
  std::string access_token;
};

/// A client for the Cloud API's Groups API. Groups are named by their
/// Graph group ID (not a `...@g.us` JID) and participants by phone number
/// or WhatsApp ID (no LIDs).
///
/// What it can do: remove (at most 8 per request, Meta's limit;
/// `ManageMany` chunks longer lists), approve and reject join requests,
/// list pending join requests and read the members. Add, promote and demote
/// are `kUnsupported` and never sent: Meta's guide says participants cannot
/// be added manually (they join by invite link) and documents no admin
/// changes. A remove's answer says nothing per participant (results arrive
/// by the `group_participants_update` webhook), so its outcomes are
/// `confirmed = false` until `CallOptions::verify` reads the group. Approve
/// and reject first list the join requests (every page) to find each
/// requester's join-request id, then send one call with the ids found;
/// whoever has no pending request is `ParticipantErrorCode::kNoPendingRequest`,
/// and when nobody has one nothing is sent.
///
/// Errors: Graph errors map by their code (190 and 0 `kUnauthenticated`;
/// 4, 80007, 130429 and 131208 `kRateLimited`; 100, 131008, 131009
/// `kInvalidArgument`; 131215 and 131207 `kPermissionDenied`; 131041
/// `kNotFound`; see docs/providers.md). `Error::provider_code`,
/// `provider_subcode` and `provider_trace_id` keep Graph's `code`,
/// `error_subcode` and `fbtrace_id`; `provider_message` its message and
/// details; the error's message names them all, with its `type`.
/// Invalid options (empty token, malformed version or URL) do not throw:
/// every call then fails with `kInvalidArgument`, and `CheckOptions()`
/// reports why. Thread safety: may be called from any thread.
WA_PARTICIPANTS_EXPORT ParticipantsClient MakeClient(MetaOptions options,
                                                     ClientOptions client_options = {});

/// A Meta backend alone, for a client you assemble yourself or a backend you
/// wrap. Requests go through `transport`; null makes a new default libcurl
/// transport. Thread safety: may be called from any thread, and the backend
/// is thread safe. Errors: `kInvalidArgument` when the options are invalid,
/// with the message `MakeClient` would give (never quoting a secret); nothing
/// is sent.
WA_PARTICIPANTS_EXPORT Result<std::shared_ptr<Backend>> MakeMetaBackend(
    MetaOptions options, std::shared_ptr<HttpTransport> transport = nullptr);

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_META_HPP_
