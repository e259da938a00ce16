// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "cli_output.hpp"

#include <algorithm>
#include <iomanip>
#include <ostream>

#include <nlohmann/json.hpp>

namespace wa::cli {
namespace {

using nlohmann::json;

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
  for (const auto& row : rows) {
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
  out << "error: " << ToString(e.code) << ": " << e.message << "\n";
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
    out << j.dump() << "\n";
    return;
  }
  if (!result) {
    PrintHumanError(out, result.error());
    return;
  }
  out << ToString(action) << " in " << result->group << "\n";
  std::vector<std::vector<std::string>> rows = {{"PARTICIPANT", "RESULT", "DETAIL"}};
  bool unconfirmed = false;
  for (const auto& p : result->participants) {
    if (p.result) {
      unconfirmed = unconfirmed || !p.result->confirmed;
      std::string detail = p.result->jid;
      if (p.result->is_super_admin) {
        detail += " (super-admin)";
      } else if (p.result->is_admin) {
        detail += " (admin)";
      }
      rows.push_back({p.participant, p.result->confirmed ? "ok" : "accepted", detail});
    } else {
      // An invitation is not a failure of the SDK or the provider: say so.
      const bool invited = p.result.error().code == ParticipantErrorCode::kInvited;
      rows.push_back(
          {p.participant, invited ? "invited" : "failed",
           std::string(ToString(p.result.error().code)) + ": " + p.result.error().message});
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
    out << j.dump() << "\n";
    return;
  }
  if (!result) {
    PrintHumanError(out, result.error());
    return;
  }
  out << "pending requests for " << group << "\n";
  std::vector<std::vector<std::string>> rows = {{"JID", "PHONE", "REQUESTED AT"}};
  for (const auto& r : *result) rows.push_back({r.jid, r.phone.value_or("-"), r.requested_at});
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
    out << j.dump() << "\n";
    return;
  }
  if (!result) {
    PrintHumanError(out, result.error());
    return;
  }
  out << "members of " << result->id;
  if (!result->subject.empty()) out << " (" << result->subject << ")";
  out << "\n";
  std::vector<std::vector<std::string>> rows = {{"JID", "PHONE", "ROLE"}};
  for (const auto& m : result->members) {
    rows.push_back({m.jid, m.phone.value_or("-"),
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
    out << json{{"ok", false}, {"error", ErrorJson(error)}}.dump() << "\n";
  } else {
    PrintHumanError(out, error);
  }
}

}  // namespace wa::cli
