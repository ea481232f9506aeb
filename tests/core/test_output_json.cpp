// to_json on a hand-built Analysis: the SCHEMA.md shape, UTF-16 offsets,
// exact span texts, nulls, and safe handling of spans a stage got wrong.
#include <catch2/catch.hpp>

#include <unicode/unistr.h>

#include <nlohmann/json.hpp>
#include <string>

#include "saywho/saywho.hpp"

using nlohmann::json;
using namespace saywho;

namespace {

ByteSpan find_span(const std::string& text, const std::string& what) {
  const auto pos = text.find(what);
  REQUIRE(pos != std::string::npos);
  return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + what.size())};
}

// What a JavaScript client does with a span: slice the UTF-16 string.
std::string js_slice(const std::string& text, const json& span) {
  const auto s = icu::UnicodeString::fromUTF8(text);
  std::string out;
  s.tempSubStringBetween(span["start"].get<int32_t>(), span["end"].get<int32_t>()).toUTF8String(out);
  return out;
}

}  // namespace

TEST_CASE("to_json writes the schema with UTF-16 spans that slice to their text", "[output][json]") {
  const std::string text =
      "\xF0\x9F\x93\xB0 Selon un rapport publié le 3 mai, « les comptes sont faux », a déclaré M. Lin. "
      "Le ministre accuse l'agence de mensonge.";
  Analysis a;
  a.lang = "fr";
  a.lang_detected = true;
  Entity lin;
  lin.id = "E1";
  lin.name = "Lin";
  lin.kind = EntityKind::Person;
  lin.mentions.push_back({find_span(text, "M. Lin"), MentionKind::TitledName});
  lin.descriptions.push_back("le ministre");
  a.entities.push_back(lin);
  Quote q;
  q.id = "Q1";
  q.type = QuoteType::Direct;
  q.content = find_span(text, "les comptes sont faux");
  q.cue = find_span(text, "a déclaré");
  q.speaker = "E1";
  q.speaker_mention = find_span(text, "M. Lin");
  q.confidence = 0.9;
  q.reason = "inverted_cue";
  a.quotes.push_back(q);
  Accusation acc;
  acc.id = "A1";
  acc.charge = find_span(text, "de mensonge");
  acc.cue = find_span(text, "accuse");
  acc.accuser = "E1";
  a.accusations.push_back(acc);
  Report r;
  r.id = "R1";
  r.mentions.push_back(find_span(text, "un rapport"));
  r.date = find_span(text, "le 3 mai");
  a.reports.push_back(r);

  const json j = json::parse(to_json(a, text));
  CHECK(j["lang"] == "fr");
  CHECK(j["lang_detected"] == true);
  CHECK(j["version"] == kVersion);
  REQUIRE(j["entities"].size() == 1);
  CHECK(j["entities"][0]["id"] == "E1");
  CHECK(j["entities"][0]["kind"] == "person");
  CHECK(j["entities"][0]["mentions"][0]["kind"] == "titled_name");
  CHECK(j["entities"][0]["descriptions"][0] == "le ministre");

  const json& quote = j["quotes"][0];
  CHECK(quote["type"] == "direct");
  CHECK(quote["speaker"] == "E1");
  CHECK(quote["parent"].is_null());
  CHECK(quote["confidence"] == Approx(0.9));
  CHECK(quote["reason"] == "inverted_cue");
  // The emoji before is 2 UTF-16 units but 4 bytes: offsets must be UTF-16.
  for (const json* span : {&quote["content"], &quote["cue"], &quote["speaker_mention"]}) {
    CHECK(js_slice(text, *span) == (*span)["text"].get<std::string>());
  }
  CHECK(quote["content"]["text"] == "les comptes sont faux");

  const json& accusation = j["accusations"][0];
  CHECK(accusation["kind"] == "explicit");
  CHECK(accusation["accused"].is_null());
  CHECK(accusation["quote"].is_null());
  CHECK(js_slice(text, accusation["charge"]) == "de mensonge");

  const json& report = j["reports"][0];
  CHECK(report["title"].is_null());
  CHECK(report["publishers"].empty());
  CHECK(js_slice(text, report["date"]) == "le 3 mai");
  CHECK(js_slice(text, report["mentions"][0]) == "un rapport");
}

TEST_CASE("an empty analysis has every list, empty", "[output][json]") {
  Analysis a;
  a.lang = "en";
  const json j = json::parse(to_json(a, ""));
  for (const char* key : {"entities", "quotes", "accusations", "reports"}) {
    INFO(key);
    CHECK(j[key].is_array());
    CHECK(j[key].empty());
  }
  CHECK(j["lang_detected"] == false);
}

TEST_CASE("pretty output is the same JSON, indented", "[output][json]") {
  Analysis a;
  a.lang = "fr";
  const std::string compact = to_json(a, "Texte.", false);
  const std::string pretty = to_json(a, "Texte.", true);
  CHECK(compact.find('\n') == std::string::npos);
  CHECK(pretty.find("\n  \"entities\"") != std::string::npos);
  CHECK(json::parse(compact) == json::parse(pretty));
}

TEST_CASE("a wrong span from a stage is clamped, never a crash or broken UTF-8", "[output][json]") {
  const std::string text = "Café noir.";  // é is 2 bytes at 3..5
  Analysis a;
  Quote q;
  q.id = "Q1";
  q.content = {4, 100};   // starts inside é, ends past the text
  q.cue = ByteSpan{8, 2};  // reversed
  q.confidence = 7.0;
  a.quotes.push_back(q);
  const json j = json::parse(to_json(a, text));
  const json& quote = j["quotes"][0];
  CHECK(quote["content"]["text"] == "é noir.");
  CHECK(js_slice(text, quote["content"]) == "é noir.");
  CHECK(quote["cue"]["start"] == quote["cue"]["end"]);
  CHECK(quote["confidence"] == 1.0);
}

TEST_CASE("error codes have stable names", "[output][json]") {
  CHECK(std::string(Error(Error::Code::InvalidUtf8, "x", 3).code_name()) == "invalid_utf8");
  CHECK(std::string(Error(Error::Code::InputTooLarge, "x").code_name()) == "input_too_large");
  CHECK(std::string(Error(Error::Code::UnknownLanguage, "x").code_name()) == "unknown_language");
  CHECK(std::string(Error(Error::Code::InvalidOptions, "x").code_name()) == "invalid_options");
  CHECK(std::string(Error(Error::Code::UnsupportedLanguage, "x").code_name()) == "unsupported_language");
}
