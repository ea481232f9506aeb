// The Analysis as the JSON of shared/eval/SCHEMA.md: spans in UTF-16 code
// units with their exact text, ids as strings, null for what is unknown.
// Extra fields (allowed by the schema): entity "descriptions", mention
// "kind", quote "reason" and "parent", accusation and report "confidence"
// and "reason", top-level "lang_detected" and "version".
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "saywho/saywho.hpp"
#include "text/utf8.hpp"

namespace saywho {
namespace {

using json = nlohmann::ordered_json;

const char* entity_kind_name(EntityKind k) {
  switch (k) {
    case EntityKind::Person: return "person";
    case EntityKind::Organization: return "organization";
    case EntityKind::Country: return "country";
    case EntityKind::Group: return "group";
    case EntityKind::Unknown: return "unknown";
  }
  return "unknown";
}

const char* mention_kind_name(MentionKind k) {
  switch (k) {
    case MentionKind::Name: return "name";
    case MentionKind::TitledName: return "titled_name";
    case MentionKind::Description: return "description";
    case MentionKind::Pronoun: return "pronoun";
  }
  return "name";
}

const char* quote_type_name(QuoteType t) {
  switch (t) {
    case QuoteType::Direct: return "direct";
    case QuoteType::Indirect: return "indirect";
    case QuoteType::Mixed: return "mixed";
    case QuoteType::According: return "according";
  }
  return "direct";
}

const char* accusation_kind_name(AccusationKind k) {
  return k == AccusationKind::Implicit ? "implicit" : "explicit";
}

// Turns byte spans into {"start","end","text"}. A span from a buggy stage
// (reversed, past the end, inside a multi-byte character) is clamped and
// widened to whole characters rather than producing a wrong slice.
class SpanWriter {
 public:
  explicit SpanWriter(std::string_view text) : text_(text), map_(text) {}

  json operator()(ByteSpan span) const {
    const auto size = static_cast<uint32_t>(text_.size());
    uint32_t begin = std::min(span.begin, size);
    uint32_t end = std::min(std::max(span.end, begin), size);
    while (begin > 0 && is_continuation(begin)) --begin;
    while (end < size && is_continuation(end)) ++end;
    json j(json::value_t::object);
    j["start"] = map_.to_utf16(begin);
    j["end"] = map_.to_utf16(end);
    j["text"] = text_.substr(begin, end - begin);
    return j;
  }

  json operator()(const std::optional<ByteSpan>& span) const { return span ? (*this)(*span) : json(nullptr); }

 private:
  bool is_continuation(uint32_t pos) const { return (static_cast<unsigned char>(text_[pos]) & 0xC0) == 0x80; }

  std::string_view text_;
  text::Utf16Map map_;
};

json optional_string(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

// In [0, 1], NaN as 0: the schema promises a probability-like number.
double clamp_confidence(double c) { return std::isnan(c) ? 0.0 : std::clamp(c, 0.0, 1.0); }

json entity_json(const Entity& e, const SpanWriter& span) {
  json mentions = json::array();
  for (const Mention& m : e.mentions) {
    json j = span(m.span);
    j["kind"] = mention_kind_name(m.kind);
    mentions.push_back(std::move(j));
  }
  json j(json::value_t::object);
  j["id"] = e.id;
  j["name"] = e.name;
  j["kind"] = entity_kind_name(e.kind);
  j["mentions"] = std::move(mentions);
  j["descriptions"] = e.descriptions;
  return j;
}

// (Objects are filled key by key: nlohmann's initializer lists build a
// temporary array per pair, which made them the costliest part of the output.)
json quote_json(const Quote& q, const SpanWriter& span) {
  json j(json::value_t::object);
  j["id"] = q.id;
  j["type"] = quote_type_name(q.type);
  j["content"] = span(q.content);
  j["cue"] = span(q.cue);
  j["speaker"] = optional_string(q.speaker);
  j["speaker_mention"] = span(q.speaker_mention);
  j["parent"] = optional_string(q.parent);
  j["confidence"] = clamp_confidence(q.confidence);
  j["reason"] = q.reason;
  return j;
}

json accusation_json(const Accusation& a, const SpanWriter& span) {
  json j(json::value_t::object);
  j["id"] = a.id;
  j["kind"] = accusation_kind_name(a.kind);
  j["accuser"] = optional_string(a.accuser);
  j["accused"] = optional_string(a.accused);
  j["charge"] = span(a.charge);
  j["cue"] = span(a.cue);
  j["quote"] = optional_string(a.quote);
  j["confidence"] = clamp_confidence(a.confidence);
  j["reason"] = a.reason;
  return j;
}

json report_json(const Report& r, const SpanWriter& span) {
  json mentions = json::array();
  for (const ByteSpan& m : r.mentions) mentions.push_back(span(m));
  json j(json::value_t::object);
  j["id"] = r.id;
  j["mentions"] = std::move(mentions);
  j["title"] = span(r.title);
  j["publishers"] = r.publishers;
  j["date"] = span(r.date);
  j["confidence"] = clamp_confidence(r.confidence);
  j["reason"] = r.reason;
  return j;
}

}  // namespace

const char* Error::code_name() const {
  switch (code_) {
    case Code::InvalidUtf8: return "invalid_utf8";
    case Code::InputTooLarge: return "input_too_large";
    case Code::UnknownLanguage: return "unknown_language";
    case Code::InvalidOptions: return "invalid_options";
    case Code::UnsupportedLanguage: return "unsupported_language";
    case Code::LanguageNotLoaded: return "language_not_loaded";
    case Code::InvalidPack: return "invalid_pack";
  }
  return "error";
}

std::string to_json(const Analysis& analysis, std::string_view utf8_text, bool pretty) {
  const SpanWriter span(utf8_text);
  json out;
  out["version"] = kVersion;
  out["lang"] = analysis.lang;
  out["lang_detected"] = analysis.lang_detected;
  json entities = json::array();
  for (const Entity& e : analysis.entities) entities.push_back(entity_json(e, span));
  out["entities"] = std::move(entities);
  json quotes = json::array();
  for (const Quote& q : analysis.quotes) quotes.push_back(quote_json(q, span));
  out["quotes"] = std::move(quotes);
  json accusations = json::array();
  for (const Accusation& a : analysis.accusations) accusations.push_back(accusation_json(a, span));
  out["accusations"] = std::move(accusations);
  json reports = json::array();
  for (const Report& r : analysis.reports) reports.push_back(report_json(r, span));
  out["reports"] = std::move(reports);
  // Invalid UTF-8 never reaches here (analyze() refuses it); replace guards
  // a caller that skipped validation rather than throwing from the output.
  return out.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace saywho
