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
#include "http/join_request_pages.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// True when `Wire` lists join requests page by page (it has
/// `BuildJoinRequestPage`).
template <class Wire, class = void>
struct PagesJoinRequests : std::false_type {};
template <class Wire>
struct PagesJoinRequests<Wire, std::void_t<decltype(&Wire::BuildJoinRequestPage)>>
    : std::true_type {};

/// True when `Wire` also approves and rejects by the provider's own
/// request ids (it has `ActsByRequestId`).
template <class Wire, class = void>
struct ActsByRequestIds : std::false_type {};
template <class Wire>
struct ActsByRequestIds<Wire, std::void_t<decltype(&Wire::ActsByRequestId)>> : std::true_type {};

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
/// A provider whose listing comes in pages instead provides
/// `BuildJoinRequestPage(config, group, cursor, context)` and
/// `ParseJoinRequestPage(response, now)` (one page; the cursor of the next,
/// empty on the last): `PendingRequests` then reads every page. One whose
/// approvals and rejections take its own join-request ids, not the
/// requesters (Meta's Graph API), also provides
/// `ActsByRequestId(action)`, `RequestIdsFor(sent,
/// listed)`, `BuildManageByIds(config, action, group, ids, context)`,
/// `ParseManageByIds(response, action, group, sent, listed, now)` and
/// `NothingPending(action, group, sent)`. Such an action is two exchanges,
/// on both paths: every page of the listing (bounded by
/// `kMaxJoinRequestPages`), then one call with the ids found, never sent
/// when none was found and never repeated here. A failed listing sent no
/// action, so its error says `request_sent = false` and may be retried.
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
    if constexpr (kPaged) {
      auto listed = ListJoinRequests(group, context);
      if (!listed) return Unexpected(std::move(listed).error());
      return Requests(std::move(*listed));
    } else if constexpr (Wire::kListsPendingRequests) {
      return SendAndParse(Wire::BuildPendingRequests(config_, group, context), context,
                          std::nullopt, Wire::ParsePendingRequests);
    } else {
      return PendingListingRefused(Wire::kNoPendingRequests);
    }
  }
  void PendingRequestsAsync(
      const std::string& group, const RequestContext& context,
      std::function<void(Result<std::vector<PendingRequest>>)> done) override {
    if constexpr (kPaged) {
      ListJoinRequestsAsync(
          group, context, [done = std::move(done)](Result<std::vector<ListedJoinRequest>> listed) {
            if (!listed) return done(Unexpected(std::move(listed).error()));
            done(Requests(std::move(*listed)));
          });
    } else if constexpr (Wire::kListsPendingRequests) {
      SendAndParseAsync<std::vector<PendingRequest>>(
          Wire::BuildPendingRequests(config_, group, context), context, std::nullopt,
          Wire::ParsePendingRequests, std::move(done));
    } else {
      done(PendingRequests(group, context));
    }
  }

  Result<BatchResult> Manage(Action action, const std::string& group,
                             const std::vector<std::string>& participants,
                             const RequestContext& context) override {
    if constexpr (kById) {
      if (Wire::ActsByRequestId(action)) {
        auto listed = ListJoinRequests(group, context);
        if (!listed) return Unexpected(ListingFailed(std::move(listed).error()));
        const std::vector<std::string> ids = Wire::RequestIdsFor(participants, *listed);
        if (ids.empty()) return Wire::NothingPending(action, group, participants);
        return SendAndParse(
            Wire::BuildManageByIds(config_, action, group, ids, context), context, action,
            [&](const HttpResponse& response, std::chrono::system_clock::time_point now) {
              return Wire::ParseManageByIds(response, action, group, participants, *listed, now);
            });
      }
    }
    return HttpBackendBase::Manage(action, group, participants, context);
  }

  void ManageAsync(Action action, const std::string& group,
                   const std::vector<std::string>& participants, const RequestContext& context,
                   std::function<void(Result<BatchResult>)> done) override {
    if constexpr (kById) {
      if (Wire::ActsByRequestId(action)) {
        // The caller keeps `group` and `participants` alive until `done` runs.
        ListJoinRequestsAsync(
            group, context,
            [this, action, &group, &participants, context,
             done = std::move(done)](Result<std::vector<ListedJoinRequest>> listed) {
              if (!listed) return done(Unexpected(ListingFailed(std::move(listed).error())));
              const std::vector<std::string> ids = Wire::RequestIdsFor(participants, *listed);
              if (ids.empty()) return done(Wire::NothingPending(action, group, participants));
              auto kept = std::make_shared<std::vector<ListedJoinRequest>>(std::move(*listed));
              SendAndParseAsync<BatchResult>(
                  Wire::BuildManageByIds(config_, action, group, ids, context), context, action,
                  [action, &group, &participants, kept](const HttpResponse& response,
                                                        std::chrono::system_clock::time_point now) {
                    return Wire::ParseManageByIds(response, action, group, participants, *kept,
                                                  now);
                  },
                  done);
            });
        return;
      }
    }
    HttpBackendBase::ManageAsync(action, group, participants, context, std::move(done));
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

  static constexpr bool kPaged = PagesJoinRequests<Wire>::value;
  static constexpr bool kById = kPaged && ActsByRequestIds<Wire>::value;
  using Listed = Result<std::vector<ListedJoinRequest>>;

  static std::vector<PendingRequest> Requests(std::vector<ListedJoinRequest> listed) {
    std::vector<PendingRequest> out;
    out.reserve(listed.size());
    for (ListedJoinRequest& e : listed) out.push_back(std::move(e.request));
    return out;
  }

  // The listing behind an approval failed: nothing was approved or
  // rejected, so the action itself provably never left (and may be retried).
  static Error ListingFailed(Error error) {
    error.request_sent = false;
    error.message +=
        " (while listing join requests to find their ids: nothing was approved or rejected)";
    return error;
  }

  static Error RunawayPaging(std::size_t pages) {
    Error e;
    e.code = ErrorCode::kProtocol;
    e.message = std::string(Wire::kName) + " kept answering join-request pages (" +
                std::to_string(pages) +
                " read, or a cursor repeated): the listing was abandoned rather than "
                "taken as complete";
    return e;
  }

  // Every page: each next one from the previous page's cursor.
  Listed ListJoinRequests(const std::string& group, const RequestContext& context) {
    std::vector<ListedJoinRequest> all;
    std::string cursor;
    for (std::size_t pages = 1; pages <= kMaxJoinRequestPages; ++pages) {
      auto page = SendAndParse(Wire::BuildJoinRequestPage(config_, group, cursor, context), context,
                               std::nullopt, Wire::ParseJoinRequestPage);
      if (!page) return Unexpected(std::move(page).error());
      for (ListedJoinRequest& e : page->entries) all.push_back(std::move(e));
      if (page->next_cursor.empty()) return all;
      if (page->next_cursor == cursor) {
        Error runaway = RunawayPaging(pages);
        return Unexpected(std::move(runaway));
      }
      cursor = std::move(page->next_cursor);
    }
    Error runaway = RunawayPaging(kMaxJoinRequestPages);
    return Unexpected(std::move(runaway));
  }

  struct Listing {
    std::string group;
    RequestContext context;
    std::vector<ListedJoinRequest> all;
    std::string cursor;
    std::size_t pages = 0;
    std::function<void(Listed)> done;
  };

  // `ListJoinRequests` on the event loop: each page's completion asks for
  // the next.
  void ListJoinRequestsAsync(const std::string& group, const RequestContext& context,
                             const std::function<void(Listed)>& done) {
    auto listing = std::make_shared<Listing>();
    listing->group = group;
    listing->context = context;
    listing->done = done;
    NextPage(std::move(listing));
  }

  void NextPage(std::shared_ptr<Listing> l) {
    ++l->pages;
    HttpRequest request = Wire::BuildJoinRequestPage(config_, l->group, l->cursor, l->context);
    SendAndParseAsync<JoinRequestPage>(
        std::move(request), l->context, std::nullopt, Wire::ParseJoinRequestPage,
        std::function<void(Result<JoinRequestPage>)>([this, l](Result<JoinRequestPage> page) {
          if (!page) return l->done(Unexpected(std::move(page).error()));
          for (ListedJoinRequest& e : page->entries) l->all.push_back(std::move(e));
          if (page->next_cursor.empty()) return l->done(std::move(l->all));
          if (page->next_cursor == l->cursor || l->pages >= kMaxJoinRequestPages) {
            Error runaway = RunawayPaging(l->pages);
            return l->done(Unexpected(std::move(runaway)));
          }
          l->cursor = std::move(page->next_cursor);
          NextPage(l);
        }));
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
