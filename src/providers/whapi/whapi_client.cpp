// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include <memory>
#include <optional>
#include <utility>

#include "client/client_factory.hpp"
#include "providers/provider_settings.hpp"
#include "providers/whapi/whapi_backend.hpp"
#include "wa/participants/whapi.hpp"

namespace wa {
inline namespace v1 {

namespace {

internal::BuiltBackend Build(WhapiOptions options, const ClientOptions& client_options) {
  using namespace internal;  // NOLINT(google-build-using-namespace): the factory's helpers
  // No instance: the token names the channel.
  auto base = CheckBaseUrl(options.base_url, "WhapiOptions.base_url", "whapi.cloud");
  WarnAboutTransport(client_options, base);
  std::optional<Error> error;
  if (!base) error = base.error();
  if (!error) error = CheckSecret(options.token, "WhapiOptions.token", true, "WA_TOKEN");
  whapi::Config config{base ? std::move(*base) : std::string(), std::move(options.token)};
  return {std::make_shared<whapi::WhapiBackend>(std::move(config), TransportFor(client_options)),
          std::move(error)};
}

}  // namespace

ParticipantsClient MakeClient(WhapiOptions options, ClientOptions client_options) {
  auto built = Build(std::move(options), client_options);
  return internal::ClientFactory::Make(std::move(built), std::move(client_options));
}

Result<std::shared_ptr<Backend>> MakeWhapiBackend(WhapiOptions options,
                                                  std::shared_ptr<HttpTransport> transport) {
  return internal::BackendOnly(std::move(options), std::move(transport), &Build);
}

}  // namespace v1
}  // namespace wa
