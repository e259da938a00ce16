// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_BAILEYS_ANSWER_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_BAILEYS_ANSWER_HPP_

// The answer of Baileys' groupParticipantsUpdate, which gateways built on
// Baileys relay unchanged (Evolution API; WAHA's NOWEB engine): one entry
// per participant node WhatsApp sent back, `{"status", "jid", "content"}`.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "ids/outcome_matching.hpp"
#include "wa/participants/action.hpp"
#include "wa/participants/error.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// The match keys (`MatchKey`) of what was sent, to pick which of an
/// entry's identities names a participant that was sent.
std::unordered_set<std::string> SentKeys(const std::vector<std::string>& sent);

/// Of `candidates` (an entry's identities, e.g. its JID and then its phone),
/// the first that names something sent; else the first non-empty one.
/// WhatsApp may answer a phone with its LID and give the phone beside it.
std::string PickJid(std::initializer_list<std::string> candidates,
                    const std::unordered_set<std::string>& sent_keys);

/// One entry `{"status", "jid", "content": {"attrs": {"jid",
/// "phone_number"}}}` as a reported participant: `status` "200" (a string,
/// or a number) is success, anything else WhatsApp's code for the failure.
/// `provider` names the gateway in the reason when the status is missing.
ReportedParticipant ReadBaileysEntry(const nlohmann::json& entry, Action action,
                                     const std::unordered_set<std::string>& sent_keys,
                                     std::string_view provider);

/// A reported participant from WhatsApp's numeric status `code` for a
/// participant named `jid` (200 is success), with `text` as the reason when
/// the gateway gave one.
ReportedParticipant FromWhatsAppCode(std::string jid, const std::string& code,
                                     std::string_view text, Action action,
                                     std::string_view provider);

/// What a gateway's wrapping of a Baileys exception says about the whole
/// request: `Timed Out` is kTimeout and a closed connection to WhatsApp
/// kNetwork (both: the outcome is unknown, so the caller adds
/// `AnnotateTransportError`'s advice); WhatsApp's `rate-overlimit` is
/// kRateLimited, `not-authorized`/`forbidden` kPermissionDenied and
/// `item-not-found` kNotFound; nullopt when the text is none of these.
std::optional<ErrorCode> ClassifyBaileysFailure(std::string_view text);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_BAILEYS_ANSWER_HPP_
