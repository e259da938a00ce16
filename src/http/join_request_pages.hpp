// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_HTTP_JOIN_REQUEST_PAGES_HPP_
#define WA_PARTICIPANTS_SRC_HTTP_JOIN_REQUEST_PAGES_HPP_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "util/sanitize.hpp"
#include "wa/participants/outcome.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// One pending join request as a paged listing gives it: the public view,
/// and the provider's own id of the request, which some providers (Meta's
/// Graph API) take instead of the requester when approving or rejecting.
struct ListedJoinRequest {
  PendingRequest request;
  std::string id;
};

/// One page of a join-request listing. An empty `next_cursor` is the last
/// page.
struct JoinRequestPage {
  std::vector<ListedJoinRequest> entries;
  std::string next_cursor;
};

/// The most pages one listing follows. A server that keeps answering with
/// more (or with the cursor it was just given) would otherwise keep a call
/// busy forever; past this the listing fails with kProtocol rather than
/// pass for complete, since an approval must never call a request absent
/// because it was on a page not read.
inline constexpr std::size_t kMaxJoinRequestPages = 100;

/// Redacts a page as every answer is, the ids with the rest.
inline void Sanitize(JoinRequestPage& page, const Redactor& redact) {
  std::vector<PendingRequest> requests;
  requests.reserve(page.entries.size());
  for (ListedJoinRequest& e : page.entries) requests.push_back(std::move(e.request));
  Sanitize(requests, redact);
  for (std::size_t i = 0; i < requests.size(); ++i) {
    page.entries[i].request = std::move(requests[i]);
    redact.InPlace(page.entries[i].id);
  }
  redact.InPlace(page.next_cursor);
}

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_HTTP_JOIN_REQUEST_PAGES_HPP_
