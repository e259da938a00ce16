// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "transport/curl_exchange.hpp"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace wa::internal {
namespace {

using ::testing::ElementsAre;

HttpRequest Post(std::string token, std::size_t body_size) {
  HttpRequest r;
  r.method = HttpMethod::kPost;
  r.headers = {{"token", std::move(token)}, {"Content-Type", "application/json"}};
  r.body.assign(body_size, 'x');
  return r;
}

std::vector<std::string> Lines(const curl_slist* list) {
  std::vector<std::string> out;
  for (; list != nullptr; list = list->next) out.emplace_back(list->data);
  return out;
}

TEST(CurlHeaderLines, UserAgentAlwaysAndExpectOnlyForLargeBodies) {
  EXPECT_THAT(
      CurlHeaderLines(Post("t", 100), "wa-participants"),
      ElementsAre("token: t", "Content-Type: application/json", "User-Agent: wa-participants"));
  EXPECT_THAT(CurlHeaderLines(Post("t", 1024), ""),
              ElementsAre("token: t", "Content-Type: application/json"));
  EXPECT_THAT(
      CurlHeaderLines(Post("t", 1025), "ua"),
      ElementsAre("token: t", "Content-Type: application/json", "User-Agent: ua", "Expect:"));
}

TEST(HeaderListCache, ReusesTheListOnlyWhileTheLinesAreTheSame) {
  HeaderListCache cache;
  std::shared_ptr<curl_slist> a;
  std::shared_ptr<curl_slist> again;
  std::shared_ptr<curl_slist> b;
  ASSERT_TRUE(cache.Get(Post("first", 10), "ua", a));
  ASSERT_TRUE(cache.Get(Post("first", 20), "ua", again));
  EXPECT_EQ(a.get(), again.get());  // same lines: borrowed, not rebuilt
  ASSERT_TRUE(cache.Get(Post("second", 10), "ua", b));
  EXPECT_NE(a.get(), b.get());
  EXPECT_THAT(Lines(b.get()),
              ElementsAre("token: second", "Content-Type: application/json", "User-Agent: ua"));
  // A list still held by a transfer survives the cache moving on.
  EXPECT_THAT(Lines(a.get()),
              ElementsAre("token: first", "Content-Type: application/json", "User-Agent: ua"));
  std::shared_ptr<curl_slist> large;
  ASSERT_TRUE(cache.Get(Post("second", 5000), "ua", large));
  EXPECT_THAT(Lines(large.get()), ::testing::Contains("Expect:"));
  std::shared_ptr<curl_slist> other_agent;
  ASSERT_TRUE(cache.Get(Post("second", 5000), "other", other_agent));
  EXPECT_THAT(Lines(other_agent.get()), ::testing::Contains("User-Agent: other"));

  HttpRequest bare;
  std::shared_ptr<curl_slist> none = a;
  ASSERT_TRUE(cache.Get(bare, "", none));
  EXPECT_EQ(none, nullptr);  // no lines at all is a valid, empty list
}

}  // namespace
}  // namespace wa::internal
