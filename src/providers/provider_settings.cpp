// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/provider_settings.hpp"

#include "http/base_url.hpp"
#include "ids/identifiers.hpp"
#include "util/strings.hpp"
#include "wa/participants/curl_transport.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

// "." and ".." are path segments to URL resolution: libcurl removes them,
// so an instance (or a Z-API token, also a path segment) of ".." would send
// the request to another endpoint. Percent-encoding leaves dots alone.
bool IsDotSegment(std::string_view s) { return s == "." || s == ".."; }

}  // namespace

// A secret goes into a header or a URL: a CR or LF in it would let it forge
// headers, so refuse it. The message names the field, never the value.
std::optional<Error> CheckSecret(std::string_view value, std::string_view field, bool required,
                                 std::string_view env_hint) {
  if (value.empty()) {
    if (!required) return std::nullopt;
    return MakeLocalError(
        ErrorCode::kInvalidArgument,
        std::string(field) + " is empty; set it (the CLI reads " + std::string(env_hint) + ")");
  }
  if (HasControlCharacter(value)) {
    return MakeLocalError(ErrorCode::kInvalidArgument,
                          std::string(field) + " contains control characters (a stray newline?)");
  }
  return std::nullopt;
}

// A secret that travels as a URL path segment (Z-API's token).
std::optional<Error> CheckPathSecret(std::string_view value, std::string_view field,
                                     std::string_view env_hint) {
  if (auto e = CheckSecret(value, field, true, env_hint)) return e;
  if (IsDotSegment(value)) {
    return MakeLocalError(ErrorCode::kInvalidArgument,
                          std::string(field) + " is a URL dot segment; it cannot be a token");
  }
  return std::nullopt;
}

// The instance as it will be sent: exactly the validated (trimmed) text.
Result<std::string> CheckInstance(std::string_view value, std::string_view field) {
  auto pre = PrecheckIdentifier(value, field);
  if (!pre) return Unexpected(std::move(pre).error());
  if (IsDotSegment(*pre)) {
    return Unexpected(MakeLocalError(
        ErrorCode::kInvalidArgument,
        std::string(field) + " " + QuoteForMessage(*pre) +
            " is a URL dot segment: it would rewrite the request's path; nothing was sent"));
  }
  return std::string(*pre);
}

// The base URL for `field`, refusing plain http to the provider's own
// public hosts (`domain` and its subdomains): the token would cross the
// internet in clear, and any proxy on the way would log it.
Result<std::string> CheckBaseUrl(std::string_view raw, std::string_view field,
                                 std::string_view domain) {
  auto base = NormalizeBaseUrl(raw, field);
  if (!base) return base;
  // Self-hosted gateways have no public host (`domain` empty) to protect.
  if (!domain.empty() && IsPlainHttpUrl(*base) && HostIsWithin(UrlHost(*base), domain)) {
    return Unexpected(MakeLocalError(ErrorCode::kInvalidArgument,
                                     std::string(field) + " uses plain http:// to " +
                                         std::string(UrlHost(*base)) +
                                         ": the token would travel in clear; use https://"));
  }
  return base;
}

// Said once, when the client is made, not per request.
void WarnAboutTransport(const ClientOptions& options, const Result<std::string>& base) {
  if (!options.logger) return;
  if (!options.transport && options.curl.unsafe_disable_tls_verification) {
    options.logger(LogRecord{LogRecord::Level::kWarning,
                             "TLS certificate and host-name verification are OFF "
                             "(CurlTransportOptions::unsafe_disable_tls_verification): anyone on "
                             "the path can read the tokens"});
  }
  if (base && IsPlainHttpUrl(*base) && !IsLoopbackHost(UrlHost(*base))) {
    options.logger(LogRecord{
        LogRecord::Level::kWarning,
        "the base URL uses plain http:// to " + std::string(UrlHost(*base)) +
            ", which is not this machine: the token travels in clear (plain-http requests "
            "never go through a proxy)"});
  }
}

std::shared_ptr<HttpTransport> TransportFor(const ClientOptions& options) {
  return options.transport ? options.transport : MakeCurlTransport(options.curl);
}

CheckedConnection CheckConnection(std::string_view base_url, std::string_view instance,
                                  std::string_view options_type, std::string_view domain,
                                  const ClientOptions& client_options,
                                  std::string_view instance_field) {
  CheckedConnection checked;
  const std::string type(options_type);
  auto base = CheckBaseUrl(base_url, type + ".base_url", domain);
  if (!base) checked.error = base.error();
  WarnAboutTransport(client_options, base);
  auto inst = CheckInstance(instance, type + "." + std::string(instance_field));
  if (!checked.error && !inst) checked.error = inst.error();
  if (base) checked.base_url = std::move(*base);
  if (inst) checked.instance = std::move(*inst);
  return checked;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
