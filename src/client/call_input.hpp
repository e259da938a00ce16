// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_CLIENT_CALL_INPUT_HPP_
#define WA_PARTICIPANTS_SRC_CLIENT_CALL_INPUT_HPP_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "wa/participants/backend.hpp"
#include "wa/participants/capabilities.hpp"
#include "wa/participants/options.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// What a call's input is checked against: the backend that will send it
/// (its normaliser and capabilities) and the client's own limits.
struct InputRules {
  const Backend* backend = nullptr;
  const Capabilities* capabilities = nullptr;
  std::string_view region;  // ClientOptions::default_region, checked and upper-cased
  std::size_t max_participants_per_call = 0;
};

/// A call's input once checked: the group and the distinct participants in
/// the backend's canonical form, with the caller's spelling of each.
struct PreparedCall {
  std::string group;
  std::vector<std::string> normalized;  // distinct, in first-seen order
  std::vector<std::string> originals;   // the caller's spelling of each
};

/// An add sent with `AddOptions::invite_if_restricted`.
bool InvitingAdd(Action action, const CallOptions& call);

/// Whether a call must read the group back after `action`: asked for, or
/// needed (an inviting add tells the added from the invited that way).
bool WantsVerification(Action action, const CallOptions& call);

/// One participant in the backend's canonical form, by the path every call
/// takes: a phone number is first read (in `region`, if set) and checked
/// against its numbering plan, then handed to the backend's normaliser.
Result<std::string> NormalizeParticipantFor(const InputRules& rules, std::string_view participant);

/// Refuses, before anything is sent, what `action` with `call` cannot do on
/// this backend: an action it lacks, an invite flag where none applies, a
/// verification it cannot read back. kUnsupported or kInvalidArgument.
Result<void> CheckCall(const InputRules& rules, Action action, const CallOptions& call);

/// Refuses a read the backend lacks: `pending` for PendingRequests, else
/// GetGroup. kUnsupported.
Result<void> CheckRead(const InputRules& rules, bool pending);

/// Normalises and de-duplicates the input of `action`, refusing what the
/// backend cannot take for it (a LID where only phones are accepted, more
/// participants than one request may carry). `enforce_call_limit` is false
/// for ManageMany, which splits the list itself.
Result<PreparedCall> PrepareCall(const InputRules& rules, Action action, std::string_view group,
                                 std::vector<std::string> participants, bool enforce_call_limit);

/// Lines the backend's outcomes up with `normalized` (still in normalised
/// form), so a backend that reorders, drops or invents entries cannot
/// misattribute or lose a participant. Sets the action and, when the
/// backend echoed none, the group.
Result<BatchResult> AlignToSent(Result<BatchResult> result, Action action, const std::string& group,
                                const std::vector<std::string>& normalized,
                                std::string_view provider);

/// The last step of a call: outcome i (aligned to the sent list) takes the
/// caller's spelling `originals[i]`.
Result<BatchResult> InCallerSpelling(Result<BatchResult> result,
                                     const std::vector<std::string>& originals);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_CLIENT_CALL_INPUT_HPP_
