// Quotation-mark pairing. One left-to-right pass per paragraph with a small
// stack of open quotes (capped at kMaxQuoteDepth, so each mark costs O(1)).
// Marks that may be apostrophes (' ’) or may open or close (" ') are decided
// from their neighbours; a short backward pre-pass tells whether a later
// closing candidate exists, which separates "the boys' club" from a closing '.
#include "text/quote_pairing.hpp"

#include <array>
#include <optional>

#include "text/chars.hpp"
#include "text/paragraphs.hpp"

namespace saywho::text {
namespace {

// Finer than QuoteStyle: which character closes the quote.
enum class Family : uint8_t {
  Guillemets,        // « »
  SingleGuillemets,  // ‹ ›
  CurlyDouble,       // “ ”
  CurlySingle,       // ‘ ’
  LowHighDouble,     // „ “ (or „ ”)
  LowHighSingle,     // ‚ ‘ (or ‚ ’)
  StraightDouble,    // " "
  StraightSingle,    // ' '
};

QuoteStyle style_of(Family f) {
  switch (f) {
    case Family::Guillemets: return QuoteStyle::Guillemets;
    case Family::SingleGuillemets: return QuoteStyle::SingleGuillemets;
    case Family::CurlyDouble: return QuoteStyle::CurlyDouble;
    case Family::CurlySingle: return QuoteStyle::CurlySingle;
    case Family::LowHighDouble:
    case Family::LowHighSingle: return QuoteStyle::LowHigh;
    case Family::StraightDouble: return QuoteStyle::StraightDouble;
    case Family::StraightSingle: return QuoteStyle::StraightSingle;
  }
  return QuoteStyle::StraightDouble;
}

// Pseudo characters (above U+10FFFF) for the two-character marks `` and ''.
constexpr char32_t kOpenBackticks = 0x110001;
constexpr char32_t kCloseApostrophes = 0x110002;

bool is_quote_char(char32_t c) {
  switch (c) {
    case kOpenBackticks: case kCloseApostrophes:
    case U'"': case U'\'': case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
    case 0x201C: case 0x201D: case 0x201E: case 0x2018: case 0x2019: case 0x201A:
      return true;
    default:
      return false;
  }
}

// The families a closing character can close, best first (none: 0 entries).
// Scraped text mixes straight and curly marks ("Yes,” he said): each closes
// the other's quote too.
struct Closes {
  std::array<Family, 3> families{};
  std::size_t count = 0;
};

Closes closes_of(char32_t c) {
  switch (c) {
    case 0x00BB: return {{Family::Guillemets}, 1};
    case 0x203A: return {{Family::SingleGuillemets}, 1};
    case 0x201D: return {{Family::CurlyDouble, Family::LowHighDouble, Family::StraightDouble}, 3};
    case 0x201C: return {{Family::LowHighDouble}, 1};
    case 0x2019: return {{Family::CurlySingle, Family::LowHighSingle, Family::StraightSingle}, 3};
    case 0x2018: return {{Family::LowHighSingle}, 1};
    case U'"': return {{Family::StraightDouble, Family::CurlyDouble}, 2};
    case U'\'': return {{Family::StraightSingle, Family::CurlySingle}, 2};
    case 0x00AB: return {{Family::Guillemets}, 1};  // only as a misused closer, see try_close
    case kCloseApostrophes: return {{Family::StraightDouble, Family::CurlyDouble}, 2};
    default: return {};
  }
}

// One quotation-mark character with its neighbours in the paragraph
// (0 when the paragraph ends there).
struct Mark {
  uint32_t begin = 0;
  uint32_t end = 0;
  char32_t c = 0;
  char32_t prev = 0;
  char32_t next = 0;
};

bool is_dash(char32_t c) { return c == 0x2014 || c == 0x2013 || c == 0x2012 || c == 0x2015; }

// Where an opening mark may stand: after nothing, a space, ( [ { a dash or
// another mark, and before something visible.
bool opening_context(const Mark& m) {
  const bool before_ok = m.prev == 0 || chars::is_blank(m.prev) || m.prev == U'(' ||
                         m.prev == U'[' || m.prev == U'{' || is_dash(m.prev) ||
                         is_quote_char(m.prev);
  return before_ok && m.next != 0 && !chars::is_blank(m.next);
}

// Where a closing mark may stand: after something visible, before nothing,
// a space or punctuation.
bool closing_context(const Mark& m) {
  if (m.prev == 0 || chars::is_blank(m.prev)) return false;
  if (m.next == 0 || chars::is_blank(m.next) || is_quote_char(m.next)) return true;
  return u_ispunct(static_cast<UChar32>(m.next)) != 0;
}

bool is_alnum(char32_t c) { return c != 0 && (chars::is_letter(c) || chars::is_digit(c)); }

// ' and ’ between letters or digits (l'Iran, don’t, aujourd'hui), or before
// digits after a space ('90s): an apostrophe, never a quotation mark.
bool is_apostrophe(const Mark& m) {
  if (m.c != U'\'' && m.c != 0x2019) return false;
  if (is_alnum(m.prev) && chars::is_letter(m.next)) return true;
  return (m.prev == 0 || chars::is_blank(m.prev)) && m.next != 0 && chars::is_digit(m.next);
}

// The s' of a plural possessive ("the boys' club"): a letter s before, a
// space and a word after.
bool looks_possessive(const Mark& m) {
  const bool s_before = m.prev == U's' || m.prev == U'S' || m.prev == U'z' || m.prev == U'x';
  return (m.c == U'\'' || m.c == 0x2019) && s_before && m.next != 0 && chars::is_blank(m.next);
}

bool single_family_char(char32_t c) { return c == U'\'' || c == 0x2018 || c == 0x2019; }

// The outermost quote a paragraph left unclosed, for the next paragraph.
struct Carried {
  bool present = false;
  Family family = Family::Guillemets;
  uint32_t quote = 0;
};

struct OpenQuote {
  Family family;
  uint32_t quote;  // index into the output
};

class ParagraphPairer {
 public:
  ParagraphPairer(std::string_view text, std::vector<QuoteSpan>& out) : text_(text), out_(out) {}

