// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_COMMON_HTTP_BACKEND_BASE_HPP_
#define WA_PARTICIPANTS_SRC_COMMON_HTTP_BACKEND_BASE_HPP_

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/exchange.hpp"
#include "common/redact.hpp"
#include "wa/participants/backend.hpp"
#include "wa/participants/http.hpp"

namespace wa::internal {

/// What the HTTP backends share: a transport, the redactor built from their
/// secrets, and the send-then-parse step with redaction applied to every
/// error on the way out.
class HttpBackendBase : public Backend {
 protected:
  HttpBackendBase(std::shared_ptr<HttpTransport> transport, std::vector<std::string> secrets,
                  std::string quota_key);

  /// Sends `request` (made cancellable by the context's token), then
  /// `parse(response, now)`; every error is redacted.
  template <class Parse>
  auto SendAndParse(HttpRequest request, const RequestContext& context,
                    std::optional<Action> action, Parse&& parse)
      -> decltype(parse(std::declval<const HttpResponse&>(),
                        std::chrono::system_clock::time_point())) {
    request.cancel = context.cancel;
    auto response = Exchange(*transport_, request, context, redact_, action);
    if (!response) return Unexpected(std::move(response).error());
    auto parsed = parse(*response, std::chrono::system_clock::now());
    if (!parsed) return Unexpected(redact_(std::move(parsed).error()));
    return parsed;
  }

 public:
  /// Both providers take the same canonical participant forms.
  Result<std::string> NormalizeParticipant(std::string_view participant) const override;
  std::string QuotaKey() const override { return quota_key_; }

 private:
  std::shared_ptr<HttpTransport> transport_;
  Redactor redact_;
  std::string quota_key_;
};

/// A process-local key for a quota: provider, host and a hash of the token.
/// It never leaves the process and is never printed.
std::string MakeQuotaKey(std::string_view provider, std::string_view base_url,
                         std::string_view token);

}  // namespace wa::internal

#endif  // WA_PARTICIPANTS_SRC_COMMON_HTTP_BACKEND_BASE_HPP_
