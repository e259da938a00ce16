// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "json/json_scanner.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

namespace wa {
inline namespace v1 {
namespace internal {
namespace {

constexpr int kMaxDepth = 512;

// Bytes that may sit in a JSON string as they are: printable ASCII other
// than '"' and '\\'. Strings are mostly such runs, so they are skipped by one
// table lookup per byte; everything else takes the careful path.
struct PlainStringBytes {
  bool plain[256] = {};
  constexpr PlainStringBytes() {
    for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  }
};
constexpr PlainStringBytes kPlain;

// Flags the bytes of `v` that are not plain ('"', '\\', below 0x20, from
// 0x80), so a string is skipped eight bytes per step. (x - 0x01..) & ~x &
// 0x80.. flags the zero bytes of x (with 0x20.., the bytes below 0x20). A
// borrow can only flag bytes after a real match, never before, so the
// lowest set bit marks the first non-plain byte (bytes load little-endian:
// the first is the lowest).
inline std::uint64_t NonPlainBytes(std::uint64_t v) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  auto has_zero = [](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  std::uint64_t quote = has_zero(v ^ (kOnes * '"'));
  std::uint64_t backslash = has_zero(v ^ (kOnes * '\\'));
  std::uint64_t control = (v - kOnes * 0x20) & ~v & kHighs;
  return quote | backslash | control | (v & kHighs);
}

// The first-byte trick above needs the first byte in the lowest bits.
constexpr bool kLittleEndian = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;

class Scanner {
 public:
  Scanner(std::string_view text, JsonHandler& handler)
      : p_(text.data()), end_(p_ + text.size()), h_(handler) {}

  bool Run() {
    // RFC 8259 lets a parser ignore a UTF-8 byte-order mark; nlohmann does.
    if (end_ - p_ >= 3 && std::string_view(p_, 3) == "\xEF\xBB\xBF") p_ += 3;
    SkipSpace();
    if (!Value(0)) return false;
    SkipSpace();
    return p_ == end_;
  }

 private:
  void SkipSpace() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  bool Literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() ||
        std::string_view(p_, word.size()) != word) {
      return false;
    }
    p_ += word.size();
    return true;
  }

  bool Value(int depth) {
    if (p_ == end_) return false;
    switch (*p_) {
      case '{':
        return Object(depth + 1);
      case '[':
        return Array(depth + 1);
      case '"': {
        std::string_view s;
        if (!String(s)) return false;
        h_.String(s);
        return true;
      }
      case 't':
        if (!Literal("true")) return false;
        h_.Bool(true);
        return true;
      case 'f':
        if (!Literal("false")) return false;
        h_.Bool(false);
        return true;
      case 'n':
        if (!Literal("null")) return false;
        h_.Null();
        return true;
      default:
        return Number();
    }
  }

  bool Object(int depth) {
    if (depth > kMaxDepth) return false;
    ++p_;  // '{'
    h_.StartObject();
    SkipSpace();
    if (p_ != end_ && *p_ == '}') {
      ++p_;
      h_.EndObject();
      return true;
    }
    for (;;) {
      if (p_ == end_ || *p_ != '"') return false;
      std::string_view key;
      if (!String(key)) return false;
      h_.Key(key);
      SkipSpace();
      if (p_ == end_ || *p_ != ':') return false;
      ++p_;
      SkipSpace();
      if (!Value(depth)) return false;
      SkipSpace();
      if (p_ == end_) return false;
      if (*p_ == ',') {
        ++p_;
        SkipSpace();
        continue;
      }
      if (*p_ != '}') return false;
      ++p_;
      h_.EndObject();
      return true;
    }
  }

  bool Array(int depth) {
    if (depth > kMaxDepth) return false;
    ++p_;  // '['
    h_.StartArray();
    SkipSpace();
    if (p_ != end_ && *p_ == ']') {
      ++p_;
      h_.EndArray();
      return true;
    }
    for (;;) {
      if (!Value(depth)) return false;
      SkipSpace();
      if (p_ == end_) return false;
      if (*p_ == ',') {
        ++p_;
        SkipSpace();
        continue;
      }
      if (*p_ != ']') return false;
      ++p_;
      h_.EndArray();
      return true;
    }
  }

  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }

  bool Number() {
    const char* start = p_;
    if (p_ != end_ && *p_ == '-') ++p_;
    if (p_ == end_) return false;
    if (*p_ == '0') {
      ++p_;
    } else if (*p_ >= '1' && *p_ <= '9') {
      while (p_ != end_ && IsDigit(*p_)) ++p_;
    } else {
      return false;
    }
    if (p_ != end_ && *p_ == '.') {
      ++p_;
      if (p_ == end_ || !IsDigit(*p_)) return false;
      while (p_ != end_ && IsDigit(*p_)) ++p_;
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ == end_ || !IsDigit(*p_)) return false;
      while (p_ != end_ && IsDigit(*p_)) ++p_;
    }
    std::string_view text(start, static_cast<std::size_t>(p_ - start));
    // Like nlohmann, refuse numbers beyond a double's range. Only an
    // exponent or hundreds of digits can get there, so strtod runs rarely.
    if (text.find_first_of("eE") != std::string_view::npos || text.size() > 300) {
      std::string copy(text);
      if (std::isinf(std::strtod(copy.c_str(), nullptr))) return false;
    }
    h_.Number(text);
    return true;
  }

