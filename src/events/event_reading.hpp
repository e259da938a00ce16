// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
#ifndef WA_PARTICIPANTS_SRC_EVENTS_EVENT_READING_HPP_
#define WA_PARTICIPANTS_SRC_EVENTS_EVENT_READING_HPP_

// What every provider's webhook reader shares: the error for a body that is
// no group event, telling phones from LIDs, and timestamps.

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ids/identifiers.hpp"
#include "ids/phone_numbers.hpp"
#include "json/json_body.hpp"
#include "util/strings.hpp"
#include "wa/participants/events.hpp"

namespace wa {
inline namespace v1 {
namespace internal {

/// `kInvalidArgument`: "not a group event: <why>".
Error NotAnEvent(std::string why);

/// Tells phones from LIDs. WhatsApp names a participant by one or the other,
/// and some deliveries drop the "@lid" from LIDs, so bare digits are a phone
/// only when the payload does not name them as a LID elsewhere and some
/// numbering plan could hold them (199789077627112, fifteen digits behind
/// country code 1, is no phone: it is a LID).
class Labeler {
 public:
  enum class Field { kAny, kPhone, kLid };

  explicit Labeler(const nlohmann::json& payload) {
    for (const nlohmann::json* src :
         {&payload, payload.contains("data") ? &payload["data"] : nullptr}) {
      if (src == nullptr || !src->is_object()) continue;
      for (const char* key : {"participantLid", "chatLid", "senderLid", "lid"}) {
        std::string v = StringField(*src, key);
        if (auto at = v.find('@'); at != std::string::npos) v.resize(at);
        if (!v.empty() && IsAllDigits(v)) lids_.push_back(std::move(v));
      }
    }
  }

  EventParticipant FromId(std::string id, Field field = Field::kAny) const {
    EventParticipant p;
    p.id = std::move(id);
    if (!p.id.empty() && IsAllDigits(p.id) && field != Field::kPhone) {
      bool named_lid =
          field == Field::kLid || std::find(lids_.begin(), lids_.end(), p.id) != lids_.end();
      if (named_lid || (!IsPossiblePhoneNumber(p.id) && p.id.size() >= kMinLidDigits &&
                        p.id.size() <= kMaxLidDigits)) {
        p.lid = p.id + "@lid";
        return p;
      }
    }
    if (auto n = NormalizeParticipantId(p.id)) {
      if (EndsWith(*n, "@lid")) {
        p.lid = *n;
      } else {
        p.phone = *n;
      }
    }
    return p;
  }

  EventParticipant FromJson(const nlohmann::json& v) const {
    if (v.is_string()) return FromId(v.get<std::string>());
    EventParticipant p;
    if (!v.is_object()) return p;
    for (const auto& [key, field] :
         {std::pair{"jid", Field::kAny}, std::pair{"id", Field::kAny},
          std::pair{"phone", Field::kAny}, std::pair{"phoneNumber", Field::kAny},
          std::pair{"lid", Field::kLid}}) {
      std::string s = StringField(v, key);
      if (s.empty()) continue;
      Merge(p, FromId(std::move(s), field));
    }
    return p;
  }

  // The participant named by `phone_key` (and `lid_key`, its LID) of `j`;
  // empty when neither is there.
  EventParticipant FromFields(const nlohmann::json& j, const char* phone_key,
                              const char* lid_key) const {
    EventParticipant p = FromId(StringField(j, phone_key));
    std::string lid = StringField(j, lid_key);
    if (!lid.empty()) Merge(p, FromId(std::move(lid), Field::kLid));
    return p;
  }

 private:
  // LIDs are long: a short run of digits that is no phone is not one either.
  static constexpr std::size_t kMinLidDigits = 10;
  static constexpr std::size_t kMaxLidDigits = 20;

  static void Merge(EventParticipant& into, EventParticipant from) {
    if (into.id.empty()) into.id = std::move(from.id);
    if (!into.phone && from.phone) into.phone = std::move(from.phone);
    if (!into.lid && from.lid) into.lid = std::move(from.lid);
  }

  std::vector<std::string> lids_;  // digits the payload names as LIDs
};

/// A timestamp in seconds or milliseconds since the epoch, or nothing when
/// `v` is no plausible one.
std::optional<std::chrono::system_clock::time_point> TimeFrom(const nlohmann::json& v);

/// `TimeFrom(v)` as ISO 8601 UTC (`2026-04-20T14:00:00Z`, the form of
/// `PendingRequest::requested_at`); empty when `v` is no plausible timestamp.
std::string IsoTimeFrom(const nlohmann::json& v);

}  // namespace internal
}  // namespace v1
}  // namespace wa

#endif  // WA_PARTICIPANTS_SRC_EVENTS_EVENT_READING_HPP_
