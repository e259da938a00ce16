// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_PROVIDERS_WAHA_WAHA_ENGINE_ANSWERS_HPP_
#define WA_PARTICIPANTS_SRC_PROVIDERS_WAHA_WAHA_ENGINE_ANSWERS_HPP_

// WAHA passes its engine's answer through: these read each engine's shapes
// (NOWEB's is Baileys', read by providers/baileys_answer). Pure.

#include <chrono>
#include <string>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "ids/outcome_matching.hpp"
#include "wa/participants/action.hpp"
#include "wa/participants/error.hpp"
#include "wa/participants/group.hpp"
#include "wa/participants/http.hpp"
#include "wa/participants/outcome.hpp"

namespace wa {
inline namespace v1 {
namespace internal::waha {

/// GOWS (whatsmeow's GroupParticipant): `Error` 0 (or none) is success, else
/// WhatsApp's code; matched by JID, PhoneNumber or LID, whichever was sent.
ReportedParticipant ReadGowsEntry(const nlohmann::json& entry, Action action,
                                  const std::unordered_set<std::string>& sent_keys);

/// A join-request result: `{requesterId, success, error?}`.
ReportedParticipant ReadJoinRequestResult(const nlohmann::json& entry, Action action);

/// WEBJS's add: `{"<id>": {code, message, isInviteV4Sent}}`; a 403 whose
/// invitation went out is `invited`, not merely refused.
ReportedParticipant ReadWebjsAdd(const std::string& id, const nlohmann::json& result,
                                 Action action);

/// WEBJS's remove, promote and demote: `{"status": 200}` for the whole
/// batch (ids not in the group are dropped silently), so every participant
/// is unconfirmed; any other status leaves them all unknown.
BatchResult BatchLevel(const nlohmann::json& status, Action action, const std::string& group,
                       const std::vector<std::string>& sent);

/// WEBJS's bare-text refusal of a whole request (no admin rights, an empty
/// group), sent with a success status; kProtocol for any other text.
Error RefusedInText(const HttpResponse& response, Action action,
                    std::chrono::system_clock::time_point now);

/// One member in any engine's shape: v2 `{id, pn, role}`, NOWEB `{id,
/// phoneNumber?, lid?, admin}`, WEBJS `{id: {_serialized | user, server},
/// isAdmin, isSuperAdmin}`, GOWS `{JID, PhoneNumber, LID, IsAdmin,
/// IsSuperAdmin}`. v2's `left` is no member; an entry naming nobody is
/// unreadable.
enum class MemberRead { kMember, kLeft, kUnreadable };
MemberRead ReadMember(const nlohmann::json& p, GroupMember& m);

}  // namespace internal::waha
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_PROVIDERS_WAHA_WAHA_ENGINE_ANSWERS_HPP_
