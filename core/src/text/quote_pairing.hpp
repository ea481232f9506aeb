// Pairs quotation marks, paragraph by paragraph, independently of sentences:
// « » ‹ › “ ” ‘ ’ „ “ ‚ ‘ and straight " ' used as quotes (not apostrophes).
#pragma once

#include <string_view>
#include <vector>

#include "text/document.hpp"

namespace saywho::text {

// Deeper marks than this are plain text (depth 0 is the outermost quote).
inline constexpr std::size_t kMaxQuoteDepth = 3;

// The quotes of `text`'s paragraphs (as split_paragraphs gives them), sorted
// by the position of their opening mark. Linear in the size of the text.
std::vector<QuoteSpan> pair_quotes(std::string_view text, const std::vector<ByteSpan>& paragraphs);

}  // namespace saywho::text
