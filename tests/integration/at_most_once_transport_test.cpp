// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// One send per request at the transport alone, counted by what a
// plain-socket server *read*: libcurl's hidden re-send of a POST on a
// kept-alive connection that dies unanswered, through both of its paths.

#include <chrono>
#include <string>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "raw_http_server.hpp"
#include "wa/participants.hpp"
#include "wa/participants/curl_transport.hpp"

namespace wa {
namespace {

using std::chrono::milliseconds;
using ::testing::HasSubstr;
using testing_util::HttpResponseText;
using testing_util::RawAction;
using testing_util::RawHttpServer;
using testing_util::RawRequest;

// The transport alone: libcurl's hidden re-send on a kept-alive connection
// that dies unanswered, through both of its paths.
class AtMostOnceTransport : public ::testing::TestWithParam<bool> {
 protected:
  static Result<HttpResponse> Send(HttpTransport& t, const HttpRequest& request, bool async) {
    if (!async) return t.Send(request);
    std::promise<Result<HttpResponse>> done;
    auto future = done.get_future();
    t.SendAsync(request, [&done](Result<HttpResponse> r) { done.set_value(std::move(r)); });
    return future.get();
  }
  static HttpRequest Request(const RawHttpServer& server, HttpMethod method) {
    HttpRequest r;
    r.method = method;
    r.url = server.base_url() + (method == HttpMethod::kGet ? "/read" : "/act");
    r.redacted_url = r.url;
    if (method == HttpMethod::kPost) r.body = R"({"participants":["5511988887777"]})";
    r.timeout = std::chrono::seconds(3);
    return r;
  }
};

TEST_P(AtMostOnceTransport, APostOnADyingKeptAliveConnectionIsWrittenOnce) {
  const bool async = GetParam();
  RawHttpServer server([](const RawRequest& r) {
    if (r.method == "GET") return RawAction::Respond(HttpResponseText(200, "{}"));
    return r.index_on_connection > 0 ? RawAction::Close()
                                     : RawAction::Respond(HttpResponseText(200, "{}"));
  });
  auto transport = MakeCurlTransport();
  ASSERT_TRUE(Send(*transport, Request(server, HttpMethod::kGet), async));
  auto r = Send(*transport, Request(server, HttpMethod::kPost), async);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kNetwork) << r.error().message;
  EXPECT_TRUE(r.error().request_sent);
  EXPECT_THAT(r.error().message, HasSubstr("not sent again"));
  std::this_thread::sleep_for(milliseconds(100));
  EXPECT_EQ(server.Count("POST"), 1u);
  // The read on the same connection was idempotent: libcurl may repeat it.
}

TEST_P(AtMostOnceTransport, AFailedReconnectAfterTheFirstCopyStillCountsAsSent) {
  const bool async = GetParam();
  RawHttpServer server([](const RawRequest& r) {
    if (r.method == "GET") return RawAction::Respond(HttpResponseText(200, "{}"));
    return RawAction::CloseAndRefuse();
  });
  auto transport = MakeCurlTransport();
  ASSERT_TRUE(Send(*transport, Request(server, HttpMethod::kGet), async));
  auto r = Send(*transport, Request(server, HttpMethod::kPost), async);
  ASSERT_FALSE(r);
  // libcurl reports its own reconnect's failure as "couldn't connect".
  EXPECT_EQ(r.error().code, ErrorCode::kNetwork) << r.error().message;
  EXPECT_TRUE(r.error().request_sent) << r.error().message;
  EXPECT_THAT(r.error().message, ::testing::Not(HasSubstr("was not sent")));
  EXPECT_EQ(server.Count("POST"), 1u);
}

TEST_P(AtMostOnceTransport, AReadOnADyingKeptAliveConnectionIsRepeatedByLibcurl) {
  // The guard is for actions only: a read may be sent again, and is.
  const bool async = GetParam();
  RawHttpServer server([](const RawRequest& r) {
    return r.index_on_connection > 0 ? RawAction::Close()
                                     : RawAction::Respond(HttpResponseText(200, "{}"));
  });
  auto transport = MakeCurlTransport();
  ASSERT_TRUE(Send(*transport, Request(server, HttpMethod::kGet), async));
  auto r = Send(*transport, Request(server, HttpMethod::kGet), async);
  EXPECT_TRUE(r) << r.error().message;
  EXPECT_EQ(server.Count("GET"), 3u);
}

TEST_P(AtMostOnceTransport, PlainHttpNeverGoesThroughAProxy) {
  // A proxy would read Z-API's token in the request line, and every header.
  const bool async = GetParam();
  RawHttpServer proxy(
      [](const RawRequest&) { return RawAction::Respond(HttpResponseText(200, "{}")); });
  RawHttpServer server(
      [](const RawRequest&) { return RawAction::Respond(HttpResponseText(200, "{}")); });
  const char* saved = std::getenv("http_proxy");
  std::string restore = saved == nullptr ? "" : saved;
  setenv("http_proxy", proxy.base_url().c_str(), 1);
  auto transport = MakeCurlTransport();
  auto r = Send(*transport, Request(server, HttpMethod::kPost), async);
  if (saved == nullptr) {
    unsetenv("http_proxy");
  } else {
    setenv("http_proxy", restore.c_str(), 1);
  }
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(proxy.Requests().size(), 0u);
  EXPECT_EQ(server.Count("POST"), 1u);
}

INSTANTIATE_TEST_SUITE_P(BlockingAndEventLoop, AtMostOnceTransport, ::testing::Bool(),
                         [](const auto& p) { return p.param ? "Async" : "Sync"; });

}  // namespace
}  // namespace wa
