#include "pipeline/state.hpp"

#include <algorithm>
#include <optional>

namespace saywho::pipeline {

State::State(const text::Document& d, const lexicon::Pack& p, const syntax::Tree& parse_tree)
    : doc(d), pack(p), tree(parse_tree) {
  const auto text_end = static_cast<uint32_t>(d.text.size());
  end_token_.span = ByteSpan{text_end, text_end};
  end_token_.kind = text::TokenKind::Symbol;
  end_token_.sentence = d.sentences.empty() ? 0 : static_cast<uint32_t>(d.sentences.size() - 1);
  no_sentence_.span = ByteSpan{text_end, text_end};
  no_sentence_.first_token = no_sentence_.end_token = ntok();
  norms.reserve(d.tokens.size());
  for (const auto& t : d.tokens) norms.emplace_back(t.norm);
  // The first QuoteSpan whose opening (closing) mark is each quote-mark token.
  quote_opened_.assign(ntok(), -1);
  quote_closed_.assign(ntok(), -1);
  const auto mark_token = [&](ByteSpan mark) -> std::optional<uint32_t> {
    const uint32_t i = token_at(mark.begin);
    if (is_quote_mark(i) && doc.tokens[i].span.begin == mark.begin) return i;
    return std::nullopt;
  };
  // Token -> innermost quotation whose content holds it. Quotes are sorted by
  // their opening mark, so a nested one comes after (and overwrites) its parent.
  quote_innermost_.assign(ntok(), -1);
  for (std::size_t q = 0; q < doc.quotes.size(); ++q) {
    const auto& qs = doc.quotes[q];
    for (uint32_t t = token_at(qs.content.begin); t < ntok() && doc.tokens[t].span.begin < qs.content.end; ++t)
      quote_innermost_[t] = static_cast<int>(q);
  }
  for (std::size_t q = 0; q < doc.quotes.size(); ++q) {
    const auto& qs = doc.quotes[q];
    if (const auto i = mark_token(qs.open_mark); i && quote_opened_[*i] < 0) quote_opened_[*i] = static_cast<int>(q);
    if (!qs.closed || qs.close_mark.empty()) continue;
    if (const auto i = mark_token(qs.close_mark); i && quote_closed_[*i] < 0) quote_closed_[*i] = static_cast<int>(q);
  }
}

// Brings the mention tables up to date: the first non-nested mention that
// starts (ends) at each token. Appended mentions are added; anything else
// (fewer mentions than indexed) rebuilds from scratch.
void State::index_mentions() const {
  if (mentions.size() < mentions_indexed_ || mention_starting_.size() != ntok() + 1u) {
    mention_starting_.assign(ntok() + 1u, -1);
    mention_ending_.assign(ntok() + 1u, -1);
    mentions_indexed_ = 0;
  }
  for (; mentions_indexed_ < mentions.size(); ++mentions_indexed_) {
    const MentionRec& m = mentions[mentions_indexed_];
    if (m.nested) continue;
    const int index = static_cast<int>(mentions_indexed_);
    if (m.first_tok <= ntok() && mention_starting_[m.first_tok] < 0) mention_starting_[m.first_tok] = index;
    if (m.end_tok <= ntok() && mention_ending_[m.end_tok] < 0) mention_ending_[m.end_tok] = index;
  }
}

bool State::has_finite_verb(const text::Sentence& s) const {
  if (tree.size() != ntok()) return true;  // no parse: nothing to doubt
  for (uint32_t k = s.first_token; k < s.end_token; ++k)
    if ((tree[k].upos == syntax::Upos::VERB || tree[k].upos == syntax::Upos::AUX) && tree[k].form == syntax::Form::Finite)
      return true;
  return false;
}

bool State::plural_noun(uint32_t i) const {
  if (!is_word(i)) return false;
  const std::string_view w = norm(i);
  if (pack.function_words.contains(w) || pack.verb(w) || pack.in("preposition", w)) return false;
  if (pack.in("irregular_plural", w)) return true;
  return w.size() >= 4 && ends_with_one_of(i, "plural_ending") && !ends_with_one_of(i, "singular_ending");
}

bool State::ends_with_one_of(uint32_t i, std::string_view cls) const {
  if (!is_word(i)) return false;
  const std::string_view w = norm(i);
  const auto it = pack.classes.find(cls);
  if (it == pack.classes.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(),
                     [&](const std::string& e) { return w.size() > e.size() && w.ends_with(e); });
}

bool State::is_punct(uint32_t i, std::string_view p) const {
  return i < ntok() && doc.tokens[i].kind == text::TokenKind::Punct && doc.slice(doc.tokens[i].span) == p;
}

bool State::amount_at(uint32_t i) const {
  if (i >= ntok()) return false;
  const auto& t = doc.tokens[i];
  const std::string_view text = doc.slice(t.span);
  if (t.kind == text::TokenKind::Symbol)
    return text == "$" || text == "\xC2\xA3" || text == "\xE2\x82\xAC" || text == "\xC2\xA5";  // $ £ € ¥
  const bool figure = t.kind == text::TokenKind::Number || (!text.empty() && text.front() >= '0' && text.front() <= '9');
  if (!figure) return false;
  if (t.kind == text::TokenKind::Word && (text.ends_with("m") || text.ends_with("bn") || text.ends_with("k"))) return true;
  return i + 1 < ntok() && pack.in("money_word", norm(i + 1));
}

uint32_t State::token_at(uint32_t b) const {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), b,
                             [](const text::Token& t, uint32_t x) { return t.span.end <= x; });
  return static_cast<uint32_t>(it - doc.tokens.begin());
}

