// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "util/sanitize.hpp"

#include <string>
#include <utility>

#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

// An identifier or a name from the provider: redacted and valid UTF-8. In
// place: on a normal answer neither step finds anything to change, and a
// bulk answer has thousands of these.
void Clean(std::string& s, const Redactor& redact) {
  redact.InPlace(s);
  MakeValidUtf8(s);
}

void Clean(std::optional<std::string>& s, const Redactor& redact) {
  if (s) Clean(*s, redact);
}

}  // namespace

Error Sanitize(Error error, const Redactor& redact) {
  std::string provider = redact(error.provider_message);
  std::string message = redact(error.message);
  // The message quotes the provider's text whole; after redaction, only
  // its start stays.
  if (provider.size() > kMaxQuotedProviderText) {
    if (auto at = message.find(provider); at != std::string::npos) {
      message.replace(at, provider.size(), CutUtf8(provider, kMaxQuotedProviderText));
    }
  }
  error.message = EscapeForDisplay(CutUtf8(message, kMaxMessage));
  error.provider_message = CutUtf8(provider, kMaxProviderText);
  error.provider_trace_id = CutUtf8(redact(error.provider_trace_id), kMaxQuotedProviderText);
  return error;
}

void Sanitize(BatchResult& result, const Redactor& redact) {
  Clean(result.group, redact);
  for (auto& p : result.participants) {
    if (p.result) {
      Clean(p.result->jid, redact);
    } else {
      std::string& message = p.result.error().message;
      redact.InPlace(message);
      if (message.size() > kMaxProviderText || !IsValidUtf8(message)) {
        message = CutUtf8(message, kMaxProviderText);
      }
    }
  }
}

void Sanitize(GroupInfo& group, const Redactor& redact) {
  Clean(group.id, redact);
  Clean(group.subject, redact);
  for (auto& m : group.members) {
    Clean(m.jid, redact);
    Clean(m.phone, redact);
    Clean(m.lid, redact);
  }
}

void Sanitize(std::vector<PendingRequest>& requests, const Redactor& redact) {
  for (auto& r : requests) {
    Clean(r.jid, redact);
    Clean(r.phone, redact);
    Clean(r.requested_at, redact);
  }
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
