// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
// Differential libFuzzer target: ScanJson accepts exactly the documents
// nlohmann::json accepts, and reports the same strings.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "json/json_scanner.hpp"

namespace {

// Collects scalar strings and keys in document order.
class Collect : public wa::internal::JsonHandler {
 public:
  void String(std::string_view v) override { strings.emplace_back(v); }
  void Key(std::string_view k) override { strings.emplace_back(k); }
  std::vector<std::string> strings;
};

class CollectSax : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t& v) override {
    strings.push_back(v);
    return true;
  }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t& k) override {
    strings.push_back(k);
    return true;
  }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }
  std::vector<std::string> strings;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 1000) return 0;  // keeps nesting under ScanJson's depth limit
  std::string_view text(reinterpret_cast<const char*>(data), size);
  // nlohmann treats a NUL byte as the end of input (for C strings) and so
  // accepts "1\0<anything>"; ScanJson rejects trailing bytes. That one
  // difference is deliberate: skip such inputs.
  if (text.find('\0') != std::string_view::npos) return 0;
  Collect ours;
  bool ours_ok = wa::internal::ScanJson(text, ours);
  CollectSax theirs;
  bool theirs_ok = nlohmann::json::sax_parse(text.begin(), text.end(), &theirs);
  if (ours_ok != theirs_ok) std::abort();
  if (ours_ok && ours.strings != theirs.strings) std::abort();
  return 0;
}
