// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include <memory>
#include <optional>
#include <utility>

#include "client/client_factory.hpp"
#include "providers/provider_settings.hpp"
#include "providers/ryze/ryze_backend.hpp"
#include "wa/participants/ryze.hpp"

namespace wa {
inline namespace v1 {

namespace {

internal::BuiltBackend Build(RyzeOptions options, const ClientOptions& client_options) {
  using namespace internal;  // NOLINT(google-build-using-namespace): the factory's helpers
  auto checked = CheckConnection(options.base_url, options.instance, "RyzeOptions", "ryzeapi.cloud",
                                 client_options);
  std::optional<Error> error = std::move(checked.error);
  if (!error) error = CheckSecret(options.token, "RyzeOptions.token", true, "WA_TOKEN");
  ryze::Config config{std::move(checked.base_url), std::move(checked.instance),
                      std::move(options.token)};
  return {std::make_shared<ryze::RyzeBackend>(std::move(config), TransportFor(client_options)),
          std::move(error)};
}

}  // namespace

ParticipantsClient MakeClient(RyzeOptions options, ClientOptions client_options) {
  auto built = Build(std::move(options), client_options);
  return internal::ClientFactory::Make(std::move(built), std::move(client_options));
}

Result<std::shared_ptr<Backend>> MakeRyzeBackend(RyzeOptions options,
                                                 std::shared_ptr<HttpTransport> transport) {
  return internal::BackendOnly(std::move(options), std::move(transport), &Build);
}

ParticipantsClient ParticipantsClient::Ryze(RyzeOptions options, ClientOptions client_options) {
  return MakeClient(std::move(options), std::move(client_options));
}

}  // namespace v1
}  // namespace wa
