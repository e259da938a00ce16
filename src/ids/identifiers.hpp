// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_IDS_IDENTIFIERS_HPP_
#define WA_PARTICIPANTS_SRC_IDS_IDENTIFIERS_HPP_

#include <cstddef>
#include <string>
#include <string_view>

#include "wa/participants/error.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// Identifiers longer than this are refused outright: no WhatsApp identifier
/// or invite link comes close, and the cap bounds the work done on junk.
inline constexpr std::size_t kMaxIdentifierLength = 256;
/// Group ids are 18 digits today (or a 15-digit phone and a 10-digit
/// timestamp in the old form); longer digit runs are not group ids.
inline constexpr std::size_t kMaxGroupIdDigits = 32;

/// Canonical participant form shared by both providers: the phone's digits
/// (`5511999999999`) or `<digits>@lid`. Accepts human formatting (`+`,
/// spaces, dashes, dots, parentheses), `@s.whatsapp.net` and `@c.us`.
/// Checks shape only (it also reads providers' answers); numbering plans
/// are `NormalizePhoneNumber`'s, which the client applies first.
/// Errors: kInvalidArgument naming the input and saying why.
Result<std::string> NormalizeParticipantId(std::string_view raw);

/// Splits a group id of the forms `<digits>-group`, `<digits>-<digits>` or
/// `<digits>@g.us` / `<digits>-<digits>@g.us` into its local part and
/// whether it is the new (`@g.us` digits / `-group`) form.
struct GroupIdParts {
  std::string local;  // digits, or digits-digits for the old form
  bool old_form = false;
};
/// Parses any recognised group-id spelling; false when `s` is none of them.
bool ParseGroupId(std::string_view s, GroupIdParts& out);

/// A group as gateways that take only its JID want it: `<id>@g.us` or the
/// old `<creator>-<time>@g.us`, from any spelling `ParseGroupId` reads or
/// from bare group digits (15 or more). Invite links and codes are refused
/// with kInvalidArgument, saying that `provider` names groups by JID.
Result<std::string> NormalizeGroupJid(std::string_view raw, std::string_view provider);

/// Common pre-checks for an identifier: not empty, not too long, no control
/// characters. Returns the trimmed input. `what` names it ("group", ...).
Result<std::string_view> PrecheckIdentifier(std::string_view raw, std::string_view what);

/// The key two spellings of one account share: `digits` for a phone (with
/// Brazil's optional ninth mobile digit folded), `lid:<digits>` for a LID,
/// empty when `jid` has no usable number.
std::string MatchKey(std::string_view jid);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_IDS_IDENTIFIERS_HPP_
