// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/client.hpp"

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fake_transport.hpp"

namespace wa {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::FakeClock;
using testing_util::FakeTransport;

constexpr const char* kToken = "ryze-SECRET-token-123";
constexpr const char* kGroup = "120363406289005073@g.us";

std::string Echo(const HttpRequest& req) {
  // Answers success for every participant sent, in @s.whatsapp.net form.
  auto body = nlohmann::json::parse(req.body);
  nlohmann::json out = {{"success", true},
                        {"groupJid", body["identifier"]},
                        {"participants", nlohmann::json::array()}};
  for (const auto& p : body["participants"]) {
    std::string s = p.get<std::string>();
    out["participants"].push_back(
        {{"jid", s.find('@') == std::string::npos ? s + "@s.whatsapp.net" : s}, {"success", true}});
  }
  return out.dump();
}

class ClientTest : public ::testing::Test {
 protected:
  ClientTest() : transport_(std::make_shared<FakeTransport>()) {
    options_.transport = transport_;
    options_.sleeper = [this](milliseconds d) { clock_.Sleep(d); };
    options_.clock = [this] { return clock_.Now(); };
    options_.rate_limit = std::nullopt;
    ryze_.base_url = "https://ryze.test";
    ryze_.instance = "inst";
    ryze_.token = kToken;
  }

  ParticipantsClient Ryze() { return ParticipantsClient::Ryze(ryze_, options_); }

