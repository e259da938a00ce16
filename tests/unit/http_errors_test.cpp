// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "http/http_errors.hpp"

#include <gmock/gmock.h>
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

TEST(RetryAfter, AbsurdValuesSaturateInsteadOfOverflowing) {
  using std::chrono::milliseconds;
  const auto now = std::chrono::system_clock::now();
  const milliseconds cap = kMaxAnnouncedWait;
  for (const char* value : {"9223372036854775807", "99999999999999999999999", "99999999999"}) {
    HttpResponse r;
    r.headers = {{"retry-after", value}};
    EXPECT_EQ(RetryAfter(r, now), cap) << value;
    HttpResponse reset;
    reset.headers = {{"x-ratelimit-reset", value}};
    EXPECT_EQ(RetryAfter(reset, now), cap) << value;
  }
  HttpResponse days;
  days.headers = {{"retry-after", "999999"}};  // 11.6 days: announced as such
  EXPECT_EQ(RetryAfter(days, now), milliseconds(999'999'000));
  HttpResponse negative;
  negative.headers = {{"retry-after", "-1"}};
  EXPECT_EQ(RetryAfter(negative, now), std::nullopt);
}

TEST(RetryAfter, ReadsTheHttpDateForm) {
  // 2015-10-21T07:28:00Z is 1445412480 unix seconds.
  const auto date = std::chrono::system_clock::time_point(std::chrono::seconds(1445412480));
  for (const char* text : {"Wed, 21 Oct 2015 07:28:00 GMT", "Wednesday, 21-Oct-15 07:28:00 GMT",
                           "Wed Oct 21 07:28:00 2015"}) {
    EXPECT_EQ(ParseHttpDate(text), date) << text;
  }
  for (const char* junk :
       {"", "tomorrow", "Wed, 32 Oct 2015 07:28:00 GMT", "Wed, 21 Foo 2015 07:28:00 GMT",
        "Wed, 21 Oct 2015 7:28 GMT", "Wed, 21 Oct 2015 07:28:00 PST"}) {
    EXPECT_EQ(ParseHttpDate(junk), std::nullopt) << junk;
  }
  HttpResponse r;
  r.headers = {{"retry-after", "Wed, 21 Oct 2015 07:28:00 GMT"}};
  EXPECT_EQ(RetryAfter(r, date - std::chrono::seconds(90)), std::chrono::milliseconds(90'000));
  EXPECT_EQ(RetryAfter(r, date + std::chrono::seconds(5)), std::chrono::milliseconds(0));
}

TEST(ParseRateLimitHeaders, ReadsAllThree) {
  HttpResponse r;
  r.headers = {{"x-ratelimit-limit", "100"},
               {"x-ratelimit-remaining", "0"},
               {"x-ratelimit-reset", "1700000000"}};
  auto s = ParseRateLimitHeaders(r, std::chrono::system_clock::now());
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

TEST(MakeCurlError, NotSentOnlyWhenLibcurlNeverStartedTheRequest) {
  struct Row {
    CURLcode code;
    ErrorCode expect;
  };
  const Row rows[] = {
      {CURLE_COULDNT_RESOLVE_HOST, ErrorCode::kNetwork},
      {CURLE_COULDNT_CONNECT, ErrorCode::kNetwork},
      {CURLE_PEER_FAILED_VERIFICATION, ErrorCode::kNetwork},
      {CURLE_SSL_CONNECT_ERROR, ErrorCode::kNetwork},
      {CURLE_URL_MALFORMAT, ErrorCode::kInvalidArgument},
      {CURLE_OPERATION_TIMEDOUT, ErrorCode::kTimeout},
      {CURLE_GOT_NOTHING, ErrorCode::kNetwork},
      {CURLE_RECV_ERROR, ErrorCode::kNetwork},
      {CURLE_PARTIAL_FILE, ErrorCode::kNetwork},
      {CURLE_ABORTED_BY_CALLBACK, ErrorCode::kCancelled},
      {CURLE_FILESIZE_EXCEEDED, ErrorCode::kProtocol},
      {CURLE_SEND_FAIL_REWIND, ErrorCode::kNetwork},
  };
  for (const auto& row : rows) {
    for (bool started : {false, true}) {
      CurlFailure f;
      f.code = row.code;
      f.request_started = started;
      Error e = MakeCurlError(f, "POST https://x/y");
      EXPECT_EQ(e.code, row.expect) << row.code;
      // A failed rewind means libcurl wanted to send the body again.
      EXPECT_EQ(e.request_sent, started || row.code == CURLE_SEND_FAIL_REWIND) << row.code;
      EXPECT_EQ(e.message.find("POST https://x/y: "), 0u);
      EXPECT_EQ(e.message.find("the request was not sent") != std::string::npos, !e.request_sent)
          << e.message;
    }
  }
  // libcurl's own re-send after a reused connection died: its reconnect
  // failed, but the first copy may have reached the provider.
  CurlFailure reconnect;
  reconnect.code = CURLE_COULDNT_CONNECT;
  reconnect.request_started = true;
  EXPECT_TRUE(MakeCurlError(reconnect, "POST u").request_sent);
  // The exchange refused libcurl's second copy of a POST.
  CurlFailure refused;
  refused.code = CURLE_ABORTED_BY_CALLBACK;
  refused.resend_refused = true;
  Error r = MakeCurlError(refused, "POST u");
  EXPECT_EQ(r.code, ErrorCode::kNetwork);
  EXPECT_TRUE(r.request_sent);
  EXPECT_TRUE(r.outcome_unknown());
  EXPECT_THAT(r.message, ::testing::HasSubstr("not sent again"));
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
