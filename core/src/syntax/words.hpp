// What the tagger and the parser see of a token: hashes of its folded form,
// affixes and shape, computed once per token from the text layer's Token.
#pragma once

#include <cstdint>
#include <vector>

#include "text/document.hpp"

namespace saywho::syntax {

struct WordView {
  uint64_t form = 0;    // the folded form ("déclaré"); numbers share one form per shape
  uint64_t prefix = 0;  // first character
  uint64_t suffix2 = 0, suffix3 = 0, suffix4 = 0;  // last 2, 3, 4 characters
  uint32_t shape = 0;   // ShapeBit flags
};

enum ShapeBit : uint32_t {
  kCapitalized = 1,
  kAllCaps = 2,
  kNumber = 4,
  kPunct = 8,
  kQuoteMark = 16,
  kHyphen = 32,
  kSentenceStart = 64,
  kElided = 128,
  kSymbol = 256,
};

// Views of tokens [first, end) of `doc`, appended to `out` (cleared first).
void view_words(const text::Document& doc, uint32_t first, uint32_t end, std::vector<WordView>& out);

// Sentinel values for positions outside the sentence and for the root.
inline constexpr uint64_t kNoWord = 0x6e6f776f7264ull;
inline constexpr uint64_t kRootWord = 0x726f6f74ull;

}  // namespace saywho::syntax