  std::shared_ptr<FakeTransport> transport_;
  FakeClock clock_;
  ClientOptions options_;
  RyzeOptions ryze_;
};

TEST_F(ClientTest, DeduplicatesSpellingsAndReportsInCallerTerms) {
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto r = Ryze().Add(kGroup, {"+55 (11) 99999-9999", "5521988888888",
                               "5511999999999@s.whatsapp.net", "5521988888888"});
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(transport_->count(), 1u);
  auto sent = nlohmann::json::parse(transport_->requests()[0].body)["participants"];
  EXPECT_EQ(sent, nlohmann::json::parse(R"(["5511999999999","5521988888888"])"));
  ASSERT_EQ(r->participants.size(), 2u);
  EXPECT_EQ(r->participants[0].participant, "+55 (11) 99999-9999");
  EXPECT_EQ(r->participants[0].result->jid, "5511999999999@s.whatsapp.net");
  EXPECT_EQ(r->participants[1].participant, "5521988888888");
  EXPECT_EQ(r->action, Action::kAdd);
  EXPECT_TRUE(r->all_succeeded());
}

TEST_F(ClientTest, InvalidInputSendsNothingAndNamesEveryBadItem) {
  auto r = Ryze().Remove(kGroup, {"5511999999999", "bogus", "12"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(r.error().request_sent);
  EXPECT_THAT(r.error().message, HasSubstr("2 of 3 participants are invalid"));
  EXPECT_THAT(r.error().message, HasSubstr("#2: invalid participant \"bogus\""));
  EXPECT_THAT(r.error().message, HasSubstr("#3: invalid participant \"12\""));
  EXPECT_EQ(transport_->count(), 0u);
}

TEST_F(ClientTest, EmptyListAndBadGroupSendNothing) {
  auto empty = Ryze().Add(kGroup, {});
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(empty.error().message, HasSubstr("no participants"));
  auto bad_group = Ryze().Add("not a group!", {"5511999999999"});
  ASSERT_FALSE(bad_group);
  EXPECT_THAT(bad_group.error().message, HasSubstr("invalid group \"not a group!\""));
  EXPECT_EQ(transport_->count(), 0u);
}

TEST_F(ClientTest, TooManyParticipantsSendNothing) {
  options_.max_participants_per_call = 2;
  auto r = Ryze().Add(kGroup, {"5511999999991", "5511999999992", "5511999999993"});
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error().message, HasSubstr("exceed the limit of 2"));
  EXPECT_EQ(transport_->count(), 0u);
}

TEST_F(ClientTest, BadOptionsFailEveryCallWithoutLeakingTheToken) {
  ryze_.base_url = "ftp://example.com";
  auto client = Ryze();
  auto check = client.CheckOptions();
  ASSERT_FALSE(check);
  EXPECT_THAT(check.error().message, HasSubstr("RyzeOptions.base_url"));
  auto r = client.Add(kGroup, {"5511999999999"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(transport_->count(), 0u);

  ryze_.base_url = "https://ryze.test";
  ryze_.token = std::string(kToken) + "\r\nX-Injected: 1";
  auto injected = Ryze().CheckOptions();
  ASSERT_FALSE(injected);
  EXPECT_THAT(injected.error().message, HasSubstr("control characters"));
  EXPECT_THAT(injected.error().message, Not(HasSubstr(kToken)));

  ryze_.token.clear();
  auto missing = Ryze().CheckOptions();
  ASSERT_FALSE(missing);
  EXPECT_THAT(missing.error().message, HasSubstr("RyzeOptions.token is empty"));
}

TEST_F(ClientTest, PerActionTimeoutsAndOverrides) {
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto client = Ryze();
  ASSERT_TRUE(client.Add(kGroup, {"5511999999999"}));
  ASSERT_TRUE(client.Approve(kGroup, {"5511999999999"}));
  CallOptions call;
  call.timeout = milliseconds(1234);
  ASSERT_TRUE(client.Remove(kGroup, {"5511999999999"}, call));
  auto reqs = transport_->requests();
  ASSERT_EQ(reqs.size(), 3u);
  EXPECT_EQ(reqs[0].timeout, std::chrono::seconds(75));
  EXPECT_EQ(reqs[1].timeout, std::chrono::seconds(105));
  EXPECT_EQ(reqs[2].timeout, milliseconds(1234));

  options_.timeout = std::chrono::seconds(5);
  ASSERT_TRUE(Ryze().Add(kGroup, {"5511999999999"}));
  EXPECT_EQ(transport_->requests().back().timeout, std::chrono::seconds(5));
}

TEST_F(ClientTest, RetriesAnActionThatNeverLeft) {
  transport_->Push(Unexpected(MakeLocalError(ErrorCode::kNetwork, "connection refused")));
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto r = Ryze().Add(kGroup, {"5511999999999"});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(transport_->count(), 2u);
  EXPECT_EQ(clock_.sleeps().size(), 1u);
}

TEST_F(ClientTest, NeverResendsAnActionAfterAPostSendFailure) {
  Error timeout;
  timeout.code = ErrorCode::kTimeout;
  timeout.message = "POST https://ryze.test/...: Timeout was reached";
  timeout.request_sent = true;
  Error dropped;
  dropped.code = ErrorCode::kNetwork;
  dropped.message = "Empty reply from server";
  dropped.request_sent = true;
  const Result<HttpResponse> faults[] = {
      Unexpected(timeout),
      Unexpected(dropped),
      FakeTransport::Json(503, R"({"success":false,"error":{"message":"down"}})"),
      FakeTransport::Json(500, "oops"),
      FakeTransport::Json(200, "{\"success\": tru"),
  };
  for (const auto& fault : faults) {
    auto transport = std::make_shared<FakeTransport>();
    transport->Push(fault);
    transport->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
    options_.transport = transport;
    auto r = Ryze().Add(kGroup, {"5511999999999"});
    ASSERT_FALSE(r);
    EXPECT_EQ(transport->count(), 1u) << r.error().message;
    EXPECT_TRUE(r.error().request_sent);
    EXPECT_TRUE(r.error().outcome_unknown()) << r.error().message;
    EXPECT_THAT(r.error().message, HasSubstr("outcome is unknown"));
  }
}

TEST_F(ClientTest, WaitsOutA429ThenRetries) {
  auto reset = std::chrono::duration_cast<std::chrono::seconds>(
                   (std::chrono::system_clock::now() + std::chrono::seconds(3)).time_since_epoch())
                   .count();
  transport_->Push(FakeTransport::Json(
      429, R"({"success":false,"error":{"message":"Rate limit exceeded. Try again later."}})",
      {{"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", std::to_string(reset)}}));
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto r = Ryze().Add(kGroup, {"5511999999999"});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(transport_->count(), 2u);
  milliseconds slept(0);
  for (auto d : clock_.sleeps()) slept += d;
  EXPECT_GE(slept, milliseconds(1500));
  EXPECT_LE(slept, milliseconds(3100));
}

TEST_F(ClientTest, GivesUpOn429WhenTheResetIsBeyondMaxWait) {
  options_.rate_limit = RateLimit{};
  options_.rate_limit->max_wait = milliseconds(500);
  ryze_.token = "another-token-for-this-test";
  auto reset = std::chrono::duration_cast<std::chrono::seconds>(
                   (std::chrono::system_clock::now() + std::chrono::seconds(30)).time_since_epoch())
                   .count();
  transport_->SetFallback([reset](const HttpRequest&) {
    return FakeTransport::Json(
        429, R"({"success":false,"error":{"message":"Rate limit exceeded. Try again later."}})",
        {{"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", std::to_string(reset)}});
  });
  auto r = Ryze().Add(kGroup, {"5511999999999"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kRateLimited);
  EXPECT_EQ(transport_->count(), 1u);
}

TEST_F(ClientTest, ReadsAreRetriedOnTransientServerErrors) {
  transport_->Push(FakeTransport::Json(503, R"({"success":false,"error":{"message":"busy"}})"));
  transport_->Push(FakeTransport::Json(502, "bad gateway"));
  transport_->Push(FakeTransport::Json(200, R"({"success":true,"requests":[{"jid":"1@lid"}]})"));
  auto r = Ryze().PendingRequests(kGroup);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->size(), 1u);
  EXPECT_EQ(transport_->count(), 3u);
  EXPECT_EQ(transport_->requests()[0].method, HttpMethod::kGet);
}

TEST_F(ClientTest, MaxAttemptsBoundsRetries) {
  options_.retry.max_attempts = 2;
  transport_->SetFallback(
      [](const HttpRequest&) { return FakeTransport::Json(503, "{\"success\":false}"); });
  auto r = Ryze().PendingRequests(kGroup);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(transport_->count(), 2u);
}

TEST_F(ClientTest, CancelledAndExpiredCallsSendNothing) {
  CallOptions cancelled;
  cancelled.cancel = CancellationToken();
  cancelled.cancel->Cancel();
  auto r = Ryze().Add(kGroup, {"5511999999999"}, cancelled);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kCancelled);
  EXPECT_FALSE(r.error().request_sent);

  CallOptions expired;
  expired.deadline = clock_.Now() - milliseconds(1);
  auto t = Ryze().Add(kGroup, {"5511999999999"}, expired);
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().code, ErrorCode::kTimeout);
  EXPECT_FALSE(t.error().request_sent);
  EXPECT_EQ(transport_->count(), 0u);
}

TEST_F(ClientTest, ClientSidePacingSpacesRequests) {
  options_.rate_limit = RateLimit{};
  options_.rate_limit->requests = 60;  // burst 6, then one per second
  ryze_.token = "pacing-test-token";
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto client = Ryze();
  for (int i = 0; i < 8; ++i) ASSERT_TRUE(client.Add(kGroup, {"5511999999999"}));
  milliseconds slept(0);
  for (auto d : clock_.sleeps()) slept += d;
  EXPECT_GE(slept, milliseconds(1900));  // two paced sends after the burst of six
  EXPECT_LE(slept, milliseconds(2100));
}

TEST_F(ClientTest, AsyncCallsComplete) {
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto client = Ryze();
  std::vector<std::future<Result<BatchResult>>> futures;
  for (int i = 0; i < 20; ++i) {
    futures.push_back(
        client.ManageAsync(Action::kAdd, kGroup, {"55119999999" + std::to_string(10 + i)}));
  }
  for (auto& f : futures) {
    auto r = f.get();
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_TRUE(r->all_succeeded());
  }
  EXPECT_EQ(transport_->count(), 20u);
  auto bad = client.ManageAsync(Action::kAdd, kGroup, {"nope"}).get();
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
}

TEST_F(ClientTest, DestroyingTheClientCancelsCallsInFlight) {
  // The transport blocks until its request is cancelled, as CurlTransport does.
  transport_->SetFallback([](const HttpRequest& r) -> Result<HttpResponse> {
    auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!r.cancel.IsCancelled() && std::chrono::steady_clock::now() < give_up) {
      std::this_thread::sleep_for(milliseconds(5));
    }
    Error e = MakeLocalError(ErrorCode::kCancelled, "aborted");
    e.request_sent = true;
    return Unexpected(e);
  });
  options_.max_concurrency = 2;
  std::vector<std::future<Result<BatchResult>>> futures;
  {
    auto client = Ryze();
    for (int i = 0; i < 5; ++i) {
      futures.push_back(client.ManageAsync(Action::kRemove, kGroup, {"5511999999999"}));
    }
    while (transport_->count() < 2) std::this_thread::sleep_for(milliseconds(1));
  }
  auto start = std::chrono::steady_clock::now();
  for (auto& f : futures) {
    ASSERT_EQ(f.wait_for(std::chrono::seconds(5)), std::future_status::ready);
    auto r = f.get();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::kCancelled);
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  EXPECT_EQ(transport_->count(), 2u);  // the three queued calls were never sent
}

TEST_F(ClientTest, ZApiCannotListPendingRequests) {
  ZApiOptions z;
  z.base_url = "https://zapi.test";
  z.instance = "i";
  z.token = "t";
  auto r = ParticipantsClient::ZApi(z, options_).PendingRequests("1-group");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kUnsupported);
  EXPECT_FALSE(r.error().request_sent);
  EXPECT_EQ(transport_->count(), 0u);
}

