// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// One send per action, counted by what a plain-socket server *read*. The
// matrix covers every provider, the blocking and the curl-multi paths, a
// fresh connection and a reused keep-alive one, and the faults that used to
// make libcurl or the retry loop send an action twice (the transport alone:
// at_most_once_transport_test.cpp).

#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "raw_http_server.hpp"
#include "wa/participants.hpp"

namespace wa {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using testing_util::HttpResponseText;
using testing_util::RawAction;
using testing_util::RawHttpServer;
using testing_util::RawRequest;

constexpr const char* kGroup = "120363406289005073@g.us";
constexpr const char* kNewcomer = "5511988887777";

enum class Provider { kRyze, kZApi, kEvolution, kWaha, kWhapi, kMeta };
enum class Mode { kSync, kAsync };
enum class Fault {
  kReadThenClose,           // reads the POST, hangs up without a byte of answer
  kReadThenCloseAndRefuse,  // the same, and refuses libcurl's reconnect
  kReadThenHang,            // reads the POST, answers nothing until the timeout
  kStatus500,               // answers 500
  k429RetryAfter,           // answers 429 with an absurd Retry-After
  k429Reset,                // answers 429 with an absurd X-RateLimit-Reset
  kRefused,                 // nothing listens when the POST goes out
};

struct Case {
  Provider provider;
  Mode mode;
  bool reuse;  // a read first, so the POST rides a kept-alive connection
  Fault fault;
};

std::string Name(const Case& c) {
  static const char* kFaults[] = {"ReadThenClose", "ReadThenCloseAndRefuse", "ReadThenHang",
                                  "Status500",     "429RetryAfter",          "429Reset",
                                  "Refused"};
  static const char* kProviders[] = {"Ryze", "ZApi", "Evolution", "Waha", "Whapi", "Meta"};
  return std::string(kProviders[static_cast<int>(c.provider)]) +
         (c.mode == Mode::kSync ? "Sync" : "Async") + (c.reuse ? "Reused" : "Fresh") +
         kFaults[static_cast<int>(c.fault)];
}

void PrintTo(const Case& c, std::ostream* os) { *os << Name(c); }

// Meta has no add: its non-idempotent action here is a remove (a DELETE),
// on a group named by its Graph id.
bool RemovesInstead(Provider p) { return p == Provider::kMeta; }
const char* ActionMethod(Provider p) { return RemovesInstead(p) ? "DELETE" : "POST"; }
const char* GroupOf(Provider p) { return p == Provider::kMeta ? "120363406289005073" : kGroup; }

std::string GroupReadAnswer(Provider p) {
  if (p == Provider::kMeta) {
    return R"({"id":"120363406289005073","subject":"Customers",)"
           R"("participants":[{"wa_id":"5511999999999"}]})";
  }
  if (p == Provider::kWhapi) {
    return R"({"id":"120363406289005073@g.us","name":"Customers",)"
           R"("participants":[{"id":"5511999999999","rank":"creator"}]})";
  }
  if (p == Provider::kWaha)
    return R"([{"id":"5511999999999@s.whatsapp.net","admin":"superadmin"}])";
  if (p == Provider::kEvolution) {
    return R"({"id":"120363406289005073@g.us","subject":"Customers",)"
           R"("participants":[{"id":"5511999999999@s.whatsapp.net","admin":"superadmin"}]})";
  }
  if (p == Provider::kRyze) {
    return R"({"success":true,"groupJid":"120363406289005073@g.us","subject":"Customers",)"
           R"("participants":[{"jid":"5511999999999@s.whatsapp.net","isAdmin":true}]})";
  }
  return R"({"phone":"120363406289005073-group","subject":"Customers",)"
         R"("participants":[{"phone":"5511999999999","isAdmin":true}]})";
}

std::string ActionAnswer(Provider p) {
  if (p == Provider::kMeta) return R"({"success":true})";
  if (p == Provider::kWhapi) return R"({"success":true,"failed":[],"processed":["5511988887777"]})";
  if (p == Provider::kWaha) return R"([{"status":"200","jid":"5511988887777@s.whatsapp.net"}])";
  if (p == Provider::kEvolution) {
    return R"({"updateParticipants":[{"status":"200","jid":"5511988887777@s.whatsapp.net"}]})";
  }
  if (p == Provider::kRyze) {
    return R"({"success":true,"groupJid":"120363406289005073@g.us","action":"add",)"
           R"("participants":[{"jid":"5511988887777@s.whatsapp.net","success":true}]})";
  }
  return R"({"value":true})";
}

std::string ErrorAnswer(Provider p, const std::string& text) {
  if (p == Provider::kMeta)
    return R"({"error":{"message":")" + text + R"(","type":"OAuthException"}})";
  if (p == Provider::kWhapi) return R"({"error":{"code":500,"message":")" + text + "\"}}";
  if (p == Provider::kWaha) return R"({"statusCode":500,"exception":{"message":")" + text + "\"}}";
  if (p == Provider::kEvolution) {
    return R"({"status":500,"error":"Error","response":{"message":[")" + text + "\"]}}";
  }
  if (p == Provider::kRyze) return R"({"success":false,"error":{"message":")" + text + "\"}}";
  return R"({"error":")" + text + "\"}";
}

