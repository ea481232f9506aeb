#include "output/text_json.hpp"

#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

namespace saywho::output {
namespace {

using json = nlohmann::ordered_json;

const char* kind_name(text::TokenKind kind) {
  switch (kind) {
    case text::TokenKind::Word: return "word";
    case text::TokenKind::Number: return "number";
    case text::TokenKind::QuoteMark: return "quote_mark";
    case text::TokenKind::Punct: return "punct";
    case text::TokenKind::Symbol: return "symbol";
  }
  return "word";
}

const char* style_name(text::QuoteStyle style) {
  switch (style) {
    case text::QuoteStyle::Guillemets: return "guillemets";
    case text::QuoteStyle::SingleGuillemets: return "single_guillemets";
    case text::QuoteStyle::CurlyDouble: return "curly_double";
    case text::QuoteStyle::CurlySingle: return "curly_single";
    case text::QuoteStyle::LowHigh: return "low_high";
    case text::QuoteStyle::StraightDouble: return "straight_double";
    case text::QuoteStyle::StraightSingle: return "straight_single";
  }
  return "straight_double";
}

}  // namespace

std::string document_to_json(const text::Document& doc, bool pretty) {
  const text::Utf16Map map(doc.text);
  const auto range = [&](ByteSpan s) {
    return json{{"start", map.to_utf16(s.begin)}, {"end", map.to_utf16(s.end)}};
  };
  json out;
  out["lang"] = doc.lang;
  json paragraphs = json::array();
  for (const auto& p : doc.paragraphs) {
    json j = range(p.span);
    j["first_sentence"] = p.first_sentence;
    j["end_sentence"] = p.end_sentence;
    paragraphs.push_back(std::move(j));
  }
  out["paragraphs"] = std::move(paragraphs);
  json sentences = json::array();
  for (const auto& s : doc.sentences) {
    json j = range(s.span);
    j["paragraph"] = s.paragraph;
    j["first_token"] = s.first_token;
    j["end_token"] = s.end_token;
    sentences.push_back(std::move(j));
  }
  out["sentences"] = std::move(sentences);
  json tokens = json::array();
  for (const auto& t : doc.tokens) {
    json j = range(t.span);
    j["kind"] = kind_name(t.kind);
    j["norm"] = t.norm;
    j["sentence"] = t.sentence;
    // Flags only when set: keeps the dump of a long article readable.
    if (t.capitalized) j["capitalized"] = true;
    if (t.all_caps) j["all_caps"] = true;
    if (t.space_before) j["space_before"] = true;
    if (t.elided) j["elided"] = true;
    if (t.inverted_subject) j["inverted_subject"] = true;
    tokens.push_back(std::move(j));
  }
  out["tokens"] = std::move(tokens);
  json quotes = json::array();
  for (const auto& q : doc.quotes) {
    json content = range(q.content);
    content["text"] = std::string(doc.slice(q.content));
    quotes.push_back(json{{"open", range(q.open_mark)},
                          {"close", range(q.close_mark)},
                          {"content", std::move(content)},
                          {"style", style_name(q.style)},
                          {"depth", q.depth},
                          {"parent", q.parent},
                          {"closed", q.closed},
                          {"continues", q.continues},
                          {"continued_by", q.continued_by}});
  }
  out["quotes"] = std::move(quotes);
  // The text is valid UTF-8 (segment() requires it); replace guards anyway.
  return out.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace saywho::output
