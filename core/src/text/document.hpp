// The text layer: what every later stage of the pipeline reads.
//   paragraphs -> sentences -> tokens, plus paired quotation marks.
// All offsets are UTF-8 byte offsets into the caller's text, which the
// Document views (it must outlive the Document).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "saywho/analysis.hpp"  // ByteSpan

namespace saywho::text {

using saywho::ByteSpan;

struct Paragraph {
  ByteSpan span;            // trimmed of surrounding white space
  uint32_t first_sentence;  // index into Document::sentences
  uint32_t end_sentence;    // one past the last
};

struct Sentence {
  ByteSpan span;           // trimmed of surrounding white space
  uint32_t paragraph;      // index into Document::paragraphs
  uint32_t first_token;    // index into Document::tokens
  uint32_t end_token;      // one past the last
};

enum class TokenKind : uint8_t {
  Word,       // letters (and digits inside words): "Lin", "l'", "qu'", "t"
  Number,     // "15", "2024", "3,5"
  QuoteMark,  // any quotation mark used as one: « » “ ” ‘ ’ „ ‹ › " '
  Punct,      // . , ; : ! ? ( ) — – - …
  Symbol,     // anything else visible: %, €, emoji
};

struct Token {
  ByteSpan span;
  TokenKind kind = TokenKind::Word;
  uint32_t sentence = 0;
  // Lower-cased (ICU, full case folding), NFC, typographic apostrophe ’ -> '.
  // "L’" -> "l'", "Déclare" -> "déclare". Lexicon look-ups use this.
  std::string norm;
  bool capitalized = false;   // first letter upper case: "Lin", "Etats-Unis"
  bool all_caps = false;      // "ONU", "CNN" (at least two letters)
  bool space_before = false;  // white space between this token and the previous one
  // French elision split off the next word: "l'", "qu'", "d'", "lorsqu'".
  bool elided = false;
  // Subject pronoun of a hyphenated inversion: the "il" of "a-t-il",
  // the "elle" of "déclare-t-elle", the "on" of "a-t-on", the "il" of "dit-il".
  // The verb and the pronoun stay separate tokens; "-t-" and "-" are Punct.
  bool inverted_subject = false;
};

enum class QuoteStyle : uint8_t {
  Guillemets,        // « »
  SingleGuillemets,  // ‹ ›
  CurlyDouble,       // “ ”
  CurlySingle,       // ‘ ’
  LowHigh,           // „ “  (and ‚ ‘)
  StraightDouble,    // " "
  StraightSingle,    // ' '  (only when not an apostrophe)
};

struct QuoteSpan {
  ByteSpan open_mark;   // the opening mark itself
  ByteSpan close_mark;  // empty (begin == end) when the quote never closes
  ByteSpan content;     // between the marks, white space (incl. no-break) trimmed
  QuoteStyle style = QuoteStyle::StraightDouble;
  uint8_t depth = 0;    // 0 outermost, 1 nested inside another quote
  int32_t parent = -1;  // index of the enclosing QuoteSpan, or -1
  bool closed = true;   // false: unbalanced, recovered at the paragraph's end
  // A multi-paragraph quote: this paragraph's piece continues the previous
  // QuoteSpan (French dialogue continuation, or the opening mark repeated at
  // the start of each paragraph of one quotation).
  int32_t continues = -1;  // index of the piece it continues, or -1
  // The other direction: the next paragraph's piece that continues this one
  // (this piece then has closed == false), or -1.
  int32_t continued_by = -1;
};

struct Document {
  std::string_view text;
  std::string lang;  // "fr", "en": picks ICU's sentence rules and elisions
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<QuoteSpan> quotes;  // sorted by open_mark.begin

  std::string_view slice(ByteSpan s) const { return text.substr(s.begin, s.end - s.begin); }
};

// Builds the Document for valid UTF-8 `text` (see utf8.hpp to validate first).
// Never throws on any valid input; linear in the size of the text.
Document segment(std::string_view text, std::string_view lang);

}  // namespace saywho::text
