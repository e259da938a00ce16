// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/http.hpp"

#include <utility>

#include "util/strings.hpp"

namespace wa {
inline namespace v1 {

std::string_view ToString(HttpMethod method) noexcept {
  switch (method) {
    case HttpMethod::kGet:
      return "GET";
    case HttpMethod::kPost:
      return "POST";
    case HttpMethod::kPatch:
      return "PATCH";
    case HttpMethod::kDelete:
      return "DELETE";
  }
  return "GET";
}

std::optional<std::string_view> HttpResponse::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (internal::EqualsIgnoreCase(key, name)) {
      std::string_view found = value;
      return found;
    }
  }
  return std::nullopt;
}

HttpTransport::~HttpTransport() = default;

// By value, as event-loop transports move both into the transfer; the
// blocking default only reads them.
// NOLINTNEXTLINE(performance-unnecessary-value-param)
void HttpTransport::SendAsync(HttpRequest request, std::function<void(Result<HttpResponse>)> done) {
  done(Send(request));
}

}  // namespace v1
}  // namespace wa
