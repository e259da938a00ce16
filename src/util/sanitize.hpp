// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_UTIL_SANITIZE_HPP_
#define WA_PARTICIPANTS_SRC_UTIL_SANITIZE_HPP_

#include <cstddef>
#include <vector>

#include "http/redact.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/group.hpp"
#include "wa/participants/outcome.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// How much of a provider's text an error message quotes.
inline constexpr std::size_t kMaxQuotedProviderText = 200;
/// How much of a provider's text `Error::provider_message` and
/// `ParticipantError::message` keep.
inline constexpr std::size_t kMaxProviderText = 1024;
/// The last-resort bound on an error message.
inline constexpr std::size_t kMaxMessage = 4096;

/// Everything a backend hands the caller passes through these, in this
/// order on every text: secrets redacted first (a cut made before could
/// split a token and keep half of it), then cut to a bound on a character
/// boundary, then made valid UTF-8 (every JSON encoder accepts it), and in
/// `Error::message`, the human sentence, control characters escaped (it is
/// printed and logged). Data fields (`provider_message`, participant
/// messages, identifiers) keep control characters: whoever shows them
/// escapes them.
Error Sanitize(Error error, const Redactor& redact);
void Sanitize(BatchResult& result, const Redactor& redact);
void Sanitize(GroupInfo& group, const Redactor& redact);
void Sanitize(std::vector<PendingRequest>& requests, const Redactor& redact);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_UTIL_SANITIZE_HPP_