  // `carried`: the last unclosed outermost piece of the previous paragraph.
  // Returns this paragraph's own unclosed outermost piece, if any.
  Carried run(ByteSpan para, Carried carried) {
    para_ = para;
    stack_size_ = 0;
    skip_until_ = 0;
    collect_marks();
    compute_single_lookahead();
    Carried left_open;
    for (std::size_t i = 0; i < marks_.size(); ++i) {
      if (i < skip_until_) continue;
      const Mark& m = marks_[i];
      if (i == 0 && m.begin == para.begin && carried.present && continue_from(m, carried)) continue;
      handle(i);
    }
    // Whatever is still open ends with the paragraph (recovered locally).
    while (stack_size_ > 0) {
      const OpenQuote top = stack_[--stack_size_];
      finish(top.quote, {para.end, para.end}, false);
      if (stack_size_ == 0) left_open = {true, top.family, top.quote};
    }
    return left_open;
  }

 private:
  void collect_marks() {
    marks_.clear();
    char32_t prev = 0;
    std::size_t pos = para_.begin;
    while (pos < para_.end) {
      const std::size_t here = pos;
      char32_t c = decode_utf8(text_, pos);
      if (!marks_.empty() && marks_.back().next == 0 && marks_.back().end == here)
        marks_.back().next = c;
      // ``typewriter'' quotes of older archives: two characters, one mark.
      const bool doubled = (c == U'`' || c == U'\'') && pos < para_.end && text_[pos] == static_cast<char>(c);
      if (doubled) {
        ++pos;
        c = c == U'`' ? kOpenBackticks : kCloseApostrophes;
      }
      if (is_quote_char(c))
        marks_.push_back({static_cast<uint32_t>(here), static_cast<uint32_t>(pos), c, prev, 0});
      prev = doubled ? U'"' : c;
    }
  }

  // later_close_[i]: the next single-quote-family mark after i that could open
  // or close is a closing one. Lets "the boys' club …,' he said" skip the s'.
  void compute_single_lookahead() {
    later_close_.assign(marks_.size(), false);
    bool next_is_close = false;
    for (std::size_t i = marks_.size(); i-- > 0;) {
      later_close_[i] = next_is_close;
      const Mark& m = marks_[i];
      if (!single_family_char(m.c) || is_apostrophe(m)) continue;
      if (closing_context(m)) next_is_close = true;
      else if (opening_context(m)) next_is_close = false;
    }
  }

  // A paragraph that starts with the opening mark of the previous paragraph's
  // unclosed quote (or with », the older French convention) continues it.
  bool continue_from(const Mark& m, Carried carried) {
    const Family family = carried.family;
    const uint32_t previous = carried.quote;
    const std::optional<Family> opens = opener_family(m);
    const bool same_opener = opens && *opens == family;
    const bool old_french = family == Family::Guillemets && m.c == 0x00BB;
    if (!same_opener && !old_french) return false;
    const uint32_t index = open(m, family);
    if (index == kNone) return false;
    out_[index].continues = static_cast<int32_t>(previous);
    out_[previous].continued_by = static_cast<int32_t>(index);
    return true;
  }

  // The family a mark opens when nothing on the stack claims it as a closer.
  std::optional<Family> opener_family(const Mark& m) const {
    switch (m.c) {
      case 0x00AB: return m.next != 0 ? std::optional(Family::Guillemets) : std::nullopt;
      case 0x2039: return m.next != 0 ? std::optional(Family::SingleGuillemets) : std::nullopt;
      case 0x201E: return Family::LowHighDouble;
      case 0x201A: return Family::LowHighSingle;
      case 0x201C:
      case 0x201D:  // ” ” used for both ends: only where an opening mark fits
        if (m.c == 0x201C ? m.next != 0 && !chars::is_blank(m.next) : opening_context(m))
          return Family::CurlyDouble;
        return std::nullopt;
      case 0x2018:
        if (is_alnum(m.prev) && is_alnum(m.next)) return std::nullopt;
        return m.next != 0 && !chars::is_blank(m.next) ? std::optional(Family::CurlySingle)
                                                          : std::nullopt;
      case U'"':
        return opening_context(m) ? std::optional(Family::StraightDouble) : std::nullopt;
      case kOpenBackticks:
        return m.next != 0 ? std::optional(Family::StraightDouble) : std::nullopt;
      case U'\'':
        return opening_context(m) && !is_apostrophe(m) ? std::optional(Family::StraightSingle)
                                                        : std::nullopt;
      default:
        return std::nullopt;
    }
  }

