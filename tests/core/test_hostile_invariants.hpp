// The invariants every analysis must keep, whatever the input: shared by the
// hostile-input suite (test_hostile.cpp) and the libFuzzer target
// (tests/fuzz/fuzz_analyze.cpp). Each check returns the problems it found as
// sentences (empty: all is well), so Catch2 can print them and the fuzzer can
// abort on them.
//
// The checks do not trust the engine's own helpers: UTF-8 validation and the
// UTF-8 -> UTF-16 mapping are re-implemented here, straight from the Unicode
// standard (table 3-7), so a bug in text/utf8.cpp cannot hide itself.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "saywho/analysis.hpp"

namespace saywho::hostile {

// The byte offset of the first ill-formed sequence of `text` (Unicode table
// 3-7: no overlongs, no surrogates, nothing above U+10FFFF), or nothing.
inline std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 <= 0x7F) len = 1;
    else if (b0 >= 0xC2 && b0 <= 0xDF) len = 2;
    else if (b0 == 0xE0) { len = 3; lo = 0xA0; }
    else if (b0 == 0xED) { len = 3; hi = 0x9F; }
    else if (b0 >= 0xE1 && b0 <= 0xEF) len = 3;
    else if (b0 == 0xF0) { len = 4; lo = 0x90; }
    else if (b0 >= 0xF1 && b0 <= 0xF3) len = 4;
    else if (b0 == 0xF4) { len = 4; hi = 0x8F; }
    else return i;
    if (i + len > text.size()) return i;
    for (std::size_t k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(text[i + k]);
      const unsigned char min = k == 1 ? lo : 0x80, max = k == 1 ? hi : 0xBF;
      if (b < min || b > max) return i;
    }
    i += len;
  }
  return std::nullopt;
}

// Valid UTF-8 -> UTF-16 code units, plus, for every byte offset that starts
// a character (and the end), the UTF-16 offset there (-1 elsewhere).
struct Utf16Text {
  std::u16string units;
  std::vector<int64_t> offset_of_byte;
};

inline Utf16Text to_utf16(std::string_view text) {
  Utf16Text out;
  out.offset_of_byte.assign(text.size() + 1, -1);
  std::size_t i = 0;
  while (i < text.size()) {
    out.offset_of_byte[i] = static_cast<int64_t>(out.units.size());
    const auto b0 = static_cast<unsigned char>(text[i]);
    const std::size_t len = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? b0 : static_cast<char32_t>(b0 & (0x7F >> len));
    for (std::size_t k = 1; k < len && i + k < text.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.units.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.units.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.units.push_back(static_cast<char16_t>(cp));
    }
    i += len;
  }
  out.offset_of_byte[text.size()] = static_cast<int64_t>(out.units.size());
  return out;
}

