#include "text/tokens.hpp"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>

#include "text/breakers.hpp"
#include "text/chars.hpp"
#include "text/word_lists.hpp"

namespace saywho::text {
namespace {

bool all_blank(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size())
    if (!chars::is_blank(decode_utf8(s, pos))) return false;
  return true;
}

bool is_apostrophe_char(char32_t c) { return c == U'\'' || c == 0x2019; }

// Han, Kana, and Thai, Lao, Khmer, Myanmar: scripts ICU splits into words
// with dictionaries. The wasm build carries no dictionary
// (scripts/build-icu-wasm.sh), so there a run of them is one segment; the
// native build takes the same runs (see break_words), and both give the
// same tokens.
bool dictionary_segmented(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
         u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT;
}

// Symbols that Unicode files under "other punctuation": %, #, &, @, § …
bool is_symbol_like_punct(char32_t c) {
  return c == U'%' || c == 0x2030 || c == 0x2031 || c == U'#' || c == U'&' || c == U'*' ||
         c == U'@' || c == 0x00A7 || c == 0x00B6 || c == 0x2020 || c == 0x2021;
}

}  // namespace

std::string normalize_token(std::string_view token) {
  const bool ascii = std::all_of(token.begin(), token.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    std::string out(token);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(token.data(), static_cast<int32_t>(token.size())));
  s.toLower(icu::Locale::getRoot());
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) && nfc != nullptr) {
    icu::UnicodeString normalized = nfc->normalize(s, status);
    if (U_SUCCESS(status)) s = normalized;
  }
  s.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2019)),
                   icu::UnicodeString(static_cast<UChar>(u'\'')));
  // Invisible format characters (soft hyphen, zero-width space and joiners,
  // BOM) that scraped text leaves inside words must not hide them from
  // look-ups: "gouverne\u00ADment" -> "gouvernement".
  icu::UnicodeString visible;
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    if (u_charType(c) != U_FORMAT_CHAR) visible.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  visible.toUTF8String(out);
  return out;
}