  void handle(std::size_t i) {
    const Mark& m = marks_[i];
    if (is_apostrophe(m)) return;
    if (m.c == U'\'' && rock_n_roll(i)) return;
    if (try_close(i)) return;
    if (const auto family = opener_family(m)) open(m, *family);
    // Otherwise a stray mark: plain text.
  }

  // 'n' in "rock 'n' roll": one letter between two straight marks, spaces around.
  bool rock_n_roll(std::size_t i) {
    const Mark& m = marks_[i];
    if (i + 1 >= marks_.size() || !(m.prev == 0 || chars::is_blank(m.prev))) return false;
    const Mark& n = marks_[i + 1];
    std::size_t after_letter = m.end;
    const char32_t letter = decode_utf8(text_, after_letter);
    if (n.c != U'\'' || n.begin != after_letter || !chars::is_letter(letter)) return false;
    if (n.next != 0 && !chars::is_blank(n.next)) return false;
    skip_until_ = i + 2;
    return true;
  }

  bool try_close(std::size_t i) {
    const Mark& m = marks_[i];
    const Closes closes = closes_of(m.c);
    if (closes.count == 0) return false;
    const bool straight = m.c == U'"' || m.c == U'\'' || m.c == kCloseApostrophes;
    const bool curly_single = m.c == 0x2019;
    if ((straight || curly_single) && !closing_context(m)) return false;
    // « typed for » ("du parti « .", "le régime« ,"): only before punctuation
    // or the paragraph's end can it close.
    if (m.c == 0x00AB && !before_punct_or_end(m)) return false;
    // "the boys' club …,' he said": a later mark closes the quote instead.
    if (looks_possessive(m) && later_close_[i]) return false;
    for (std::size_t k = stack_size_; k-- > 0;) {
      bool match = false;
      for (std::size_t f = 0; f < closes.count; ++f) match = match || stack_[k].family == closes.families[f];
      if (!match) continue;
      // Quotes opened inside this one and never closed end where it ends.
      while (stack_size_ > k + 1) {
        const OpenQuote inner = stack_[--stack_size_];
        finish(inner.quote, {m.begin, m.begin}, false);
      }
      --stack_size_;
      finish(stack_[k].quote, {m.begin, m.end}, true);
      return true;
    }
    return false;
  }

  // The next visible character after the mark is punctuation, or there is none.
  bool before_punct_or_end(const Mark& m) const {
    std::size_t pos = m.end;
    while (pos < para_.end) {
      const char32_t c = decode_utf8(text_, pos);
      if (!chars::is_blank(c)) return u_ispunct(static_cast<UChar32>(c)) != 0 && !is_quote_char(c);
    }
    return true;
  }

  static constexpr uint32_t kNone = 0xFFFFFFFF;

  uint32_t open(const Mark& m, Family family) {
    if (stack_size_ >= kMaxQuoteDepth) return kNone;  // too deep: plain text
    QuoteSpan q;
    q.open_mark = {m.begin, m.end};
    q.style = style_of(family);
    q.depth = static_cast<uint8_t>(stack_size_);
    q.parent = stack_size_ > 0 ? static_cast<int32_t>(stack_[stack_size_ - 1].quote) : -1;
    const auto index = static_cast<uint32_t>(out_.size());
    out_.push_back(q);
    stack_[stack_size_++] = {family, index};
    return index;
  }

  void finish(uint32_t index, ByteSpan close_mark, bool closed) {
    QuoteSpan& q = out_[index];
    q.close_mark = close_mark;
    q.closed = closed;
    q.content = trim_blank(text_, {q.open_mark.end, close_mark.begin});
  }

  std::string_view text_;
  std::vector<QuoteSpan>& out_;
  ByteSpan para_;
  std::vector<Mark> marks_;
  std::vector<bool> later_close_;
  std::array<OpenQuote, kMaxQuoteDepth> stack_{};
  std::size_t stack_size_ = 0;
  std::size_t skip_until_ = 0;
};

}  // namespace

std::vector<QuoteSpan> pair_quotes(std::string_view text, const std::vector<ByteSpan>& paragraphs) {
  std::vector<QuoteSpan> quotes;
  ParagraphPairer pairer(text, quotes);
  Carried carried;
  for (const ByteSpan& para : paragraphs) carried = pairer.run(para, carried);
  return quotes;
}

}  // namespace saywho::text
