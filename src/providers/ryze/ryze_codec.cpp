// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/ryze/ryze_codec.hpp"

#include <utility>

#include <nlohmann/json.hpp>

#include "http/group_read.hpp"
#include "http/http_errors.hpp"
#include "ids/identifiers.hpp"
#include "ids/outcome_matching.hpp"
#include "json/json_body.hpp"
#include "json/json_writer.hpp"
#include "providers/ryze/ryze_answer_reader.hpp"
#include "util/strings.hpp"

namespace wa {
inline namespace v1 {
namespace internal::ryze {
namespace {

constexpr std::string_view kInviteHost = "chat.whatsapp.com/";
// Group JIDs of the current form have 18 digits; anything this long and all
// digits is a group id whose "@g.us" was left off, never a phone number.
constexpr std::size_t kMinBareGroupDigits = 15;

bool IsInviteCode(std::string_view s) {
  if (s.size() < 5 || s.size() > 64) return false;
  for (char c : s) {
    bool ok =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || IsDigit(c) || c == '_' || c == '-';
    if (!ok) return false;
  }
  return !IsAllDigits(s);
}

std::vector<std::pair<std::string, std::string>> Headers(const Config& config, bool json_body) {
  std::vector<std::pair<std::string, std::string>> h;
  h.emplace_back("token", config.token);
  h.emplace_back("Accept", "application/json");
  if (json_body) h.emplace_back("Content-Type", "application/json");
  return h;
}

HttpRequest BuildGet(const Config& config, std::string_view path, const std::string& group,
                     std::chrono::milliseconds timeout) {
  HttpRequest r;
  r.method = HttpMethod::kGet;
  r.url = config.base_url + std::string(path) + UrlEncode(config.instance) +
          "?identifier=" + UrlEncode(group);
  r.redacted_url = r.url;
  r.headers = Headers(config, /*json_body=*/false);
  r.timeout = timeout;
  return r;
}

Error NotAnObject(const HttpResponse& response, std::optional<Action> action) {
  return ShapeError(kProviderName, response, action, "with a body that is not a JSON object");
}

// A 2xx that says it failed: trust the words over the status.
Error ReportedFailure(const HttpResponse& response, std::string text) {
  Error e;
  e.code = ClassifyRequestMessage(text).value_or(ErrorCode::kProtocol);
  e.http_status = response.status;
  e.message = std::string(kProviderName) + " answered HTTP " + std::to_string(response.status) +
              " with success=false" + (text.empty() ? std::string() : ": " + text);
  e.provider_message = std::move(text);
  return e;
}

Result<nlohmann::json> ParseSuccessBody(const HttpResponse& response,
                                        std::chrono::system_clock::time_point now) {
  if (response.status < 200 || response.status > 299) {
    return Unexpected(ParseErrorResponse(response, std::nullopt, now));
  }
  auto body = ParseJsonBody(response.body);
  if (!body || !body->is_object()) return Unexpected(NotAnObject(response, std::nullopt));
  if (!BoolField(*body, "success", true)) {
    return Unexpected(ReportedFailure(response, ExtractErrorText(*body)));
  }
  return std::move(*body);
}

}  // namespace

Capabilities ProviderCapabilities() {
  Capabilities c;
  c.documented_requests_per_minute = 100;
  for (Action action : {Action::kAdd, Action::kRemove, Action::kPromote, Action::kDemote}) {
    c.For(action).default_timeout = std::chrono::seconds(75);
  }
  for (Action action : {Action::kApprove, Action::kReject}) {
    c.For(action).default_timeout = std::chrono::seconds(105);
  }
  return c;
}

Result<std::string> NormalizeGroup(std::string_view raw) {
  auto pre = PrecheckIdentifier(raw, "group");
  if (!pre) return Unexpected(std::move(pre).error());
  std::string_view s = *pre;
  auto fail = [&](std::string_view why) {
    return Unexpected(
        MakeLocalError(ErrorCode::kInvalidArgument,
                       "invalid group " + QuoteForMessage(raw) + ": " + std::string(why)));
  };

  GroupIdParts parts;
  if (ParseGroupId(s, parts)) return parts.local + "@g.us";
  if (IsAllDigits(s)) {
    if (s.size() >= kMinBareGroupDigits && s.size() <= kMaxGroupIdDigits) {
      return std::string(s) + "@g.us";
    }
    return fail(
        "bare digits look like a phone number; a group is \"<id>@g.us\", an invite code "
        "or an invite link");
  }

  std::string lower = AsciiLower(s);
  for (std::string_view prefix : {"https://", "http://", ""}) {
    if (!StartsWith(lower, std::string(prefix) + std::string(kInviteHost))) continue;
    std::string_view code = s.substr(prefix.size() + kInviteHost.size());
    while (!code.empty() && code.back() == '/') code.remove_suffix(1);
    if (!IsInviteCode(code)) return fail("the invite link has no valid code after the last /");
    return "https://chat.whatsapp.com/" + std::string(code);
  }
  if (s.find('@') != std::string_view::npos) {
    return fail("a group JID is \"<digits>@g.us\" or \"<digits>-<digits>@g.us\"");
  }
  if (!IsInviteCode(s)) {
    return fail(
        "expected a group JID (\"<id>@g.us\"), an invite code (letters and digits) or "
        "an invite link (https://chat.whatsapp.com/CODE)");
  }
  return std::string(s);
}

HttpRequest BuildManageRequest(const Config& config, Action action, const std::string& group,
                               const std::vector<std::string>& participants,
                               std::chrono::milliseconds timeout) {
  HttpRequest r;
  r.method = HttpMethod::kPost;
  r.url = config.base_url + "/api/group/participants/" + UrlEncode(config.instance);
  r.redacted_url = r.url;
  r.headers = Headers(config, /*json_body=*/true);
  r.body.reserve(64 + group.size() + participants.size() * 20);
  r.body = "{\"action\":";
  AppendJsonString(r.body, ToString(action));
  r.body += ",\"identifier\":";
  AppendJsonString(r.body, group);
  r.body += ",\"participants\":";
  AppendJsonStringArray(r.body, participants);
  r.body.push_back('}');
  r.timeout = timeout;
  return r;
}

Result<BatchResult> ParseManageResponse(const HttpResponse& response, Action action,
                                        const std::string& group,
                                        const std::vector<std::string>& sent,
                                        std::chrono::system_clock::time_point now) {
  if (response.status < 200 || response.status > 299) {
    return Unexpected(ParseErrorResponse(response, action, now));
  }
  // Streamed: answers for thousands of participants never become a DOM.
  AnswerSummary summary;
  OutcomeMatcher matcher(sent, kProviderName);
  if (!ReadParticipantsAnswer(response.body, summary, matcher) || !summary.is_object) {
    return Unexpected(NotAnObject(response, action));
  }
  if (summary.success == false) {
    return Unexpected(ReportedFailure(
        response, summary.error_text.empty() ? summary.message : summary.error_text));
  }
  if (summary.participants != AnswerSummary::List::kArray) {
    return Unexpected(
        ShapeError(kProviderName, response, action, "without a \"participants\" array"));
  }
  BatchResult result;
  result.action = action;
  if (summary.group_jid.empty()) {
    result.group = group;
  } else {
    result.group = std::move(summary.group_jid);
  }
  result.participants = std::move(matcher).Finish();
  return result;
}

HttpRequest BuildPendingRequestsRequest(const Config& config, const std::string& group,
                                        std::chrono::milliseconds timeout) {
  return BuildGet(config, "/api/group/requests/", group, timeout);
}

HttpRequest BuildGroupInfoRequest(const Config& config, const std::string& group,
                                  std::chrono::milliseconds timeout) {
  return BuildGet(config, "/api/group/info/", group, timeout);
}

Result<GroupInfo> ParseGroupInfoResponse(const HttpResponse& response,
                                         std::chrono::system_clock::time_point now) {
  auto body = ParseSuccessBody(response, now);
  if (!body) return Unexpected(std::move(body).error());
  // The info page documents the GroupDetail object but not whether it
  // arrives bare or inside the standard envelope's "data": take either.
  const nlohmann::json* g = &*body;
  if (!body->contains("jid") && !body->contains("participants")) {
    auto data = body->find("data");
    if (data != body->end() && data->is_object()) g = &*data;
  }
  auto members = MemberList(*g, kProviderName, response);
  if (!members) return Unexpected(std::move(members).error());
  const nlohmann::json* list = *members;
  GroupInfo info;
  info.id = StringField(*g, "jid");
  info.subject = StringField(*g, "name");
  if (auto settings = g->find("groupSettings"); settings != g->end() && settings->is_object()) {
    if (auto it = settings->find("requireAdminApproval");
        it != settings->end() && it->is_boolean()) {
      info.require_admin_approval = it->get<bool>();
    }
  }
  info.members.reserve(list->size());
  for (const auto& p : *list) {
    if (!p.is_object()) return Unexpected(UnreadableMember(kProviderName, response));
    GroupMember m;
    m.jid = StringField(p, "jid");
    // "jid" is a phone JID or, for members whose number is hidden, a LID;
    // "lid" is the member's LID when the service knows it.
    for (const std::string& v : {m.jid, StringField(p, "lid")}) {
      auto n = NormalizeParticipantId(v);
      if (!n) continue;
      if (EndsWith(*n, "@lid")) {
        if (!m.lid) m.lid = *n;
      } else if (!m.phone) {
        m.phone = *n;
      }
    }
    if (m.jid.empty()) m.jid = StringField(p, "lid");
    if (m.jid.empty()) return Unexpected(UnreadableMember(kProviderName, response));
    m.is_super_admin = BoolField(p, "isSuperAdmin");
    m.is_admin = BoolField(p, "isAdmin") || m.is_super_admin;
    info.members.push_back(std::move(m));
  }
  return info;
}

Result<std::vector<PendingRequest>> ParsePendingRequestsResponse(
    const HttpResponse& response, std::chrono::system_clock::time_point now) {
  auto body = ParseSuccessBody(response, now);
  if (!body) return Unexpected(std::move(body).error());
  std::vector<PendingRequest> out;
  auto list = body->find("requests");
  if (list == body->end() || !list->is_array()) {
    return Unexpected(
        ShapeError(kProviderName, response, std::nullopt, "without a \"requests\" array"));
  }
  out.reserve(list->size());
  for (const auto& entry : *list) {
    if (!entry.is_object()) continue;
    PendingRequest p;
    p.jid = StringField(entry, "jid");
    std::string phone = StringField(entry, "phoneNumber");
    if (!phone.empty()) {
      auto digits = NormalizeParticipantId(phone);
      p.phone = digits && digits->find('@') == std::string::npos ? *digits : phone;
    }
    p.requested_at = StringField(entry, "requestedAt");
    if (p.jid.empty() && p.phone) p.jid = *p.phone + "@s.whatsapp.net";
    if (!p.jid.empty()) out.push_back(std::move(p));
  }
  return out;
}

Error ParseErrorResponse(const HttpResponse& response, std::optional<Action> action,
                         std::chrono::system_clock::time_point now) {
  std::string text = ErrorTextFromBody(response.body);
  ErrorCode code = ErrorCodeForHttpStatus(response.status);
  if (AsciiLower(text).find("not connected") != std::string::npos) code = ErrorCode::kUnavailable;
  return MakeHttpError(kProviderName, response, code, std::move(text), action, now);
}

}  // namespace internal::ryze
}  // namespace v1
}  // namespace wa
