// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/baileys_answer.hpp"

#include <utility>

#include "ids/identifiers.hpp"
#include "ids/whatsapp_status.hpp"
#include "json/json_body.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

using nlohmann::json;

// A status as Baileys gives it (a string) or as a number, in text.
std::string StatusText(const json& entry) {
  auto it = entry.find("status");
  if (it == entry.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return {};
}

// The participant node's attributes (`content.attrs`), or null.
const json* NodeAttrs(const json& entry) {
  auto content = entry.find("content");
  if (content == entry.end() || !content->is_object()) return nullptr;
  auto attrs = content->find("attrs");
  return attrs != content->end() && attrs->is_object() ? &*attrs : nullptr;
}

}  // namespace

std::unordered_set<std::string> SentKeys(const std::vector<std::string>& sent) {
  std::unordered_set<std::string> keys;
  keys.reserve(sent.size());
  for (const std::string& s : sent) keys.insert(MatchKey(s));
  return keys;
}

std::string PickJid(std::initializer_list<std::string> candidates,
                    const std::unordered_set<std::string>& sent_keys) {
  for (const std::string& c : candidates) {
    if (!c.empty() && sent_keys.count(MatchKey(c)) != 0) return c;
  }
  for (const std::string& c : candidates) {
    if (!c.empty()) return c;
  }
  return {};
}

ReportedParticipant FromWhatsAppCode(std::string jid, const std::string& code,
                                     std::string_view text, Action action,
                                     std::string_view provider) {
  ReportedParticipant r;
  r.jid = std::move(jid);
  auto reading = ReadWhatsAppStatus(code, action);
  if (reading && reading->success) {
    r.success = true;
    r.is_admin = action == Action::kPromote;
    return r;
  }
  if (!reading) {
    r.code = ParticipantErrorCode::kUnknown;
    r.error = code.empty() ? std::string(provider) + " gave no status for this participant"
                           : std::string(provider) + " gave the status " + QuoteForMessage(code) +
                                 ", which is no WhatsApp code";
    return r;
  }
  r.code = reading->code;
  r.error = WhatsAppStatusReason(code, text, *reading);
  return r;
}

ReportedParticipant ReadBaileysEntry(const json& entry, Action action,
                                     const std::unordered_set<std::string>& sent_keys,
                                     std::string_view provider) {
  const json* attrs = NodeAttrs(entry);
  std::string jid = StringField(entry, "jid");
  if (jid.empty() && attrs != nullptr) jid = StringField(*attrs, "jid");
  std::string phone = attrs != nullptr ? StringField(*attrs, "phone_number") : std::string();
  return FromWhatsAppCode(PickJid({jid, phone}, sent_keys), StatusText(entry), "", action,
                          provider);
}

std::optional<ErrorCode> ClassifyBaileysFailure(std::string_view text) {
  std::string lower = AsciiLower(text);
  // The gateway lost WhatsApp after sending the request on: it may have
  // been applied (kTimeout and kNetwork, sent, are "outcome unknown").
  if (lower.find("timed out") != std::string::npos) return ErrorCode::kTimeout;
  if (lower.find("connection closed") != std::string::npos ||
      lower.find("connection lost") != std::string::npos) {
    return ErrorCode::kNetwork;
  }
  // WhatsApp's own throttling of the account.
  if (lower.find("rate-overlimit") != std::string::npos) return ErrorCode::kRateLimited;
  if (lower.find("not-authorized") != std::string::npos ||
      lower.find("forbidden") != std::string::npos) {
    return ErrorCode::kPermissionDenied;
  }
  if (lower.find("item-not-found") != std::string::npos) return ErrorCode::kNotFound;
  return std::nullopt;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
