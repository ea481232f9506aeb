// The one contract of Saywho: what an analysis of an article holds.
// shared/eval/SCHEMA.md and wasm/index.d.ts describe the same thing in JSON;
// output/json.cpp turns this into that JSON (byte offsets -> UTF-16 offsets).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace saywho {

// A half-open range of the input, in UTF-8 bytes. Everything inside the core
// works in bytes; only the JSON output speaks UTF-16 code units.
struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(uint32_t pos) const { return pos >= begin && pos < end; }
  bool overlaps(const ByteSpan& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

enum class EntityKind { Person, Organization, Country, Group, Unknown };

enum class MentionKind {
  Name,         // "Lin Jian", "Amnesty International"
  TitledName,   // "M. Lin", "Dr Smith"
  Description,  // "Lin Jian, porte-parole du ministère…" apposition, "le porte-parole"
  Pronoun,      // "il", "she"
};

struct Mention {
  ByteSpan span;
  MentionKind kind = MentionKind::Name;
};

struct Entity {
  std::string id;    // "E1", "E2", … in order of first mention
  std::string name;  // the most complete name in the text
  EntityKind kind = EntityKind::Unknown;
  std::vector<Mention> mentions;          // text order
  std::vector<std::string> descriptions;  // roles and appositions, as written
};

enum class QuoteType { Direct, Indirect, Mixed, According };

struct Quote {
  std::string id;  // "Q1", …
  QuoteType type = QuoteType::Direct;
  ByteSpan content;
  std::optional<ByteSpan> cue;
  std::optional<std::string> speaker;  // entity id, report id ("R1") or none
  std::optional<ByteSpan> speaker_mention;
  std::optional<std::string> parent;   // the quote this one is nested in
  double confidence = 0.0;             // in [0, 1]
  std::string reason;                  // which rule attributed it, machine-readable
};

enum class AccusationKind { Explicit, Implicit };

struct Accusation {
  std::string id;  // "A1", …
  AccusationKind kind = AccusationKind::Explicit;
  std::optional<std::string> accuser;  // entity id
  std::optional<std::string> accused;  // entity id
  ByteSpan charge;
  std::optional<ByteSpan> cue;
  std::optional<std::string> quote;    // for implicit ones: the quote it sits in
  double confidence = 0.0;
  std::string reason;
};

struct Report {
  std::string id;  // "R1", …
  std::vector<ByteSpan> mentions;  // text order
  std::optional<ByteSpan> title;
  std::vector<std::string> publishers;  // entity ids
  std::optional<ByteSpan> date;
  double confidence = 0.0;
  std::string reason;
};

struct Analysis {
  std::string lang;           // "fr" or "en": the pack that was used
  bool lang_detected = false; // true when the caller asked for "auto"
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Accusation> accusations;
  std::vector<Report> reports;
};

}  // namespace saywho
