// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_PROVIDER_SETTINGS_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_PROVIDER_SETTINGS_HPP_

// The checks every provider's factory runs on its settings, so that each
// refuses the same mistakes with the same words, never quoting a secret.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "wa/participants/error.hpp"
#include "wa/participants/http.hpp"
#include "wa/participants/options.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// A secret that goes into a header or a URL: empty (when `required`) or
/// holding a control character is refused. The message names `field` and
/// `env_hint` (where the CLI reads it), never the value.
std::optional<Error> CheckSecret(std::string_view value, std::string_view field, bool required,
                                 std::string_view env_hint);

/// `CheckSecret` for a secret that travels as a URL path segment (Z-API's
/// token): a `.` or `..` would make URL resolution rewrite the path.
std::optional<Error> CheckPathSecret(std::string_view value, std::string_view field,
                                     std::string_view env_hint);

/// The instance exactly as it will be sent: the validated, trimmed text;
/// dot segments refused.
Result<std::string> CheckInstance(std::string_view value, std::string_view field);

/// The normalised base URL, refusing plain http:// to the provider's own
/// public hosts (`domain` and its subdomains; none when `domain` is empty,
/// as for a self-hosted gateway).
Result<std::string> CheckBaseUrl(std::string_view raw, std::string_view field,
                                 std::string_view domain);

/// The base URL and instance every provider has, checked: `error` holds the
/// first problem (fields named `<options_type>.base_url` and
/// `<options_type>.<instance_field>`, as the provider's options call its
/// instance), and the transport warnings are logged.
struct CheckedConnection {
  std::string base_url;
  std::string instance;
  std::optional<Error> error;
};
CheckedConnection CheckConnection(std::string_view base_url, std::string_view instance,
                                  std::string_view options_type, std::string_view domain,
                                  const ClientOptions& client_options,
                                  std::string_view instance_field = "instance");

/// Logs, once per client, the transport settings that expose a token:
/// TLS verification off, plain http:// to another machine.
void WarnAboutTransport(const ClientOptions& options, const Result<std::string>& base);

/// The client's transport: the one in `options`, or a new `CurlTransport`.
std::shared_ptr<HttpTransport> TransportFor(const ClientOptions& options);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_PROVIDER_SETTINGS_HPP_
