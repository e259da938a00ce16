// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// Calls as a whole: async completion, teardown, provider refusals, verify.
#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <stdexcept>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "client_test_fixture.hpp"
#include "wa/participants/client.hpp"

namespace wa {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::ClientTest;
using testing_util::Echo;
using testing_util::FakeClock;
using testing_util::FakeTransport;
using testing_util::kGroup;
using testing_util::kToken;

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

// Z-API's add page asks for phone numbers and no page says an add takes a
// LID: refused before sending, naming the item. Its other pages are silent
// and its LID guide says most endpoints take them: those are sent.
TEST_F(ClientTest, ZApiAddRefusesLidsBeforeSending) {
  transport_->SetFallback([](const HttpRequest&) -> Result<HttpResponse> {
    return FakeTransport::Json(200, R"({"value": true})");
  });
  ZApiOptions z;
  z.base_url = "https://zapi.test";
  z.instance = "i";
  z.token = "t";
  auto client = ParticipantsClient::ZApi(z, options_);
  auto add = client.Add("1-group", {"5544999999999", "199789077627112@lid"});
  ASSERT_FALSE(add);
  EXPECT_EQ(add.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(add.error().message, HasSubstr("\"199789077627112@lid\""));
  EXPECT_THAT(add.error().message, HasSubstr("phone numbers, not LIDs"));
  EXPECT_THAT(add.error().message, HasSubstr("nothing was sent"));
  EXPECT_FALSE(add.error().request_sent);
  EXPECT_EQ(transport_->count(), 0u);
  auto bulk = client.ManageMany(Action::kAdd, "1-group", {"199789077627112@lid"});
  EXPECT_FALSE(bulk);
  EXPECT_EQ(transport_->count(), 0u);

  auto remove = client.Remove("1-group", {"199789077627112@lid"});
  ASSERT_TRUE(remove) << remove.error().message;
  EXPECT_EQ(transport_->count(), 1u);
  // RyzeAPI documents LIDs for every action.
  transport_->SetFallback([](const HttpRequest&) -> Result<HttpResponse> {
    return FakeTransport::Json(200, R"({"success": true, "participants": []})");
  });
  EXPECT_TRUE(Ryze().Add(kGroup, {"199789077627112@lid"}));
}

// A remove answered 500 has an unknown outcome; a verifying read that does
// not carry the member list must not turn it into a confirmed success.
TEST_F(ClientTest, VerifyNeverConfirmsFromAReadWithoutMembers) {
  for (const char* read : {"{}", R"({"success":true})", R"({"value":true})"}) {
    SCOPED_TRACE(read);
    transport_->SetFallback([read](const HttpRequest& r) -> Result<HttpResponse> {
      if (r.method == HttpMethod::kGet) return FakeTransport::Json(200, read);
      return FakeTransport::Json(500, R"({"success":false,"error":{"message":"boom"}})");
    });
    CallOptions call;
    call.verify = true;
    call.retry = RetryPolicy{1};
    auto r = Ryze().Remove(kGroup, {"5511999999999"}, call);
    if (r) {
      for (const auto& p : r->participants) {
        EXPECT_FALSE(p.result) << "confirmed from a read that named no members";
      }
    } else {
      EXPECT_TRUE(r.error().outcome_unknown());
      EXPECT_EQ(r.error().http_status, 500);
    }
  }
}

TEST_F(ClientTest, CopiesShareOneBackend) {
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto a = Ryze();
  ParticipantsClient b = a;
  ASSERT_TRUE(a.Add(kGroup, {"5511999999999"}));
  ASSERT_TRUE(b.Add(kGroup, {"5511999999999"}));
  EXPECT_EQ(transport_->count(), 2u);
}

// A logger that throws loses its record and nothing else: the call still
// answers, blocking or async (where the record is written on an SDK thread).
TEST_F(ClientTest, AThrowingLoggerLosesOnlyItsRecord) {
  std::atomic<int> records{0};
  options_.logger = [&records](const LogRecord&) {
    ++records;
    throw std::runtime_error("the application's logger failed");
  };
  transport_->SetFallback([](const HttpRequest& r) { return FakeTransport::Json(200, Echo(r)); });
  auto client = Ryze();
  auto r = client.Remove(kGroup, {"5511999999999"});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_TRUE(r->all_succeeded());
  auto async = client.ManageAsync(Action::kRemove, kGroup, {"5511955555555"});
  ASSERT_EQ(async.wait_for(std::chrono::seconds(10)), std::future_status::ready);
  auto a = async.get();
  ASSERT_TRUE(a) << a.error().message;
  EXPECT_GE(records.load(), 2);  // both calls logged, and neither was lost to it
}

}  // namespace
}  // namespace wa