inline std::string to_utf8(std::u16string_view units) {
  std::string out;
  for (std::size_t i = 0; i < units.size(); ++i) {
    char32_t cp = units[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < units.size() && units[i + 1] >= 0xDC00 &&
        units[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (units[i + 1] - 0xDC00);
      ++i;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;  // a slice that cuts a pair in two: never equal to the text
    }
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

// Checks an Analysis of `text` (valid UTF-8) in its own terms: byte spans
// inside the text and on character boundaries, ids unique and resolving,
// confidences in [0, 1].
inline std::vector<std::string> check_analysis(const Analysis& a, std::string_view text) {
  std::vector<std::string> problems;
  const Utf16Text map = to_utf16(text);
  const auto check_span = [&](const ByteSpan& s, const std::string& what) {
    if (s.begin > s.end || s.end > text.size()) {
      problems.push_back(what + ": byte span [" + std::to_string(s.begin) + ", " +
                         std::to_string(s.end) + ") is not inside the text of " +
                         std::to_string(text.size()) + " bytes");
    } else if (map.offset_of_byte[s.begin] < 0 || map.offset_of_byte[s.end] < 0) {
      problems.push_back(what + ": byte span [" + std::to_string(s.begin) + ", " +
                         std::to_string(s.end) + ") cuts a character in two");
    }
  };
  const auto check_opt_span = [&](const std::optional<ByteSpan>& s, const std::string& what) {
    if (s) check_span(*s, what);
  };
  const auto check_confidence = [&](double c, const std::string& what) {
    if (!std::isfinite(c) || c < 0.0 || c > 1.0)
      problems.push_back(what + ": confidence " + std::to_string(c) + " is not in [0, 1]");
  };
  const auto unique_ids = [&](const auto& items, const std::string& what) {
    std::set<std::string> ids;
    for (const auto& item : items)
      if (item.id.empty() || !ids.insert(item.id).second)
        problems.push_back(what + " id \"" + item.id + "\" is empty or repeated");
    return ids;
  };

  if (a.lang != "fr" && a.lang != "en") problems.push_back("lang is \"" + a.lang + "\"");
  const auto entity_ids = unique_ids(a.entities, "entity");
  const auto quote_ids = unique_ids(a.quotes, "quote");
  unique_ids(a.accusations, "accusation");
  const auto report_ids = unique_ids(a.reports, "report");
  const auto resolves = [&](const std::optional<std::string>& id, const std::set<std::string>& in,
                            const std::set<std::string>* or_in, const std::string& what) {
    if (id && in.count(*id) == 0 && (or_in == nullptr || or_in->count(*id) == 0))
      problems.push_back(what + " \"" + *id + "\" does not exist");
  };

  for (const Entity& e : a.entities) {
    if (e.mentions.empty()) problems.push_back("entity " + e.id + " has no mention");
    for (const Mention& m : e.mentions) check_span(m.span, "mention of " + e.id);
  }
  for (const Quote& q : a.quotes) {
    check_span(q.content, "content of " + q.id);
    check_opt_span(q.cue, "cue of " + q.id);
    check_opt_span(q.speaker_mention, "speaker_mention of " + q.id);
    resolves(q.speaker, entity_ids, &report_ids, "speaker of " + q.id);
    resolves(q.parent, quote_ids, nullptr, "parent of " + q.id);
    if (q.parent && *q.parent == q.id) problems.push_back(q.id + " is its own parent");
    check_confidence(q.confidence, q.id);
  }
  for (const Accusation& ac : a.accusations) {
    check_span(ac.charge, "charge of " + ac.id);
    check_opt_span(ac.cue, "cue of " + ac.id);
    resolves(ac.accuser, entity_ids, nullptr, "accuser of " + ac.id);
    resolves(ac.accused, entity_ids, nullptr, "accused of " + ac.id);
    resolves(ac.quote, quote_ids, nullptr, "quote of " + ac.id);
    check_confidence(ac.confidence, ac.id);
  }
  for (const Report& r : a.reports) {
    for (const ByteSpan& m : r.mentions) check_span(m, "mention of " + r.id);
    check_opt_span(r.title, "title of " + r.id);
    check_opt_span(r.date, "date of " + r.id);
    for (const std::string& p : r.publishers)
      resolves(p, entity_ids, nullptr, "publisher of " + r.id);
    check_confidence(r.confidence, r.id);
  }
  return problems;
}

// Checks the JSON of an analysis of `text` (valid UTF-8) as a user of
// SCHEMA.md reads it: it parses, every span's UTF-16 offsets lie inside the
// text and give exactly its "text", every id it names exists.
inline std::vector<std::string> check_json(const std::string& json_text, std::string_view text) {
  using nlohmann::json;
  std::vector<std::string> problems;
  const json out = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (out.is_discarded()) return {"the output is not valid JSON"};
  if (!out.is_object()) return {"the output is not a JSON object"};
  for (const char* list : {"entities", "quotes", "accusations", "reports"})
    if (!out.contains(list) || !out[list].is_array())
      problems.push_back(std::string("\"") + list + "\" is missing or not an array");
  if (!problems.empty()) return problems;

  const Utf16Text map = to_utf16(text);
  const auto check_span = [&](const json& s, const std::string& what, bool nullable) {
    if (nullable && s.is_null()) return;
    if (!s.is_object() || !s.contains("start") || !s.contains("end") || !s.contains("text") ||
        !s["start"].is_number_unsigned() || !s["end"].is_number_unsigned() ||
        !s["text"].is_string()) {
      problems.push_back(what + ": not a {start, end, text} span: " + s.dump());
      return;
    }
    const auto start = s["start"].get<std::size_t>(), end = s["end"].get<std::size_t>();
    if (start > end || end > map.units.size()) {
      problems.push_back(what + ": [" + std::to_string(start) + ", " + std::to_string(end) +
                         ") is outside the text of " + std::to_string(map.units.size()) +
                         " UTF-16 units");
      return;
    }
    const std::string slice = to_utf8(std::u16string_view(map.units).substr(start, end - start));
    if (slice != s["text"].get<std::string>())
      problems.push_back(what + ": \"text\" is not the slice [" + std::to_string(start) + ", " +
                         std::to_string(end) + ")");
  };
  const auto ids_of = [&](const char* list) {
    std::set<std::string> ids;
    for (const json& item : out[list])
      if (item.is_object() && item.contains("id") && item["id"].is_string())
        ids.insert(item["id"].get<std::string>());
      else
        problems.push_back(std::string("an item of \"") + list + "\" has no string id");
    return ids;
  };
  const auto entity_ids = ids_of("entities");
  const auto quote_ids = ids_of("quotes");
  const auto report_ids = ids_of("reports");
  const auto resolves = [&](const json& item, const char* field, std::initializer_list<const std::set<std::string>*> sets) {
    if (!item.contains(field) || item[field].is_null()) return;
    if (!item[field].is_string()) {
      problems.push_back(std::string(field) + " is neither a string nor null");
      return;
    }
    const auto id = item[field].get<std::string>();
    for (const auto* set : sets)
      if (set->count(id)) return;
    problems.push_back(std::string(field) + " \"" + id + "\" does not exist");
  };

  for (const json& e : out["entities"]) {
    if (!e.is_object() || !e.contains("mentions") || !e["mentions"].is_array()) {
      problems.push_back("an entity has no mentions array");
      continue;
    }
    for (const json& m : e["mentions"]) check_span(m, "entity mention", false);
  }
  for (const json& q : out["quotes"]) {
    if (!q.is_object()) continue;
    check_span(q.value("content", json()), "quote content", false);
    check_span(q.value("cue", json()), "quote cue", true);
    check_span(q.value("speaker_mention", json()), "quote speaker_mention", true);
    resolves(q, "speaker", {&entity_ids, &report_ids});
    resolves(q, "parent", {&quote_ids});
  }
  for (const json& ac : out["accusations"]) {
    if (!ac.is_object()) continue;
    check_span(ac.value("charge", json()), "accusation charge", false);
    check_span(ac.value("cue", json()), "accusation cue", true);
    resolves(ac, "accuser", {&entity_ids});
    resolves(ac, "accused", {&entity_ids});
    resolves(ac, "quote", {&quote_ids});
  }
  for (const json& r : out["reports"]) {
    if (!r.is_object()) continue;
    for (const json& m : r.value("mentions", json::array())) check_span(m, "report mention", false);
    check_span(r.value("title", json()), "report title", true);
    check_span(r.value("date", json()), "report date", true);
    for (const json& p : r.value("publishers", json::array())) {
      const json holder = {{"publisher", p}};
      resolves(holder, "publisher", {&entity_ids});
    }
  }
  return problems;
}

}  // namespace saywho::hostile
