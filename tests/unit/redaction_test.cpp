// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Drives every failure path of the Z-API backend (whose token sits in the URL
// path) and the RyzeAPI backend, and checks no secret reaches an error, a
// provider message, an exception or a log line.

#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fake_transport.hpp"
#include "http/redact.hpp"
#include "wa/participants/client.hpp"
#include "wa/participants/evolution.hpp"
#include "wa/participants/meta.hpp"
#include "wa/participants/waha.hpp"
#include "wa/participants/whapi.hpp"

namespace wa {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::FakeTransport;

// A token with characters that URL-encoding changes, so both forms are checked.
constexpr const char* kToken = "Z+tok/en=SECRET42";
constexpr const char* kEncodedToken = "Z%2Btok%2Fen%3DSECRET42";
constexpr const char* kClientToken = "CLIENT-SECRET-77";

class Redaction : public ::testing::TestWithParam<int> {};

// The names of FailurePaths' entries, in order.
constexpr const char* kFailurePathNames[] = {
    "TransportTimeout",  "ConnectionRefused", "Cancelled",   "Http400Echo",      "Http401Token",
    "Http403Echo",       "Http404Html",       "Http405",     "Http415",          "Http429Echo",
    "Http500Echo",       "Http502Echo",       "Http503Echo", "Http200ErrorEcho", "Http200Malformed",
    "Http200ValueFalse", "Http302Echo"};

std::vector<Result<HttpResponse>> FailurePaths(const HttpRequest& req) {
  // Hostile echoes: providers and proxies do quote URLs and headers back.
  std::string echo = "while handling " + req.url + " with Client-Token " + kClientToken;
  Error transport_timeout;
  transport_timeout.code = ErrorCode::kTimeout;
  transport_timeout.message = "POST " + req.url + ": Timeout was reached";
  Error refused = MakeLocalError(ErrorCode::kNetwork, "connect to " + req.url + " refused");
  Error cancelled = MakeLocalError(ErrorCode::kCancelled, "cancelled " + req.url);
  return {
      Unexpected(transport_timeout),
      Unexpected(refused),
      Unexpected(cancelled),
      FakeTransport::Json(400, R"({"error":")" + echo + R"("})"),
      FakeTransport::Json(401, R"({"error":"bad token )" + std::string(kToken) + R"("})"),
      FakeTransport::Json(403, R"({"message":")" + echo + R"("})"),
      FakeTransport::Json(404, "<html>" + echo + "</html>"),
      FakeTransport::Json(405, R"({"error":"Method Not Allowed"})"),
      FakeTransport::Json(415, R"({"error":"Unsupported Media Type"})"),
      FakeTransport::Json(429, R"({"error":")" + echo + R"("})"),
      FakeTransport::Json(500, echo),
      FakeTransport::Json(502, echo),
      FakeTransport::Json(503, R"({"error":")" + echo + R"("})"),
      FakeTransport::Json(200, R"({"error":")" + echo + R"("})"),
      FakeTransport::Json(200, "{\"value\": tr " + echo),
      FakeTransport::Json(200, R"({"value": false})"),
      FakeTransport::Json(302, echo),
  };
}

void ExpectClean(const std::string& text) {
  EXPECT_THAT(text, Not(HasSubstr("SECRET42")));
  EXPECT_THAT(text, Not(HasSubstr(kEncodedToken)));
  EXPECT_THAT(text, Not(HasSubstr(kClientToken)));
}

TEST_P(Redaction, ZApiFailurePathNeverRevealsTokens) {
  int path = GetParam();
  auto transport = std::make_shared<FakeTransport>();
  transport->SetFallback([path](const HttpRequest& req) {
    auto paths = FailurePaths(req);
    EXPECT_EQ(paths.size(), std::size(kFailurePathNames)) << "name every failure path";
    return paths[path];
  });
  std::vector<std::string> logs;
  ClientOptions options;
  options.transport = transport;
  options.retry.max_attempts = 1;
  options.logger = [&logs](const LogRecord& r) { logs.push_back(r.message); };
  ZApiOptions z;
  z.base_url = "https://api.z-api.test";
  z.instance = "INSTANCE1";
  z.token = kToken;
  z.client_token = kClientToken;
  auto client = ParticipantsClient::ZApi(z, options);

  auto r = client.Add("120363019502650977-group", {"5544999999999"});
  ASSERT_EQ(transport->count(), 1u);
  // The request really carried the secrets...
  EXPECT_THAT(transport->requests()[0].url, HasSubstr(kEncodedToken));
  // ...and nothing that came back out shows them.
  if (r) {
    for (const auto& p : r->participants) {
      ASSERT_FALSE(p.result);
      ExpectClean(p.result.error().message);
    }
  } else {
    ExpectClean(r.error().message);
    ExpectClean(r.error().provider_message);
    ExpectClean(ToString(r.error()));
    try {
      (void)r.value();
      ADD_FAILURE() << "value() did not throw";
    } catch (const BadExpectedAccess& e) {
      ExpectClean(e.what());
    }
  }
  ASSERT_FALSE(logs.empty());
  for (const auto& line : logs) {
    ExpectClean(line);
    EXPECT_THAT(line, HasSubstr("/token/***/add-participant"));
  }
}

// A gateway's key rides a header, which hostile answers echo back: every
// failure path quotes it (the echo carries kClientToken, used here as the
// key). The Z-API token some paths echo is no secret of these clients.
// The action each check sends: an add, or (for a provider without add) a
// remove on a group named as that provider names them.
using Send = std::function<Result<BatchResult>(const ParticipantsClient&)>;

Result<BatchResult> AddToGroup(const ParticipantsClient& client) {
  return client.Add("120363019502650977@g.us", {"5544999999999"});
}

void ExpectKeyNeverShown(ParticipantsClient client, FakeTransport& transport,
                         const std::vector<std::string>& logs, const std::string& header,
                         const std::string& scheme = "", const Send& send = AddToGroup) {
  auto ExpectNoKey = [](const std::string& text) {
    EXPECT_THAT(text, Not(HasSubstr(kClientToken)));
  };
  auto r = send(client);
  ASSERT_EQ(transport.count(), 1u);
  EXPECT_THAT(transport.requests()[0].headers,
              ::testing::Contains(std::make_pair(header, scheme + kClientToken)));
  if (r) {
    for (const auto& p : r->participants) {
      if (!p.result) ExpectNoKey(p.result.error().message);
    }
  } else {
    ExpectNoKey(r.error().message);
    ExpectNoKey(r.error().provider_message);
    ExpectNoKey(ToString(r.error()));
  }
  ASSERT_FALSE(logs.empty());
  for (const auto& line : logs) ExpectNoKey(line);
}

// A client of a gateway whose every request fails the `path` way, and the
// log it writes.
template <class Options>
ParticipantsClient EchoingClient(Options options, int path,
                                 const std::shared_ptr<FakeTransport>& transport,
                                 std::vector<std::string>& logs) {
  transport->SetFallback([path](const HttpRequest& req) { return FailurePaths(req)[path]; });
  ClientOptions client_options;
  client_options.transport = transport;
  client_options.retry.max_attempts = 1;
  client_options.logger = [&logs](const LogRecord& r) { logs.push_back(r.message); };
  return MakeClient(std::move(options), client_options);
}

TEST_P(Redaction, EvolutionFailurePathNeverRevealsTheKey) {
  auto transport = std::make_shared<FakeTransport>();
  std::vector<std::string> logs;
  EvolutionOptions e;
  e.base_url = "https://evolution.test";
  e.instance = "INSTANCE1";
  e.api_key = kClientToken;
  ExpectKeyNeverShown(EchoingClient(e, GetParam(), transport, logs), *transport, logs, "apikey");
}

TEST_P(Redaction, WahaFailurePathNeverRevealsTheKey) {
  auto transport = std::make_shared<FakeTransport>();
  std::vector<std::string> logs;
  WahaOptions w;
  w.base_url = "https://waha.test";
  w.api_key = kClientToken;
  ExpectKeyNeverShown(EchoingClient(w, GetParam(), transport, logs), *transport, logs, "X-Api-Key");
}

TEST_P(Redaction, WhapiFailurePathNeverRevealsTheToken) {
  auto transport = std::make_shared<FakeTransport>();
  std::vector<std::string> logs;
  WhapiOptions w;
  w.base_url = "https://whapi.test";
  w.token = kClientToken;
  ExpectKeyNeverShown(EchoingClient(w, GetParam(), transport, logs), *transport, logs,
                      "Authorization", "Bearer ");
}

TEST_P(Redaction, MetaFailurePathNeverRevealsTheAccessToken) {
  auto transport = std::make_shared<FakeTransport>();
  std::vector<std::string> logs;
  MetaOptions m;
  m.base_url = "https://graph.test";
  m.access_token = kClientToken;
  ExpectKeyNeverShown(EchoingClient(m, GetParam(), transport, logs), *transport, logs,
                      "Authorization", "Bearer ", [](const ParticipantsClient& client) {
                        return client.Remove("120363019502650977", {"5544999999999"});
                      });
}

std::string PathName(const ::testing::TestParamInfo<int>& path) {
  return kFailurePathNames[path.param];
}

INSTANTIATE_TEST_SUITE_P(EveryPath, Redaction,
                         ::testing::Range(0, static_cast<int>(std::size(kFailurePathNames))),
                         PathName);

TEST(RedactionRyze, TokenHeaderEchoedBackIsRedacted) {
  auto transport = std::make_shared<FakeTransport>();
  transport->SetFallback([](const HttpRequest&) {
    return FakeTransport::Json(401,
                               R"({"success":false,"error":{"message":"Invalid token SECRET42"}})");
  });
  ClientOptions options;
  options.transport = transport;
  RyzeOptions ryze;
  ryze.base_url = "https://ryze.test";
  ryze.instance = "i";
  ryze.token = "SECRET42";
  auto r =
      ParticipantsClient::Ryze(ryze, options).Remove("1203634062890050731@g.us", {"5511999999999"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(r.error().provider_message, "Invalid token ***");
  ExpectClean(r.error().message);
}

TEST(Redactor, ReplacesRawAndEncodedFormsLongestFirst) {
  internal::Redactor redact({"ab/c", "ab"});
  EXPECT_EQ(redact("x ab/c y ab%2Fc z ab"), "x *** y *** z ***");
  internal::Redactor none;
  EXPECT_EQ(none("unchanged"), "unchanged");
}

// A server that echoes a token inside JSON may escape it: "/" as "\/" or
// "\u002f", a quote as "\"" (review find: `{"echo":"Zk9SECRET\/key+ab="}`
// was quoted whole in a kProtocol message).
TEST(Redactor, ReplacesJsonEscapedForms) {
  internal::Redactor redact({"Zk9SECRET/key+ab=", "q\"uote"});
  EXPECT_EQ(redact(R"({"echo":"Zk9SECRET\/key+ab="})"), R"({"echo":"***"})");
  EXPECT_EQ(redact(R"(Zk9SECRET\u002fkey\u002bab\u003d)"), "***");
  EXPECT_EQ(redact(R"(Zk9SECRET\u002Fkey\u002Bab\u003D)"), "***");
  EXPECT_EQ(redact(R"("q\"uote")"), R"("***")");
}

}  // namespace
}  // namespace wa
