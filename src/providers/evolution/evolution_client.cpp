// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include <memory>
#include <optional>
#include <utility>

#include "client/client_factory.hpp"
#include "providers/evolution/evolution_backend.hpp"
#include "providers/provider_settings.hpp"
#include "wa/participants/evolution.hpp"

namespace wa {
inline namespace v1 {

namespace {

internal::BuiltBackend Build(EvolutionOptions options, const ClientOptions& client_options) {
  using namespace internal;  // NOLINT(google-build-using-namespace): the factory's helpers
  // Self-hosted: no public host whose plain-http use could be refused.
  auto checked =
      CheckConnection(options.base_url, options.instance, "EvolutionOptions", "", client_options);
  std::optional<Error> error = std::move(checked.error);
  if (!error) error = CheckSecret(options.api_key, "EvolutionOptions.api_key", true, "WA_TOKEN");
  evolution::Config config{std::move(checked.base_url), std::move(checked.instance),
                           std::move(options.api_key)};
  return {std::make_shared<evolution::EvolutionBackend>(std::move(config),
                                                        TransportFor(client_options)),
          std::move(error)};
}

}  // namespace

ParticipantsClient MakeClient(EvolutionOptions options, ClientOptions client_options) {
  auto built = Build(std::move(options), client_options);
  return internal::ClientFactory::Make(std::move(built), std::move(client_options));
}

Result<std::shared_ptr<Backend>> MakeEvolutionBackend(EvolutionOptions options,
                                                      std::shared_ptr<HttpTransport> transport) {
  return internal::BackendOnly(std::move(options), std::move(transport), &Build);
}

}  // namespace v1
}  // namespace wa