// What the server does with a POST (every copy of it: a second copy gets a
// success, as a real provider would give, so a duplicate cannot hide).
RawAction OnPost(const Case& c, int posts_so_far) {
  if (posts_so_far > 1) return RawAction::Respond(HttpResponseText(200, ActionAnswer(c.provider)));
  switch (c.fault) {
    case Fault::kReadThenClose:
      return RawAction::Close();
    case Fault::kReadThenCloseAndRefuse:
      return RawAction::CloseAndRefuse();
    case Fault::kReadThenHang:
      return RawAction::Hang();
    case Fault::kStatus500:
      return RawAction::Respond(HttpResponseText(500, ErrorAnswer(c.provider, "boom")));
    case Fault::k429RetryAfter:
      return RawAction::Respond(HttpResponseText(429, ErrorAnswer(c.provider, "slow down"),
                                                 {"Retry-After: 9223372036854775807"}));
    case Fault::k429Reset:
      return RawAction::Respond(
          HttpResponseText(429, ErrorAnswer(c.provider, "slow down"),
                           {"X-RateLimit-Limit: 100", "X-RateLimit-Remaining: 0",
                            "X-RateLimit-Reset: 99999999999"}));
    case Fault::kRefused:
      break;
  }
  return RawAction::Respond(HttpResponseText(200, ActionAnswer(c.provider)));
}

ParticipantsClient MakeClient(Provider p, const std::string& base_url) {
  ClientOptions options;
  options.rate_limit = std::nullopt;
  options.timeout = std::chrono::seconds(5);
  // Generous retries with no wait: any misjudged "not sent" shows up as a
  // second copy on the server.
  options.retry.max_attempts = 4;
  options.retry.initial_backoff = milliseconds(1);
  options.retry.max_backoff = milliseconds(1);
  if (p == Provider::kMeta) {
    MetaOptions m;
    m.base_url = base_url;
    m.access_token = "meta-token";
    return MakeClient(m, options);
  }
  if (p == Provider::kWhapi) {
    WhapiOptions w;
    w.base_url = base_url;
    w.token = "whapi-token";
    return MakeClient(w, options);
  }
  if (p == Provider::kWaha) {
    WahaOptions w;
    w.base_url = base_url;
    w.session = "demo";
    w.api_key = "waha-key";
    return MakeClient(w, options);
  }
  if (p == Provider::kEvolution) {
    EvolutionOptions e;
    e.base_url = base_url;
    e.instance = "demo";
    e.api_key = "evolution-key";
    return MakeClient(e, options);
  }
  if (p == Provider::kRyze) {
    RyzeOptions r;
    r.base_url = base_url;
    r.instance = "demo";
    r.token = "ryze-token";
    return ParticipantsClient::Ryze(r, options);
  }
  ZApiOptions z;
  z.base_url = base_url;
  z.instance = "demo";
  z.token = "zapi-token";
  z.client_token = "zapi-client-token";
  return ParticipantsClient::ZApi(z, options);
}

class AtMostOnceMatrix : public ::testing::TestWithParam<Case> {};

