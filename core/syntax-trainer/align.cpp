#include "align.hpp"

#include <cctype>

namespace saywho::syntax::train {
namespace {

std::string sentence_text(const UdSentence& s) {
  if (!s.text.empty()) return s.text;
  std::string text;
  for (const UdToken& t : s.tokens) {
    text += t.form;
    if (t.space_after) text += ' ';
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::string fine_tag(const UdWord& w) {
  if ((w.upos == "VERB" || w.upos == "AUX") && !w.verb_form.empty()) return w.upos + "|" + w.verb_form;
  return w.upos;
}

std::optional<AlignedSentence> align(const UdSentence& s, const std::string& lang) {
  AlignedSentence out;
  out.text = sentence_text(s);
  const std::string& text = out.text;

  // Where each UD surface token stands in the text.
  std::vector<saywho::ByteSpan> ud_spans;
  std::size_t pos = 0;
  for (const UdToken& t : s.tokens) {
    while (pos < text.size() && is_space(text[pos])) ++pos;
    if (text.compare(pos, t.form.size(), t.form) != 0) return std::nullopt;
    ud_spans.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + t.form.size())});
    pos += t.form.size();
  }

  const text::Document doc = text::segment(text, lang);
  const std::size_t n = doc.tokens.size();
  if (n == 0) return std::nullopt;
  std::vector<int> word_token(s.words.size(), -1);  // UD word -> our token
  std::vector<int> piece_of(n, -1);                 // our token -> first piece of its UD token
  std::size_t k = 0;
  for (std::size_t u = 0; u < s.tokens.size(); ++u) {
    const saywho::ByteSpan us = ud_spans[u];
    while (k < n && doc.tokens[k].span.end <= us.begin) ++k;
    if (k >= n) return std::nullopt;
    const saywho::ByteSpan ks = doc.tokens[k].span;
    int target = -1;
    if (ks.begin <= us.begin && us.end <= ks.end) {
      target = static_cast<int>(k);  // our token holds the whole UD token
    } else if (us.begin <= ks.begin) {
      // Our tokens cut the UD token: all of them must lie inside it.
      target = static_cast<int>(k);
      std::size_t j = k + 1;
      for (; j < n && doc.tokens[j].span.begin < us.end; ++j) {
        if (doc.tokens[j].span.end > us.end) return std::nullopt;
        piece_of[j] = target;
      }
      if (doc.tokens[k].span.end > us.end) return std::nullopt;
    } else {
      return std::nullopt;
    }
    for (int w = s.tokens[u].first_word; w <= s.tokens[u].last_word; ++w) word_token[static_cast<std::size_t>(w)] = target;
  }

  out.units.resize(n);
  std::vector<bool> has_word(n, false);
  for (std::size_t w = 0; w < s.words.size(); ++w) {
    const int t = word_token[w];
    if (t < 0) return std::nullopt;
    const UdWord& word = s.words[w];
    const int head_token = word.head == 0 ? -1 : word_token[static_cast<std::size_t>(word.head - 1)];
    if (head_token == t) continue;  // a word whose head is inside the same token
    Unit& unit = out.units[static_cast<std::size_t>(t)];
    if (has_word[static_cast<std::size_t>(t)]) continue;  // the first outward word speaks for the token
    has_word[static_cast<std::size_t>(t)] = true;
    unit.tag = fine_tag(word);
    unit.label = word.deprel;
    unit.head = head_token;
  }
  for (std::size_t t = 0; t < n; ++t) {
    Unit& unit = out.units[t];
    unit.span = doc.tokens[t].span;
    if (piece_of[t] >= 0) {
      const Unit& first = out.units[static_cast<std::size_t>(piece_of[t])];
      unit.tag = first.tag;
      unit.label = "goeswith";
      unit.head = piece_of[t];
    } else if (!has_word[t]) {
      return std::nullopt;  // every word of this token points inside it: no tree
    }
  }
  view_words(doc, 0, static_cast<uint32_t>(n), out.words);
  return out;
}

}  // namespace saywho::syntax::train
