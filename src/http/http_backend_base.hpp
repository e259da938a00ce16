// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_HTTP_HTTP_BACKEND_BASE_HPP_
#define WA_PARTICIPANTS_SRC_HTTP_HTTP_BACKEND_BASE_HPP_

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "http/exchange.hpp"
#include "http/redact.hpp"
#include "util/sanitize.hpp"
#include "util/sdk_thread.hpp"
#include "wa/participants/backend.hpp"
#include "wa/participants/http.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// The `kUnsupported` answer of a provider that lists no join requests;
/// `why` says where to get them instead. Thread safe.
Result<std::vector<PendingRequest>> PendingListingRefused(std::string_view why);

/// What the HTTP backends share: a transport, the redactor built from their
/// secrets, and the send-then-parse step, blocking or through the
/// transport's event loop, with every result and error sanitized on the way
/// out (`Sanitize`). A provider supplies only how to build its requests and read its
/// answers, so both paths send the same bytes and read them the same way.
class HttpBackendBase : public Backend {
 public:
  /// Both providers take the same canonical participant forms.
  Result<std::string> NormalizeParticipant(std::string_view participant) const override;
  std::string QuotaKey() const override { return quota_key_; }
  bool HasEventLoop() const noexcept override { return transport_->HasEventLoop(); }

  Result<BatchResult> Manage(Action action, const std::string& group,
                             const std::vector<std::string>& participants,
                             const RequestContext& context) override;
  void ManageAsync(Action action, const std::string& group,
                   const std::vector<std::string>& participants, const RequestContext& context,
                   std::function<void(Result<BatchResult>)> done) override;
  Result<GroupInfo> GetGroup(const std::string& group, const RequestContext& context) final;
  void GetGroupAsync(const std::string& group, const RequestContext& context,
                     std::function<void(Result<GroupInfo>)> done) final;

 protected:
  HttpBackendBase(std::shared_ptr<HttpTransport> transport, std::vector<std::string> secrets,
                  std::string quota_key);

  /// The provider's request for a participant action.
  virtual HttpRequest BuildManage(Action action, const std::string& group,
                                  const std::vector<std::string>& participants,
                                  const RequestContext& context) const = 0;
  /// Reads the provider's answer to `BuildManage`.
  virtual Result<BatchResult> ParseManage(const HttpResponse& response, Action action,
                                          const std::string& group,
                                          const std::vector<std::string>& sent,
                                          std::chrono::system_clock::time_point now) const = 0;
  /// True when the provider takes one participant per request for
  /// `action` (Whapi.Cloud's join requests): `Manage` then sends one
  /// request per participant, each under its own permit
  /// (`RequestContext::next_permit`), all at once over an event-loop
  /// transport, and each participant's outcome comes from its own answer.
  virtual bool OneRequestPerParticipant(Action /*action*/) const { return false; }
  /// The provider's group read.
  virtual HttpRequest BuildGroupRead(const std::string& group,
                                     const RequestContext& context) const = 0;
  /// Reads the provider's answer to `BuildGroupRead`.
  virtual Result<GroupInfo> ParseGroupRead(const HttpResponse& response,
                                           std::chrono::system_clock::time_point now) const = 0;
  /// `ParseGroupRead`, with the group's id filled in from `group` when the
  /// answer does not name it.
  Result<GroupInfo> ParseGroupReadOf(const std::string& group, const HttpResponse& response,
                                     std::chrono::system_clock::time_point now) const;

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
    return ParseRedacted(*response, parse);
  }

  /// `SendAndParse` through `HttpTransport::SendAsync`: `done` gets the
  /// parsed (or redacted failed) result on the transport's thread. `parse`
  /// is moved into the completion: what it reads it must own, or the caller
  /// must keep alive until `done` runs.
  template <class T, class Parse>
  void SendAndParseAsync(HttpRequest request, const RequestContext& context,
                         std::optional<Action> action, Parse parse,
                         std::function<void(Result<T>)> done) {
    request.cancel = context.cancel;
    const HttpMethod method = request.method;
    std::string redacted_url = request.redacted_url;
    auto start = std::chrono::steady_clock::now();
    transport_->SendAsync(
        std::move(request),
        [this, method, redacted_url = std::move(redacted_url), start, context, action,
         parse = std::move(parse), done = std::move(done)](Result<HttpResponse> response) {
          // Possibly a transport's own thread: the logger and `done` may
          // destroy the client here.
          SdkThreadScope sdk_thread;
          auto observed = ObserveExchange(std::move(response), method, redacted_url, start, context,
                                          redact_, action);
          if (!observed) return done(Unexpected(std::move(observed).error()));
          done(ParseRedacted(*observed, parse));
        });
  }

 private:
  // `Manage` for a provider that takes one participant per request: one
  // request after another on the calling thread, each further one after its
  // own permit.
  Result<BatchResult> ManageEachBlocking(Action action, const std::string& group,
                                         const std::vector<std::string>& participants,
                                         const RequestContext& context);
  // `ManageAsync` for such a provider: the requests side by side on the
  // event loop, at most 8 at once, each further one after its own permit.
  void ManageEach(Action action, const std::string& group,
                  const std::vector<std::string>& participants, const RequestContext& context,
                  std::function<void(Result<BatchResult>)> done);

  // Both paths end here: whatever a parse returns, answer or error, leaves
  // sanitized (redacted, then cut, then valid UTF-8).
  template <class Parse>
  auto ParseRedacted(const HttpResponse& response, Parse& parse)
      -> decltype(parse(response, std::chrono::system_clock::time_point())) {
    auto parsed = parse(response, std::chrono::system_clock::now());
    if (!parsed) return Unexpected(Sanitize(std::move(parsed).error(), redact_));
    Sanitize(*parsed, redact_);
    return parsed;
  }

  std::shared_ptr<HttpTransport> transport_;
  Redactor redact_;
  std::string quota_key_;
};

/// A process-local key for a quota: provider, host and a hash of the token.
/// It never leaves the process and is never printed.
std::string MakeQuotaKey(std::string_view provider, std::string_view base_url,
                         std::string_view token);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_HTTP_HTTP_BACKEND_BASE_HPP_
