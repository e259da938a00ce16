// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "wa/participants/expected.hpp"

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "wa/participants/error.hpp"

namespace wa {
namespace {

using E = Expected<int, std::string>;

TEST(Expected, DefaultConstructsValue) {
  E e;
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(*e, 0);
}

TEST(Expected, HoldsValueOrError) {
  E v = 42;
  E u = Unexpected(std::string("boom"));
  EXPECT_TRUE(v);
  EXPECT_FALSE(u);
  EXPECT_EQ(v.value(), 42);
  EXPECT_EQ(u.error(), "boom");
}

TEST(Expected, InPlaceAndUnexpectConstructors) {
  Expected<std::string, int> a(std::in_place, 3, 'x');
  EXPECT_EQ(*a, "xxx");
  Expected<std::string, int> b(kUnexpect, 7);
  EXPECT_EQ(b.error(), 7);
}

TEST(Expected, ArrowAndStar) {
  Expected<std::string, int> s = std::string("abc");
  EXPECT_EQ(s->size(), 3u);
  *s += "d";
  EXPECT_EQ(*s, "abcd");
  const auto& cs = s;
  EXPECT_EQ(cs->size(), 4u);
  std::string moved = *std::move(s);
  EXPECT_EQ(moved, "abcd");
}

TEST(Expected, ValueThrowsBadExpectedAccessOnError) {
  E u = Unexpected(std::string("boom"));
  EXPECT_THROW(u.value(), BadExpectedAccess);
  const E& cu = u;
  EXPECT_THROW(cu.value(), BadExpectedAccess);
  EXPECT_THROW(std::move(u).value(), BadExpectedAccess);
}

TEST(Expected, BadExpectedAccessDescribesWaError) {
  Result<int> r = Unexpected(MakeLocalError(ErrorCode::kNotFound, "no such group"));
  try {
    (void)r.value();
    FAIL() << "value() did not throw";
  } catch (const BadExpectedAccess& e) {
    EXPECT_STREQ(e.what(), "not_found: no such group");
  }
  // Derived from std::exception, as docs/errors.md promises.
  EXPECT_THROW((void)r.value(), std::exception);
}

TEST(Expected, ValueOrAndErrorOr) {
  E v = 5;
  E u = Unexpected(std::string("x"));
  EXPECT_EQ(v.value_or(9), 5);
  EXPECT_EQ(u.value_or(9), 9);
  EXPECT_EQ(E(5).value_or(1), 5);
  EXPECT_EQ(v.error_or("none"), "none");
  EXPECT_EQ(u.error_or("none"), "x");
}

TEST(Expected, AndThenChainsOnValueAndShortCircuitsOnError) {
  auto half = [](int x) -> E {
    if (x % 2) return Unexpected(std::string("odd"));
    return x / 2;
  };
  EXPECT_EQ(*E(8).and_then(half), 4);
  EXPECT_EQ(E(3).and_then(half).error(), "odd");
  int calls = 0;
  E u = Unexpected(std::string("first"));
  auto r = u.and_then([&](int) -> E {
    ++calls;
    return 1;
  });
  EXPECT_EQ(calls, 0);
  EXPECT_EQ(r.error(), "first");
  const E cv = 2;
  EXPECT_EQ(*cv.and_then(half), 1);
}

TEST(Expected, TransformMapsValueIncludingToVoid) {
  auto s = E(3).transform([](int x) { return std::to_string(x); });
  static_assert(std::is_same_v<decltype(s), Expected<std::string, std::string>>);
  EXPECT_EQ(*s, "3");
  int seen = 0;
  auto v = E(4).transform([&](int x) { seen = x; });
  static_assert(std::is_same_v<decltype(v), Expected<void, std::string>>);
  EXPECT_TRUE(v);
  EXPECT_EQ(seen, 4);
  E u = Unexpected(std::string("e"));
  EXPECT_EQ(u.transform([](int x) { return x + 1; }).error(), "e");
}

TEST(Expected, OrElseRecoversFromError) {
  E u = Unexpected(std::string("e"));
  auto r = u.or_else([](const std::string& e) -> E { return static_cast<int>(e.size()); });
  EXPECT_EQ(*r, 1);
  auto kept = E(7).or_else([](const std::string&) -> E { return 0; });
  EXPECT_EQ(*kept, 7);
  auto moved = E(Unexpected(std::string("abc"))).or_else([](std::string&& e) -> E {
    return static_cast<int>(e.size());
  });
  EXPECT_EQ(*moved, 3);
}

TEST(Expected, TransformErrorMapsError) {
  E u = Unexpected(std::string("four"));
  auto r = u.transform_error([](const std::string& e) { return e.size(); });
  static_assert(std::is_same_v<decltype(r), Expected<int, std::size_t>>);
  EXPECT_EQ(r.error(), 4u);
  EXPECT_EQ(*E(1).transform_error([](const std::string& e) { return e.size(); }), 1);
}

TEST(Expected, MoveOnlyValues) {
  Expected<std::unique_ptr<int>, int> p = std::make_unique<int>(5);
  auto q = std::move(p).transform([](std::unique_ptr<int> x) { return *x * 2; });
  EXPECT_EQ(*q, 10);
  Expected<std::unique_ptr<int>, int> r = std::make_unique<int>(1);
  std::unique_ptr<int> owned = std::move(r).value();
  EXPECT_EQ(*owned, 1);
}

TEST(Expected, AssignmentEmplaceAndSwap) {
  E a = 1;
  a = Unexpected(std::string("x"));
  EXPECT_FALSE(a);
  a = 2;
  EXPECT_EQ(*a, 2);
  a.emplace(3);
  EXPECT_EQ(*a, 3);
  E b = Unexpected(std::string("y"));
  swap(a, b);
  EXPECT_EQ(a.error(), "y");
  EXPECT_EQ(*b, 3);
  a.swap(b);
  EXPECT_EQ(*a, 3);
}

TEST(Expected, Equality) {
  EXPECT_EQ(E(1), E(1));
  EXPECT_NE(E(1), E(2));
  EXPECT_NE(E(1), E(Unexpected(std::string("1"))));
  EXPECT_TRUE(E(1) == 1);
  EXPECT_TRUE(E(1) != 2);
  EXPECT_TRUE(E(Unexpected(std::string("a"))) == Unexpected(std::string("a")));
  EXPECT_TRUE(E(1) != Unexpected(std::string("a")));
}

TEST(Expected, ConvertsBetweenCompatibleTypes) {
  Expected<int, const char*> narrow = 3;
  Expected<long, std::string> wide(narrow);
  EXPECT_EQ(*wide, 3L);
  Expected<int, const char*> bad = Unexpected("no");
  Expected<long, std::string> wide_bad(bad);
  EXPECT_EQ(wide_bad.error(), "no");
}

TEST(ExpectedVoid, SuccessAndError) {
  Expected<void, int> ok;
  EXPECT_TRUE(ok.has_value());
  EXPECT_NO_THROW(ok.value());
  Expected<void, int> bad = Unexpected(4);
  EXPECT_FALSE(bad);
  EXPECT_EQ(bad.error(), 4);
  EXPECT_THROW(bad.value(), BadExpectedAccess);
  EXPECT_EQ(bad.error_or(0), 4);
  EXPECT_EQ(ok.error_or(0), 0);
  bad.emplace();
  EXPECT_TRUE(bad);
  Expected<void, int> in_place(std::in_place);
  EXPECT_TRUE(in_place);
}

TEST(ExpectedVoid, MonadicOperations) {
  Expected<void, int> ok;
  Expected<void, int> bad = Unexpected(1);
  EXPECT_EQ(*ok.and_then([]() -> Expected<int, int> { return 5; }), 5);
  EXPECT_EQ(bad.and_then([]() -> Expected<int, int> { return 5; }).error(), 1);
  EXPECT_EQ(*ok.transform([] { return 6; }), 6);
  EXPECT_TRUE(ok.transform([] {}).has_value());
  EXPECT_EQ(bad.transform([] { return 6; }).error(), 1);
  EXPECT_TRUE(bad.or_else([](int) -> Expected<void, int> { return {}; }).has_value());
  EXPECT_EQ(ok.or_else([](int) -> Expected<void, int> { return Unexpected(9); }).has_value(), true);
  EXPECT_EQ(bad.transform_error([](int e) { return e * 10; }).error(), 10);
  EXPECT_TRUE(ok.transform_error([](int e) { return e * 10; }).has_value());
  Expected<void, int> moved_bad = Unexpected(2);
  EXPECT_EQ(std::move(moved_bad).transform_error([](int&& e) { return e + 1; }).error(), 3);
}

TEST(ExpectedVoid, EqualityAndSwap) {
  Expected<void, int> a;
  Expected<void, int> b = Unexpected(1);
  EXPECT_TRUE((a == Expected<void, int>()));
  EXPECT_TRUE(a != b);
  EXPECT_TRUE(b == Unexpected(1));
  swap(a, b);
  EXPECT_FALSE(a);
  EXPECT_TRUE(b);
}

TEST(Unexpected, AccessorsAndEquality) {
  Unexpected<std::string> u("x");
  EXPECT_EQ(u.error(), "x");
  Unexpected<std::string> w(std::in_place, 2, 'y');
  EXPECT_EQ(w.error(), "yy");
  EXPECT_TRUE(u != w);
  u.swap(w);
  EXPECT_EQ(u.error(), "yy");
  EXPECT_EQ(std::move(u).error(), "yy");
}

TEST(Result, IsExpectedOfError) {
  static_assert(std::is_same_v<Result<int>, Expected<int, Error>>);
  Result<void> r = Unexpected(MakeLocalError(ErrorCode::kTimeout, "slow"));
  EXPECT_EQ(r.error().code, ErrorCode::kTimeout);
}

}  // namespace
}  // namespace wa
