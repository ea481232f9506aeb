#include "text/dateline.hpp"

#include <algorithm>

#include "text/chars.hpp"

namespace saywho::text {
namespace {

// Datelines are short; looking no further keeps the check O(1) a paragraph.
constexpr uint32_t kMaxDatelineBytes = 100;
constexpr int kMaxWords = 4;

bool is_dash(char32_t c) { return c == U'-' || c == 0x2013 || c == 0x2014; }

// Steps over the code points of a short stretch of text.
class Cursor {
 public:
  Cursor(std::string_view text, uint32_t pos, uint32_t limit) : text_(text), pos_(pos), limit_(limit) {}

  bool done() const { return pos_ >= limit_; }
  uint32_t pos() const { return pos_; }
  char32_t peek() const { return done() ? 0 : chars::at(text_, pos_); }
  void rewind(uint32_t pos) { pos_ = pos; }
  void next() {
    std::size_t p = pos_;
    decode_utf8(text_, p);
    pos_ = static_cast<uint32_t>(p);
  }
  // Skips spaces; true when there was at least one.
  bool skip_spaces() {
    const uint32_t from = pos_;
    while (!done() && chars::is_space(peek())) next();
    return pos_ > from;
  }

  // A word of letters (with inner hyphens, apostrophes and full stops, as in
  // "SAINT-DENIS", "L'HAY", "ST. LOUIS") or digits. Counts its letters and
  // whether any is lower case. False, consuming nothing, when no word starts here.
  bool word(int& letters, bool& lower, bool& digit) {
    const uint32_t from = pos_;
    while (!done()) {
      const char32_t c = peek();
      if (chars::is_letter(c)) {
        ++letters;
        lower |= chars::is_lower(c);
      } else if (chars::is_digit(c)) {
        digit = true;
      } else if (!(pos_ > from && (chars::is_hyphen(c) || c == U'\'' || c == 0x2019 || c == U'.'))) {
        break;
      }
      next();
    }
    return pos_ > from;
  }

 private:
  std::string_view text_;
  uint32_t pos_, limit_;
};

// Up to kMaxWords words separated by single spaces; false when none.
// `first_upper`: every word starts with a capital letter.
bool words(Cursor& c, int& letters, bool& lower, bool& digit, bool& first_upper) {
  int n = 0;
  first_upper = true;
  while (n < kMaxWords) {
    const char32_t first = c.peek();
    if (!c.word(letters, lower, digit)) break;
    first_upper &= chars::is_upper(first);
    ++n;
    const uint32_t after_word = c.pos();
    if (c.peek() != U' ') break;
    c.next();
    // The next word, or back before the space.
    if (!(chars::is_letter(c.peek()) || chars::is_digit(c.peek()))) {
      c.rewind(after_word);
      break;
    }
  }
  return n > 0;
}

}  // namespace

uint32_t dateline_end(std::string_view text, ByteSpan paragraph) {
  const uint32_t limit = std::min(paragraph.end, paragraph.begin + kMaxDatelineBytes);
  Cursor c(text, paragraph.begin, limit);
  // The place: "VELSBORG", "SAN FRANCISCO", or "Lyon" when an agency follows.
  int letters = 0;
  bool lower = false, digit = false, capitalised = false;
  if (!words(c, letters, lower, digit, capitalised) || !capitalised || digit || letters < 2) return paragraph.begin;
  const bool capitals = !lower;
  bool spaced = c.skip_spaces();
  // ", May 12", ", 12 mai", ", Lebanon".
  if (c.peek() == U',') {
    c.next();
    c.skip_spaces();
    int date_letters = 0;
    bool date_lower = false, date_digit = false, date_capitalised = false;
    if (!words(c, date_letters, date_lower, date_digit, date_capitalised)) return paragraph.begin;
    spaced = c.skip_spaces();
  }
  // "(Reuters)", "(AFP)".
  bool agency = false;
  if (c.peek() == U'(') {
    c.next();
    int agency_letters = 0;
    bool agency_lower = false, agency_digit = false, agency_capitalised = false;
    if (!words(c, agency_letters, agency_lower, agency_digit, agency_capitalised) || !agency_capitalised ||
        c.peek() != U')')
      return paragraph.begin;
    c.next();
    agency = true;
    spaced = c.skip_spaces();
  }
  if (!capitals && !agency) return paragraph.begin;
  // "Niort (AFP) Michèle Boos, …": after an agency, the story may start at
  // once, on a capital.
  if (agency && spaced && chars::is_upper(c.peek())) return c.pos() < paragraph.end ? c.pos() : paragraph.begin;
  // The spaced dash, then the story.
  if (!is_dash(c.peek()) || (!spaced && !agency)) return paragraph.begin;
  c.next();
  if (!c.skip_spaces()) return paragraph.begin;
  const uint32_t story = c.pos();
  return story < paragraph.end ? story : paragraph.begin;
}

}  // namespace saywho::text