TEST_F(ClientTest, CopiesShareOneBackend) {
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto a = Ryze();
  ParticipantsClient b = a;
  ASSERT_TRUE(a.Add(kGroup, {"5511999999999"}));
  ASSERT_TRUE(b.Add(kGroup, {"5511999999999"}));
  EXPECT_EQ(transport_->count(), 2u);
}

std::vector<std::string> Numbers(int n) {
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) out.push_back("5511" + std::to_string(900000000 + i));
  return out;
}

TEST_F(ClientTest, ManageManyChunksAndMergesInInputOrder) {
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  std::vector<BulkProgress> seen;
  BulkOptions bulk;
  bulk.chunk_size = 10;
  bulk.on_progress = [&seen](const BulkProgress& p) { seen.push_back(p); };
  auto input = Numbers(35);
  input.push_back("+" + input[3]);  // a duplicate spelling: sent once
  auto r = Ryze().ManageMany(Action::kAdd, kGroup, input, bulk);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(transport_->count(), 4u);  // 10 + 10 + 10 + 5
  ASSERT_EQ(r->participants.size(), 35u);
  for (int i = 0; i < 35; ++i) EXPECT_EQ(r->participants[i].participant, input[i]);
  EXPECT_TRUE(r->all_succeeded());
  ASSERT_EQ(seen.size(), 4u);
  EXPECT_EQ(seen.back().chunks_done, 4u);
  EXPECT_EQ(seen.back().participants_done, 35u);
  EXPECT_EQ(seen.back().succeeded, 35u);
}

