// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "ryze/ryze_answer_reader.hpp"

#include <utility>
#include <vector>

#include "common/json_scanner.hpp"

namespace wa::internal::ryze {
namespace {

// Where the parser is: each open container pushes one of these.
enum class Scope {
  kTop,           // the document's object
  kTopError,      // {"error": {...}}
  kParticipants,  // {"participants": [...]}
  kEntry,         // one object of that array
  kEntryError,    // {"error": {...}} inside an entry
  kSkip,          // anything else
};

class Reader final : public JsonHandler {
 public:
  Reader(AnswerSummary& summary, OutcomeMatcher& matcher) : summary_(summary), matcher_(matcher) {}

  void Bool(bool v) override {
    if (Top() == Scope::kTop && key_ == "success") summary_.success = v;
    if (Top() == Scope::kEntry) {
      if (key_ == "success") entry_.success = v;
      if (key_ == "isAdmin") entry_.is_admin = v;
      if (key_ == "isSuperAdmin") entry_.is_super_admin = v;
    }
  }

  // WhatsApp's own per-participant codes (403, 409, ...) arrive as numbers.
  void Number(std::string_view text) override {
    if (Top() == Scope::kEntry && key_ == "error") entry_.error.assign(text);
  }

  void String(std::string_view v) override {
    switch (Top()) {
      case Scope::kTop:
        if (key_ == "groupJid") {
          summary_.group_jid.assign(v);
        } else if (key_ == "error") {
          summary_.error_text.assign(v);
        } else if (key_ == "message") {
          summary_.message.assign(v);
        }
        break;
      case Scope::kTopError:
        if (key_ == "message") summary_.error_text.assign(v);
        break;
      case Scope::kEntry:
        if (key_ == "jid" || (key_ == "id" && entry_.jid.empty())) {
          entry_.jid.assign(v);
        } else if (key_ == "error") {
          entry_.error.assign(v);
        } else if (key_ == "message") {
          entry_message_.assign(v);
        }
        break;
      case Scope::kEntryError:
        if (key_ == "message") entry_.error.assign(v);
        break;
      default:
        break;
    }
  }

  void StartObject() override {
    if (stack_.empty()) {
      summary_.is_object = true;
      stack_.push_back(Scope::kTop);
    } else if (Top() == Scope::kTop && key_ == "error") {
      stack_.push_back(Scope::kTopError);
    } else if (Top() == Scope::kParticipants) {
      entry_ = ReportedParticipant();
      entry_message_.clear();
      stack_.push_back(Scope::kEntry);
    } else if (Top() == Scope::kEntry && key_ == "error") {
      stack_.push_back(Scope::kEntryError);
    } else {
      stack_.push_back(Scope::kSkip);
    }
  }

  void EndObject() override {
    if (Top() == Scope::kEntry) {
      if (!entry_.success && entry_.error.empty()) entry_.error = std::move(entry_message_);
      matcher_.Add(std::move(entry_));
    }
    stack_.pop_back();
    key_.clear();
  }

  void StartArray() override {
    bool participants = !stack_.empty() && Top() == Scope::kTop && key_ == "participants";
    stack_.push_back(participants ? Scope::kParticipants : Scope::kSkip);
  }

  void EndArray() override {
    stack_.pop_back();
    key_.clear();
  }

  void Key(std::string_view k) override { key_.assign(k); }

 private:
  Scope Top() const { return stack_.empty() ? Scope::kSkip : stack_.back(); }

  AnswerSummary& summary_;
  OutcomeMatcher& matcher_;
  std::vector<Scope> stack_;
  std::string key_;
  ReportedParticipant entry_;
  std::string entry_message_;
};

}  // namespace

bool ReadParticipantsAnswer(std::string_view body, AnswerSummary& summary,
                            OutcomeMatcher& matcher) {
  Reader reader(summary, matcher);
  return ScanJson(body, reader);
}

}  // namespace wa::internal::ryze
