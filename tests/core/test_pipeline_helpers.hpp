// Helpers for the engine's suites: run the public API and look at what a
// user sees (quote text, cue text, speaker name).
#pragma once

#include <catch2/catch.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "saywho/saywho.hpp"

namespace saywho::testing {

struct Result {
  std::string text;
  Analysis analysis;

  std::string slice(const ByteSpan& s) const { return text.substr(s.begin, s.end - s.begin); }

  // The quote whose content contains `needle`, or nullptr.
  const Quote* quote(std::string_view needle) const {
    for (const auto& q : analysis.quotes)
      if (slice(q.content).find(needle) != std::string::npos) return &q;
    return nullptr;
  }
  // The quote whose content starts with `prefix`, or nullptr.
  const Quote* quote_starting(std::string_view prefix) const {
    for (const auto& q : analysis.quotes)
      if (slice(q.content).rfind(prefix, 0) == 0) return &q;
    return nullptr;
  }
  std::string content(const Quote& q) const { return slice(q.content); }
  std::string cue(const Quote& q) const { return q.cue ? slice(*q.cue) : std::string(); }
  std::string mention(const Quote& q) const { return q.speaker_mention ? slice(*q.speaker_mention) : std::string(); }
  const Entity* entity(const std::string& id) const {
    for (const auto& e : analysis.entities)
      if (e.id == id) return &e;
    return nullptr;
  }
  // The name of the entity `id` stands for (the id itself for a report, ""
  // for none).
  std::string party(const std::optional<std::string>& id) const {
    if (!id) return std::string();
    const Entity* e = entity(*id);
    return e ? e->name : *id;
  }
  std::string speaker(const Quote& q) const { return party(q.speaker); }
  // The accusation whose charge contains `needle`, or nullptr.
  const Accusation* accusation(std::string_view needle) const {
    for (const auto& a : analysis.accusations)
      if (slice(a.charge).find(needle) != std::string::npos) return &a;
    return nullptr;
  }
  const Entity* entity_named(std::string_view name) const {
    for (const auto& e : analysis.entities)
      if (e.name == name) return &e;
    return nullptr;
  }
  // The kind of the entity named `name`, or "none" when there is none.
  std::string kind_of(std::string_view name) const {
    const Entity* e = entity_named(name);
    if (!e) return "none";
    switch (e->kind) {
      case EntityKind::Person: return "person";
      case EntityKind::Organization: return "organization";
      case EntityKind::Country: return "country";
      case EntityKind::Group: return "group";
      default: return "unknown";
    }
  }
  // The name of the accused (accuser) of the accusation whose charge
  // contains `needle`; "" for no party, "(no accusation)" for none.
  std::string accused_in(std::string_view needle) const {
    const Accusation* a = accusation(needle);
    return a ? party(a->accused) : "(no accusation)";
  }
  std::string accuser_in(std::string_view needle) const {
    const Accusation* a = accusation(needle);
    return a ? party(a->accuser) : "(no accusation)";
  }
  // Who speaks the quote whose content contains `needle`; "(no quote)" for none.
  std::string speaker_of(std::string_view needle) const {
    const Quote* q = quote(needle);
    return q ? speaker(*q) : "(no quote)";
  }
  // The analysis's one report (a test failure when there are others or none).
  const Report& only_report() const {
    REQUIRE(analysis.reports.size() == 1);
    return analysis.reports.front();
  }
};

inline Result run(std::string text, const std::string& lang) {
  Options o;
  o.lang = lang;
  Result r{std::move(text), {}};
  r.analysis = analyze(r.text, o);
  return r;
}

// The tables of one sentence per form, rows {form, lang, text, …}: each
// row's text analysed in its language, the row named in any failure's
// message, then check(row, result) with what the row expects.
template <class Row, std::size_t N, class Check>
void for_each_form(const Row (&rows)[N], Check check) {
  for (const Row& row : rows) {
    INFO(row.form << ": " << row.text);
    Result r = run(row.text, row.lang);
    check(row, r);
  }
}

}  // namespace saywho::testing
