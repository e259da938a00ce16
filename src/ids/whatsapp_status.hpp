// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_IDS_WHATSAPP_STATUS_HPP_
#define WA_PARTICIPANTS_SRC_IDS_WHATSAPP_STATUS_HPP_

#include <optional>
#include <string>
#include <string_view>

#include "wa/participants/action.hpp"
#include "wa/participants/outcome.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// What WhatsApp's own per-participant status means. Gateways built on
/// WhatsApp's web protocol relay it unchanged: Evolution API and WAHA's
/// NOWEB engine as Baileys' `status` ("200", "403", ...), WAHA's WEBJS
/// engine as whatsapp-web.js' `code`. The table and its sources are in
/// docs/providers.md, "WhatsApp's participant status codes".
struct WhatsAppStatus {
  bool success = false;
  ParticipantErrorCode code = ParticipantErrorCode::kUnknown;
  /// A sentence for the status, for when the gateway sends no text of its own.
  std::string_view meaning;
};

/// Reads `status` (digits, as a string or a number's text) for `action`.
/// Unknown codes are failures with `kUnknown`; nullopt when `status` is not a
/// number at all.
std::optional<WhatsAppStatus> ReadWhatsAppStatus(std::string_view status, Action action);

/// "WhatsApp status <status>: <text>", the reason kept for a failed
/// participant: the gateway's text when it sent one, else the table's.
std::string WhatsAppStatusReason(std::string_view status, std::string_view text,
                                 const WhatsAppStatus& reading);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_IDS_WHATSAPP_STATUS_HPP_
