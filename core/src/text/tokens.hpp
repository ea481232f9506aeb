// Tokens of one sentence: ICU word breaks, white space skipped, then our
// French fixes: elisions split off ("l'Iran" -> "l'" + "Iran"), hyphenated
// inversions kept analysable ("a-t-il" -> "a" "-t-" "il"), other hyphenated
// words kept whole ("Etats-Unis", "porte-parole").
#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.hpp"


namespace saywho::text {

struct TextWordLists;

// norm of a token: lower case (ICU root locale), NFC, ’ -> '.
std::string normalize_token(std::string_view token);

class Tokenizer {
 public:
  // `quote_marks`: every opening and closing mark of a paired quote, sorted;
  // those become QuoteMark tokens, other quote characters are Punct.
  Tokenizer(std::string_view text, std::string_view lang, std::vector<ByteSpan> quote_marks);
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Appends the tokens of `sentence` (sentences must come in text order).
  void tokenize(ByteSpan sentence, uint32_t sentence_index, std::vector<Token>& out);

 private:
  enum class PieceKind : uint8_t { Word, Number, Other };
  struct Piece {
    ByteSpan span;
    PieceKind kind;
    bool elided = false;
  };

  void break_words(ByteSpan sentence, std::vector<Piece>& pieces);
  void add_piece(ByteSpan span, PieceKind kind, std::vector<Piece>& pieces);
  void split_elision(const Piece& word, std::vector<Piece>& pieces) const;
  bool elided_before_mark(const Piece& word, const Piece& next) const;
  bool is_hyphen_piece(const Piece& p) const;
  bool is_inversion_pronoun(const Piece& p) const;
  void emit(const Piece& piece, TokenKind kind, uint32_t sentence_index, bool inverted,
            std::vector<Token>& out);
  TokenKind other_kind(ByteSpan span) const;

  std::string_view text_;
  bool french_;
  const TextWordLists& lists_;
  std::vector<ByteSpan> quote_marks_;
  std::size_t next_mark_ = 0;  // sentences come in order: a moving cursor
  uint32_t previous_end_ = 0;
  uint32_t covered_until_ = 0;  // end of the last quotation mark emitted
  std::unique_ptr<icu::BreakIterator> breaker_;
};

}  // namespace saywho::text
