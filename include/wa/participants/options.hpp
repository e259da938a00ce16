// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_OPTIONS_HPP_
#define WA_PARTICIPANTS_OPTIONS_HPP_

/// @file
/// Configuration: provider credentials, client behaviour, per-call overrides.

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "wa/participants/cancellation.hpp"
#include "wa/participants/export.hpp"
#include "wa/participants/log.hpp"

namespace wa {
inline namespace v1 {

class HttpTransport;

/// Client-side pacing: at most `requests` per `period`, in a token bucket
/// shared by every client in the process that uses the same provider token.
/// Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT RateLimit {
  /// Permits per `period`. 0 (the default) selects the provider's documented
  /// limit: 100 per minute for RyzeAPI, none for Z-API.
  int requests = 0;
  /// The refill period.
  std::chrono::milliseconds period = std::chrono::minutes(1);
  /// The longest a call waits for a permit, or for an `X-RateLimit-Reset`,
  /// before it fails with `kRateLimited`: with `request_sent == false` when
  /// nothing was sent yet, or with the provider's own 429 (`http_status`
  /// 429, `retry_after`, `request_sent == true`) when that 429's wait is
  /// what does not fit. A provider's announced wait blocks the limiter for
  /// at most 15 minutes.
  std::chrono::milliseconds max_wait = std::chrono::minutes(2);
};

/// When to send a request again after a failure. Participant actions are
/// not idempotent: they are re-sent only when the previous attempt provably
/// never left this machine, or was refused with HTTP 429. `PendingRequests`
/// (a read) is also retried on network errors, 502, 503 and 504.
/// Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT RetryPolicy {
  /// Attempts in all, including the first; 1 disables retries.
  int max_attempts = 3;
  /// The first backoff; each later one is `multiplier` times longer, capped
  /// at `max_backoff`, and the actual sleep is drawn uniformly from
  /// [0, backoff] ("full jitter").
  std::chrono::milliseconds initial_backoff = std::chrono::milliseconds(500);
  /// The cap on a single backoff.
  std::chrono::milliseconds max_backoff = std::chrono::seconds(30);
  /// Growth factor between backoffs.
  double multiplier = 2.0;
};

/// Settings of the default libcurl transport. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT CurlTransportOptions {
  /// Time allowed for DNS, TCP and TLS set-up; always finite.
  std::chrono::milliseconds connect_timeout = std::chrono::seconds(10);
  /// Responses larger than this fail with `kProtocol`; nothing beyond it is
  /// buffered.
  std::size_t max_response_bytes = 4u << 20;
  /// Response headers larger than this (in total) fail with `kProtocol`.
  std::size_t max_header_bytes = 64u << 10;
  /// A CA bundle file to verify servers with; empty = the system default.
  std::string ca_bundle_path;
  /// Turns TLS certificate and host-name verification OFF. Only for a test
  /// server with a self-signed certificate: anyone on the path can then read
  /// your tokens. A client made with it logs a warning (once, when made).
  bool unsafe_disable_tls_verification = false;
  /// Idle easy handles (and so keep-alive connections) kept for reuse.
  std::size_t max_idle_handles = 64;
  /// The User-Agent header.
  std::string user_agent = "wa-participants";
};

/// Behaviour of a `ParticipantsClient`. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT ClientOptions {
  /// Client-side pacing. The default selects the provider's documented limit
  /// (RyzeAPI 100/min per token, Z-API none); `std::nullopt` turns client-side
  /// pacing off. Server 429s and `X-RateLimit-*` headers are honoured either way.
  std::optional<RateLimit> rate_limit = RateLimit{};
  /// Asynchronous requests in flight per client; more wait in a queue.
  int max_concurrency = 32;
  /// Retries; see `RetryPolicy` for what is never re-sent.
  RetryPolicy retry;
  /// Where requests go; null selects the default libcurl transport built
  /// from `curl`.
  std::shared_ptr<HttpTransport> transport;
  /// Settings of the default transport (ignored when `transport` is set).
  CurlTransportOptions curl;
  /// Overrides the per-action request timeouts for every call of this client.
  /// The defaults exceed the providers' own: 75 s for add, remove, promote
  /// and demote (RyzeAPI may take 60 s), 105 s for approve and reject (90 s),
  /// 30 s for reads.
  std::optional<std::chrono::milliseconds> timeout;
  /// Calls with more distinct participants than this fail with
  /// `kInvalidArgument` before anything is sent.
  std::size_t max_participants_per_call = 1024;
  /// The region (ISO 3166 alpha-2, e.g. `"BR"`) whose national forms a
  /// participant written without `+` is read in first: `"(11) 98888-7774"`
  /// is then +55 11 98888-7774, and digits that are no valid number there are
  /// read with their country code. Empty (the default): only international
  /// forms are read (digits without `+` start with the country code).
  /// Either way each phone number must be valid in its country's numbering
  /// plan (libphonenumber), or the call fails with `kInvalidArgument` before
  /// anything is sent; JIDs and LIDs are WhatsApp's own and are not checked
  /// against numbering plans. An unknown region makes every call fail with
  /// `kInvalidArgument`; a build without libphonenumber fails every call with
  /// `kUnsupported` when this is set.
  std::string default_region;
  /// Receives redacted log records (request lines, retries, waits); null = silent.
  /// Called from the calling thread or one of the SDK's own (worker, event-loop,
  /// timer); must be thread safe and must not block. An exception it throws
  /// is caught and dropped with its record.
  std::function<void(const LogRecord&)> logger;
  /// Replaces the sleep between retries and before rate-limited sends (tests
  /// inject a fake clock here). Null = a real sleep that ends early when the
  /// call is cancelled. When set, asynchronous calls call it in place of
  /// their timer-queue waits, on whichever thread runs the call's step.
  std::function<void(std::chrono::milliseconds)> sleeper;
  /// Replaces the monotonic clock used for pacing, backoff and deadlines
  /// (tests advance it from their `sleeper`). Null = `std::chrono::steady_clock`.
  std::function<std::chrono::steady_clock::time_point()> clock;
};

