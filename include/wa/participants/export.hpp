// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_EXPORT_HPP_
#define WA_PARTICIPANTS_EXPORT_HPP_

/// @file
/// Symbol visibility for the library. The library is compiled with
/// `-fvisibility=hidden`, so only what is marked with this macro is exported
/// from the shared object; everything in `wa::internal` stays private.

#if defined(_WIN32) && !defined(WA_PARTICIPANTS_STATIC)
#if defined(WA_PARTICIPANTS_BUILDING)
#define WA_PARTICIPANTS_EXPORT __declspec(dllexport)
#else
#define WA_PARTICIPANTS_EXPORT __declspec(dllimport)
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define WA_PARTICIPANTS_EXPORT __attribute__((visibility("default")))
#else
#define WA_PARTICIPANTS_EXPORT
#endif

#endif  // WA_PARTICIPANTS_EXPORT_HPP_
