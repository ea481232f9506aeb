// Paragraphs: every line break ends one (the gold texts are one paragraph
// per line); blank lines give no paragraph.
#pragma once

#include <string_view>
#include <vector>

#include "saywho/analysis.hpp"

namespace saywho::text {

// The paragraphs of `text`, in order, each trimmed of blank characters
// (white space, zero-width and control characters); none is empty.
std::vector<ByteSpan> split_paragraphs(std::string_view text);

// `span` without the blank characters at either end (may become empty).
ByteSpan trim_blank(std::string_view text, ByteSpan span);

}  // namespace saywho::text
