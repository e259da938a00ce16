// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "common/http_errors.hpp"

#include <gtest/gtest.h>

namespace wa::internal {
namespace {

TEST(ErrorCodeForHttpStatus, EveryClassIsExplicit) {
  struct Row {
    int status;
    ErrorCode code;
  };
  const Row rows[] = {
      {400, ErrorCode::kInvalidArgument},  {401, ErrorCode::kUnauthenticated},
      {403, ErrorCode::kPermissionDenied}, {404, ErrorCode::kNotFound},
      {405, ErrorCode::kInternal},         {408, ErrorCode::kTimeout},
      {410, ErrorCode::kNotFound},         {413, ErrorCode::kInvalidArgument},
      {415, ErrorCode::kInternal},         {418, ErrorCode::kProtocol},
      {422, ErrorCode::kInvalidArgument},  {429, ErrorCode::kRateLimited},
      {500, ErrorCode::kUnavailable},      {501, ErrorCode::kUnsupported},
      {502, ErrorCode::kUnavailable},      {503, ErrorCode::kUnavailable},
      {504, ErrorCode::kUnavailable},      {599, ErrorCode::kUnavailable},
      {302, ErrorCode::kProtocol},         {101, ErrorCode::kProtocol},
      {0, ErrorCode::kProtocol},           {700, ErrorCode::kProtocol},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(ErrorCodeForHttpStatus(r.status), r.code) << r.status;
  }
}

TEST(RetryAfter, PrefersRetryAfterThenReset) {
  auto now = std::chrono::system_clock::time_point(std::chrono::seconds(1'000'000));
  HttpResponse r;
  r.status = 429;
  r.headers = {{"x-ratelimit-reset", "1000030"}};
  EXPECT_EQ(RetryAfter(r, now), std::chrono::milliseconds(30000));
  r.headers.push_back({"retry-after", "5"});
  EXPECT_EQ(RetryAfter(r, now), std::chrono::milliseconds(5000));
  HttpResponse past;
  past.headers = {{"x-ratelimit-reset", "999999"}};
  EXPECT_EQ(RetryAfter(past, now), std::chrono::milliseconds(0));
  HttpResponse none;
  EXPECT_EQ(RetryAfter(none, now), std::nullopt);
  HttpResponse junk;
  junk.headers = {{"x-ratelimit-reset", "soon"}};
  EXPECT_EQ(RetryAfter(junk, now), std::nullopt);
}

TEST(ParseRateLimitHeaders, ReadsAllThree) {
  HttpResponse r;
  r.headers = {{"x-ratelimit-limit", "100"},
               {"x-ratelimit-remaining", "0"},
               {"x-ratelimit-reset", "1700000000"}};
  auto s = ParseRateLimitHeaders(r);
  EXPECT_EQ(s.limit, 100);
  EXPECT_EQ(s.remaining, 0);
  ASSERT_TRUE(s.reset);
  EXPECT_EQ(std::chrono::duration_cast<std::chrono::seconds>(s.reset->time_since_epoch()).count(),
            1700000000);
}

TEST(MakeHttpError, SaysOutcomeUnknownOnlyForActionsAfter5xx) {
  auto now = std::chrono::system_clock::now();
  HttpResponse r503;
  r503.status = 503;
  Error e = MakeHttpError("RyzeAPI", r503, ErrorCode::kUnavailable, "down", Action::kAdd, now);
  EXPECT_NE(e.message.find("outcome is unknown"), std::string::npos);
  EXPECT_TRUE(e.request_sent);
  Error read = MakeHttpError("RyzeAPI", r503, ErrorCode::kUnavailable, "down", std::nullopt, now);
  EXPECT_EQ(read.message.find("outcome is unknown"), std::string::npos);
  HttpResponse r404;
  r404.status = 404;
  Error nf = MakeHttpError("RyzeAPI", r404, ErrorCode::kNotFound, "gone", Action::kAdd, now);
  EXPECT_EQ(nf.message.find("outcome is unknown"), std::string::npos);
  EXPECT_EQ(nf.provider_message, "gone");
  EXPECT_EQ(nf.http_status, 404);
}

}  // namespace
}  // namespace wa::internal

#include "transport/curl_errors.hpp"

namespace wa::internal {
namespace {

TEST(MakeCurlError, RequestSentOnlyWhenItMayHaveLeft) {
  struct Row {
    CURLcode code;
    ErrorCode expect;
    bool sent;
  };
  const Row rows[] = {
      {CURLE_COULDNT_RESOLVE_HOST, ErrorCode::kNetwork, false},
      {CURLE_COULDNT_CONNECT, ErrorCode::kNetwork, false},
      {CURLE_PEER_FAILED_VERIFICATION, ErrorCode::kNetwork, false},
      {CURLE_SSL_CONNECT_ERROR, ErrorCode::kNetwork, false},
      {CURLE_URL_MALFORMAT, ErrorCode::kInvalidArgument, false},
      {CURLE_OPERATION_TIMEDOUT, ErrorCode::kTimeout, true},
      {CURLE_GOT_NOTHING, ErrorCode::kNetwork, true},
      {CURLE_RECV_ERROR, ErrorCode::kNetwork, true},
      {CURLE_PARTIAL_FILE, ErrorCode::kNetwork, true},
      {CURLE_ABORTED_BY_CALLBACK, ErrorCode::kCancelled, true},
      {CURLE_FILESIZE_EXCEEDED, ErrorCode::kProtocol, true},
  };
  for (const auto& row : rows) {
    CurlFailure f;
    f.code = row.code;
    Error e = MakeCurlError(f, "POST https://x/y");
    EXPECT_EQ(e.code, row.expect) << row.code;
    EXPECT_EQ(e.request_sent, row.sent) << row.code;
    EXPECT_EQ(e.message.find("POST https://x/y: "), 0u);
  }
  // A timeout before any request byte was written did not send anything.
  CurlFailure connect_timeout;
  connect_timeout.code = CURLE_OPERATION_TIMEDOUT;
  connect_timeout.bytes_sent = false;
  EXPECT_FALSE(MakeCurlError(connect_timeout, "GET u").request_sent);
  CurlFailure big;
  big.code = CURLE_WRITE_ERROR;
  big.body_too_large = true;
  big.max_response_bytes = 10;
  Error e = MakeCurlError(big, "GET u");
  EXPECT_EQ(e.code, ErrorCode::kProtocol);
  EXPECT_NE(e.message.find("10-byte limit"), std::string::npos);
}

}  // namespace
}  // namespace wa::internal
