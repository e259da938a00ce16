// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "ids/whatsapp_status.hpp"

#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

std::optional<WhatsAppStatus> ReadWhatsAppStatus(std::string_view status, Action action) {
  status = TrimWhitespace(status);
  if (status.empty() || status.size() > 4 || !IsAllDigits(status)) return std::nullopt;
  const int code = std::stoi(std::string(status));
  const bool add = action == Action::kAdd;
  using P = ParticipantErrorCode;
  switch (code) {
    case 200:
      return WhatsAppStatus{true, P::kUnknown, "done"};
    case 400:
      return WhatsAppStatus{false, P::kInvalid,
                            "WhatsApp refused the request for this participant"};
    case 401:
      return WhatsAppStatus{false, P::kNotAuthorized,
                            "not allowed: the participant blocked this account, or it is no admin"};
    case 403:
      // For an add WhatsApp answers 403 with an invite code: only a private
      // invitation can bring them in.
      if (add) {
        return WhatsAppStatus{false, P::kPrivacyRestricted,
                              "their privacy settings allow only a private invitation"};
      }
      return WhatsAppStatus{false, P::kNotAuthorized, "not allowed for this participant"};
    case 404:
      if (add) return WhatsAppStatus{false, P::kNotOnWhatsApp, "the number is not on WhatsApp"};
      if (action == Action::kApprove || action == Action::kReject) {
        return WhatsAppStatus{false, P::kNoPendingRequest, "no pending join request from them"};
      }
      return WhatsAppStatus{false, P::kNotMember, "not a member of the group"};
    case 408:
      // They left recently: WhatsApp refuses to add them back for a while,
      // while an invite link still works.
      return WhatsAppStatus{false, P::kPrivacyRestricted,
                            "they recently left the group, so only an invitation can bring them "
                            "back for now"};
    case 409:
      return WhatsAppStatus{false, P::kAlreadyMember,
                            add ? "already a member of the group" : "already in that state"};
    case 417:
      return WhatsAppStatus{false, P::kPrivacyRestricted,
                            "cannot be added to the community; invite them privately"};
    case 419:
      return WhatsAppStatus{false, P::kUnknown, "the group is full"};
    default:
      return WhatsAppStatus{false, P::kUnknown, "a status this SDK does not know"};
  }
}

std::string WhatsAppStatusReason(std::string_view status, std::string_view text,
                                 const WhatsAppStatus& reading) {
  std::string reason = "WhatsApp status ";
  reason += TrimWhitespace(status);
  reason += ": ";
  reason += text.empty() ? reading.meaning : text;
  return reason;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
