// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "http/http_backend_base.hpp"

#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

#include "ids/identifiers.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

Result<std::vector<PendingRequest>> PendingListingRefused(std::string_view why) {
  return Unexpected(MakeLocalError(ErrorCode::kUnsupported, std::string(why)));
}

HttpBackendBase::HttpBackendBase(std::shared_ptr<HttpTransport> transport,
                                 std::vector<std::string> secrets, std::string quota_key)
    : transport_(std::move(transport)),
      redact_(std::move(secrets)),
      quota_key_(std::move(quota_key)) {}

Result<BatchResult> HttpBackendBase::Manage(Action action, const std::string& group,
                                            const std::vector<std::string>& participants,
                                            const RequestContext& context) {
  if (OneRequestPerParticipant(action) && participants.size() > 1) {
    return ManageEachBlocking(action, group, participants, context);
  }
  return SendAndParse(BuildManage(action, group, participants, context), context, action,
                      [&](const HttpResponse& response, std::chrono::system_clock::time_point now) {
                        return ParseManage(response, action, group, participants, now);
                      });
}

void HttpBackendBase::ManageAsync(Action action, const std::string& group,
                                  const std::vector<std::string>& participants,
                                  const RequestContext& context,
                                  std::function<void(Result<BatchResult>)> done) {
  if (OneRequestPerParticipant(action) && participants.size() > 1) {
    ManageEach(action, group, participants, context, std::move(done));
    return;
  }
  // The caller keeps `group` and `participants` alive until `done` runs.
  SendAndParseAsync<BatchResult>(
      BuildManage(action, group, participants, context), context, action,
      [this, action, &group, &participants](const HttpResponse& response,
                                            std::chrono::system_clock::time_point now) {
        return ParseManage(response, action, group, participants, now);
      },
      std::move(done));
}

namespace {

// At most this many of one call's one-participant requests are in flight at
// once: a call of 500 approvals is not 500 simultaneous requests.
constexpr std::size_t kEachInFlight = 8;

// What one participant's own request came to, when it failed as a whole.
ParticipantOutcome FailedAlone(const std::string& participant, const Error& e) {
  std::string why = std::string(ToString(e.code)) + ": " + e.message;
  if (!e.request_sent) {
    why += " (nothing was sent for this participant)";
  } else if (e.http_status == 429) {
    why +=
        " (the provider refused this participant's request: nothing was done; send it again "
        "later)";
  } else {
    why += " (the request may have been sent: this participant's outcome is unknown)";
  }
  ParticipantOutcome o;
  o.participant = participant;
  o.result = Unexpected(ParticipantError{ParticipantErrorCode::kUnknown, std::move(why)});
  return o;
}

// How strongly an error of one of several requests forbids sending them all
// again: 2 may have been acted on, 1 refused by the provider with a 429,
// 0 never left.
int RetryRank(const Error& e) {
  if (!e.request_sent) return 0;
  return e.http_status == 429 ? 1 : 2;
}

// One outcome per participant from each one's own answer, in input order.
Result<BatchResult> MergeEach(Action action, const std::string& group,
                              const std::vector<std::string>& participants,
                              std::vector<Result<BatchResult>>& answers) {
  BatchResult merged;
  merged.action = action;
  merged.group = group;
  const Error* call_error = nullptr;
  bool any_answer = false;
  for (std::size_t k = 0; k < participants.size(); ++k) {
    Result<BatchResult>& a = answers[k];
    if (a && !a->participants.empty()) {
      any_answer = true;
      if (merged.group == group && !a->group.empty()) merged.group = a->group;
      merged.participants.push_back(std::move(a->participants.front()));
    } else if (a) {
      any_answer = true;
      merged.participants.push_back(FailedAlone(
          participants[k], MakeLocalError(ErrorCode::kProtocol, "the answer named nobody")));
    } else {
      // The call's error must forbid a retry if any request may have been
      // acted on: a request that may have left (and not as a 429, which
      // the provider refused) outranks a 429, which outranks one that
      // provably never left. Otherwise the retry loop would send again the
      // very request whose outcome is unknown.
      if (call_error == nullptr || RetryRank(a.error()) > RetryRank(*call_error)) {
        call_error = &a.error();
      }
      merged.participants.push_back(FailedAlone(participants[k], a.error()));
    }
  }
  // Every request failed as a whole: the call failed, as one request would
  // have (and is retried only if that error allows it).
  if (!any_answer && call_error != nullptr) return Unexpected(*call_error);
  return merged;
}

// The requests of one `ManageEach`, answered in any order on any thread.
struct EachState {
  std::mutex mu;
  std::vector<Result<BatchResult>> answers;
  std::size_t next = 0;                     // the next participant to send
  std::size_t left = 0;                     // answers still to come
  std::function<void(std::size_t)> launch;  // cleared at the end (it holds the state)
  std::function<void(Result<BatchResult>)> done;
};

}  // namespace

