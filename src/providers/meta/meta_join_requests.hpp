// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_META_META_JOIN_REQUESTS_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_META_META_JOIN_REQUESTS_HPP_

/// Meta's join requests: the paged listing, and approvals and rejections
/// by join-request id, read back into one outcome per requester. Pure.

#include <chrono>
#include <string>
#include <vector>

#include "http/join_request_pages.hpp"
#include "providers/meta/meta_codec.hpp"

namespace wa {
inline namespace v1 {
namespace internal::meta {

/// `GET {base}/{version}/{group}/join_requests`, with `?after=<cursor>`
/// for every page but the first.
HttpRequest BuildJoinRequestPageRequest(const Config& config, const std::string& group,
                                        const std::string& cursor,
                                        std::chrono::milliseconds timeout);

/// Reads `{"data": [{join_request_id, wa_id, creation_timestamp}],
/// "paging": {"cursors": {"before", "after"}, "next"}}`. The next page's
/// cursor is `after`, and only while `paging.next` is there (Graph's rule:
/// no `next`, last page) and the page had entries.
Result<JoinRequestPage> ParseJoinRequestPageResponse(const HttpResponse& response,
                                                     std::chrono::system_clock::time_point now);

/// The ids of the listed requests of `sent` (matched by number), in the
/// order sent, each once.
std::vector<std::string> RequestIdsFor(const std::vector<std::string>& sent,
                                       const std::vector<ListedJoinRequest>& listed);

/// `POST` (approve) or `DELETE` (reject) `{base}/{version}/{group}/join_requests`
/// with `{"messaging_product":"whatsapp","join_requests":[ids]}`.
HttpRequest BuildManageByIdsRequest(const Config& config, Action action, const std::string& group,
                                    const std::vector<std::string>& ids,
                                    std::chrono::milliseconds timeout);

/// Reads `approved_join_requests` / `rejected_join_requests`,
/// `failed_join_requests[{join_request_id, errors[]}]` and a top-level
/// `errors[]` into one outcome per participant sent: whoever had no listed
/// request is kNoPendingRequest, whoever the answer does not mention kUnknown.
Result<BatchResult> ParseManageByIdsResponse(const HttpResponse& response, Action action,
                                             const std::string& group,
                                             const std::vector<std::string>& sent,
                                             const std::vector<ListedJoinRequest>& listed,
                                             std::chrono::system_clock::time_point now);

/// Every participant kNoPendingRequest: none had a listed request, so
/// nothing was sent.
BatchResult NothingPending(Action action, const std::string& group,
                           const std::vector<std::string>& sent);

}  // namespace internal::meta
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_META_META_JOIN_REQUESTS_HPP_
