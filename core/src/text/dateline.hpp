// A wire-story dateline at the start of a paragraph: "VELSBORG, May 12
// (Reuters) - ", "PARIS (AFP) – ", "Lyon, 3 mars (AFP) — ". It names where
// and by whom the story was filed, and is no part of the first sentence:
// left in, its place name would read as the subject of that sentence.
#pragma once

#include <cstdint>
#include <string_view>

#include "saywho/analysis.hpp"

namespace saywho::text {

// Where the text after the dateline (and its dash and spaces) begins, or
// paragraph.begin when the paragraph opens with no dateline. A dateline is
// a place of one to four words, then optionally ", " and a date of one to
// four words or numbers, then optionally an agency in parentheses, then a
// spaced dash. The place is in capitals unless an agency follows it.
uint32_t dateline_end(std::string_view text, ByteSpan paragraph);

}  // namespace saywho::text
