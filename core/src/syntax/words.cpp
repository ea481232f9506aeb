#include "syntax/words.hpp"

#include <string_view>

#include "syntax/hashing.hpp"

namespace saywho::syntax {
namespace {

// Byte length of the last n UTF-8 characters of s (all of s if shorter).
std::size_t tail_bytes(std::string_view s, std::size_t n) {
  std::size_t pos = s.size();
  while (pos > 0 && n > 0) {
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
    --n;
  }
  return s.size() - pos;
}

std::size_t head_bytes(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t n = 1;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
  return n;
}

// "2024" -> "dddd", "3,5" -> "d,d": numbers generalise by their shape.
uint64_t number_form(std::string_view s) {
  uint64_t h = hash_bytes("#num");
  for (const char c : s) {
    const char k = (c >= '0' && c <= '9') ? 'd' : c;
    h = (h ^ static_cast<unsigned char>(k)) * 1099511628211ull;
  }
  return h;
}

}  // namespace

void view_words(const text::Document& doc, uint32_t first, uint32_t end, std::vector<WordView>& out) {
  out.clear();
  for (uint32_t i = first; i < end; ++i) {
    const text::Token& t = doc.tokens[i];
    const std::string_view norm = t.norm;
    WordView w;
    // Quotation marks vary with the house style (« », “ ”, " "): one form.
    w.form = t.kind == text::TokenKind::Number      ? number_form(norm)
             : t.kind == text::TokenKind::QuoteMark ? hash_bytes("#quote")
                                                    : hash_bytes(norm);
    w.prefix = combine(1, hash_bytes(norm.substr(0, head_bytes(norm))));
    w.suffix2 = combine(2, hash_bytes(norm.substr(norm.size() - tail_bytes(norm, 2))));
    w.suffix3 = combine(3, hash_bytes(norm.substr(norm.size() - tail_bytes(norm, 3))));
    w.suffix4 = combine(4, hash_bytes(norm.substr(norm.size() - tail_bytes(norm, 4))));
    if (t.capitalized) w.shape |= kCapitalized;
    if (t.all_caps) w.shape |= kAllCaps;
    if (t.elided) w.shape |= kElided;
    if (i == first) w.shape |= kSentenceStart;
    if (norm.find('-') != std::string_view::npos && norm.size() > 1) w.shape |= kHyphen;
    switch (t.kind) {
      case text::TokenKind::Number: w.shape |= kNumber; break;
      case text::TokenKind::Punct: w.shape |= kPunct; break;
      case text::TokenKind::QuoteMark: w.shape |= kQuoteMark; break;
      case text::TokenKind::Symbol: w.shape |= kSymbol; break;
      case text::TokenKind::Word: break;
    }
    out.push_back(w);
  }
}

}  // namespace saywho::syntax