int State::quote_opened_at(uint32_t i) const { return i < ntok() ? quote_opened_[i] : -1; }

int State::quote_closed_at(uint32_t i) const { return i < ntok() ? quote_closed_[i] : -1; }

int State::quote_containing(uint32_t b) const {
  // The innermost quotation recorded for the token at b, then up its parents
  // until one really contains b (b may fall between tokens).
  const uint32_t t = token_at(b);
  int q = t < quote_innermost_.size() ? quote_innermost_[t] : -1;
  while (q >= 0) {
    const auto& qs = doc.quotes[q];
    if (b >= qs.content.begin && b < qs.content.end) return q;
    q = qs.parent;
  }
  return -1;
}

int State::mention_starting_at(uint32_t i) const {
  if (i > ntok()) return -1;
  index_mentions();
  int m = mention_starting_[i];
  if (m >= 0 && (mentions[m].nested || mentions[m].first_tok != i)) {  // reordered since: rebuild
    mention_starting_.clear();
    index_mentions();
    m = mention_starting_[i];
  }
  return m;
}

int State::mention_ending_at(uint32_t end_tok) const {
  if (end_tok > ntok()) return -1;
  index_mentions();
  int m = mention_ending_[end_tok];
  if (m >= 0 && (mentions[m].nested || mentions[m].end_tok != end_tok)) {  // reordered since: rebuild
    mention_starting_.clear();
    index_mentions();
    m = mention_ending_[end_tok];
  }
  return m;
}

int State::mention_before_apposition(uint32_t end_tok) const {
  if (end_tok < 2 || end_tok > ntok() || !is_punct(end_tok - 1, ",")) return -1;
  const uint32_t floor = sentence_of(end_tok - 1).first_token;
  for (uint32_t k = end_tok - 1; k-- > floor && k + 10 > end_tok;) {
    if (!is_punct(k, ",")) continue;
    if (!pack.in("determiner", norm(k + 1))) return -1;
    const int m = mention_ending_at(k);
    return m >= 0 && mentions[m].kind != MentionKind::Pronoun ? m : -1;
  }
  return -1;
}

bool State::saying_verb_before_content(uint32_t i) const {
  if (i + 1 >= ntok() || tok(i + 1).sentence != tok(i).sentence || !pack.verb(norm(i))) return false;
  return pack.in("complementizer", norm(i + 1)) || is_quote_mark(i + 1) || is_punct(i + 1, ":");
}

int State::mention_before_parenthesis(uint32_t end_tok) const {
  if (end_tok < 3 || end_tok > ntok() || !is_punct(end_tok - 1, ")")) return -1;
  const uint32_t floor = sentence_of(end_tok - 1).first_token;
  for (uint32_t p = end_tok - 2; p + 5 >= end_tok && p > floor; --p)
    if (is_punct(p, "(")) return mention_ending_at(p);
  return -1;
}

bool State::is_subject(const MentionRec& m) const {
  if (tree.size() != ntok()) return false;
  for (uint32_t t = m.first_tok; t < m.end_tok && t < ntok(); ++t) {
    const auto& n = tree[t];
    if (n.rel.rel == syntax::Rel::nsubj && (n.head < static_cast<int32_t>(m.first_tok) || n.head >= static_cast<int32_t>(m.end_tok)))
      return true;
  }
  return false;
}

}  // namespace saywho::pipeline
