#include "text/sentences.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <string>

#include "text/breakers.hpp"
#include "text/chars.hpp"
#include "text/dateline.hpp"
#include "text/paragraphs.hpp"
#include "text/word_lists.hpp"

namespace saywho::text {
namespace {

// Abbreviations are short: looking further back than this is never needed,
// and the bound keeps a 1 MB word from making the check quadratic.
constexpr std::size_t kMaxAbbreviationChars = 12;

// A "sentence" longer than this (a page with no full stop, a flood of quote
// marks) is cut, at a space when there is one in the second half. Real
// sentences are far shorter; the later stages scan a cue's sentence once per
// cue, so the bound keeps them linear in the size of the text.
constexpr uint32_t kMaxSentenceBytes = 2048;

void add_bounded(std::string_view text, ByteSpan s, std::vector<ByteSpan>& out) {
  while (s.size() > kMaxSentenceBytes) {
    uint32_t cut = s.begin + kMaxSentenceBytes;
    uint32_t space = cut;
    while (space > s.begin + kMaxSentenceBytes / 2 && text[space] != ' ') --space;
    if (text[space] == ' ') cut = space;
    while (cut > s.begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole characters
    const ByteSpan piece = trim_blank(text, {s.begin, cut});
    if (!piece.empty()) out.push_back(piece);
    s = trim_blank(text, {cut, s.end});
  }
  if (!s.empty()) out.push_back(s);
}

bool is_lower_only(std::string_view word) {
  std::size_t pos = 0;
  while (pos < word.size()) {
    const char32_t c = decode_utf8(word, pos);
    if (chars::is_upper(c)) return false;
  }
  return true;
}

}  // namespace

SentenceSplitter::SentenceSplitter(std::string_view text, std::string_view lang,
                                   std::vector<ByteSpan> closing_marks)
    : text_(text),
      lists_(word_lists(lang)),
      closing_marks_(std::move(closing_marks)),
      breaker_(make_breaker(BreakKind::Sentence, lang)) {
  std::sort(closing_marks_.begin(), closing_marks_.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
}

SentenceSplitter::~SentenceSplitter() = default;

std::vector<uint32_t> SentenceSplitter::icu_boundaries(ByteSpan paragraph) const {
  std::vector<uint32_t> cuts;
  if (!breaker_) return cuts;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text_.data() + paragraph.begin,
                             static_cast<int64_t>(paragraph.size()), &status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return cuts;
  }
  // The breaker is const-shared state only across one Document build; setText
  // resets it, so split() stays usable paragraph after paragraph.
  breaker_->setText(ut, status);
  if (U_SUCCESS(status)) {
    for (int32_t b = breaker_->next(); b != icu::BreakIterator::DONE; b = breaker_->next()) {
      const auto abs = paragraph.begin + static_cast<uint32_t>(b);
      if (abs > paragraph.begin && abs < paragraph.end) cuts.push_back(abs);
    }
  }
  utext_close(ut);
  return cuts;
}

uint32_t SentenceSplitter::next_visible(uint32_t pos, uint32_t limit) const {
  while (pos < limit) {
    std::size_t next = pos;
    if (!chars::is_blank(decode_utf8(text_, next))) return pos;
    pos = static_cast<uint32_t>(next);
  }
  return limit;
}

uint32_t SentenceSplitter::previous_visible(uint32_t pos, uint32_t limit) const {
  while (pos > limit) {
    std::size_t start = 0;
    if (!chars::is_blank(chars::previous(text_, pos, start))) return static_cast<uint32_t>(start);
    pos = static_cast<uint32_t>(start);
  }
  return limit;
}

const ByteSpan* SentenceSplitter::closing_mark_at(uint32_t pos) const {
  auto it = std::lower_bound(closing_marks_.begin(), closing_marks_.end(), pos,
                             [](const ByteSpan& m, uint32_t p) { return m.begin < p; });
  return it != closing_marks_.end() && it->begin == pos ? &*it : nullptr;
}

const ByteSpan* SentenceSplitter::closing_mark_ending_at(uint32_t pos) const {
  auto it = std::lower_bound(closing_marks_.begin(), closing_marks_.end(), pos,
                             [](const ByteSpan& m, uint32_t p) { return m.end < p; });
  return it != closing_marks_.end() && it->end == pos ? &*it : nullptr;
}

// "M. Dupont", "Dr. Li", "J. K. Rowling", "cf. p. 3": the full stop before
// `boundary` belongs to an abbreviation or an initial.
bool SentenceSplitter::after_abbreviation(uint32_t boundary) const {
  std::size_t dot = 0;
  std::size_t pos = boundary;
  // Skip the white space ICU left before the boundary.
  while (pos > 0) {
    std::size_t start = 0;
    const char32_t c = chars::previous(text_, pos, start);
    if (!chars::is_blank(c)) break;
    pos = start;
  }
  if (pos == 0) return false;
  if (chars::previous(text_, pos, dot) != U'.') return false;
  std::size_t word_begin = dot;
  std::size_t letters = 0;
  while (word_begin > 0 && letters <= kMaxAbbreviationChars) {
    std::size_t start = 0;
    if (!chars::is_letter(chars::previous(text_, word_begin, start))) break;
    word_begin = start;
    ++letters;
  }
  if (letters == 0 || letters > kMaxAbbreviationChars) return false;
  const std::string_view word = text_.substr(word_begin, dot - word_begin);
  if (letters == 1 && chars::is_upper(chars::at(word, 0))) return true;  // an initial
  if (lists_.abbreviations.count(std::string(word)) > 0) return true;
  // "Cf." at the start of a sentence: the lower-case entry "cf".
  std::size_t after_first = 0;
  const char32_t first = decode_utf8(word, after_first);
  if (!chars::is_upper(first)) return false;
  std::string lowered;
  chars::append_utf8(lowered, static_cast<char32_t>(u_tolower(static_cast<UChar32>(first))));
  lowered.append(word.substr(after_first));
  return is_lower_only(lowered) && lists_.abbreviations.count(lowered) > 0;
}

std::vector<ByteSpan> SentenceSplitter::split(ByteSpan paragraph) const {
  std::vector<uint32_t> cuts;
  uint32_t last_cut = paragraph.begin;
  // "VELSBORG, May 12 (Reuters) - …": the dateline is a sentence of its own.
  if (const uint32_t story = dateline_end(text_, paragraph); story > paragraph.begin) {
    cuts.push_back(story);
    last_cut = story;
  }
  for (uint32_t b : icu_boundaries(paragraph)) {
    if (b <= last_cut) continue;  // passed by a closing mark moved back
    if (after_abbreviation(b)) continue;
    // `! »` with a space: ICU starts the next sentence at », which closes this one.
    const uint32_t before = previous_visible(b, paragraph.begin);
    const bool ends_with_terminal = chars::is_sentence_terminal(chars::at(text_, before));
    if (ends_with_terminal) {
      uint32_t next = next_visible(b, paragraph.end);
      while (const ByteSpan* mark = closing_mark_at(next)) {
        b = mark->end;
        next = next_visible(b, paragraph.end);
      }
    }
    if (b >= paragraph.end || next_visible(b, paragraph.end) >= paragraph.end) continue;
    // « Vraiment ? » demande-t-il. / “Stop!” he said. : the quote is part of
    // a sentence that goes on in lower case or after a comma.
    std::size_t visible_end = previous_visible(b, paragraph.begin);
    decode_utf8(text_, visible_end);  // one past the last visible character
    if (const ByteSpan* mark = closing_mark_ending_at(static_cast<uint32_t>(visible_end))) {
      const uint32_t inside = previous_visible(mark->begin, paragraph.begin);
      const char32_t next_char = chars::at(text_, next_visible(b, paragraph.end));
      const bool continues = chars::is_lower(next_char) || next_char == U',' ||
                             next_char == U';' || next_char == U':';
      if (chars::is_sentence_terminal(chars::at(text_, inside)) && continues) continue;
    }
    cuts.push_back(b);
    last_cut = b;
  }
  std::vector<ByteSpan> sentences;
  uint32_t start = paragraph.begin;
  cuts.push_back(paragraph.end);
  for (uint32_t cut : cuts) {
    add_bounded(text_, trim_blank(text_, {start, cut}), sentences);
    start = cut;
  }
  return sentences;
}

}  // namespace saywho::text
