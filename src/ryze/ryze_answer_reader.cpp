// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "ryze/ryze_answer_reader.hpp"

#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace wa::internal::ryze {
namespace {

using Json = nlohmann::json;

// Where the parser is: each open container pushes one of these.
enum class Scope {
  kTop,           // the document's object
  kTopError,      // {"error": {...}}
  kParticipants,  // {"participants": [...]}
  kEntry,         // one object of that array
  kEntryError,    // {"error": {...}} inside an entry
  kSkip,          // anything else
};

class Reader final : public nlohmann::json_sax<Json> {
 public:
  Reader(AnswerSummary& summary, OutcomeMatcher& matcher) : summary_(summary), matcher_(matcher) {}

  bool null() override { return true; }
  bool boolean(bool v) override {
    if (Top() == Scope::kTop && key_ == "success") summary_.success = v;
    if (Top() == Scope::kEntry) {
      if (key_ == "success") entry_.success = v;
      if (key_ == "isAdmin") entry_.is_admin = v;
      if (key_ == "isSuperAdmin") entry_.is_super_admin = v;
    }
    return true;
  }
  bool number_integer(number_integer_t v) override { return Number(std::to_string(v)); }
  bool number_unsigned(number_unsigned_t v) override { return Number(std::to_string(v)); }
  bool number_float(number_float_t /*v*/, const string_t& text) override { return Number(text); }
  bool binary(binary_t& /*v*/) override { return true; }

  bool string(string_t& v) override {
    switch (Top()) {
      case Scope::kTop:
        if (key_ == "groupJid")
          summary_.group_jid = std::move(v);
        else if (key_ == "error")
          summary_.error_text = std::move(v);
        else if (key_ == "message")
          summary_.message = std::move(v);
        break;
      case Scope::kTopError:
        if (key_ == "message") summary_.error_text = std::move(v);
        break;
      case Scope::kEntry:
        if (key_ == "jid")
          entry_.jid = std::move(v);
        else if (key_ == "id" && entry_.jid.empty())
          entry_.jid = std::move(v);
        else if (key_ == "error")
          entry_.error = std::move(v);
        else if (key_ == "message" && entry_.error.empty())
          entry_message_ = std::move(v);
        break;
      case Scope::kEntryError:
        if (key_ == "message") entry_.error = std::move(v);
        break;
      default:
        break;
    }
    return true;
  }

  bool start_object(std::size_t /*elements*/) override {
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
    return true;
  }

  bool end_object() override {
    if (Top() == Scope::kEntry) {
      if (!entry_.success && entry_.error.empty()) entry_.error = std::move(entry_message_);
      matcher_.Add(std::move(entry_));
    }
    stack_.pop_back();
    key_.clear();
    return true;
  }

  bool start_array(std::size_t /*elements*/) override {
    bool participants = !stack_.empty() && Top() == Scope::kTop && key_ == "participants";
    stack_.push_back(participants ? Scope::kParticipants : Scope::kSkip);
    return true;
  }

  bool end_array() override {
    stack_.pop_back();
    key_.clear();
    return true;
  }

  bool key(string_t& k) override {
    key_ = std::move(k);
    return true;
  }

  bool parse_error(std::size_t /*position*/, const std::string& /*token*/,
                   const nlohmann::detail::exception& /*e*/) override {
    return false;
  }

 private:
  Scope Top() const { return stack_.empty() ? Scope::kSkip : stack_.back(); }

  // WhatsApp's own per-participant codes (403, 409, ...) arrive as numbers.
  bool Number(std::string text) {
    if (Top() == Scope::kEntry && key_ == "error") entry_.error = std::move(text);
    return true;
  }

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
  return Json::sax_parse(body.begin(), body.end(), &reader);
}

}  // namespace wa::internal::ryze
