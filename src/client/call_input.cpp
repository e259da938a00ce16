// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "client/call_input.hpp"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "ids/phone_numbers.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

// How many invalid participants one error message lists before summarising.
constexpr std::size_t kMaxListedInvalid = 5;

std::string Provider(const InputRules& rules) { return std::string(rules.backend->provider()); }

}  // namespace

// Z-API says nothing per participant, so telling the added from the invited
// takes a read of the group: an inviting add verifies itself.
bool InvitingAdd(Action action, const CallOptions& call) {
  return action == Action::kAdd && call.add.invite_if_restricted;
}

bool WantsVerification(Action action, const CallOptions& call) {
  return call.verify || InvitingAdd(action, call);
}

Result<std::string> NormalizeParticipantFor(const InputRules& rules, std::string_view participant) {
  // Anything else (JIDs, LIDs, a custom backend's own forms) is the
  // backend's to judge.
  if (!LooksLikePhoneNumber(participant)) return rules.backend->NormalizeParticipant(participant);
  auto digits = NormalizePhoneNumber(participant, rules.region);
  if (!digits) return digits;
  return rules.backend->NormalizeParticipant(*digits);
}

Result<void> CheckCall(const InputRules& rules, Action action, const CallOptions& call) {
  if (!rules.capabilities->For(action).supported) {
    return Unexpected(
        MakeLocalError(ErrorCode::kUnsupported, "the " + Provider(rules) + " backend cannot " +
                                                    std::string(ToString(action)) +
                                                    " participants; nothing was sent"));
  }
  if (call.add.invite_if_restricted) {
    if (action != Action::kAdd) {
      return Unexpected(
          MakeLocalError(ErrorCode::kInvalidArgument,
                         "AddOptions.invite_if_restricted applies only to add, not to " +
                             std::string(ToString(action)) + "; nothing was sent"));
    }
    if (!rules.capabilities->invite_if_restricted) {
      return Unexpected(
          MakeLocalError(ErrorCode::kUnsupported,
                         "the " + Provider(rules) +
                             " backend cannot invite participants whose privacy blocks an add "
                             "(AddOptions.invite_if_restricted); nothing was sent"));
    }
    if (!rules.capabilities->group_read) {
      // Who was invited rather than added shows only in a read of the group.
      return Unexpected(MakeLocalError(
          ErrorCode::kUnsupported,
          "the " + Provider(rules) +
              " backend cannot read a group's members, so an add that invites "
              "(AddOptions.invite_if_restricted) could not tell the invited from the added; "
              "nothing was sent"));
    }
  }
  if (call.verify && !rules.capabilities->group_read) {
    return Unexpected(MakeLocalError(ErrorCode::kUnsupported,
                                     "the " + Provider(rules) +
                                         " backend cannot read a group's members, so it cannot "
                                         "verify (CallOptions.verify); nothing was sent"));
  }
  return {};
}

Result<void> CheckRead(const InputRules& rules, bool pending) {
  if (pending ? rules.capabilities->pending_requests : rules.capabilities->group_read) return {};
  std::string what = "read a group's members";
  if (pending) {
    // A provider that approves without listing announces requests by
    // webhook; one that cannot approve either has no join requests at all.
    what = rules.capabilities->For(Action::kApprove).supported
               ? "list pending join requests (a provider without a listing announces them by "
                 "webhook: see ParseEvent)"
               : "list pending join requests (it has no join-request endpoints at all)";
  }
  return Unexpected(
      MakeLocalError(ErrorCode::kUnsupported,
                     "the " + Provider(rules) + " backend cannot " + what + "; nothing was sent"));
}

