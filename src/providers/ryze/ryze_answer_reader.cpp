// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#include "providers/ryze/ryze_answer_reader.hpp"

#include <string_view>
#include <utility>

#include "json/json_scanner.hpp"

namespace wa {
inline namespace v1 {
namespace internal::ryze {
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

// The keys the reader acts on, recognised once per key rather than
// compared as strings at every value.
enum class Field {
  kOther,
  kSuccess,
  kIsAdmin,
  kIsSuperAdmin,
  kError,
  kGroupJid,
  kMessage,
  kJid,
  kId,
  kParticipants,
};

Field Classify(std::string_view k) {
  switch (k.size()) {
    case 2:
      return k == "id" ? Field::kId : Field::kOther;
    case 3:
      return k == "jid" ? Field::kJid : Field::kOther;
    case 5:
      return k == "error" ? Field::kError : Field::kOther;
    case 7:
      if (k == "success") return Field::kSuccess;
      if (k == "isAdmin") return Field::kIsAdmin;
      if (k == "message") return Field::kMessage;
      return Field::kOther;
    case 8:
      return k == "groupJid" ? Field::kGroupJid : Field::kOther;
    case 12:
      if (k == "isSuperAdmin") return Field::kIsSuperAdmin;
      if (k == "participants") return Field::kParticipants;
      return Field::kOther;
    default:
      return Field::kOther;
  }
}

class Reader final : public JsonHandler {
 public:
  Reader(AnswerSummary& summary, OutcomeMatcher& matcher) : summary_(summary), matcher_(matcher) {}

  void Null() override { NoteScalar(); }

  void Bool(bool v) override {
    NoteScalar();
    if (Top() == Scope::kTop && key_ == Field::kSuccess) summary_.success = v;
    if (Top() == Scope::kEntry) {
      if (key_ == Field::kSuccess) entry_.success = v;
      if (key_ == Field::kIsAdmin) entry_.is_admin = v;
      if (key_ == Field::kIsSuperAdmin) entry_.is_super_admin = v;
    }
  }

  // WhatsApp's own per-participant codes (403, 409, ...) arrive as numbers.
  void Number(std::string_view text) override {
    NoteScalar();
    if (Top() == Scope::kEntry && key_ == Field::kError) entry_.error.assign(text);
  }

  void String(std::string_view v) override {
    NoteScalar();
    switch (Top()) {
      case Scope::kTop:
        if (key_ == Field::kGroupJid) {
          summary_.group_jid.assign(v);
        } else if (key_ == Field::kError) {
          summary_.error_text.assign(v);
        } else if (key_ == Field::kMessage) {
          summary_.message.assign(v);
        }
        break;
      case Scope::kTopError:
        if (key_ == Field::kMessage) summary_.error_text.assign(v);
        break;
      case Scope::kEntry:
        if (key_ == Field::kJid || (key_ == Field::kId && entry_.jid.empty())) {
          entry_.jid.assign(v);
        } else if (key_ == Field::kError) {
          entry_.error.assign(v);
        } else if (key_ == Field::kMessage) {
          entry_message_.assign(v);
        }
        break;
      case Scope::kEntryError:
        if (key_ == Field::kMessage) entry_.error.assign(v);
        break;
      default:
        break;
    }
  }

  void StartObject() override {
    NoteScalar();
    if (depth_ == 0) {
      summary_.is_object = true;
      Push(Scope::kTop);
    } else if (Top() == Scope::kTop && key_ == Field::kError) {
      Push(Scope::kTopError);
    } else if (Top() == Scope::kParticipants) {
      entry_ = ReportedParticipant();
      entry_message_.clear();
      Push(Scope::kEntry);
    } else if (Top() == Scope::kEntry && key_ == Field::kError) {
      Push(Scope::kEntryError);
    } else {
      Push(Scope::kSkip);
    }
  }

  void EndObject() override {
    if (Top() == Scope::kEntry) {
      if (!entry_.success && entry_.error.empty()) entry_.error = std::move(entry_message_);
      matcher_.Add(std::move(entry_));
    }
    --depth_;
    key_ = Field::kOther;
  }

  void StartArray() override {
    bool participants = depth_ > 0 && Top() == Scope::kTop && key_ == Field::kParticipants;
    if (participants) summary_.participants = AnswerSummary::List::kArray;
    Push(participants ? Scope::kParticipants : Scope::kSkip);
  }

  void EndArray() override {
    --depth_;
    key_ = Field::kOther;
  }

  void Key(std::string_view k) override { key_ = Classify(k); }

 private:
  // A top-level "participants" that is a scalar or an object is no list.
  void NoteScalar() {
    if (depth_ > 0 && Top() == Scope::kTop && key_ == Field::kParticipants) {
      summary_.participants = AnswerSummary::List::kOther;
    }
  }

  // Everything the reader acts on sits within the first few levels; deeper
  // containers are only counted (they are all kSkip), so no stack is
  // allocated per answer.
  static constexpr int kTracked = 8;

  void Push(Scope s) {
    if (depth_ < kTracked) stack_[depth_] = s;
    ++depth_;
  }
  Scope Top() const { return depth_ == 0 || depth_ > kTracked ? Scope::kSkip : stack_[depth_ - 1]; }

  AnswerSummary& summary_;
  OutcomeMatcher& matcher_;
  Scope stack_[kTracked] = {};
  int depth_ = 0;
  Field key_ = Field::kOther;
  ReportedParticipant entry_;
  std::string entry_message_;
};

}  // namespace

bool ReadParticipantsAnswer(std::string_view body, AnswerSummary& summary,
                            OutcomeMatcher& matcher) {
  Reader reader(summary, matcher);
  return ScanJson(body, reader);
}

}  // namespace internal::ryze
}  // namespace v1
}  // namespace wa
