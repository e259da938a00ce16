// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_CLIENT_FACTORY_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_CLIENT_FACTORY_HPP_

#include <memory>
#include <optional>
#include <utility>

#include "wa/participants/client.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// A provider's backend as its factory built it, with the first problem
/// its settings had (then the backend must not be used).
struct BuiltBackend {
  std::shared_ptr<Backend> backend;
  std::optional<Error> error;
};

/// How the providers' factories build a client: unlike the public
/// constructor, it carries the settings error every call must return.
struct ClientFactory {
  /// A client over `backend`; with `config_error`, every call fails with it.
  static ParticipantsClient Make(std::shared_ptr<Backend> backend, ClientOptions client_options,
                                 std::optional<Error> config_error);
  /// `Make` over what a provider's factory built.
  static ParticipantsClient Make(BuiltBackend built, ClientOptions client_options) {
    return Make(std::move(built.backend), std::move(client_options), std::move(built.error));
  }
};

/// A provider's public `Make<X>Backend`: `build(options, client_options)`
/// over `transport` (null: a new default transport), or its settings error.
template <class Options, class Build>
Result<std::shared_ptr<Backend>> BackendOnly(Options options,
                                             std::shared_ptr<HttpTransport> transport,
                                             Build build) {
  ClientOptions client_options;
  client_options.transport = std::move(transport);
  BuiltBackend built = build(std::move(options), client_options);
  if (built.error) return Unexpected(std::move(*built.error));
  return std::move(built.backend);
}

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_CLIENT_CLIENT_FACTORY_HPP_