Result<BatchResult> HttpBackendBase::ManageEachBlocking(
    Action action, const std::string& group, const std::vector<std::string>& participants,
    const RequestContext& context) {
  // One after another on the calling thread: a transport without an event
  // loop blocks in Send, and that must never be one of the SDK's threads.
  std::vector<Result<BatchResult>> answers;
  answers.reserve(participants.size());
  for (std::size_t i = 0; i < participants.size(); ++i) {
    if (i > 0 && context.next_permit) {
      // The attempt's own permit covered the first request; wait here for
      // each further one (the limiter answers from its timer thread).
      std::promise<Result<void>> promise;
      auto granted = promise.get_future();
      context.next_permit([&promise](Result<void> r) { promise.set_value(std::move(r)); });
      if (auto permit = granted.get(); !permit) {
        answers.emplace_back(Unexpected(std::move(permit).error()));
        continue;
      }
    }
    const std::vector<std::string> single(1, participants[i]);
    answers.push_back(
        SendAndParse(BuildManage(action, group, single, context), context, action,
                     [&](const HttpResponse& response, std::chrono::system_clock::time_point now) {
                       return ParseManage(response, action, group, single, now);
                     }));
  }
  return MergeEach(action, group, participants, answers);
}

void HttpBackendBase::ManageEach(Action action, const std::string& group,
                                 const std::vector<std::string>& participants,
                                 const RequestContext& context,
                                 std::function<void(Result<BatchResult>)> done) {
  auto state = std::make_shared<EachState>();
  state->answers.assign(participants.size(), Unexpected(MakeLocalError(ErrorCode::kInternal, "")));
  state->left = participants.size();
  state->done = std::move(done);
  // Each answer lands here and starts the next request; the last one merges
  // them, in input order.
  auto settle = [state, action, &group, &participants](std::size_t i, Result<BatchResult> r) {
    std::function<void(std::size_t)> launch;
    std::size_t next = 0;
    {
      std::lock_guard<std::mutex> lock(state->mu);
      state->answers[i] = std::move(r);
      if (--state->left == 0) {
        state->launch = nullptr;
      } else if (state->next < participants.size()) {
        next = state->next++;
        launch = state->launch;
      }
      if (state->left > 0 && !launch) return;
    }
    if (launch) {
      launch(next);
      return;
    }
    state->done(MergeEach(action, group, participants, state->answers));
  };
  // The caller keeps `group` and `participants` alive until `done` runs.
  state->launch = [this, action, &group, &participants, context, settle](std::size_t i) {
    auto send = [this, action, &group, &participants, context, settle, i](Result<void> permit) {
      if (!permit) return settle(i, Unexpected(std::move(permit).error()));
      auto single = std::make_shared<std::vector<std::string>>(1, participants[i]);
      SendAndParseAsync<BatchResult>(
          BuildManage(action, group, *single, context), context, action,
          [this, action, &group, single](const HttpResponse& response,
                                         std::chrono::system_clock::time_point now) {
            return ParseManage(response, action, group, *single, now);
          },
          [settle, i](Result<BatchResult> r) { settle(i, std::move(r)); });
    };
    // The attempt's own permit covers the first request.
    if (i == 0 || !context.next_permit) {
      send({});
    } else {
      context.next_permit(std::move(send));
    }
  };
  std::vector<std::size_t> first;
  {
    std::lock_guard<std::mutex> lock(state->mu);
    while (state->next < participants.size() && state->next < kEachInFlight) {
      first.push_back(state->next++);
    }
  }
  auto launch = state->launch;  // a copy: an answer may clear the state's
  for (std::size_t i : first) launch(i);
}

Result<GroupInfo> HttpBackendBase::ParseGroupReadOf(
    const std::string& group, const HttpResponse& response,
    std::chrono::system_clock::time_point now) const {
  Result<GroupInfo> info = ParseGroupRead(response, now);
  // Some reads (a bare member list) do not name the group: it is the one asked for.
  if (info && info->id.empty()) info->id = group;
  return info;
}

Result<GroupInfo> HttpBackendBase::GetGroup(const std::string& group,
                                            const RequestContext& context) {
  return SendAndParse(
      BuildGroupRead(group, context), context, std::nullopt,
      [this, &group](const HttpResponse& response, std::chrono::system_clock::time_point now) {
        return ParseGroupReadOf(group, response, now);
      });
}

void HttpBackendBase::GetGroupAsync(const std::string& group, const RequestContext& context,
                                    std::function<void(Result<GroupInfo>)> done) {
  SendAndParseAsync<GroupInfo>(
      BuildGroupRead(group, context), context, std::nullopt,
      [this, group](const HttpResponse& response, std::chrono::system_clock::time_point now) {
        return ParseGroupReadOf(group, response, now);
      },
      std::move(done));
}

Result<std::string> HttpBackendBase::NormalizeParticipant(std::string_view participant) const {
  return NormalizeParticipantId(participant);
}

std::string MakeQuotaKey(std::string_view provider, std::string_view base_url,
                         std::string_view token) {
  std::string key(provider);
  key += '|';
  key += base_url;
  key += '|';
  key += std::to_string(std::hash<std::string_view>{}(token));
  return key;
}

}  // namespace internal
}  // namespace v1
}  // namespace wa