TEST_P(AtMostOnceMatrix, TheServerReadsTheActionAtMostOnce) {
  const Case c = GetParam();
  std::mutex mu;
  int posts = 0;
  RawHttpServer server([&](const RawRequest& r) {
    if (r.method == "GET") {
      // With a refused POST to come, the read is the last thing served.
      std::string answer = HttpResponseText(200, GroupReadAnswer(c.provider));
      return c.fault == Fault::kRefused ? RawAction::RespondAndRefuse(std::move(answer))
                                        : RawAction::Respond(std::move(answer));
    }
    std::lock_guard<std::mutex> lock(mu);
    return OnPost(c, ++posts);
  });
  if (c.fault == Fault::kRefused && !c.reuse) server.StopListening();

  auto client = MakeClient(c.provider, server.base_url());
  CallOptions call;
  call.timeout = c.fault == Fault::kReadThenHang ? milliseconds(400) : milliseconds(3000);
  if (c.reuse) {
    // The group read opens the connection the action then reuses.
    if (c.mode == Mode::kSync) {
      (void)client.GetGroup(GroupOf(c.provider), call);
    } else {
      (void)client.GetGroupAsync(GroupOf(c.provider), call).get();
    }
    ASSERT_EQ(server.Count("GET"), 1u);
    if (c.fault == Fault::kRefused) {
      // The server went away between the calls: its hang-up has arrived, so
      // libcurl finds the kept connection dead instead of writing into it
      // (that race is the ReadThenClose case).
      std::this_thread::sleep_for(milliseconds(100));
    }
  }
  const Action action = RemovesInstead(c.provider) ? Action::kRemove : Action::kAdd;
  Result<BatchResult> r =
      c.mode == Mode::kSync
          ? client.Manage(action, GroupOf(c.provider), {kNewcomer}, call)
          : client.ManageAsync(action, GroupOf(c.provider), {kNewcomer}, call).get();

  ASSERT_FALSE(r) << "the action cannot have succeeded";
  const Error& e = r.error();
  // Room for a wrong re-send (libcurl's or the retry loop's) to arrive.
  std::this_thread::sleep_for(milliseconds(150));
  const std::size_t read = server.Count(ActionMethod(c.provider));
  if (c.fault == Fault::kRefused) {
    EXPECT_EQ(read, 0u);
    EXPECT_EQ(e.code, ErrorCode::kNetwork) << e.message;
    EXPECT_FALSE(e.request_sent) << e.message;
    EXPECT_FALSE(e.outcome_unknown());
    return;
  }
  EXPECT_EQ(read, 1u) << "copies of the action the server read";
  EXPECT_TRUE(e.request_sent) << e.message;
  if (c.reuse) {
    auto requests = server.Requests();
    ASSERT_GE(requests.size(), 2u);
    EXPECT_EQ(requests[1].connection, requests[0].connection)
        << "the action did not ride the kept-alive connection";
  }
  switch (c.fault) {
    case Fault::kReadThenClose:
    case Fault::kReadThenCloseAndRefuse:
      EXPECT_EQ(e.code, ErrorCode::kNetwork) << e.message;
      EXPECT_TRUE(e.outcome_unknown());
      EXPECT_THAT(e.message, HasSubstr("outcome is unknown"));
      break;
    case Fault::kReadThenHang:
      EXPECT_EQ(e.code, ErrorCode::kTimeout) << e.message;
      EXPECT_TRUE(e.outcome_unknown());
      break;
    case Fault::kStatus500:
      EXPECT_EQ(e.code, ErrorCode::kUnavailable) << e.message;
      EXPECT_EQ(e.http_status, 500);
      EXPECT_TRUE(e.outcome_unknown());
      break;
    case Fault::k429RetryAfter:
    case Fault::k429Reset:
      // The server's own 429, not a local "nothing was sent".
      EXPECT_EQ(e.code, ErrorCode::kRateLimited) << e.message;
      EXPECT_EQ(e.http_status, 429) << e.message;
      EXPECT_EQ(e.provider_message, "slow down");
      ASSERT_TRUE(e.retry_after.has_value());
      EXPECT_GT(e.retry_after->count(), 0);
      EXPECT_THAT(e.message, ::testing::Not(HasSubstr("nothing was sent")));
      EXPECT_FALSE(e.outcome_unknown());
      break;
    case Fault::kRefused:
      break;
  }
}

std::vector<Case> AllCases() {
  std::vector<Case> out;
  for (Provider p : {Provider::kRyze, Provider::kZApi, Provider::kEvolution, Provider::kWaha,
                     Provider::kWhapi, Provider::kMeta}) {
    for (Mode m : {Mode::kSync, Mode::kAsync}) {
      for (bool reuse : {false, true}) {
        for (Fault f :
             {Fault::kReadThenClose, Fault::kReadThenCloseAndRefuse, Fault::kReadThenHang,
              Fault::kStatus500, Fault::k429RetryAfter, Fault::k429Reset, Fault::kRefused}) {
          out.push_back({p, m, reuse, f});
        }
      }
    }
  }
  return out;
}

INSTANTIATE_TEST_SUITE_P(EveryProviderBothPaths, AtMostOnceMatrix, ::testing::ValuesIn(AllCases()),
                         [](const auto& p) { return Name(p.param); });

}  // namespace
}  // namespace wa