  static int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  bool Hex4(std::uint32_t& out) {
    if (end_ - p_ < 4) return false;
    out = 0;
    for (int i = 0; i < 4; ++i) {
      int v = HexValue(*p_++);
      if (v < 0) return false;
      out = (out << 4) | static_cast<std::uint32_t>(v);
    }
    return true;
  }

  void AppendUtf8(std::uint32_t cp) {
    if (cp < 0x80) {
      scratch_.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      scratch_.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      scratch_.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      scratch_.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      scratch_.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      scratch_.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      scratch_.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      scratch_.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      scratch_.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      scratch_.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  // Consumes one UTF-8 sequence starting at a byte >= 0x80 (RFC 3629: no
  // overlong forms, no surrogates, nothing above U+10FFFF).
  bool Utf8() {
    auto byte = [this](int i) { return static_cast<unsigned char>(p_[i]); };
    auto cont = [&](int i) { return (byte(i) & 0xC0) == 0x80; };
    unsigned char b0 = byte(0);
    std::ptrdiff_t left = end_ - p_;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      if (left < 2 || !cont(1)) return false;
      p_ += 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      if (left < 3 || !cont(1) || !cont(2)) return false;
      if (b0 == 0xE0 && byte(1) < 0xA0) return false;  // overlong
      if (b0 == 0xED && byte(1) > 0x9F) return false;  // surrogate
      p_ += 3;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      if (left < 4 || !cont(1) || !cont(2) || !cont(3)) return false;
      if (b0 == 0xF0 && byte(1) < 0x90) return false;  // overlong
      if (b0 == 0xF4 && byte(1) > 0x8F) return false;  // above U+10FFFF
      p_ += 4;
    } else {
      return false;
    }
    return true;
  }

  // Reads a string starting at '"'. Without escapes `out` views the input;
  // with escapes it views the decoded scratch buffer.
  bool String(std::string_view& out) {
    ++p_;  // '"'
    const char* start = p_;
    bool escaped = false;
    scratch_.clear();
    for (;;) {
      const char* run = p_;
      const char* q = p_;
      while (end_ - q >= 8) {
        std::uint64_t block;
        std::memcpy(&block, q, sizeof(block));
        std::uint64_t special = NonPlainBytes(block);
        if (special == 0) {
          q += 8;
          continue;
        }
        if (kLittleEndian) q += __builtin_ctzll(special) >> 3;
        break;
      }
      while (q != end_ && kPlain.plain[static_cast<unsigned char>(*q)]) ++q;
      p_ = q;
      if (escaped && q != run) scratch_.append(run, static_cast<std::size_t>(q - run));
      if (p_ == end_) return false;
      auto c = static_cast<unsigned char>(*p_);
      if (c == '"') break;
      if (c < 0x20) return false;
      if (c >= 0x80) {
        const char* seq = p_;
        if (!Utf8()) return false;
        if (escaped) scratch_.append(seq, static_cast<std::size_t>(p_ - seq));
        continue;
      }
      if (!escaped) {
        scratch_.assign(start, static_cast<std::size_t>(p_ - start));
        escaped = true;
      }
      ++p_;
      if (p_ == end_) return false;
      char e = *p_++;
      switch (e) {
        case '"':
          scratch_.push_back('"');
          break;
        case '\\':
          scratch_.push_back('\\');
          break;
        case '/':
          scratch_.push_back('/');
          break;
        case 'b':
          scratch_.push_back('\b');
          break;
        case 'f':
          scratch_.push_back('\f');
          break;
        case 'n':
          scratch_.push_back('\n');
          break;
        case 'r':
          scratch_.push_back('\r');
          break;
        case 't':
          scratch_.push_back('\t');
          break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!Hex4(cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
            p_ += 2;
            if (!Hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          AppendUtf8(cp);
          break;
        }
        default:
          return false;
      }
    }
    if (escaped) {
      out = scratch_;
    } else {
      out = std::string_view(start, static_cast<std::size_t>(p_ - start));
    }
    ++p_;  // closing '"'
    return true;
  }

  const char* p_;
  const char* end_;
  JsonHandler& h_;
  std::string scratch_;
};

}  // namespace

bool ScanJson(std::string_view text, JsonHandler& handler) { return Scanner(text, handler).Run(); }

}  // namespace internal
}  // namespace v1
}  // namespace wa
