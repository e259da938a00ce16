// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_HTTP_CODEC_BACKEND_HPP_
#define WA_PARTICIPANTS_SRC_HTTP_CODEC_BACKEND_HPP_

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "http/http_backend_base.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// A provider's whole backend, made from its codec: the provider writes a
/// `Wire` struct of static functions that name its codec's pieces, and
/// nothing else. `Wire` provides:
///
/// - `Config` (with `base_url` and `token`), `kName` (`Backend::provider()`),
///   `Secrets(config)` (everything to redact);
/// - `NormalizeGroup(group)`, `Capabilities()`;
/// - `BuildManage(config, action, group, participants, context)`,
///   `ParseManage(response, action, group, sent, now)`,
///   `BuildGroupRead(config, group, context)`, `ParseGroupRead(response, now)`;
/// - optionally `OneRequestPerParticipant(action)`, true for an action the
///   provider takes for one participant per request (see `HttpBackendBase`);
/// - `kListsPendingRequests`; when true `BuildPendingRequests(config, group,
///   context)` and `ParsePendingRequests(response, now)`, when false
///   `kNoPendingRequests`, the message of the `kUnsupported` error.
///
/// Thread safety: as `Backend` (the codec is pure; the config is read only).
template <class Wire>
class CodecBackend final : public HttpBackendBase {
 public:
  CodecBackend(typename Wire::Config config, std::shared_ptr<HttpTransport> transport)
      : HttpBackendBase(std::move(transport), Wire::Secrets(config),
                        MakeQuotaKey(Wire::kName, config.base_url, config.token)),
        config_(std::move(config)) {}

  std::string_view provider() const noexcept override { return Wire::kName; }
  Result<std::string> NormalizeGroup(std::string_view group) const override {
    return Wire::NormalizeGroup(group);
  }
  wa::Capabilities Capabilities() const override { return Wire::Capabilities(); }

  Result<std::vector<PendingRequest>> PendingRequests(const std::string& group,
                                                      const RequestContext& context) override {
    if constexpr (Wire::kListsPendingRequests) {
      return SendAndParse(Wire::BuildPendingRequests(config_, group, context), context,
                          std::nullopt, Wire::ParsePendingRequests);
    } else {
      return PendingListingRefused(Wire::kNoPendingRequests);
    }
  }
  void PendingRequestsAsync(
      const std::string& group, const RequestContext& context,
      std::function<void(Result<std::vector<PendingRequest>>)> done) override {
    if constexpr (Wire::kListsPendingRequests) {
      SendAndParseAsync<std::vector<PendingRequest>>(
          Wire::BuildPendingRequests(config_, group, context), context, std::nullopt,
          Wire::ParsePendingRequests, std::move(done));
    } else {
      done(PendingRequests(group, context));
    }
  }

 private:
  template <class W, class = void>
  struct HasOnePerRequest : std::false_type {};
  template <class W>
  struct HasOnePerRequest<W, std::void_t<decltype(W::OneRequestPerParticipant(Action::kAdd))>>
      : std::true_type {};

  bool OneRequestPerParticipant(Action action) const override {
    if constexpr (HasOnePerRequest<Wire>::value) {
      return Wire::OneRequestPerParticipant(action);
    } else {
      return false;
    }
  }
  HttpRequest BuildManage(Action action, const std::string& group,
                          const std::vector<std::string>& participants,
                          const RequestContext& context) const override {
    return Wire::BuildManage(config_, action, group, participants, context);
  }
  Result<BatchResult> ParseManage(const HttpResponse& response, Action action,
                                  const std::string& group, const std::vector<std::string>& sent,
                                  std::chrono::system_clock::time_point now) const override {
    return Wire::ParseManage(response, action, group, sent, now);
  }
  HttpRequest BuildGroupRead(const std::string& group,
                             const RequestContext& context) const override {
    return Wire::BuildGroupRead(config_, group, context);
  }
  Result<GroupInfo> ParseGroupRead(const HttpResponse& response,
                                   std::chrono::system_clock::time_point now) const override {
    return Wire::ParseGroupRead(response, now);
  }

  typename Wire::Config config_;
};

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_HTTP_CODEC_BACKEND_HPP_
