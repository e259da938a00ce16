// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_MOCKS_HPP_
#define WA_PARTICIPANTS_MOCKS_HPP_

/// @file
/// gmock mocks for testing code that uses wa-participants, from the
/// `wa::participants_mocks` target (package component `mocks`). The core
/// library never depends on GoogleTest; only this header does.
///
/// ```cpp
/// auto backend = std::make_shared<wa::mocks::MockBackend>();
/// wa::mocks::ExpectPassThroughNormalization(*backend);
/// EXPECT_CALL(*backend, Manage(wa::Action::kRemove, "g@g.us", _, _))
///     .WillOnce(Return(wa::BatchResult{...}));
/// wa::ParticipantsClient client(backend);
/// ```

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <gmock/gmock.h>

#include "wa/participants/backend.hpp"
#include "wa/participants/http.hpp"

namespace wa::mocks {

/// A `Backend` whose methods are gmock mocks. Give it to
/// `ParticipantsClient(std::shared_ptr<Backend>)` to test your code without
/// a network. The `...Async` methods keep their defaults, which call the
/// mocked blocking ones, and `HasEventLoop()` stays false, so the client runs
/// async calls through the same expectations. Thread safety: as gmock mocks
/// (safe for concurrent calls).
class MockBackend : public Backend {
 public:
  /// Mocks `provider`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(std::string_view, provider, (), (const, noexcept, override));
  /// Mocks `NormalizeGroup`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(Result<std::string>, NormalizeGroup, (std::string_view group), (const, override));
  /// Mocks `NormalizeParticipant`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(Result<std::string>, NormalizeParticipant, (std::string_view participant),
              (const, override));
  /// Mocks `Manage`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(Result<BatchResult>, Manage,
              (Action action, const std::string& group,
               const std::vector<std::string>& participants, const RequestContext& context),
              (override));
  /// Mocks `PendingRequests`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(Result<std::vector<PendingRequest>>, PendingRequests,
              (const std::string& group, const RequestContext& context), (override));
  /// Mocks `GetGroup`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(Result<GroupInfo>, GetGroup,
              (const std::string& group, const RequestContext& context), (override));
  /// Mocks `CanInviteIfRestricted`; false unless told otherwise.
  MOCK_METHOD(bool, CanInviteIfRestricted, (), (const, override));
  /// Mocks `DocumentedRequestsPerMinute`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(std::optional<int>, DocumentedRequestsPerMinute, (), (const, override));
  /// Mocks `QuotaKey`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(std::string, QuotaKey, (), (const, override));
};

/// An `HttpTransport` mock: set `ClientOptions::transport` to it to test at
/// the HTTP level with a real provider backend. Thread safety: as gmock mocks.
class MockTransport : public HttpTransport {
 public:
  /// Mocks `Send`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(Result<HttpResponse>, Send, (const HttpRequest& request), (override));
};

/// Makes `backend` accept every identifier unchanged, name itself "mock",
/// have no documented rate limit and a fixed quota key: the defaults most
/// tests want before they set expectations on `Manage`.
inline void ExpectPassThroughNormalization(MockBackend& backend) {
  using ::testing::_;
  using ::testing::AnyNumber;
  using ::testing::Return;
  EXPECT_CALL(backend, provider()).Times(AnyNumber()).WillRepeatedly(Return("mock"));
  EXPECT_CALL(backend, NormalizeGroup(_)).Times(AnyNumber()).WillRepeatedly([](std::string_view g) {
    return Result<std::string>(std::string(g));
  });
  EXPECT_CALL(backend, NormalizeParticipant(_))
      .Times(AnyNumber())
      .WillRepeatedly([](std::string_view p) { return Result<std::string>(std::string(p)); });
  EXPECT_CALL(backend, DocumentedRequestsPerMinute())
      .Times(AnyNumber())
      .WillRepeatedly(Return(std::nullopt));
  EXPECT_CALL(backend, QuotaKey()).Times(AnyNumber()).WillRepeatedly(Return("mock"));
}

}  // namespace wa::mocks

#endif  // WA_PARTICIPANTS_MOCKS_HPP_
