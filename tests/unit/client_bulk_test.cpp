// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// ManageMany: chunking, merging, pauses, cancellation and parallelism.
#include <atomic>
#include <chrono>
#include <future>
#include <memory>
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
    if (r.url.find("/light-group-metadata/") != std::string::npos) {
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

// The most chunks of a 16-chunk ManageMany in flight at once, with
// `max_parallel_chunks` 4.
int PeakChunksInFlight(FakeTransport& transport, ParticipantsClient client) {
  std::atomic<int> in_flight{0};
  std::atomic<int> peak{0};
  transport.SetFallback([&](const HttpRequest& r) {
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
  auto r = client.ManageMany(Action::kAdd, kGroup, Numbers(16), bulk);
  EXPECT_TRUE(r && r->all_succeeded());
  return peak.load();
}

TEST_F(ClientTest, ManageManyRunsChunksInParallel) {
  EXPECT_EQ(PeakChunksInFlight(*transport_, Ryze()), 4);
}

// Chunks borrow threads of their own: one async slot does not cap them.
TEST_F(ClientTest, ManageManyParallelismIsNotCappedByTheAsyncSlots) {
  options_.max_concurrency = 1;
  EXPECT_EQ(PeakChunksInFlight(*transport_, Ryze()), 4);
}

}  // namespace
}  // namespace wa
