// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_RYZE_RYZE_BACKEND_HPP_
#define WA_PARTICIPANTS_SRC_RYZE_RYZE_BACKEND_HPP_

#include <memory>

#include "common/http_backend_base.hpp"
#include "ryze/ryze_codec.hpp"

namespace wa::internal::ryze {

/// RyzeAPI over an `HttpTransport`: wires the pure codec to the network.
class RyzeBackend final : public HttpBackendBase {
 public:
  RyzeBackend(Config config, std::shared_ptr<HttpTransport> transport);

  std::string_view provider() const noexcept override { return "ryze"; }
  Result<std::string> NormalizeGroup(std::string_view group) const override;
  Result<std::vector<PendingRequest>> PendingRequests(const std::string& group,
                                                      const RequestContext& context) override;
  void PendingRequestsAsync(const std::string& group, const RequestContext& context,
                            std::function<void(Result<std::vector<PendingRequest>>)> done) override;
  std::optional<int> DocumentedRequestsPerMinute() const override { return 100; }

 private:
  HttpRequest BuildManage(Action action, const std::string& group,
                          const std::vector<std::string>& participants,
                          const RequestContext& context) const override;
  Result<BatchResult> ParseManage(const HttpResponse& response, Action action,
                                  const std::string& group, const std::vector<std::string>& sent,
                                  std::chrono::system_clock::time_point now) const override;
  HttpRequest BuildGroupRead(const std::string& group,
                             const RequestContext& context) const override;
  Result<GroupInfo> ParseGroupRead(const HttpResponse& response,
                                   std::chrono::system_clock::time_point now) const override;

  Config config_;
};

}  // namespace wa::internal::ryze

#endif  // WA_PARTICIPANTS_SRC_RYZE_RYZE_BACKEND_HPP_