Tokenizer::Tokenizer(std::string_view text, std::string_view lang, std::vector<ByteSpan> quote_marks)
    : text_(text),
      french_(lang == "fr"),
      lists_(word_lists(lang)),
      quote_marks_(std::move(quote_marks)),
      breaker_(make_breaker(BreakKind::Word, lang)) {
  std::sort(quote_marks_.begin(), quote_marks_.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
}

Tokenizer::~Tokenizer() = default;

// A piece of a word segment, its kind read from its first character (used
// where a quotation mark or an elision cut a segment).
void Tokenizer::add_piece(ByteSpan span, PieceKind kind, std::vector<Piece>& pieces) {
  if (span.empty() || all_blank(text_.substr(span.begin, span.size()))) return;
  pieces.push_back({span, kind, false});
}

void Tokenizer::break_words(ByteSpan sentence, std::vector<Piece>& pieces) {
  std::vector<std::pair<ByteSpan, PieceKind>> segments;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = nullptr;
  if (breaker_) {
    ut = utext_openUTF8(nullptr, text_.data() + sentence.begin,
                        static_cast<int64_t>(sentence.size()), &status);
    if (U_SUCCESS(status)) breaker_->setText(ut, status);
  }
  if (breaker_ && U_SUCCESS(status)) {
    int32_t start = breaker_->first();
    for (int32_t end = breaker_->next(); end != icu::BreakIterator::DONE;
         start = end, end = breaker_->next()) {
      const int32_t rule = breaker_->getRuleStatus();
      const PieceKind kind = rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT ? PieceKind::Number
                             : rule >= UBRK_WORD_LETTER                                  ? PieceKind::Word
                                                                                         : PieceKind::Other;
      const ByteSpan span{sentence.begin + static_cast<uint32_t>(start), sentence.begin + static_cast<uint32_t>(end)};
      std::size_t here = span.begin, before = segments.empty() ? 0 : segments.back().first.begin;
      if (!segments.empty() && segments.back().first.end == span.begin &&
          dictionary_segmented(decode_utf8(text_, before)) && dictionary_segmented(decode_utf8(text_, here))) {
        segments.back().first.end = span.end;  // one run, as without dictionaries
        continue;
      }
      segments.push_back({span, kind});
    }
  } else {
    // No ICU word rules: runs of visible characters.
    uint32_t pos = sentence.begin;
    while (pos < sentence.end) {
      const uint32_t begin = pos;
      std::size_t p = pos;
      const bool blank = chars::is_blank(decode_utf8(text_, p));
      while (p < sentence.end) {
        std::size_t q = p;
        if (chars::is_blank(decode_utf8(text_, q)) != blank) break;
        p = q;
      }
      pos = static_cast<uint32_t>(p);
      segments.push_back({{begin, pos}, PieceKind::Word});
    }
  }
  utext_close(ut);

  for (const auto& [span, kind] : segments) {
    // A paired quotation mark is always a token of its own; a two-character
    // mark (``) covers two word segments.
    if (span.end <= covered_until_) continue;
    uint32_t begin = std::max(span.begin, covered_until_);
    while (next_mark_ < quote_marks_.size() && quote_marks_[next_mark_].end <= begin) ++next_mark_;
    while (next_mark_ < quote_marks_.size() && quote_marks_[next_mark_].begin < span.end) {
      const ByteSpan mark = quote_marks_[next_mark_];
      if (mark.begin > begin) add_piece({begin, mark.begin}, kind, pieces);
      add_piece(mark, PieceKind::Other, pieces);
      begin = mark.end;
      covered_until_ = mark.end;
      ++next_mark_;
    }
    if (begin < span.end) add_piece({begin, span.end}, kind, pieces);
  }
}

// "l'Iran" -> "l'" (elided) + "Iran"; "aujourd'hui" stays whole.
void Tokenizer::split_elision(const Piece& word, std::vector<Piece>& pieces) const {
  std::size_t pos = word.span.begin;
  while (pos < word.span.end) {
    std::size_t next = pos;
    const char32_t c = decode_utf8(text_, next);
    if (is_apostrophe_char(c)) {
      const auto cut = static_cast<uint32_t>(next);
      const std::string prefix = normalize_token(text_.substr(word.span.begin, cut - word.span.begin));
      if (cut < word.span.end && lists_.elisions.count(prefix) > 0) {
        pieces.push_back({{word.span.begin, cut}, PieceKind::Word, true});
        Piece rest{{cut, word.span.end}, PieceKind::Word, false};
        split_elision(rest, pieces);  // "qu'l'…" never happens, but stays safe
        return;
      }
      break;
    }
    pos = next;
  }
  pieces.push_back(word);
}

// "qu'« aucune faute »": the word breaker leaves the apostrophe of an
// elision on its own when punctuation follows it, not a letter; "qu" and
// "'" are then the elided word "qu'".
bool Tokenizer::elided_before_mark(const Piece& word, const Piece& next) const {
  if (next.kind != PieceKind::Other || next.span.begin != word.span.end) return false;
  std::size_t pos = next.span.begin;
  if (!is_apostrophe_char(decode_utf8(text_, pos)) || pos != next.span.end) return false;
  if (other_kind(next.span) == TokenKind::QuoteMark) return false;
  return lists_.elisions.count(normalize_token(text_.substr(word.span.begin, next.span.end - word.span.begin))) > 0;
}

bool Tokenizer::is_hyphen_piece(const Piece& p) const {
  if (p.kind != PieceKind::Other) return false;
  std::size_t pos = p.span.begin;
  return chars::is_hyphen(decode_utf8(text_, pos)) && pos == p.span.end;
}

bool Tokenizer::is_inversion_pronoun(const Piece& p) const {
  return p.kind == PieceKind::Word && !p.elided &&
         lists_.inversion_pronouns.count(normalize_token(text_.substr(p.span.begin, p.span.size()))) > 0;
}

TokenKind Tokenizer::other_kind(ByteSpan span) const {
  const auto it = std::lower_bound(quote_marks_.begin(), quote_marks_.end(), span.begin,
                                   [](const ByteSpan& m, uint32_t p) { return m.begin < p; });
  if (it != quote_marks_.end() && *it == span) return TokenKind::QuoteMark;
  const char32_t c = chars::at(text_, span.begin);
  if (chars::is_letter(c)) return TokenKind::Word;
  if (chars::is_digit(c)) return TokenKind::Number;
  if (u_ispunct(static_cast<UChar32>(c)) && !is_symbol_like_punct(c)) return TokenKind::Punct;
  return TokenKind::Symbol;
}

void Tokenizer::emit(const Piece& piece, TokenKind kind, uint32_t sentence_index, bool inverted,
                     std::vector<Token>& out) {
  Token t;
  t.span = piece.span;
  t.kind = kind;
  t.sentence = sentence_index;
  const std::string_view s = text_.substr(piece.span.begin, piece.span.size());
  t.norm = normalize_token(s);
  t.elided = piece.elided;
  t.inverted_subject = inverted;
  std::size_t letters = 0;
  bool any_lower = false;
  std::size_t pos = 0;
  bool first = true;
  while (pos < s.size()) {
    const char32_t c = decode_utf8(s, pos);
    if (first) t.capitalized = chars::is_upper(c) || u_istitle(static_cast<UChar32>(c));
    first = false;
    if (chars::is_letter(c)) {
      ++letters;
      any_lower = any_lower || chars::is_lower(c);
    }
  }
  t.all_caps = letters >= 2 && !any_lower;
  for (std::size_t p = previous_end_; p < piece.span.begin;) {
    if (chars::is_space(decode_utf8(text_, p))) {
      t.space_before = true;
      break;
    }
  }
  previous_end_ = piece.span.end;
  out.push_back(std::move(t));
}

void Tokenizer::tokenize(ByteSpan sentence, uint32_t sentence_index, std::vector<Token>& out) {
  std::vector<Piece> raw;
  break_words(sentence, raw);
  std::vector<Piece> pieces;
  pieces.reserve(raw.size());
  for (std::size_t r = 0; r < raw.size(); ++r) {
    const Piece& p = raw[r];
    if (french_ && p.kind == PieceKind::Word && r + 1 < raw.size() && elided_before_mark(p, raw[r + 1])) {
      pieces.push_back({{p.span.begin, raw[r + 1].span.end}, PieceKind::Word, true});
      ++r;
    } else if (french_ && p.kind == PieceKind::Word) {
      split_elision(p, pieces);
    } else {
      pieces.push_back(p);
    }
  }

  const std::size_t n = pieces.size();
  const auto adjacent = [&](std::size_t a) { return a + 1 < n && pieces[a].span.end == pieces[a + 1].span.begin; };
  const auto joins_next = [&](std::size_t a) {  // pieces a, a+1 (hyphen), a+2 form "x-y"
    return a + 2 < n && adjacent(a) && is_hyphen_piece(pieces[a + 1]) && adjacent(a + 1) &&
           pieces[a + 2].kind != PieceKind::Other;
  };
  // Pieces after `a` that make a hyphenated inversion: 4 for "-t-il", 2 for
  // "-il", 0 for none. The pronoun must end the compound ("-t-il-" is not one).
  const auto inversion_after = [&](std::size_t a) -> std::size_t {
    if (!french_ || pieces[a].kind != PieceKind::Word || !joins_next(a)) return 0;
    const Piece& second = pieces[a + 2];
    if (text_.substr(second.span.begin, second.span.size()) == "t" && joins_next(a + 2) &&
        is_inversion_pronoun(pieces[a + 4]) && !joins_next(a + 4))
      return 4;
    if (is_inversion_pronoun(second) && !joins_next(a + 2)) return 2;
    return 0;
  };

  for (std::size_t i = 0; i < n; ++i) {
    const Piece& p = pieces[i];
    if (p.kind == PieceKind::Other) {
      emit(p, other_kind(p.span), sentence_index, false, out);
      continue;
    }
    // "Etats-Unis", "porte-parole", "COVID-19": one token. Two bare numbers
    // ("2023-2024") stay apart.
    std::size_t last = i;
    while (!p.elided && joins_next(last) && inversion_after(last) == 0 &&
           (pieces[last].kind == PieceKind::Word || pieces[last + 2].kind == PieceKind::Word))
      last += 2;
    Piece word = p;
    word.span.end = pieces[last].span.end;
    const bool compound = last > i;
    emit(word, compound || p.kind == PieceKind::Word ? TokenKind::Word : TokenKind::Number,
         sentence_index, false, out);
    i = last;
    if (const std::size_t extra = inversion_after(last)) {
      const Piece link{{pieces[last + 1].span.begin, pieces[last + extra - 1].span.end}, PieceKind::Other};
      emit(link, TokenKind::Punct, sentence_index, false, out);
      emit(pieces[last + extra], TokenKind::Word, sentence_index, true, out);
      i = last + extra;
    }
  }
}

}  // namespace saywho::text
