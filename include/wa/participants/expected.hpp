// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_EXPECTED_HPP_
#define WA_PARTICIPANTS_EXPECTED_HPP_

/// @file
/// `wa::Expected<T, E>`: a value or an error, with the `std::expected` API.
///
/// It is deliberately the same type in C++17, C++20 and C++23: a program built
/// with `-std=c++23` links against a library built with `-std=c++17`, so the
/// type must never be swapped for `std::expected` by a macro.

#include <exception>
#include <functional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

#include "wa/participants/export.hpp"

namespace wa {
inline namespace v1 {

/// Thrown by `Expected::value()` when the object holds an error.
///
/// `what()` describes the error; for `wa::Error` it gives the code and the
/// (already redacted) message. Thread safety: immutable after construction.
class WA_PARTICIPANTS_EXPORT BadExpectedAccess : public std::exception {
 public:
  /// Builds the exception with the text `what()` returns.
  explicit BadExpectedAccess(std::string what);
  /// The description given at construction.
  const char* what() const noexcept override;

 private:
  std::string what_;
};

/// Throws `BadExpectedAccess` with a generic text. `wa::Error` has a more
/// descriptive overload, found by argument-dependent lookup.
template <class E>
[[noreturn]] void ThrowBadExpectedAccess(const E& /*error*/) {
  throw BadExpectedAccess("wa::Expected::value() called on an object holding an error");
}

/// Tag type that selects the error-constructing constructors of `Expected`.
struct UnexpectTag {
  explicit UnexpectTag() = default;
};
/// The tag value, as in `Expected<int, E>(wa::kUnexpect, args...)`.
inline constexpr UnexpectTag kUnexpect{};

/// An error wrapper that converts into any `Expected<T, E>`: `return
/// wa::Unexpected(err);`. Thread safety: a plain value type.
template <class E>
class Unexpected {
 public:
  /// Wraps `e`.
  constexpr explicit Unexpected(E e) : error_(std::move(e)) {}
  /// Builds the error in place.
  template <class... Args>
  constexpr explicit Unexpected(std::in_place_t /*tag*/, Args&&... args)
      : error_(std::forward<Args>(args)...) {}

  /// The wrapped error.
  constexpr const E& error() const& noexcept { return error_; }
  /// The wrapped error.
  constexpr E& error() & noexcept { return error_; }
  /// The wrapped error, moved out.
  constexpr E&& error() && noexcept { return std::move(error_); }
  /// The wrapped error, moved out.
  constexpr const E&& error() const&& noexcept { return std::move(error_); }

  /// Swaps the wrapped errors.
  void swap(Unexpected& other) noexcept(std::is_nothrow_swappable_v<E>) {
    using std::swap;
    swap(error_, other.error_);
  }

  /// Compares the wrapped errors.
  template <class G>
  friend constexpr bool operator==(const Unexpected& a, const Unexpected<G>& b) {
    return a.error() == b.error();
  }
  /// Compares the wrapped errors.
  template <class G>
  friend constexpr bool operator!=(const Unexpected& a, const Unexpected<G>& b) {
    return !(a == b);
  }

 private:
  E error_;
};

/// Deduces `Unexpected<E>` from `Unexpected(e)`.
template <class E>
Unexpected(E) -> Unexpected<E>;

template <class T, class E>
class Expected;

namespace internal {
template <class X>
struct IsExpected : std::false_type {};
template <class T, class E>
struct IsExpected<Expected<T, E>> : std::true_type {};
template <class X>
struct IsUnexpected : std::false_type {};
template <class E>
struct IsUnexpected<Unexpected<E>> : std::true_type {};
template <class F, class... Args>
using InvokeResultT = std::remove_cv_t<std::remove_reference_t<std::invoke_result_t<F, Args...>>>;
}  // namespace internal

/// Holds either a `T` (the expected value) or an `E` (the error).
///
/// The API mirrors C++23 `std::expected`: `has_value`, `operator bool`, `*`,
/// `->`, `value()` (throws `BadExpectedAccess` on an error), `error()`,
/// `value_or`, `error_or`, `and_then`, `transform`, `or_else`,
/// `transform_error`, `emplace`, `swap` and equality. Calling `*`, `->` or
/// `error()` on the wrong alternative is undefined behaviour, as in the
/// standard. Thread safety: a plain value type; const access from many
/// threads is safe, mutation needs external synchronisation.
template <class T, class E>
class Expected {
  static_assert(!std::is_reference_v<T> && !std::is_reference_v<E>,
                "Expected does not hold references");
  static_assert(!internal::IsUnexpected<std::remove_cv_t<T>>::value,
                "Expected<Unexpected<...>, E> is ill-formed");

 public:
  using value_type = T;                   ///< The value type.
  using error_type = E;                   ///< The error type.
  using unexpected_type = Unexpected<E>;  ///< The matching `Unexpected`.
  /// The same error type with another value type.
  template <class U>
  using rebind = Expected<U, E>;

  /// Value-initialises a `T`.
  template <class U = T, std::enable_if_t<std::is_default_constructible_v<U>, int> = 0>
  constexpr Expected() : v_(std::in_place_index<0>) {}
  Expected(const Expected&) = default;  ///< Copies.
  Expected(Expected&&) noexcept(std::is_nothrow_move_constructible_v<T>&&
                                    std::is_nothrow_move_constructible_v<E>) = default;  ///< Moves.
  Expected& operator=(const Expected&) = default;  ///< Copy-assigns.
  Expected& operator=(Expected&&) noexcept(
      std::is_nothrow_move_assignable_v<T>&& std::is_nothrow_move_assignable_v<E>) =
      default;  ///< Move-assigns.
  ~Expected() = default;

  /// Holds a value converted from `u`.
  template <class U = T, std::enable_if_t<std::is_constructible_v<T, U&&> &&
                                              !std::is_same_v<std::decay_t<U>, Expected> &&
                                              !std::is_same_v<std::decay_t<U>, std::in_place_t> &&
                                              !std::is_same_v<std::decay_t<U>, UnexpectTag> &&
                                              !internal::IsUnexpected<std::decay_t<U>>::value,
                                          int> = 0>
  constexpr Expected(U&& u)  // NOLINT(google-explicit-constructor): mirrors std::expected
      : v_(std::in_place_index<0>, std::forward<U>(u)) {}

  /// Holds the error of `u`.
  template <class G, std::enable_if_t<std::is_constructible_v<E, const G&>, int> = 0>
  constexpr Expected(const Unexpected<G>& u)  // NOLINT(google-explicit-constructor)
      : v_(std::in_place_index<1>, u.error()) {}
  /// Holds the error of `u`, moved.
  template <class G, std::enable_if_t<std::is_constructible_v<E, G&&>, int> = 0>
  constexpr Expected(Unexpected<G>&& u)  // NOLINT(google-explicit-constructor)
      : v_(std::in_place_index<1>, std::move(u).error()) {}

  /// Builds the value in place.
  template <class... Args>
  constexpr explicit Expected(std::in_place_t /*tag*/, Args&&... args)
      : v_(std::in_place_index<0>, std::forward<Args>(args)...) {}
  /// Builds the error in place.
  template <class... Args>
  constexpr explicit Expected(UnexpectTag /*tag*/, Args&&... args)
      : v_(std::in_place_index<1>, std::forward<Args>(args)...) {}

  /// Converts from an `Expected` with convertible value and error types.
  template <class U, class G,
            std::enable_if_t<!std::is_same_v<Expected<U, G>, Expected> &&
                                 std::is_constructible_v<T, const U&> &&
                                 std::is_constructible_v<E, const G&>,
                             int> = 0>
  explicit Expected(const Expected<U, G>& other)
      : v_(other.has_value() ? Variant(std::in_place_index<0>, *other)
                             : Variant(std::in_place_index<1>, other.error())) {}

  /// Replaces the contents with a value converted from `u`.
  template <class U = T, std::enable_if_t<!std::is_same_v<std::decay_t<U>, Expected> &&
                                              !internal::IsUnexpected<std::decay_t<U>>::value &&
                                              std::is_constructible_v<T, U&&>,
                                          int> = 0>
  Expected& operator=(U&& u) {
    v_.template emplace<0>(std::forward<U>(u));
    return *this;
  }
  /// Replaces the contents with the error of `u`.
  template <class G>
  Expected& operator=(const Unexpected<G>& u) {
    v_.template emplace<1>(u.error());
    return *this;
  }
  /// Replaces the contents with the error of `u`, moved.
  template <class G>
  Expected& operator=(Unexpected<G>&& u) {
    v_.template emplace<1>(std::move(u).error());
    return *this;
  }

  /// Destroys the contents and builds a value in place; returns it.
  template <class... Args>
  T& emplace(Args&&... args) {
    return v_.template emplace<0>(std::forward<Args>(args)...);
  }

  /// Swaps contents with `other`.
  void swap(Expected& other) noexcept(
      std::is_nothrow_swappable_v<T>&& std::is_nothrow_swappable_v<E>) {
    v_.swap(other.v_);
  }
  /// Swaps contents.
  friend void swap(Expected& a, Expected& b) noexcept(noexcept(a.swap(b))) { a.swap(b); }

  /// True when a value is held.
  constexpr bool has_value() const noexcept { return v_.index() == 0; }
  /// True when a value is held.
  constexpr explicit operator bool() const noexcept { return has_value(); }

  /// The value; undefined behaviour when an error is held.
  constexpr T* operator->() noexcept { return std::get_if<0>(&v_); }
  /// The value; undefined behaviour when an error is held.
  constexpr const T* operator->() const noexcept { return std::get_if<0>(&v_); }
  /// The value; undefined behaviour when an error is held.
  constexpr T& operator*() & noexcept { return *std::get_if<0>(&v_); }
  /// The value; undefined behaviour when an error is held.
  constexpr const T& operator*() const& noexcept { return *std::get_if<0>(&v_); }
  /// The value, moved; undefined behaviour when an error is held.
  constexpr T&& operator*() && noexcept { return std::move(*std::get_if<0>(&v_)); }
  /// The value, moved; undefined behaviour when an error is held.
  constexpr const T&& operator*() const&& noexcept { return std::move(*std::get_if<0>(&v_)); }

  /// The value; throws `BadExpectedAccess` when an error is held.
  T& value() & {
    if (!has_value()) ThrowBadExpectedAccess(error());
    return **this;
  }
  /// The value; throws `BadExpectedAccess` when an error is held.
  const T& value() const& {
    if (!has_value()) ThrowBadExpectedAccess(error());
    return **this;
  }
  /// The value, moved; throws `BadExpectedAccess` when an error is held.
  T&& value() && {
    if (!has_value()) ThrowBadExpectedAccess(error());
    return std::move(**this);
  }
  /// The value, moved; throws `BadExpectedAccess` when an error is held.
  const T&& value() const&& {
    if (!has_value()) ThrowBadExpectedAccess(error());
    return std::move(**this);
  }

  /// The error; undefined behaviour when a value is held.
  constexpr E& error() & noexcept { return *std::get_if<1>(&v_); }
  /// The error; undefined behaviour when a value is held.
  constexpr const E& error() const& noexcept { return *std::get_if<1>(&v_); }
  /// The error, moved; undefined behaviour when a value is held.
  constexpr E&& error() && noexcept { return std::move(*std::get_if<1>(&v_)); }
  /// The error, moved; undefined behaviour when a value is held.
  constexpr const E&& error() const&& noexcept { return std::move(*std::get_if<1>(&v_)); }

  /// The value, or `fallback` converted to `T` when an error is held.
  template <class U>
  constexpr T value_or(U&& fallback) const& {
    return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
  }
  /// The value (moved), or `fallback` converted to `T`.
  template <class U>
  constexpr T value_or(U&& fallback) && {
    return has_value() ? std::move(**this) : static_cast<T>(std::forward<U>(fallback));
  }
  /// The error, or `fallback` converted to `E` when a value is held.
  template <class G = E>
  constexpr E error_or(G&& fallback) const& {
    return has_value() ? static_cast<E>(std::forward<G>(fallback)) : error();
  }
  /// The error (moved), or `fallback` converted to `E`.
  template <class G = E>
  constexpr E error_or(G&& fallback) && {
    return has_value() ? static_cast<E>(std::forward<G>(fallback)) : std::move(error());
  }

  /// `f(value)` (which returns an `Expected<U, E>`), or the error unchanged.
  template <class F>
  auto and_then(F&& f) & {
    return AndThen(*this, std::forward<F>(f));
  }
  /// `f(value)` (which returns an `Expected<U, E>`), or the error unchanged.
  template <class F>
  auto and_then(F&& f) const& {
    return AndThen(*this, std::forward<F>(f));
  }
  /// `f(std::move(value))`, or the error moved.
  template <class F>
  auto and_then(F&& f) && {
    return AndThen(std::move(*this), std::forward<F>(f));
  }
  /// `f(std::move(value))`, or the error moved.
  template <class F>
  auto and_then(F&& f) const&& {
    return AndThen(std::move(*this), std::forward<F>(f));
  }

  /// `Expected<U, E>` holding `f(value)` (U may be void), or the error.
  template <class F>
  auto transform(F&& f) & {
    return Transform(*this, std::forward<F>(f));
  }
  /// `Expected<U, E>` holding `f(value)` (U may be void), or the error.
  template <class F>
  auto transform(F&& f) const& {
    return Transform(*this, std::forward<F>(f));
  }
  /// `Expected<U, E>` holding `f(std::move(value))`, or the error moved.
  template <class F>
  auto transform(F&& f) && {
    return Transform(std::move(*this), std::forward<F>(f));
  }
  /// `Expected<U, E>` holding `f(std::move(value))`, or the error moved.
  template <class F>
  auto transform(F&& f) const&& {
    return Transform(std::move(*this), std::forward<F>(f));
  }

  /// The value unchanged, or `f(error)` (which returns an `Expected<T, G>`).
  template <class F>
  auto or_else(F&& f) & {
    return OrElse(*this, std::forward<F>(f));
  }
  /// The value unchanged, or `f(error)` (which returns an `Expected<T, G>`).
  template <class F>
  auto or_else(F&& f) const& {
    return OrElse(*this, std::forward<F>(f));
  }
  /// The value moved, or `f(std::move(error))`.
  template <class F>
  auto or_else(F&& f) && {
    return OrElse(std::move(*this), std::forward<F>(f));
  }
  /// The value moved, or `f(std::move(error))`.
  template <class F>
  auto or_else(F&& f) const&& {
    return OrElse(std::move(*this), std::forward<F>(f));
  }

  /// The value unchanged, or an `Expected<T, G>` holding `f(error)`.
  template <class F>
  auto transform_error(F&& f) & {
    return TransformError(*this, std::forward<F>(f));
  }
  /// The value unchanged, or an `Expected<T, G>` holding `f(error)`.
  template <class F>
  auto transform_error(F&& f) const& {
    return TransformError(*this, std::forward<F>(f));
  }
  /// The value moved, or an `Expected<T, G>` holding `f(std::move(error))`.
  template <class F>
  auto transform_error(F&& f) && {
    return TransformError(std::move(*this), std::forward<F>(f));
  }
  /// The value moved, or an `Expected<T, G>` holding `f(std::move(error))`.
  template <class F>
  auto transform_error(F&& f) const&& {
    return TransformError(std::move(*this), std::forward<F>(f));
  }

  /// Equal when both hold equal values or both hold equal errors.
  template <class U, class G>
  friend bool operator==(const Expected& a, const Expected<U, G>& b) {
    if (a.has_value() != b.has_value()) return false;
    return a.has_value() ? *a == *b : a.error() == b.error();
  }
  /// Negation of `==`.
  template <class U, class G>
  friend bool operator!=(const Expected& a, const Expected<U, G>& b) {
    return !(a == b);
  }
  /// Equal when a value equal to `v` is held.
  template <class U,
            std::enable_if_t<!internal::IsExpected<U>::value && !internal::IsUnexpected<U>::value,
                             int> = 0>
  friend bool operator==(const Expected& a, const U& v) {
    return a.has_value() && *a == v;
  }
  /// Negation of `==`.
  template <class U,
            std::enable_if_t<!internal::IsExpected<U>::value && !internal::IsUnexpected<U>::value,
                             int> = 0>
  friend bool operator!=(const Expected& a, const U& v) {
    return !(a == v);
  }
  /// Equal when an error equal to `u.error()` is held.
  template <class G>
  friend bool operator==(const Expected& a, const Unexpected<G>& u) {
    return !a.has_value() && a.error() == u.error();
  }
  /// Negation of `==`.
  template <class G>
  friend bool operator!=(const Expected& a, const Unexpected<G>& u) {
    return !(a == u);
  }

 private:
  using Variant = std::variant<T, E>;

  template <class Self, class F>
  static auto AndThen(Self&& self, F&& f) {
    using R = internal::InvokeResultT<F, decltype(*std::forward<Self>(self))>;
    static_assert(internal::IsExpected<R>::value, "and_then: f must return an Expected");
    static_assert(std::is_same_v<typename R::error_type, E>,
                  "and_then: f must return an Expected with the same error type");
    if (self.has_value()) return std::invoke(std::forward<F>(f), *std::forward<Self>(self));
    return R(kUnexpect, std::forward<Self>(self).error());
  }
  template <class Self, class F>
  static auto Transform(Self&& self, F&& f) {
    using U = internal::InvokeResultT<F, decltype(*std::forward<Self>(self))>;
    using R = Expected<U, E>;
    if (!self.has_value()) return R(kUnexpect, std::forward<Self>(self).error());
    if constexpr (std::is_void_v<U>) {
      std::invoke(std::forward<F>(f), *std::forward<Self>(self));
      return R();
    } else {
      return R(std::in_place, std::invoke(std::forward<F>(f), *std::forward<Self>(self)));
    }
  }
  template <class Self, class F>
  static auto OrElse(Self&& self, F&& f) {
    using R = internal::InvokeResultT<F, decltype(std::forward<Self>(self).error())>;
    static_assert(internal::IsExpected<R>::value, "or_else: f must return an Expected");
    static_assert(std::is_same_v<typename R::value_type, T>,
                  "or_else: f must return an Expected with the same value type");
    if (self.has_value()) return R(std::in_place, *std::forward<Self>(self));
    return std::invoke(std::forward<F>(f), std::forward<Self>(self).error());
  }
  template <class Self, class F>
  static auto TransformError(Self&& self, F&& f) {
    using G = internal::InvokeResultT<F, decltype(std::forward<Self>(self).error())>;
    using R = Expected<T, G>;
    if (self.has_value()) return R(std::in_place, *std::forward<Self>(self));
    return R(kUnexpect, std::invoke(std::forward<F>(f), std::forward<Self>(self).error()));
  }

  Variant v_;
};

/// `Expected<void, E>`: success with no value, or an error. Same API as the
/// primary template minus `value_or` and `->`; `*` and `value()` return void.
/// Thread safety: a plain value type.
template <class E>
class Expected<void, E> {
 public:
  using value_type = void;                ///< The value type.
  using error_type = E;                   ///< The error type.
  using unexpected_type = Unexpected<E>;  ///< The matching `Unexpected`.
  /// The same error type with another value type.
  template <class U>
  using rebind = Expected<U, E>;

  /// Success.
  constexpr Expected() noexcept : v_(std::in_place_index<0>) {}
  /// Success.
  constexpr explicit Expected(std::in_place_t /*tag*/) noexcept : v_(std::in_place_index<0>) {}
  /// Holds the error of `u`.
  template <class G, std::enable_if_t<std::is_constructible_v<E, const G&>, int> = 0>
  constexpr Expected(const Unexpected<G>& u)  // NOLINT(google-explicit-constructor)
      : v_(std::in_place_index<1>, u.error()) {}
  /// Holds the error of `u`, moved.
  template <class G, std::enable_if_t<std::is_constructible_v<E, G&&>, int> = 0>
  constexpr Expected(Unexpected<G>&& u)  // NOLINT(google-explicit-constructor)
      : v_(std::in_place_index<1>, std::move(u).error()) {}
  /// Builds the error in place.
  template <class... Args>
  constexpr explicit Expected(UnexpectTag /*tag*/, Args&&... args)
      : v_(std::in_place_index<1>, std::forward<Args>(args)...) {}

  /// Replaces the contents with the error of `u`.
  template <class G>
  Expected& operator=(const Unexpected<G>& u) {
    v_.template emplace<1>(u.error());
    return *this;
  }
  /// Replaces the contents with the error of `u`, moved.
  template <class G>
  Expected& operator=(Unexpected<G>&& u) {
    v_.template emplace<1>(std::move(u).error());
    return *this;
  }
  /// Becomes a success.
  void emplace() noexcept { v_.template emplace<0>(); }
  /// Swaps contents with `other`.
  void swap(Expected& other) noexcept(std::is_nothrow_swappable_v<E>) { v_.swap(other.v_); }
  /// Swaps contents.
  friend void swap(Expected& a, Expected& b) noexcept(noexcept(a.swap(b))) { a.swap(b); }

  /// True on success.
  constexpr bool has_value() const noexcept { return v_.index() == 0; }
  /// True on success.
  constexpr explicit operator bool() const noexcept { return has_value(); }
  /// Does nothing; undefined behaviour when an error is held (as in the standard).
  constexpr void operator*() const noexcept {}
  /// Returns on success; throws `BadExpectedAccess` when an error is held.
  void value() const& {
    if (!has_value()) ThrowBadExpectedAccess(error());
  }
  /// Returns on success; throws `BadExpectedAccess` when an error is held.
  void value() && {
    if (!has_value()) ThrowBadExpectedAccess(error());
  }

  /// The error; undefined behaviour on success.
  constexpr E& error() & noexcept { return *std::get_if<1>(&v_); }
  /// The error; undefined behaviour on success.
  constexpr const E& error() const& noexcept { return *std::get_if<1>(&v_); }
  /// The error, moved; undefined behaviour on success.
  constexpr E&& error() && noexcept { return std::move(*std::get_if<1>(&v_)); }
  /// The error, moved; undefined behaviour on success.
  constexpr const E&& error() const&& noexcept { return std::move(*std::get_if<1>(&v_)); }
  /// The error, or `fallback` converted to `E` on success.
  template <class G = E>
  constexpr E error_or(G&& fallback) const& {
    return has_value() ? static_cast<E>(std::forward<G>(fallback)) : error();
  }

  /// `f()` (which returns an `Expected<U, E>`), or the error unchanged.
  template <class F>
  auto and_then(F&& f) const& {
    using R = internal::InvokeResultT<F>;
    static_assert(internal::IsExpected<R>::value, "and_then: f must return an Expected");
    if (has_value()) return std::invoke(std::forward<F>(f));
    return R(kUnexpect, error());
  }
  /// `f()`, or the error moved.
  template <class F>
  auto and_then(F&& f) && {
    using R = internal::InvokeResultT<F>;
    static_assert(internal::IsExpected<R>::value, "and_then: f must return an Expected");
    if (has_value()) return std::invoke(std::forward<F>(f));
    return R(kUnexpect, std::move(*this).error());
  }
  /// `Expected<U, E>` holding `f()` (U may be void), or the error.
  template <class F>
  auto transform(F&& f) const& {
    using U = internal::InvokeResultT<F>;
    using R = Expected<U, E>;
    if (!has_value()) return R(kUnexpect, error());
    if constexpr (std::is_void_v<U>) {
      std::invoke(std::forward<F>(f));
      return R();
    } else {
      return R(std::in_place, std::invoke(std::forward<F>(f)));
    }
  }
  /// Success unchanged, or `f(error)` (which returns an `Expected<void, G>`).
  template <class F>
  auto or_else(F&& f) const& {
    using R = internal::InvokeResultT<F, const E&>;
    static_assert(internal::IsExpected<R>::value, "or_else: f must return an Expected");
    if (has_value()) return R();
    return std::invoke(std::forward<F>(f), error());
  }
  /// Success unchanged, or `f(std::move(error))`.
  template <class F>
  auto or_else(F&& f) && {
    using R = internal::InvokeResultT<F, E&&>;
    static_assert(internal::IsExpected<R>::value, "or_else: f must return an Expected");
    if (has_value()) return R();
    return std::invoke(std::forward<F>(f), std::move(*this).error());
  }
  /// Success unchanged, or an `Expected<void, G>` holding `f(error)`.
  template <class F>
  auto transform_error(F&& f) const& {
    using G = internal::InvokeResultT<F, const E&>;
    using R = Expected<void, G>;
    if (has_value()) return R();
    return R(kUnexpect, std::invoke(std::forward<F>(f), error()));
  }
  /// Success unchanged, or an `Expected<void, G>` holding `f(std::move(error))`.
  template <class F>
  auto transform_error(F&& f) && {
    using G = internal::InvokeResultT<F, E&&>;
    using R = Expected<void, G>;
    if (has_value()) return R();
    return R(kUnexpect, std::invoke(std::forward<F>(f), std::move(*this).error()));
  }

  /// Equal when both succeeded or both hold equal errors.
  template <class G>
  friend bool operator==(const Expected& a, const Expected<void, G>& b) {
    if (a.has_value() != b.has_value()) return false;
    return a.has_value() || a.error() == b.error();
  }
  /// Negation of `==`.
  template <class G>
  friend bool operator!=(const Expected& a, const Expected<void, G>& b) {
    return !(a == b);
  }
  /// Equal when an error equal to `u.error()` is held.
  template <class G>
  friend bool operator==(const Expected& a, const Unexpected<G>& u) {
    return !a.has_value() && a.error() == u.error();
  }
  /// Negation of `==`.
  template <class G>
  friend bool operator!=(const Expected& a, const Unexpected<G>& u) {
    return !(a == u);
  }

 private:
  struct Empty {};
  std::variant<Empty, E> v_;
};

}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_EXPECTED_HPP_
