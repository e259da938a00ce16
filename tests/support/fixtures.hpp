// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_TESTS_SUPPORT_FIXTURES_HPP_
#define WA_PARTICIPANTS_TESTS_SUPPORT_FIXTURES_HPP_

// The providers' documented examples under tests/fixtures/<provider>/, as
// listed by each provider's manifest.json (one row per example, with its
// source). Codec tests read every row; the simulator is held to the same
// shapes, so neither can drift to this SDK's own idea of the wire.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "wa/participants/http.hpp"

namespace wa::testing_util {

/// One row of a provider's manifest.json.
struct FixtureRow {
  std::optional<std::string> file;  // null: a documented status with no body
  std::string kind;                 // request, response, error, webhook
  std::string endpoint;
  std::optional<std::string> method;
  std::optional<int> status;
  std::optional<std::string> message;  // an errors-table row's message, when it has no body
  std::string source;
};

/// An answer with `status` and `body`, as a codec receives it.
inline HttpResponse Answer(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

/// Every row of tests/fixtures/<provider>/manifest.json.
std::vector<FixtureRow> LoadManifest(const std::string& provider);

/// The test body every codec's fixture test shares: at least `at_least`
/// rows, no file listed twice, and `check` run on each row under a trace
/// that names it. Records gtest failures.
void CheckEveryRow(const std::string& provider, std::size_t at_least,
                   const std::function<void(const FixtureRow&)>& check);

/// The bytes of tests/fixtures/<provider>/<file>.
std::string ReadFixture(const std::string& provider, const std::string& file);

/// The fixture parsed as JSON (comments allowed, as some published samples
/// carry them); a discarded value when it is not JSON at all.
nlohmann::json FixtureJson(const std::string& provider, const std::string& file);

/// The documented shape of one answer, merged over every documented example
/// of it: for each object path, the keys that some example has (allowed) and
/// those that every example has (required), and the JSON type of each value
/// (null in an example stands for "may be null").
class DocumentedShape {
 public:
  /// Merges one documented example into the shape.
  void Add(const nlohmann::json& example);
  /// Also allows `path` (like "participants[].lid"), a field the provider's
  /// prose documents without an example showing it.
  void AllowExtra(const std::string& path) { extras_.push_back(path); }
  /// Empty when `served` has the documented shape; else each difference, one
  /// per line ("missing key participants[].jid", "participants: array, served
  /// object", ...).
  std::string Differences(const nlohmann::json& served) const;

 private:
  struct Node {
    std::vector<std::string> types;  // JSON type names seen ("null" = nullable)
    std::vector<std::string> allowed;
    std::vector<std::string> required;
    bool seen = false;
  };
  void Walk(const nlohmann::json& j, const std::string& path);
  void Compare(const nlohmann::json& j, const std::string& path, std::string& out) const;
  const Node* Find(const std::string& path) const;

  std::vector<std::pair<std::string, Node>> nodes_;
  std::vector<std::string> extras_;
};

}  // namespace wa::testing_util

#endif  // WA_PARTICIPANTS_TESTS_SUPPORT_FIXTURES_HPP_
