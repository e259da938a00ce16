// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// WhatsApp's per-participant status, as Evolution API and WAHA relay it.
#include "ids/whatsapp_status.hpp"

#include <gtest/gtest.h>

namespace wa::internal {
namespace {

using P = ParticipantErrorCode;

TEST(WhatsAppStatus, TwoHundredIsSuccessWhateverTheAction) {
  for (Action a : {Action::kAdd, Action::kRemove, Action::kPromote, Action::kDemote}) {
    auto s = ReadWhatsAppStatus("200", a);
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->success);
  }
}

TEST(WhatsAppStatus, CodesMapByAction) {
  struct Row {
    const char* status;
    Action action;
    P code;
  };
  for (const Row& r :
       {Row{"403", Action::kAdd, P::kPrivacyRestricted},
        Row{"403", Action::kRemove, P::kNotAuthorized}, Row{"404", Action::kAdd, P::kNotOnWhatsApp},
        Row{"404", Action::kRemove, P::kNotMember},
        Row{"404", Action::kApprove, P::kNoPendingRequest},
        Row{"404", Action::kReject, P::kNoPendingRequest},
        Row{"408", Action::kAdd, P::kPrivacyRestricted},
        Row{"409", Action::kAdd, P::kAlreadyMember}, Row{"401", Action::kAdd, P::kNotAuthorized},
        Row{"400", Action::kAdd, P::kInvalid}, Row{"417", Action::kAdd, P::kPrivacyRestricted},
        Row{"419", Action::kAdd, P::kUnknown}, Row{"999", Action::kAdd, P::kUnknown}}) {
    auto s = ReadWhatsAppStatus(r.status, r.action);
    ASSERT_TRUE(s) << r.status;
    EXPECT_FALSE(s->success) << r.status;
    EXPECT_EQ(s->code, r.code) << r.status << " " << ToString(r.action);
    EXPECT_FALSE(s->meaning.empty());
  }
}

TEST(WhatsAppStatus, NotANumberIsNoStatus) {
  for (const char* s : {"", "ok", "20x", "-1", "12345", "2 0"}) {
    EXPECT_FALSE(ReadWhatsAppStatus(s, Action::kAdd)) << s;
  }
  EXPECT_TRUE(ReadWhatsAppStatus(" 409 ", Action::kAdd));
}

TEST(WhatsAppStatus, ReasonKeepsTheRawCodeAndTheGatewaysText) {
  auto s = ReadWhatsAppStatus("408", Action::kAdd);
  ASSERT_TRUE(s);
  EXPECT_EQ(WhatsAppStatusReason("408", "", *s), "WhatsApp status 408: " + std::string(s->meaning));
  EXPECT_EQ(WhatsAppStatusReason("408", "They recently left", *s),
            "WhatsApp status 408: They recently left");
}

}  // namespace
}  // namespace wa::internal