TEST_F(ClientTest, ManageManyReportsAFailedChunkPerParticipant) {
  int calls = 0;
  transport_->SetFallback([&calls](const HttpRequest& r) -> Result<HttpResponse> {
    if (++calls == 2)
      return FakeTransport::Json(503, R"({"success":false,"error":{"message":"down"}})");
    return FakeTransport::Json(200, Echo(r));
  });
  BulkOptions bulk;
  bulk.chunk_size = 5;
  auto r = Ryze().ManageMany(Action::kRemove, kGroup, Numbers(12), bulk);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->participants.size(), 12u);
  EXPECT_EQ(r->succeeded(), 7u);
  for (int i = 5; i < 10; ++i) {
    ASSERT_FALSE(r->participants[i].result);
    EXPECT_EQ(r->participants[i].result.error().code, ParticipantErrorCode::kUnknown);
    EXPECT_THAT(r->participants[i].result.error().message, HasSubstr("outcome is unknown"));
  }
  EXPECT_EQ(transport_->count(), 3u);  // the failed chunk was not re-sent
}

TEST_F(ClientTest, InvitingBulkAddLeavesUnsentChunksAsNotSent) {
  // Chunk 2 never leaves (a connect failure); chunks 1 and 3 are answered
  // with Z-API's batch-level value. The group read finds only chunk 1's
  // participant: chunk 3's was invited, chunk 2's was never even tried.
  int adds = 0;
  transport_->SetFallback([&adds](const HttpRequest& r) -> Result<HttpResponse> {
    if (r.url.find("/group-metadata/") != std::string::npos) {
      return FakeTransport::Json(
          200, R"({"phone":"1-group","participants":[{"phone":"5511900000000"}]})");
    }
    if (++adds == 2) {
      Error e;
      e.code = ErrorCode::kNetwork;
      e.message = "connection refused";
      e.request_sent = false;
      return Unexpected(e);
    }
    EXPECT_EQ(nlohmann::json::parse(r.body).value("autoInvite", false), true);
    return FakeTransport::Json(200, R"({"value": true})");
  });
  ZApiOptions z;
  z.base_url = "https://zapi.test";
  z.instance = "i";
  z.token = "t";
  BulkOptions bulk;
  bulk.chunk_size = 1;
  bulk.call.retry = RetryPolicy{1};
  bulk.call.add.invite_if_restricted = true;
  auto r =
      ParticipantsClient::ZApi(z, options_).ManageMany(Action::kAdd, "1-group", Numbers(3), bulk);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->participants.size(), 3u);
  ASSERT_TRUE(r->participants[0].result);
  EXPECT_TRUE(r->participants[0].result->confirmed);
  ASSERT_FALSE(r->participants[1].result);
  EXPECT_EQ(r->participants[1].result.error().code, ParticipantErrorCode::kUnknown);
  EXPECT_THAT(r->participants[1].result.error().message, HasSubstr("was not sent"));
  ASSERT_FALSE(r->participants[2].result);
  EXPECT_EQ(r->participants[2].result.error().code, ParticipantErrorCode::kInvited);
  EXPECT_EQ(transport_->count(), 4u);  // three adds, one read
}

