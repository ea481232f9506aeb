// Character classes the text layer needs, on ICU's character properties, and
// stepping over code points in valid UTF-8.
#pragma once

#include <unicode/uchar.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "text/utf8.hpp"

namespace saywho::text::chars {

// White space (incl. no-break spaces), format characters (zero-width space,
// BOM, joiners) and control characters: nothing a reader sees.
inline bool is_blank(char32_t c) {
  const auto cp = static_cast<UChar32>(c);
  if (u_hasBinaryProperty(cp, UCHAR_WHITE_SPACE)) return true;
  const auto gc = u_charType(cp);
  return gc == U_FORMAT_CHAR || gc == U_CONTROL_CHAR || c == 0x200B;
}

inline bool is_space(char32_t c) { return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_WHITE_SPACE); }
inline bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)) != 0; }
inline bool is_digit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)) != 0; }
inline bool is_upper(char32_t c) { return u_isupper(static_cast<UChar32>(c)) != 0; }
inline bool is_lower(char32_t c) { return u_islower(static_cast<UChar32>(c)) != 0; }

// A line or paragraph separator: LF, VT, FF, CR, NEL, U+2028, U+2029.
inline bool is_line_break(char32_t c) {
  return c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

// "-" and the Unicode hyphens that join compound words.
inline bool is_hyphen(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2011; }

// Ends a sentence: . ! ? … and their fullwidth / inverted-less relatives.
inline bool is_sentence_terminal(char32_t c) {
  return c == U'.' || c == U'!' || c == U'?' || c == 0x2026 || c == 0x203C || c == 0x2047 ||
         c == 0x2048 || c == 0x2049;
}

// The code point that ends just before byte `pos` (pos > 0), and where it starts.
inline char32_t previous(std::string_view text, std::size_t pos, std::size_t& start) {
  std::size_t s = pos;
  do {
    --s;
  } while (s > 0 && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80 && pos - s < 4);
  start = s;
  std::size_t p = s;
  return decode_utf8(text, p);
}

inline char32_t at(std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  return decode_utf8(text, p);
}

}  // namespace saywho::text::chars

namespace saywho::text::chars {

// Appends the UTF-8 encoding of a valid code point.
inline void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

}  // namespace saywho::text::chars
