// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_MOCKS_HPP_
#define WA_PARTICIPANTS_MOCKS_HPP_

/// @file
/// gmock mocks for testing code that uses wa-participants, from the
/// `wa::participants_mocks` target (package component `mocks`). The core
/// library never depends on GoogleTest; only this header does.
///
/// Two levels: `MockParticipantsConnection` stands in for the whole client
/// (test code that calls a `ParticipantsClient`), `MockBackend` for one
/// provider under the real client (test retries, validation, pacing).
///
/// ```cpp
/// auto backend = std::make_shared<wa::mocks::MockBackend>();
/// wa::mocks::ExpectPassThroughNormalization(*backend);
/// EXPECT_CALL(*backend, Manage(wa::Action::kRemove, "g@g.us", _, _))
///     .WillOnce(Return(wa::BatchResult{...}));
/// wa::ParticipantsClient client(backend);
/// ```

#include <future>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gmock/gmock.h>

#include "wa/participants/backend.hpp"
#include "wa/participants/connection.hpp"
#include "wa/participants/http.hpp"

namespace wa {
inline namespace v1 {
namespace mocks {

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
  /// Mocks `Capabilities`; a default `wa::Capabilities` (everything, no
  /// limits) unless told otherwise. The client reads it once, when built.
  MOCK_METHOD(wa::Capabilities, Capabilities, (), (const, override));
  /// Mocks `QuotaKey`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(std::string, QuotaKey, (), (const, override));
};

/// A `ParticipantsConnection` whose methods are gmock mocks. Build a client
/// over it with `ParticipantsClient(std::shared_ptr<ParticipantsConnection>)`
/// and every client call reaches the mock unchanged (the shorthands as
/// `Manage` with their action), with no validation, pacing or retries in
/// between: the way to test code that uses a `ParticipantsClient`.
///
/// ```cpp
/// auto conn = std::make_shared<wa::mocks::MockParticipantsConnection>();
/// EXPECT_CALL(*conn, Manage(wa::Action::kRemove, "g@g.us", _, _))
///     .WillOnce(Return(wa::BatchResult{...}));
/// wa::ParticipantsClient client(conn);
/// ```
///
/// Thread safety: as gmock mocks (safe for concurrent calls).
class MockParticipantsConnection : public ParticipantsConnection {
 public:
  /// Mocks `CheckOptions`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(Result<void>, CheckOptions, (), (const, override));
  /// Mocks `Manage` (and the six shorthands); set expectations with `EXPECT_CALL`.
  MOCK_METHOD(Result<BatchResult>, Manage,
              (Action action, std::string_view group, std::vector<std::string> participants,
               const CallOptions& call_options),
              (override));
  /// Mocks `ManageAsync`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(std::future<Result<BatchResult>>, ManageAsync,
              (Action action, std::string_view group, std::vector<std::string> participants,
               const CallOptions& call_options),
              (override));
  /// Mocks `ManageMany`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(Result<BatchResult>, ManageMany,
              (Action action, std::string_view group, std::vector<std::string> participants,
               const BulkOptions& bulk_options),
              (override));
  /// Mocks `GetGroup`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(Result<GroupInfo>, GetGroup,
              (std::string_view group, const CallOptions& call_options), (override));
  /// Mocks `GetGroupAsync`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(std::future<Result<GroupInfo>>, GetGroupAsync,
              (std::string_view group, const CallOptions& call_options), (override));
  /// Mocks `Verify`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(Result<BatchResult>, Verify,
              (const BatchResult& batch, const CallOptions& call_options), (override));
  /// Mocks `PendingRequests`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(Result<std::vector<PendingRequest>>, PendingRequests,
              (std::string_view group, const CallOptions& call_options), (override));
  /// Mocks `PendingRequestsAsync`; set expectations with `EXPECT_CALL`.
  MOCK_METHOD(std::future<Result<std::vector<PendingRequest>>>, PendingRequestsAsync,
              (std::string_view group, const CallOptions& call_options), (override));

  // The completion-handler forms are not mocked apart: each runs the mocked
  // future form and hands its result to the handler, so one `EXPECT_CALL`
  // serves code written either way; a call with no expectation to answer
  // it (no future) still calls the handler, with `kInternal`. The handler
  // runs on the calling thread once the future is ready: return ready
  // futures from the expectations.

  /// Runs the mocked future `ManageAsync` and gives its result to `on_done`.
  void ManageAsync(Action action, std::string_view group, std::vector<std::string> participants,
                   const CallOptions& call_options,
                   CompletionHandler<BatchResult> on_done) override {
    Complete(ManageAsync(action, group, std::move(participants), call_options), on_done);
  }
  /// Runs the mocked future `GetGroupAsync` and gives its result to `on_done`.
  void GetGroupAsync(std::string_view group, const CallOptions& call_options,
                     CompletionHandler<GroupInfo> on_done) override {
    Complete(GetGroupAsync(group, call_options), on_done);
  }
  /// Runs the mocked future `PendingRequestsAsync` and gives its result to
  /// `on_done`.
  void PendingRequestsAsync(std::string_view group, const CallOptions& call_options,
                            CompletionHandler<std::vector<PendingRequest>> on_done) override {
    Complete(PendingRequestsAsync(group, call_options), on_done);
  }

 private:
  template <class T>
  static void Complete(std::future<Result<T>> future, const CompletionHandler<T>& on_done) {
    if (!on_done) return;
    if (!future.valid()) {
      on_done(Unexpected(MakeLocalError(
          ErrorCode::kInternal, "the mock's expectation returned no future to answer with")));
      return;
    }
    on_done(future.get());
  }
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
  EXPECT_CALL(backend, Capabilities())
      .Times(AnyNumber())
      .WillRepeatedly(Return(wa::Capabilities{}));
  EXPECT_CALL(backend, QuotaKey()).Times(AnyNumber()).WillRepeatedly(Return("mock"));
}

}  // namespace mocks
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_MOCKS_HPP_
