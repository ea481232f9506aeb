// Sentences of one paragraph: ICU's sentence rules ("fr@ss=standard",
// "en@ss=standard"), then our fixes: no break after an abbreviation ICU
// misses or an initial, and a closing quotation mark that ICU put at the
// start of the next sentence goes back to the sentence it closes, and a
// wire dateline ("PARIS (AFP) - ") is a sentence of its own.
#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <string_view>
#include <vector>

#include "saywho/analysis.hpp"


namespace saywho::text {

struct TextWordLists;

class SentenceSplitter {
 public:
  // `closing_marks`: the closing marks of paired quotes, sorted by position.
  SentenceSplitter(std::string_view text, std::string_view lang, std::vector<ByteSpan> closing_marks);
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // The sentences of `paragraph`, in order, trimmed, none empty.
  std::vector<ByteSpan> split(ByteSpan paragraph) const;

 private:
  bool after_abbreviation(uint32_t boundary) const;
  const ByteSpan* closing_mark_at(uint32_t pos) const;
  const ByteSpan* closing_mark_ending_at(uint32_t pos) const;
  uint32_t next_visible(uint32_t pos, uint32_t limit) const;
  uint32_t previous_visible(uint32_t pos, uint32_t limit) const;  // start of the char before
  std::vector<uint32_t> icu_boundaries(ByteSpan paragraph) const;

  std::string_view text_;
  const TextWordLists& lists_;
  std::vector<ByteSpan> closing_marks_;
  std::unique_ptr<icu::BreakIterator> breaker_;
};

}  // namespace saywho::text
