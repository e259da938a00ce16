// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include <memory>
#include <optional>
#include <utility>

#include "client/client_factory.hpp"
#include "providers/provider_settings.hpp"
#include "providers/zapi/zapi_backend.hpp"
#include "wa/participants/zapi.hpp"

namespace wa {
inline namespace v1 {

namespace {

internal::BuiltBackend Build(ZApiOptions options, const ClientOptions& client_options) {
  using namespace internal;  // NOLINT(google-build-using-namespace): the factory's helpers
  auto checked = CheckConnection(options.base_url, options.instance, "ZApiOptions", "z-api.io",
                                 client_options);
  std::optional<Error> error = std::move(checked.error);
  if (!error) error = CheckPathSecret(options.token, "ZApiOptions.token", "WA_TOKEN");
  if (!error) {
    error = CheckSecret(options.client_token, "ZApiOptions.client_token", false, "WA_CLIENT_TOKEN");
  }
  zapi::Config config{std::move(checked.base_url), std::move(checked.instance),
                      std::move(options.token), std::move(options.client_token)};
  return {std::make_shared<zapi::ZApiBackend>(std::move(config), TransportFor(client_options)),
          std::move(error)};
}

}  // namespace

ParticipantsClient MakeClient(ZApiOptions options, ClientOptions client_options) {
  auto built = Build(std::move(options), client_options);
  return internal::ClientFactory::Make(std::move(built), std::move(client_options));
}

Result<std::shared_ptr<Backend>> MakeZApiBackend(ZApiOptions options,
                                                 std::shared_ptr<HttpTransport> transport) {
  return internal::BackendOnly(std::move(options), std::move(transport), &Build);
}

ParticipantsClient ParticipantsClient::ZApi(ZApiOptions options, ClientOptions client_options) {
  return MakeClient(std::move(options), std::move(client_options));
}

}  // namespace v1
}  // namespace wa
