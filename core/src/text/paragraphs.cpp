#include "text/paragraphs.hpp"

#include "text/chars.hpp"

namespace saywho::text {

ByteSpan trim_blank(std::string_view text, ByteSpan span) {
  uint32_t begin = span.begin;
  uint32_t end = span.end;
  while (begin < end) {
    std::size_t next = begin;
    if (!chars::is_blank(decode_utf8(text, next))) break;
    begin = static_cast<uint32_t>(next);
  }
  while (end > begin) {
    std::size_t start = 0;
    if (!chars::is_blank(chars::previous(text, end, start))) break;
    end = static_cast<uint32_t>(start);
  }
  return {begin, end};
}

std::vector<ByteSpan> split_paragraphs(std::string_view text) {
  std::vector<ByteSpan> paragraphs;
  const auto add = [&](std::size_t begin, std::size_t end) {
    const ByteSpan trimmed =
        trim_blank(text, {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    if (!trimmed.empty()) paragraphs.push_back(trimmed);
  };
  std::size_t line_start = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t here = pos;
    const char32_t c = decode_utf8(text, pos);
    if (chars::is_line_break(c)) {
      add(line_start, here);
      line_start = pos;  // "\r\n" gives an empty line between, which add() drops
    }
  }
  add(line_start, text.size());
  return paragraphs;
}

}  // namespace saywho::text