TEST_F(ClientTest, InviteOptionIsCheckedBeforeAnythingIsSent) {
  CallOptions call;
  call.add.invite_if_restricted = true;
  auto ryze = Ryze().Add(kGroup, {"5511999999999"}, call);
  ASSERT_FALSE(ryze);
  EXPECT_EQ(ryze.error().code, ErrorCode::kUnsupported);
  EXPECT_THAT(ryze.error().message, HasSubstr("invite_if_restricted"));
  BulkOptions many;
  many.call = call;
  auto bulk = Ryze().ManageMany(Action::kAdd, kGroup, {"5511999999999"}, many);
  ASSERT_FALSE(bulk);
  EXPECT_EQ(bulk.error().code, ErrorCode::kUnsupported);
  auto promote = Ryze().Promote(kGroup, {"5511999999999"}, call);
  ASSERT_FALSE(promote);
  EXPECT_EQ(promote.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(transport_->count(), 0u);
}

TEST_F(ClientTest, ManageManyPausesWithJitterBetweenChunks) {
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  BulkOptions bulk;
  bulk.chunk_size = 2;
  bulk.pause_between_chunks = milliseconds(1000);
  bulk.jitter = 0.25;
  ASSERT_TRUE(Ryze().ManageMany(Action::kAdd, kGroup, Numbers(8), bulk));
  auto sleeps = clock_.sleeps();
  ASSERT_EQ(sleeps.size(), 3u);  // between four chunks
  for (auto d : sleeps) {
    EXPECT_GE(d, milliseconds(750));
    EXPECT_LE(d, milliseconds(1250));
  }
}

TEST_F(ClientTest, ManageManyValidatesEverythingFirstAndHonoursCancel) {
  auto input = Numbers(20);
  input[17] = "garbage";
  auto bad = Ryze().ManageMany(Action::kAdd, kGroup, input);
  ASSERT_FALSE(bad);
  EXPECT_THAT(bad.error().message, HasSubstr("#18"));
  EXPECT_EQ(transport_->count(), 0u);

  BulkOptions bulk;
  bulk.chunk_size = 5;
  bulk.call.cancel = CancellationToken();
  CancellationToken token = *bulk.call.cancel;
  transport_->SetFallback([token](const HttpRequest& r) {
    token.Cancel();  // cancel during the first chunk
    return FakeTransport::Json(200, Echo(r));
  });
  auto r = Ryze().ManageMany(Action::kAdd, kGroup, Numbers(20), bulk);
  ASSERT_TRUE(r);
  EXPECT_EQ(transport_->count(), 1u);
  EXPECT_EQ(r->succeeded(), 5u);
  ASSERT_EQ(r->participants.size(), 20u);
  EXPECT_THAT(r->participants[19].result.error().message, HasSubstr("was not sent"));
}

TEST_F(ClientTest, ManageManyRunsChunksInParallel) {
  std::atomic<int> in_flight{0};
  std::atomic<int> peak{0};
  transport_->SetFallback([&](const HttpRequest& r) {
    int now = ++in_flight;
    int expected = peak.load();
    while (now > expected && !peak.compare_exchange_weak(expected, now)) {
    }
    std::this_thread::sleep_for(milliseconds(20));
    --in_flight;
    return FakeTransport::Json(200, Echo(r));
  });
  BulkOptions bulk;
  bulk.chunk_size = 1;
  bulk.max_parallel_chunks = 4;
  auto r = Ryze().ManageMany(Action::kAdd, kGroup, Numbers(16), bulk);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->all_succeeded());
  EXPECT_EQ(peak.load(), 4);
}

}  // namespace
}  // namespace wa
