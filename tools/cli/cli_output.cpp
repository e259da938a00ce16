// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "cli_output.hpp"

#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <ostream>

#include <nlohmann/json.hpp>

namespace wa::cli {
namespace {

using nlohmann::json;

// One JSON line, pure ASCII: every other character is a \u escape, so no
// control character (C1 included) reaches a terminal that shows it, and
// bytes that are not UTF-8 (a Latin-1 body, raw argv) become U+FFFD
// instead of an exception: the output comes out whatever the input was.
std::string Dump(const json& j) { return j.dump(-1, ' ', true, json::error_handler_t::replace); }

// The length of the UTF-8 sequence a lead byte starts; 0 when it cannot
// lead one.
std::size_t LeadLength(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE0 && c <= 0xEF) return 3;
  if (c >= 0xF0 && c <= 0xF4) return 4;
  return 0;
}

}  // namespace

std::string Shown(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  char buf[12];
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = LeadLength(c);
    bool whole = n > 0 && i + n <= s.size();
    char32_t cp = n == 1 ? c : static_cast<char32_t>(c & (0x7F >> n));
    for (std::size_t k = 1; whole && k < n; ++k) {
      const auto t = static_cast<unsigned char>(s[i + k]);
      whole = (t & 0xC0) == 0x80;
      cp = (cp << 6) | (t & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    static constexpr char32_t kMinOf[] = {0, 0, 0x80, 0x800, 0x10000};
    whole = whole && cp >= kMinOf[n] && (cp < 0xD800 || cp > 0xDFFF) && cp <= 0x10FFFF;
    if (!whole) {
      std::snprintf(buf, sizeof(buf), "\\x%02x", c);
      out += buf;
      ++i;
      continue;
    }
    const bool acts = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 ||
                      cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
                      (cp >= 0x2066 && cp <= 0x2069);
    if (acts) {
      std::snprintf(buf, sizeof(buf), cp < 0x80 ? "\\x%02x" : "\\u%04x", static_cast<unsigned>(cp));
      out += buf;
    } else {
      out.append(s, i, n);
    }
    i += n;
  }
  return out;
}

namespace {

json ErrorJson(const Error& e) {
  json j = {{"code", ToString(e.code)},
            {"http_status", e.http_status},
            {"message", e.message},
            {"request_sent", e.request_sent}};
  if (!e.provider_message.empty()) j["provider_message"] = e.provider_message;
  if (e.retry_after) j["retry_after_ms"] = e.retry_after->count();
  return j;
}

void PrintTable(std::ostream& out, const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> width;
  for (const auto& row : rows) {
    width.resize(std::max(width.size(), row.size()));
    for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], row[i].size());
  }
  for (const auto& row : rows) {  // every cell is already Shown()
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i + 1 == row.size()) {
        out << row[i];
      } else {
        out << std::left << std::setw(static_cast<int>(width[i] + 2)) << row[i];
      }
    }
    out << "\n";
  }
}

void PrintHumanError(std::ostream& out, const Error& e) {
  out << "error: " << ToString(e.code) << ": " << Shown(e.message) << "\n";
}

}  // namespace

int ExitCodeFor(const Error& error) {
  return error.code == ErrorCode::kInvalidArgument && !error.request_sent ? kExitUsage
                                                                          : kExitRequestFailed;
}

int ExitCodeFor(const Result<BatchResult>& result) {
  if (!result) return ExitCodeFor(result.error());
  return result->all_succeeded() ? kExitOk : kExitPartial;
}

