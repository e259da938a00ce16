// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
// libFuzzer target: identifier and phone-number normalisation. Whatever
// comes in, the result is either a clean identifier (idempotent under
// normalisation) or an invalid-argument error whose message stays bounded.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ids/identifiers.hpp"
#include "ids/phone_numbers.hpp"
#include "providers/ryze/ryze_codec.hpp"
#include "providers/zapi/zapi_codec.hpp"

namespace {

// A refusal's message, whatever the input: the quote (80 characters, 4
// bytes each at most, plus quotes and an ellipsis) and the longest advice.
constexpr std::size_t kMaxMessageBytes = 1024;

template <class F>
void Check(F normalize, const std::string& input) {
  auto r = normalize(input);
  if (!r) {
    if (r.error().code != wa::ErrorCode::kInvalidArgument) std::abort();
    if (r.error().request_sent) std::abort();
    // Hostile input is not echoed whole: the quote shows at most 80
    // characters (up to 4 bytes each, escaped), and the advice around it
    // (Brazil's ninth digit, the default region) is fixed text.
    if (r.error().message.size() > kMaxMessageBytes) std::abort();
    return;
  }
  auto again = normalize(*r);
  if (!again || *again != *r) std::abort();  // normal forms are fixed points
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  Check([](std::string_view s) { return wa::internal::NormalizeParticipantId(s); }, input);
  Check([](std::string_view s) { return wa::internal::ryze::NormalizeGroup(s); }, input);
  Check([](std::string_view s) { return wa::internal::zapi::NormalizeGroup(s); }, input);
  (void)wa::internal::MatchKey(input);
  (void)wa::internal::IsPossiblePhoneNumber(input);
  Check([](std::string_view s) { return wa::internal::NormalizePhoneNumber(s, ""); }, input);
  if (wa::internal::PhoneLibraryAvailable()) {
    // Read in a region, the result is still canonical E.164 digits.
    if (auto r = wa::internal::NormalizePhoneNumber(input, "BR")) {
      auto again = wa::internal::NormalizePhoneNumber(*r, "");
      if (!again || *again != *r) std::abort();
    }
  }
  return 0;
}
