// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include <memory>
#include <optional>
#include <utility>

#include "client/client_factory.hpp"
#include "providers/provider_settings.hpp"
#include "providers/waha/waha_backend.hpp"
#include "wa/participants/waha.hpp"

namespace wa {
inline namespace v1 {

namespace {

internal::BuiltBackend Build(WahaOptions options, const ClientOptions& client_options) {
  using namespace internal;  // NOLINT(google-build-using-namespace): the factory's helpers
  // Self-hosted: no public host whose plain-http use could be refused.
  auto checked = CheckConnection(options.base_url, options.session, "WahaOptions", "",
                                 client_options, "session");
  std::optional<Error> error = std::move(checked.error);
  if (!error) error = CheckSecret(options.api_key, "WahaOptions.api_key", true, "WA_TOKEN");
  waha::Config config{std::move(checked.base_url), std::move(checked.instance),
                      std::move(options.api_key)};
  return {std::make_shared<waha::WahaBackend>(std::move(config), TransportFor(client_options)),
          std::move(error)};
}

}  // namespace

ParticipantsClient MakeClient(WahaOptions options, ClientOptions client_options) {
  auto built = Build(std::move(options), client_options);
  return internal::ClientFactory::Make(std::move(built), std::move(client_options));
}

Result<std::shared_ptr<Backend>> MakeWahaBackend(WahaOptions options,
                                                 std::shared_ptr<HttpTransport> transport) {
  return internal::BackendOnly(std::move(options), std::move(transport), &Build);
}

}  // namespace v1
}  // namespace wa