void PrintManage(std::ostream& out, const Result<BatchResult>& result, Action action,
                 const std::string& group, bool as_json) {
  if (as_json) {
    json j = {{"ok", ExitCodeFor(result) == kExitOk},
              {"action", ToString(action)},
              {"group", result ? result->group : group},
              {"participants", json::array()},
              {"error", nullptr}};
    if (!result) {
      j["error"] = ErrorJson(result.error());
    } else {
      for (const auto& p : result->participants) {
        json e = {{"participant", p.participant}, {"ok", p.result.has_value()}};
        if (p.result) {
          e["jid"] = p.result->jid;
          e["confirmed"] = p.result->confirmed;
        } else {
          e["jid"] = nullptr;
          e["error"] = {{"code", ToString(p.result.error().code)},
                        {"message", p.result.error().message}};
        }
        j["participants"].push_back(std::move(e));
      }
    }
    out << Dump(j) << "\n";
    return;
  }
  if (!result) {
    PrintHumanError(out, result.error());
    return;
  }
  out << ToString(action) << " in " << Shown(result->group) << "\n";
  std::vector<std::vector<std::string>> rows = {{"PARTICIPANT", "RESULT", "DETAIL"}};
  bool unconfirmed = false;
  for (const auto& p : result->participants) {
    if (p.result) {
      unconfirmed = unconfirmed || !p.result->confirmed;
      std::string detail = Shown(p.result->jid);
      if (p.result->is_super_admin) {
        detail += " (super-admin)";
      } else if (p.result->is_admin) {
        detail += " (admin)";
      }
      rows.push_back({Shown(p.participant), p.result->confirmed ? "ok" : "accepted", detail});
    } else {
      // An invitation is not a failure of the SDK or the provider: say so.
      const bool invited = p.result.error().code == ParticipantErrorCode::kInvited;
      rows.push_back(
          {Shown(p.participant), invited ? "invited" : "failed",
           std::string(ToString(p.result.error().code)) + ": " + Shown(p.result.error().message)});
    }
  }
  PrintTable(out, rows);
  out << result->participants.size() << " participant(s): " << result->succeeded() << " succeeded, "
      << result->failed() << " failed\n";
  if (unconfirmed) {
    out << "note: \"accepted\" means the provider confirmed the batch, not each participant\n";
  }
}

void PrintRequests(std::ostream& out, const Result<std::vector<PendingRequest>>& result,
                   const std::string& group, bool as_json) {
  if (as_json) {
    json j = {{"ok", result.has_value()},
              {"group", group},
              {"requests", json::array()},
              {"error", nullptr}};
    if (!result) {
      j["error"] = ErrorJson(result.error());
    } else {
      for (const auto& r : *result) {
        j["requests"].push_back({{"jid", r.jid},
                                 {"phone", r.phone ? json(*r.phone) : json(nullptr)},
                                 {"requested_at", r.requested_at}});
      }
    }
    out << Dump(j) << "\n";
    return;
  }
  if (!result) {
    PrintHumanError(out, result.error());
    return;
  }
  out << "pending requests for " << Shown(group) << "\n";
  std::vector<std::vector<std::string>> rows = {{"JID", "PHONE", "REQUESTED AT"}};
  for (const auto& r : *result) {
    rows.push_back({Shown(r.jid), Shown(r.phone.value_or("-")), Shown(r.requested_at)});
  }
  PrintTable(out, rows);
  out << result->size() << " pending request(s)\n";
}

void PrintMembers(std::ostream& out, const Result<GroupInfo>& result, const std::string& group,
                  bool as_json) {
  if (as_json) {
    json j = {{"ok", result.has_value()},
              {"group", result ? result->id : group},
              {"members", json::array()},
              {"error", nullptr}};
    if (!result) {
      j["error"] = ErrorJson(result.error());
    } else {
      j["subject"] = result->subject;
      j["require_admin_approval"] =
          result->require_admin_approval ? json(*result->require_admin_approval) : json(nullptr);
      for (const auto& m : result->members) {
        j["members"].push_back({{"jid", m.jid},
                                {"phone", m.phone ? json(*m.phone) : json(nullptr)},
                                {"lid", m.lid ? json(*m.lid) : json(nullptr)},
                                {"admin", m.is_admin},
                                {"super_admin", m.is_super_admin}});
      }
    }
    out << Dump(j) << "\n";
    return;
  }
  if (!result) {
    PrintHumanError(out, result.error());
    return;
  }
  out << "members of " << Shown(result->id);
  if (!result->subject.empty()) out << " (" << Shown(result->subject) << ")";
  out << "\n";
  std::vector<std::vector<std::string>> rows = {{"JID", "PHONE", "ROLE"}};
  for (const auto& m : result->members) {
    rows.push_back({Shown(m.jid), Shown(m.phone.value_or("-")),
                    m.is_super_admin ? "super-admin" : (m.is_admin ? "admin" : "member")});
  }
  PrintTable(out, rows);
  out << result->members.size() << " member(s)";
  if (result->require_admin_approval) {
    out << "; joining " << (*result->require_admin_approval ? "needs" : "does not need")
        << " admin approval";
  }
  out << "\n";
}

void PrintError(std::ostream& out, const Error& error, bool as_json) {
  if (as_json) {
    out << Dump(json{{"ok", false}, {"error", ErrorJson(error)}}) << "\n";
  } else {
    PrintHumanError(out, error);
  }
}

}  // namespace wa::cli