/// Options only an add takes. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT AddOptions {
  /// Ask the provider to send a private invite link to each participant
  /// whose privacy settings block being added (Z-API's `autoInvite`). Such
  /// participants come back as `ParticipantErrorCode::kInvited`: invited,
  /// not added. Z-API answers only for the whole batch, so this also turns
  /// on verification (one group read after the add) to tell the added from
  /// the invited. Errors: `kUnsupported` before anything is sent when the
  /// provider cannot invite (RyzeAPI); `kInvalidArgument` on any action but add.
  bool invite_if_restricted = false;
};

/// Per-call overrides. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT CallOptions {
  /// Overrides the request timeout for this call (each attempt).
  std::optional<std::chrono::milliseconds> timeout;
  /// Overrides the client's retry policy for this call.
  std::optional<RetryPolicy> retry;
  /// A deadline for the whole call, retries and waits included; past it the
  /// call fails with `kTimeout` (or `kRateLimited` while waiting for a permit).
  std::optional<std::chrono::steady_clock::time_point> deadline;
  /// Cancels this call when cancelled; the call returns `kCancelled`.
  std::optional<CancellationToken> cancel;
  /// After a participant action, read the group back (one extra request)
  /// and confirm each participant the provider did not: see
  /// `ParticipantsClient::Verify`. If the action failed with an unknown
  /// outcome (a timeout, a dropped connection, a 5xx), the read resolves it:
  /// the call then succeeds with every participant's true state.
  bool verify = false;
  /// Add-only options; see `AddOptions`.
  AddOptions add;
};

/// Progress of a `ManageMany` call, reported after each chunk.
/// Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT BulkProgress {
  std::size_t chunks_done = 0;         ///< Chunks finished (answered or failed).
  std::size_t chunks_total = 0;        ///< Chunks in all.
  std::size_t participants_done = 0;   ///< Participants in finished chunks.
  std::size_t participants_total = 0;  ///< Distinct participants in all.
  std::size_t succeeded = 0;           ///< Participants that succeeded so far.
  std::size_t failed = 0;              ///< Participants that failed so far.
};

/// How `ManageMany` splits and paces a large list. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT BulkOptions {
  /// Participants per request.
  std::size_t chunk_size = 50;
  /// Chunks in flight at once: the calling thread sends one, and up to
  /// `max_parallel_chunks - 1` threads of the client's bulk pool the rest
  /// (the pool holds at most 64 threads, shared by the client's `ManageMany`
  /// calls in flight; it never waits behind asynchronous calls).
  int max_parallel_chunks = 1;
  /// A pause after each chunk before the same worker sends the next one, on
  /// top of the rate limiter: providers ban numbers that add people in bursts.
  std::chrono::milliseconds pause_between_chunks{0};
  /// Each pause is stretched or shrunk by up to this fraction at random
  /// (0.2 = ±20 %), so the pattern does not look automated.
  double jitter = 0.0;
  /// Called after each chunk, from a worker thread, never concurrently.
  std::function<void(const BulkProgress&)> on_progress;
  /// Timeout, retry, deadline and cancellation for the whole job (the
  /// timeout and retry apply to each chunk).
  CallOptions call;
};

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_OPTIONS_HPP_
