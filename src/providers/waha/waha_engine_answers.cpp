// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/waha/waha_engine_answers.hpp"

#include <utility>

#include "events/event_reading.hpp"
#include "http/http_errors.hpp"
#include "ids/identifiers.hpp"
#include "json/json_body.hpp"
#include "providers/baileys_answer.hpp"
#include "providers/waha/waha_codec.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal::waha {
namespace {

using nlohmann::json;

// A WhatsApp code as text: WEBJS and GOWS send numbers, NOWEB strings.
std::string CodeText(const json& v) {
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_string()) return v.get<std::string>();
  return {};
}

// "123@c.us", or whatsapp-web.js's {"_serialized": "123@c.us", "user",
// "server"}.
std::string IdText(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  std::string id = StringField(v, "_serialized");
  if (id.empty() && !StringField(v, "user").empty() && !StringField(v, "server").empty()) {
    id = StringField(v, "user") + "@" + StringField(v, "server");
  }
  return id;
}

}  // namespace

// GOWS (whatsmeow's GroupParticipant): Error 0 is success.
ReportedParticipant ReadGowsEntry(const json& entry, Action action,
                                  const std::unordered_set<std::string>& sent_keys) {
  std::string jid = PickJid(
      {StringField(entry, "JID"), StringField(entry, "PhoneNumber"), StringField(entry, "LID")},
      sent_keys);
  auto error = entry.find("Error");
  std::string code = error == entry.end() || error->is_null() ? "200" : CodeText(*error);
  if (code == "0") code = "200";
  ReportedParticipant r = FromWhatsAppCode(std::move(jid), code, "", action, kProviderName);
  if (r.success) {
    r.is_admin = BoolField(entry, "IsAdmin") || action == Action::kPromote;
    r.is_super_admin = BoolField(entry, "IsSuperAdmin");
  }
  return r;
}

// A join-request result: {requesterId, success, error?}.
ReportedParticipant ReadJoinRequestResult(const json& entry, Action action) {
  std::string jid = StringField(entry, "requesterId");
  if (BoolField(entry, "success")) {
    ReportedParticipant r;
    r.jid = std::move(jid);
    r.success = true;
    return r;
  }
  auto error = entry.find("error");
  return FromWhatsAppCode(std::move(jid), error == entry.end() ? "" : CodeText(*error), "", action,
                          kProviderName);
}

// WEBJS's add: {"<id>": {code, message, isInviteV4Sent}}. A 403 whose
// invitation went out is `invited`, not merely refused.
ReportedParticipant ReadWebjsAdd(const std::string& id, const json& result, Action action) {
  std::string code = CodeText(result.value("code", json()));
  ReportedParticipant r =
      FromWhatsAppCode(id, code, StringField(result, "message"), action, kProviderName);
  if (!r.success && BoolField(result, "isInviteV4Sent")) {
    r.code = ParticipantErrorCode::kInvited;
    r.error += "; WAHA's engine sent them a private invitation";
  }
  return r;
}

// WEBJS's remove, promote and demote: {"status": 200} for the whole batch,
// and ids not in the group are dropped silently, so nobody is confirmed.
BatchResult BatchLevel(const json& status, Action action, const std::string& group,
                       const std::vector<std::string>& sent) {
  BatchResult result;
  result.action = action;
  result.group = group;
  const bool accepted = CodeText(status) == "200";
  for (const std::string& p : sent) {
    ParticipantOutcome o;
    o.participant = p;
    if (accepted) {
      o.result = ParticipantInfo{p, action == Action::kPromote, false, /*confirmed=*/false};
    } else {
      o.result = Unexpected(ParticipantError{ParticipantErrorCode::kUnknown,
                                             "WAHA answered the whole batch with status " +
                                                 QuoteForMessage(CodeText(status)) +
                                                 " and nothing per participant; its state is "
                                                 "unknown (CallOptions::verify settles it)"});
    }
    result.participants.push_back(std::move(o));
  }
  return result;
}

// WEBJS answers a request it refuses outright (no admin rights, an empty
// group) with bare text and a success status.
Error RefusedInText(const HttpResponse& response, Action action,
                    std::chrono::system_clock::time_point now) {
  std::string text(TrimWhitespace(response.body));
  std::string lower = AsciiLower(text);
  ErrorCode code = ErrorCode::kProtocol;
  if (lower.find("admin rights") != std::string::npos) code = ErrorCode::kPermissionDenied;
  if (lower.find("empty group") != std::string::npos) code = ErrorCode::kNotFound;
  if (code == ErrorCode::kProtocol) {
    return ShapeError(kProviderName, response, action, "with a body that is not JSON");
  }
  return MakeHttpError(kProviderName, response, code, std::move(text), action, now);
}

// One member in any engine's shape: v2 {id, pn, role}, NOWEB {id,
// phoneNumber?, lid?, admin}, WEBJS {id: {_serialized}, isAdmin,
// isSuperAdmin}, GOWS {JID, PhoneNumber, LID, IsAdmin, IsSuperAdmin}.
MemberRead ReadMember(const json& p, GroupMember& m) {
  if (!p.is_object()) return MemberRead::kUnreadable;
  std::vector<std::string> ids;
  if (p.contains("JID")) {
    ids = {StringField(p, "JID"), StringField(p, "PhoneNumber"), StringField(p, "LID")};
    m.is_super_admin = BoolField(p, "IsSuperAdmin");
    m.is_admin = m.is_super_admin || BoolField(p, "IsAdmin");
  } else {
    ids = {IdText(p.value("id", json())), StringField(p, "pn"), StringField(p, "phoneNumber"),
           StringField(p, "lid")};
    const std::string role = StringField(p, "role", StringField(p, "admin"));
    if (role == "left") return MemberRead::kLeft;  // v2 lists who left, too
    m.is_super_admin = role == "superadmin" || BoolField(p, "isSuperAdmin");
    m.is_admin = m.is_super_admin || role == "admin" || BoolField(p, "isAdmin");
  }
  for (const std::string& v : ids) {
    if (v.empty()) continue;
    if (m.jid.empty()) m.jid = v;
    auto n = NormalizeParticipantId(v);
    if (!n) continue;
    if (EndsWith(*n, "@lid")) {
      if (!m.lid) m.lid = *n;
    } else if (!m.phone) {
      m.phone = *n;
    }
  }
  return m.jid.empty() ? MemberRead::kUnreadable : MemberRead::kMember;
}

}  // namespace internal::waha
}  // namespace v1
}  // namespace wa
