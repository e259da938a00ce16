// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "fixtures.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

namespace wa::testing_util {
namespace {

using nlohmann::json;

std::string Path(const std::string& provider, const std::string& file) {
  return std::string(WA_FIXTURES_DIR) + "/" + provider + "/" + file;
}

std::string TypeName(const json& j) {
  if (j.is_number()) return "number";  // integers and floats alike
  return j.type_name();
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::string Join(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

}  // namespace

std::string ReadFixture(const std::string& provider, const std::string& file) {
  std::ifstream in(Path(provider, file), std::ios::binary);
  if (!in) throw std::runtime_error("cannot read fixture " + Path(provider, file));
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

json FixtureJson(const std::string& provider, const std::string& file) {
  return json::parse(ReadFixture(provider, file), nullptr, /*allow_exceptions=*/false,
                     /*ignore_comments=*/true);
}

void CheckEveryRow(const std::string& provider, std::size_t at_least,
                   const std::function<void(const FixtureRow&)>& check) {
  auto rows = LoadManifest(provider);
  ASSERT_GE(rows.size(), at_least);
  std::set<std::string> files;
  for (const auto& row : rows) {
    SCOPED_TRACE(row.file.value_or(row.endpoint + " " + std::to_string(row.status.value_or(0))));
    if (row.file) {
      EXPECT_TRUE(files.insert(*row.file).second) << "listed twice";
    }
    check(row);
  }
}

std::vector<FixtureRow> LoadManifest(const std::string& provider) {
  json m = json::parse(ReadFixture(provider, "manifest.json"));
  std::vector<FixtureRow> rows;
  for (const auto& e : m) {
    FixtureRow r;
    if (e["file"].is_string()) r.file = e["file"].get<std::string>();
    r.kind = e.value("kind", "");
    r.endpoint = e.value("endpoint", "");
    if (e.contains("method") && e["method"].is_string()) r.method = e["method"].get<std::string>();
    if (e.contains("status") && e["status"].is_number()) r.status = e["status"].get<int>();
    if (e.contains("message") && e["message"].is_string()) {
      r.message = e["message"].get<std::string>();
    }
    r.source = e.value("source", "");
    rows.push_back(std::move(r));
  }
  return rows;
}

void DocumentedShape::Add(const json& example) { Walk(example, ""); }

void DocumentedShape::Walk(const json& j, const std::string& path) {
  auto it =
      std::find_if(nodes_.begin(), nodes_.end(), [&](const auto& n) { return n.first == path; });
  if (it == nodes_.end()) {
    nodes_.emplace_back(path, Node{});
    it = std::prev(nodes_.end());
  }
  Node& node = it->second;
  if (!Contains(node.types, TypeName(j))) node.types.push_back(TypeName(j));
  if (j.is_object()) {
    std::vector<std::string> keys;
    for (const auto& [k, v] : j.items()) keys.push_back(k);
    if (!node.seen) {
      node.allowed = keys;
      node.required = keys;
    } else {
      for (const auto& k : keys) {
        if (!Contains(node.allowed, k)) node.allowed.push_back(k);
      }
      node.required.erase(std::remove_if(node.required.begin(), node.required.end(),
                                         [&](const std::string& k) { return !Contains(keys, k); }),
                          node.required.end());
    }
    node.seen = true;
    // `node` may move as nodes_ grows: copy nothing from it below.
    for (const auto& [k, v] : j.items()) Walk(v, Join(path, k));
  } else if (j.is_array()) {
    for (const auto& v : j) Walk(v, path + "[]");
  }
}

const DocumentedShape::Node* DocumentedShape::Find(const std::string& path) const {
  for (const auto& [p, n] : nodes_) {
    if (p == path) return &n;
  }
  return nullptr;
}

std::string DocumentedShape::Differences(const json& served) const {
  std::string out;
  Compare(served, "", out);
  return out;
}

void DocumentedShape::Compare(const json& j, const std::string& path, std::string& out) const {
  const Node* node = Find(path);
  if (node == nullptr) return;  // a documented extra: its inside is not documented
  const std::string type = TypeName(j);
  // A null in an example documents a nullable field of unstated type.
  if (!Contains(node->types, type) && !Contains(node->types, "null")) {
    out += (path.empty() ? std::string("(root)") : path) + ": documented as " + node->types[0] +
           ", served " + type + "\n";
    return;
  }
  if (j.is_object() && Contains(node->types, "object")) {
    for (const auto& [k, v] : j.items()) {
      if (!Contains(node->allowed, k) && !Contains(extras_, Join(path, k))) {
        out += "undocumented key " + Join(path, k) + "\n";
      }
    }
    for (const auto& k : node->required) {
      if (!j.contains(k)) out += "missing key " + Join(path, k) + "\n";
    }
    for (const auto& [k, v] : j.items()) Compare(v, Join(path, k), out);
  } else if (j.is_array()) {
    for (const auto& v : j) Compare(v, path + "[]", out);
  }
}

}  // namespace wa::testing_util
