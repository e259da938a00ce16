// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/providers.hpp"

#include <utility>

#include "client/client_factory.hpp"
#include "providers/descriptor.hpp"
#include "util/sanitize.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace {

// "a or b", "a, b or c".
std::string ProviderNames() {
  const auto& all = internal::Registry();
  std::string names;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (i > 0) names += i + 1 == all.size() ? " or " : ", ";
    names += all[i].info.name;
  }
  return names;
}

const internal::ProviderDescriptor* Find(std::string_view name) {
  for (const auto& d : internal::Registry()) {
    if (d.info.name == name) return &d;
  }
  return nullptr;
}

ParticipantsClient Refused(std::string message, ClientOptions client_options) {
  return internal::ClientFactory::Make(
      nullptr, std::move(client_options),
      MakeLocalError(ErrorCode::kInvalidArgument, std::move(message)));
}

}  // namespace

const std::vector<ProviderInfo>& Providers() {
  static const std::vector<ProviderInfo> kInfos = [] {
    std::vector<ProviderInfo> infos;
    for (const auto& d : internal::Registry()) infos.push_back(d.info);
    return infos;
  }();
  return kInfos;
}

const ProviderInfo* FindProvider(std::string_view name) {
  for (const auto& info : Providers()) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

ParticipantsClient MakeClient(std::string_view provider, ProviderSettings settings,
                              ClientOptions client_options) {
  const internal::ProviderDescriptor* d = Find(provider);
  if (d == nullptr) {
    return Refused(
        "unknown provider " + internal::QuoteForMessage(provider) + ": use " + ProviderNames(),
        std::move(client_options));
  }
  for (const auto& [name, value] : settings.secrets) {
    bool known = false;
    for (const auto& secret : d->info.secrets) known = known || secret.name == name;
    if (!known) {
      // The key, never the value: a value may be a token.
      return Refused("ProviderSettings.secrets has " + internal::QuoteForMessage(name) +
                         ", which " + d->info.display_name + " does not take",
                     std::move(client_options));
    }
  }
  if (d->info.default_base_url.empty() && internal::TrimWhitespace(settings.base_url).empty()) {
    return Refused(d->info.display_name +
                       " is self-hosted, so there is no default base URL: give your server's "
                       "(ProviderSettings.base_url; --base-url or WA_BASE_URL in the CLI)",
                   std::move(client_options));
  }
  return d->make_client(std::move(settings), std::move(client_options));
}

}  // namespace v1
}  // namespace wa
