// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include <memory>
#include <optional>
#include <utility>

#include "client/client_factory.hpp"
#include "providers/meta/meta_backend.hpp"
#include "providers/provider_settings.hpp"
#include "util/strings.hpp"
#include "wa/participants/meta.hpp"

namespace wa {
inline namespace v1 {

namespace {

internal::BuiltBackend Build(MetaOptions options, const ClientOptions& client_options) {
  using namespace internal;  // NOLINT(google-build-using-namespace): the factory's helpers
  // graph.facebook.com is Meta's own host: plain http to it would send the
  // token in clear, so it is refused.
  auto base = CheckBaseUrl(options.base_url, "MetaOptions.base_url", "facebook.com");
  WarnAboutTransport(client_options, base);
  std::optional<Error> error;
  if (!base) error = base.error();
  if (!error && !meta::IsGraphVersion(options.graph_version)) {
    error = MakeLocalError(ErrorCode::kInvalidArgument,
                           "invalid MetaOptions.graph_version " +
                               QuoteForMessage(options.graph_version) +
                               ": the Graph API spells versions vMAJOR.MINOR, e.g. v23.0");
  }
  if (!error) {
    error = CheckSecret(options.access_token, "MetaOptions.access_token", true, "WA_TOKEN");
  }
  meta::Config config{base ? std::move(*base) : std::string(), std::move(options.graph_version),
                      std::move(options.access_token)};
  return {std::make_shared<meta::MetaBackend>(std::move(config), TransportFor(client_options)),
          std::move(error)};
}

}  // namespace

ParticipantsClient MakeClient(MetaOptions options, ClientOptions client_options) {
  auto built = Build(std::move(options), client_options);
  return internal::ClientFactory::Make(std::move(built), std::move(client_options));
}

Result<std::shared_ptr<Backend>> MakeMetaBackend(MetaOptions options,
                                                 std::shared_ptr<HttpTransport> transport) {
  return internal::BackendOnly(std::move(options), std::move(transport), &Build);
}

}  // namespace v1
}  // namespace wa
