// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_PROVIDERS_HPP_
#define WA_PARTICIPANTS_PROVIDERS_HPP_

/// @file
/// Every provider this build knows, for programs that pick one at run time
/// (a command line, a configuration file). Code that knows its provider at
/// compile time uses that provider's own header and `MakeClient` instead.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "wa/participants/capabilities.hpp"
#include "wa/participants/client.hpp"
#include "wa/participants/export.hpp"
#include "wa/participants/options.hpp"

namespace wa {
inline namespace v1 {

/// One secret a provider needs (a token), and where a program that reads
/// its environment should look for it. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT ProviderSecret {
  /// The key in `ProviderSettings::secrets` (`"token"`, `"client_token"`).
  std::string name;
  /// The environment variable a program reads it from (`WA_TOKEN`).
  std::string env_var;
  /// True when the provider cannot work without it.
  bool required = true;
  /// What it is, in a few words, for usage and error messages.
  std::string description;
};

/// What a program needs to know to offer a provider. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT ProviderInfo {
  /// The short stable name (`"zapi"`, `"ryze"`): `Backend::provider()`.
  std::string name;
  /// The product's own name (`"Z-API"`, `"RyzeAPI"`).
  std::string display_name;
  /// The base URL used when none is given; empty for a self-hosted gateway
  /// (Evolution API, WAHA), whose settings must name the server.
  std::string default_base_url;
  /// The instance used when none is given (WAHA's session `default`);
  /// empty when one must be given.
  std::string default_instance;
  /// The secrets, in the order a token file lists them (one per line).
  std::vector<ProviderSecret> secrets;
  /// What the provider can do.
  Capabilities capabilities;
};

/// Settings for a provider chosen at run time. Thread safety: value type.
struct WA_PARTICIPANTS_EXPORT ProviderSettings {
  /// Empty means the provider's `default_base_url` (required when that is
  /// empty).
  std::string base_url;
  /// The instance (an id, a name or a session, as the provider calls it);
  /// empty means the provider's `default_instance`, if it has one.
  std::string instance;
  /// Secrets by `ProviderSecret::name`. Names the provider does not know
  /// are refused, so a misspelt key cannot silently drop a token.
  std::map<std::string, std::string> secrets;
};

/// Every provider of this build, in a stable order. Thread safety: safe to
/// call from any thread; the list never changes. Errors: none.
WA_PARTICIPANTS_EXPORT const std::vector<ProviderInfo>& Providers();

/// The provider called `name`, or null. Thread safety: as `Providers`.
/// Errors: none.
WA_PARTICIPANTS_EXPORT const ProviderInfo* FindProvider(std::string_view name);

/// A client for the provider called `provider`. Nothing throws: an unknown
/// provider, an unknown secret name or invalid settings make every call
/// fail with `kInvalidArgument`, and `CheckOptions()` says why (never
/// quoting a secret). Thread safety: may be called from any thread.
/// Errors: none here; see `ParticipantsClient::CheckOptions`.
WA_PARTICIPANTS_EXPORT ParticipantsClient MakeClient(std::string_view provider,
                                                     ProviderSettings settings,
                                                     ClientOptions client_options = {});

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_PROVIDERS_HPP_
