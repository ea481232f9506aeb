#include "lexicon/detect.hpp"

#include <unicode/uchar.h>

#include "lexicon/pack.hpp"
#include "text/utf8.hpp"

namespace saywho::lexicon {

std::string detect_language(std::string_view text) {
  const auto langs = pack_languages();
  if (langs.empty()) return "en";
  std::vector<int> score(langs.size(), 0);
  // Lower-cased words (letters and apostrophes); a French elision "l'" counts
  // as a word of its own.
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    for (std::size_t k = 0; k < langs.size(); ++k) {
      const Pack* p = pack(langs[k]);
      if (!p) continue;
      if (p->function_words.count(word)) score[k] += 2;
      if (p->verb(word)) score[k] += 1;
    }
    word.clear();
  };
  std::size_t pos = 0, words = 0;
  while (pos < text.size() && words < 3000) {
    const std::size_t start = pos;
    const char32_t c = text::decode_utf8(text, pos);
    if (pos <= start) break;
    if (u_isalpha(static_cast<UChar32>(c))) {
      std::string piece;
      const UChar32 lower = u_tolower(static_cast<UChar32>(c));
      // Re-encode the lower-cased code point.
      if (lower < 0x80) piece.push_back(static_cast<char>(lower));
      else if (lower < 0x800) {
        piece.push_back(static_cast<char>(0xC0 | (lower >> 6)));
        piece.push_back(static_cast<char>(0x80 | (lower & 0x3F)));
      } else if (lower < 0x10000) {
        piece.push_back(static_cast<char>(0xE0 | (lower >> 12)));
        piece.push_back(static_cast<char>(0x80 | ((lower >> 6) & 0x3F)));
        piece.push_back(static_cast<char>(0x80 | (lower & 0x3F)));
      } else {
        piece.push_back(static_cast<char>(0xF0 | (lower >> 18)));
        piece.push_back(static_cast<char>(0x80 | ((lower >> 12) & 0x3F)));
        piece.push_back(static_cast<char>(0x80 | ((lower >> 6) & 0x3F)));
        piece.push_back(static_cast<char>(0x80 | (lower & 0x3F)));
      }
      word += piece;
    } else if (c == U'\'' || c == 0x2019) {
      word.push_back('\'');
      flush();
      ++words;
    } else {
      flush();
      ++words;
    }
  }
  flush();
  std::size_t best = 0;
  for (std::size_t k = 1; k < langs.size(); ++k)
    if (score[k] > score[best]) best = k;
  // No evidence at all: English, the most common language of the web.
  if (score[best] == 0) {
    for (std::size_t k = 0; k < langs.size(); ++k)
      if (langs[k] == "en") return "en";
  }
  return langs[best];
}

}  // namespace saywho::lexicon
