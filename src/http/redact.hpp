// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_HTTP_REDACT_HPP_
#define WA_PARTICIPANTS_SRC_HTTP_REDACT_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "wa/participants/error.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// Replaces every occurrence of a secret (raw or percent-encoded) with
/// `***`. Each backend owns one built from its tokens and passes every text
/// that leaves it through it: the single choke point that keeps tokens out
/// of messages, logs and exceptions.
class Redactor {
 public:
  Redactor() = default;
  explicit Redactor(std::vector<std::string> secrets);

  std::string operator()(std::string_view text) const;
  /// Redacts `text` in place; untouched (no copy) when it holds no secret.
  void InPlace(std::string& text) const;
  /// Redacts `message` and `provider_message` in place.
  Error operator()(Error error) const;

 private:
  std::vector<std::string> needles_;
};

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_HTTP_REDACT_HPP_
