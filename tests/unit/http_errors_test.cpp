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
      {400, ErrorCode::kInvalidArgument}, {401, ErrorCode::kUnauthenticated},
      {403, ErrorCode::kPermissionDenied}, {404, ErrorCode::kNotFound},
      {405, ErrorCode::kInternal},         {408, ErrorCode::kTimeout},
      {410, ErrorCode::kNotFound},         {413, ErrorCode::kInvalidArgument},
      {415, ErrorCode::kInternal},         {418, ErrorCode::kProtocol},
      {422, ErrorCode::kInvalidArgument}, {429, ErrorCode::kRateLimited},
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
  r.headers = {{"x-ratelimit-limit", "100"}, {"x-ratelimit-remaining", "0"},
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
