// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/error.hpp"

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "wa/participants/action.hpp"
#include "wa/participants/outcome.hpp"

namespace wa {
namespace {

TEST(ErrorCode, StableNames) {
  // These names are a wire contract (the CLI's JSON); changing one breaks users.
  EXPECT_EQ(ToString(ErrorCode::kInvalidArgument), "invalid_argument");
  EXPECT_EQ(ToString(ErrorCode::kUnauthenticated), "unauthenticated");
  EXPECT_EQ(ToString(ErrorCode::kPermissionDenied), "permission_denied");
  EXPECT_EQ(ToString(ErrorCode::kNotFound), "not_found");
  EXPECT_EQ(ToString(ErrorCode::kRateLimited), "rate_limited");
  EXPECT_EQ(ToString(ErrorCode::kTimeout), "timeout");
  EXPECT_EQ(ToString(ErrorCode::kUnavailable), "unavailable");
  EXPECT_EQ(ToString(ErrorCode::kNetwork), "network");
  EXPECT_EQ(ToString(ErrorCode::kProtocol), "protocol");
  EXPECT_EQ(ToString(ErrorCode::kUnsupported), "unsupported");
  EXPECT_EQ(ToString(ErrorCode::kCancelled), "cancelled");
  EXPECT_EQ(ToString(ErrorCode::kInternal), "internal");
}

TEST(ErrorCode, ParseRoundTrips) {
  for (int i = 0; i <= static_cast<int>(ErrorCode::kInternal); ++i) {
    auto code = static_cast<ErrorCode>(i);
    EXPECT_EQ(ParseErrorCode(ToString(code)), code);
  }
  EXPECT_EQ(ParseErrorCode("nope"), std::nullopt);
}

TEST(ParticipantErrorCode, StableDistinctNames) {
  std::set<std::string_view> names;
  for (int i = 0; i <= static_cast<int>(ParticipantErrorCode::kInvited); ++i) {
    names.insert(ToString(static_cast<ParticipantErrorCode>(i)));
  }
  EXPECT_EQ(names.size(), 9u);
  EXPECT_EQ(ToString(ParticipantErrorCode::kNotOnWhatsApp), "not_on_whatsapp");
  EXPECT_EQ(ToString(ParticipantErrorCode::kPrivacyRestricted), "privacy_restricted");
  EXPECT_EQ(ToString(ParticipantErrorCode::kNoPendingRequest), "no_pending_request");
  EXPECT_EQ(ToString(ParticipantErrorCode::kInvited), "invited");
  EXPECT_EQ(ToString(ParticipantErrorCode::kUnknown), "unknown");
}

TEST(Action, WordsRoundTrip) {
  const char* words[] = {"add", "remove", "promote", "demote", "approve", "reject"};
  for (int i = 0; i < 6; ++i) {
    auto a = static_cast<Action>(i);
    EXPECT_EQ(ToString(a), words[i]);
    EXPECT_EQ(ParseAction(words[i]), a);
  }
  EXPECT_EQ(ParseAction("Add"), std::nullopt);
  EXPECT_TRUE(IsJoinRequestAction(Action::kReject));
  EXPECT_FALSE(IsJoinRequestAction(Action::kAdd));
}

TEST(Error, OutcomeUnknownOnlyAfterSending) {
  Error local = MakeLocalError(ErrorCode::kNetwork, "refused");
  EXPECT_FALSE(local.request_sent);
  EXPECT_FALSE(local.outcome_unknown());

  Error timeout;
  timeout.code = ErrorCode::kTimeout;
  EXPECT_TRUE(timeout.outcome_unknown());

  Error s503;
  s503.code = ErrorCode::kUnavailable;
  s503.http_status = 503;
  EXPECT_TRUE(s503.outcome_unknown());

  Error s403;
  s403.code = ErrorCode::kPermissionDenied;
  s403.http_status = 403;
  EXPECT_FALSE(s403.outcome_unknown());

  Error not_connected_400;
  not_connected_400.code = ErrorCode::kUnavailable;
  not_connected_400.http_status = 400;
  EXPECT_FALSE(not_connected_400.outcome_unknown());
}

TEST(Error, ToStringAndEquality) {
  Error e = MakeLocalError(ErrorCode::kInvalidArgument, "bad");
  EXPECT_EQ(ToString(e), "invalid_argument: bad");
  Error f = e;
  EXPECT_EQ(e, f);
  f.http_status = 1;
  EXPECT_NE(e, f);
}

TEST(BatchResult, Counts) {
  BatchResult b;
  EXPECT_FALSE(b.all_succeeded());
  b.participants.push_back({"a", ParticipantInfo{"a@s.whatsapp.net", false, false, true}});
  EXPECT_TRUE(b.all_succeeded());
  b.participants.push_back(
      {"b", Unexpected(ParticipantError{ParticipantErrorCode::kUnknown, "?"})});
  EXPECT_EQ(b.succeeded(), 1u);
  EXPECT_EQ(b.failed(), 1u);
  EXPECT_FALSE(b.all_succeeded());
}

}  // namespace
}  // namespace wa
