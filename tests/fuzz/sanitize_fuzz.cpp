// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
// libFuzzer target: the text every answer and error goes through on its way
// out. Whatever the bytes, the results are valid UTF-8, cuts stay within
// their bound, nothing that drives a terminal survives an escape, and no
// secret survives redaction, whatever precedes or follows it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "util/sanitize.hpp"
#include "util/strings.hpp"

namespace {

constexpr const char* kSecret = "s3cr3t-T0KEN-xyz";

bool DrivesATerminal(const std::string& s) {
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return true;
  }
  return s.find("\xc2\x80") != std::string::npos || s.find("\xc2\x9b") != std::string::npos ||
         s.find("\xe2\x80\xae") != std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace wa::internal;  // NOLINT(google-build-using-namespace): a fuzz target
  std::string input(reinterpret_cast<const char*>(data), size);

  if (!IsValidUtf8(ValidUtf8(input))) std::abort();
  std::string cut = CutUtf8(input, 200);
  if (!IsValidUtf8(cut) || cut.size() > 203) std::abort();
  std::string shown = EscapeForDisplay(input);
  if (!IsValidUtf8(shown) || DrivesATerminal(shown)) std::abort();
  std::string quoted = QuoteForMessage(input);
  if (!IsValidUtf8(quoted) || DrivesATerminal(quoted)) std::abort();

  // The secret somewhere in a provider's text, near any cut.
  const std::size_t at = size == 0 ? 0 : data[0] % (size + 1);
  std::string echoed = input.substr(0, at) + kSecret + input.substr(at);
  wa::Error e;
  e.provider_message = echoed;
  e.message = "answered HTTP 500: " + echoed + " (advice)";
  wa::Error out = Sanitize(e, Redactor({kSecret}));
  for (const std::string* text : {&out.message, &out.provider_message}) {
    if (!IsValidUtf8(*text)) std::abort();
    // Half the secret may only show where the input itself had it.
    for (const char* half : {"s3cr3t-T0", "T0KEN-xyz"}) {
      if (text->find(half) != std::string::npos && input.find(half) == std::string::npos) {
        std::abort();
      }
    }
  }
  if (DrivesATerminal(out.message) || out.message.size() > kMaxMessage + 3) std::abort();
  return 0;
}