Result<PreparedCall> PrepareCall(const InputRules& rules, Action action, std::string_view group,
                                 std::vector<std::string> participants, bool enforce_call_limit) {
  auto g = rules.backend->NormalizeGroup(group);
  if (!g) return Unexpected(std::move(g).error());
  if (participants.empty()) {
    return Unexpected(
        MakeLocalError(ErrorCode::kInvalidArgument, "no participants given: pass at least one"));
  }
  PreparedCall p;
  p.group = std::move(*g);
  // Typical calls carry a handful of participants: a linear scan beats
  // hashing there; large lists get the map.
  constexpr std::size_t kLinearDedupLimit = 32;
  const bool use_map = participants.size() > kLinearDedupLimit;
  std::unordered_map<std::string, std::size_t> seen;
  std::vector<std::string> problems;
  std::size_t invalid = 0;
  const ActionCapability& capability = rules.capabilities->For(action);
  for (std::size_t i = 0; i < participants.size(); ++i) {
    auto n = NormalizeParticipantFor(rules, participants[i]);
    if (n && !capability.takes_lid && EndsWith(*n, "@lid")) {
      n = Unexpected(MakeLocalError(
          ErrorCode::kInvalidArgument,
          "invalid participant " + QuoteForMessage(participants[i]) + ": the " + Provider(rules) +
              " backend's " + std::string(ToString(action)) +
              " takes phone numbers, not LIDs; give the number with its country code"));
    }
    if (!n) {
      if (++invalid <= kMaxListedInvalid) {
        problems.push_back("#" + std::to_string(i + 1) + ": " + n.error().message);
      }
      continue;
    }
    bool fresh =
        use_map ? seen.emplace(*n, p.normalized.size()).second
                : std::find(p.normalized.begin(), p.normalized.end(), *n) == p.normalized.end();
    if (fresh) {
      p.normalized.push_back(std::move(*n));
      p.originals.push_back(std::move(participants[i]));
    }
  }
  if (invalid > 0) {
    std::string msg = std::to_string(invalid) + " of " + std::to_string(participants.size()) +
                      " participants are invalid, so nothing was sent: ";
    for (std::size_t i = 0; i < problems.size(); ++i) msg += (i ? "; " : "") + problems[i];
    if (invalid > problems.size()) {
      msg += "; and " + std::to_string(invalid - problems.size()) + " more";
    }
    return Unexpected(MakeLocalError(ErrorCode::kInvalidArgument, std::move(msg)));
  }
  if (enforce_call_limit && p.normalized.size() > rules.max_participants_per_call) {
    return Unexpected(MakeLocalError(
        ErrorCode::kInvalidArgument,
        std::to_string(p.normalized.size()) + " distinct participants exceed the limit of " +
            std::to_string(rules.max_participants_per_call) +
            " per call (ClientOptions.max_participants_per_call); split the list"));
  }
  if (enforce_call_limit && capability.max_batch > 0 &&
      p.normalized.size() > capability.max_batch) {
    return Unexpected(MakeLocalError(
        ErrorCode::kInvalidArgument,
        std::to_string(p.normalized.size()) + " distinct participants exceed the " +
            Provider(rules) + " backend's limit of " + std::to_string(capability.max_batch) +
            " per " + std::string(ToString(action)) +
            " request; nothing was sent: use ManageMany, which splits the list"));
  }
  return p;
}

Result<BatchResult> AlignToSent(Result<BatchResult> result, Action action, const std::string& group,
                                const std::vector<std::string>& normalized,
                                std::string_view provider) {
  if (!result) return result;
  result->action = action;
  if (result->group.empty()) result->group = group;
  auto& outcomes = result->participants;
  bool in_order = outcomes.size() == normalized.size();
  for (std::size_t i = 0; in_order && i < normalized.size(); ++i) {
    in_order = outcomes[i].participant == normalized[i];
  }
  if (in_order) return result;  // what the built-in backends return
  // Re-key by the normalised identifier.
  std::unordered_map<std::string, ParticipantOutcome*> by_id;
  for (auto& o : outcomes) by_id.emplace(o.participant, &o);
  std::vector<ParticipantOutcome> ordered;
  ordered.reserve(normalized.size());
  for (const auto& id : normalized) {
    auto it = by_id.find(id);
    ParticipantOutcome o;
    if (it != by_id.end()) {
      o = std::move(*it->second);
    } else {
      o.result = Unexpected(ParticipantError{
          ParticipantErrorCode::kUnknown,
          std::string(provider) + " backend returned no outcome for this participant"});
    }
    o.participant = id;
    ordered.push_back(std::move(o));
  }
  outcomes = std::move(ordered);
  return result;
}

Result<BatchResult> InCallerSpelling(Result<BatchResult> result,
                                     const std::vector<std::string>& originals) {
  if (!result) return result;
  auto& outcomes = result->participants;
  for (std::size_t i = 0; i < outcomes.size() && i < originals.size(); ++i) {
    outcomes[i].participant = originals[i];
  }
  return result;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
