// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TESTS_INTEGRATION_SIMULATOR_SHAPES_HPP_
#define WA_PARTICIPANTS_TESTS_INTEGRATION_SIMULATOR_SHAPES_HPP_

// What every provider's simulator-against-fixtures test shares: raw
// requests to the simulator, and the merged documented shape of a
// provider's examples.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "mock_fixture.hpp"

namespace wa {

class SimulatorShapes : public testing_util::MockFixture {
 protected:
  struct Reply {
    int status = 0;
    std::string body;
    HttpResponse raw;
    nlohmann::json Json() const { return nlohmann::json::parse(body, nullptr, false); }
  };

  Reply Send(HttpMethod method, const std::string& path, std::string body,
             std::vector<std::pair<std::string, std::string>> headers) {
    HttpRequest r;
    r.method = method;
    r.url = mock_->base_url() + path;
    r.redacted_url = r.url;
    r.headers = std::move(headers);
    r.body = std::move(body);
    r.timeout = std::chrono::seconds(10);
    auto resp = transport_->Send(r);
    EXPECT_TRUE(resp) << resp.error().message;
    if (!resp) return {};
    return {resp->status, resp->body, *resp};
  }
  // The merged shape of every documented example of `provider` that `pick`
  // selects.
  template <class Pick>
  static testing_util::DocumentedShape ShapeOf(const std::string& provider, Pick pick) {
    testing_util::DocumentedShape shape;
    int examples = 0;
    for (const auto& row : testing_util::LoadManifest(provider)) {
      if (row.file && pick(row)) {
        shape.Add(testing_util::FixtureJson(provider, *row.file));
        ++examples;
      }
    }
    EXPECT_GT(examples, 0) << "no documented example selected";
    return shape;
  }

  std::shared_ptr<HttpTransport> transport_ = MakeCurlTransport();
};

}  // namespace wa

#endif  // WA_PARTICIPANTS_TESTS_INTEGRATION_SIMULATOR_SHAPES_HPP_
