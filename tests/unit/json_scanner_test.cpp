// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "json/json_scanner.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "json/json_writer.hpp"

namespace wa::internal {
namespace {

// Records every event as text, e.g. "{ k:a s:b }".
class Record : public JsonHandler {
 public:
  void Null() override { out += "null "; }
  void Bool(bool v) override { out += v ? "true " : "false "; }
  void Number(std::string_view t) override { out += "n:" + std::string(t) + " "; }
  void String(std::string_view v) override { out += "s:" + std::string(v) + " "; }
  void Key(std::string_view k) override { out += "k:" + std::string(k) + " "; }
  void StartObject() override { out += "{ "; }
  void EndObject() override { out += "} "; }
  void StartArray() override { out += "[ "; }
  void EndArray() override { out += "] "; }
  std::string out;
};

std::string Events(std::string_view text) {
  Record r;
  return ScanJson(text, r) ? r.out : "INVALID";
}

TEST(ScanJson, StreamsEveryKindOfValue) {
  EXPECT_EQ(Events(R"( {"a": [1, -2.5e+3, true, false, null], "b": {}, "c": []} )"),
            "{ k:a [ n:1 n:-2.5e+3 true false null ] k:b { } k:c [ ] } ");
  EXPECT_EQ(Events("\"top\""), "s:top ");
  EXPECT_EQ(Events("0"), "n:0 ");
}

TEST(ScanJson, DecodesEscapesAndSurrogatePairs) {
  EXPECT_EQ(Events(R"(["a\"b\\c\/d\n\t", "\u00e9", "\ud83d\ude00", "\u0041"])"),
            "[ s:a\"b\\c/d\n\t s:\xc3\xa9 s:\xf0\x9f\x98\x80 s:A ] ");
  EXPECT_EQ(Events("{\"k\\u0041\": \"v\"}"), "{ k:kA s:v } ");
}

// Strings are skipped eight bytes at a time: every kind of special byte
// must be seen wherever it falls within or across those blocks.
TEST(ScanJson, SpecialBytesAreFoundAtEveryOffset) {
  const std::string pad = "abcdefghijklmnopqrst";
  for (std::size_t at = 0; at <= 17; ++at) {
    std::string head = pad.substr(0, at);
    std::string tail = pad.substr(at);
    SCOPED_TRACE("offset " + std::to_string(at));
    EXPECT_EQ(Events("\"" + head + "\\n" + tail + "\""), "s:" + head + "\n" + tail + " ");
    EXPECT_EQ(Events("\"" + head + "\\\"" + tail + "\""), "s:" + head + "\"" + tail + " ");
    EXPECT_EQ(Events("\"" + head + "\xc3\xa9" + tail + "\""),
              "s:" + head + "\xc3\xa9" + tail + " ");
    EXPECT_EQ(Events("\"" + head + "\x7f" + tail + "\""), "s:" + head + "\x7f" + tail + " ");
    EXPECT_EQ(Events("\"" + head + "\x01" + tail + "\""), "INVALID");
    EXPECT_EQ(Events("\"" + head + "\x1f" + tail + "\""), "INVALID");
    EXPECT_EQ(Events("\"" + head + "\xff" + tail + "\""), "INVALID");
    EXPECT_EQ(Events("\"" + head + "\xc3" + tail + "\""), "INVALID");  // truncated sequence
    EXPECT_EQ(Events("[\"" + head + "\",\"" + tail + "\"]"), "[ s:" + head + " s:" + tail + " ] ");
    EXPECT_EQ(Events("\"" + head), "INVALID");  // unterminated
  }
}

TEST(ScanJson, RejectsWhatNlohmannRejects) {
  for (const char* bad : {"",
                          " ",
                          "{",
                          "[1,]",
                          "{\"a\":1,}",
                          "{a:1}",
                          "01",
                          "1.",
                          ".5",
                          "-",
                          "1e",
                          "+1",
                          "tru",
                          "nul",
                          "[1 2]",
                          "{\"a\" 1}",
                          "\"unterminated",
                          "\"\\x\"",
                          "\"\\u12\"",
                          "\"\\udc00\"",
                          "\"\\ud800\"",
                          "\"\\ud800\\u0041\"",
                          "\"tab\there\"",
                          "1 2",
                          "[1]]",
                          "8e833",
                          "\"\xff\"",
                          "\"\xc0\xaf\"",
                          "\"\xed\xa0\x80\"",
                          "\"\xf4\x90\x80\x80\"",
                          "\"\xe2\x82\""}) {
    EXPECT_EQ(Events(bad), "INVALID") << bad;
  }
}

TEST(ScanJson, SkipsAUtf8ByteOrderMark) {
  // Found by differential fuzzing: nlohmann accepts it, as RFC 8259 allows.
  EXPECT_EQ(Events("\xEF\xBB\xBF[1]"), "[ n:1 ] ");
  EXPECT_EQ(Events("1\xEF\xBB\xBF"), "INVALID");  // only at the start
}

TEST(ScanJson, NestingIsBounded) {
  std::string deep(600, '[');
  deep += std::string(600, ']');
  EXPECT_EQ(Events(deep), "INVALID");
  std::string ok(500, '[');
  ok += std::string(500, ']');
  EXPECT_NE(Events(ok), "INVALID");
}

TEST(JsonWriter, RoundTripsThroughTheScanner) {
  std::string out;
  AppendJsonStringArray(out, {"plain", "quo\"te", "back\\slash", "ctl\x01\n", "caf\xc3\xa9"});
  EXPECT_EQ(out, "[\"plain\",\"quo\\\"te\",\"back\\\\slash\",\"ctl\\u0001\\n\",\"caf\xc3\xa9\"]");
  EXPECT_EQ(Events(out), "[ s:plain s:quo\"te s:back\\slash s:ctl\x01\n s:caf\xc3\xa9 ] ");

  // Escapes first, last, back to back, and nothing at all.
  std::string edges;
  AppendJsonStringArray(edges, {"\"start", "end\\", "\r\t\"\"", ""});
  EXPECT_EQ(edges, "[\"\\\"start\",\"end\\\\\",\"\\r\\t\\\"\\\"\",\"\"]");
  EXPECT_EQ(Events(edges), "[ s:\"start s:end\\ s:\r\t\"\" s: ] ");
}

}  // namespace
}  // namespace wa::internal
