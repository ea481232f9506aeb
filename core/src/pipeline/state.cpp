#include "pipeline/state.hpp"

#include <algorithm>

namespace saywho::pipeline {

State::State(const text::Document& d, const lexicon::Pack& p) : doc(d), pack(p) {
  norms.reserve(d.tokens.size());
  for (const auto& t : d.tokens) norms.emplace_back(t.norm);
}

bool State::is_punct(uint32_t i, std::string_view p) const {
  return i < ntok() && doc.tokens[i].kind == text::TokenKind::Punct && doc.slice(doc.tokens[i].span) == p;
}

uint32_t State::token_at(uint32_t b) const {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), b,
                             [](const text::Token& t, uint32_t x) { return t.span.end <= x; });
  return static_cast<uint32_t>(it - doc.tokens.begin());
}

int State::quote_opened_at(uint32_t i) const {
  if (!is_quote_mark(i)) return -1;
  const auto b = doc.tokens[i].span.begin;
  for (std::size_t q = 0; q < doc.quotes.size(); ++q)
    if (doc.quotes[q].open_mark.begin == b) return static_cast<int>(q);
  return -1;
}

int State::quote_closed_at(uint32_t i) const {
  if (!is_quote_mark(i)) return -1;
  const auto b = doc.tokens[i].span.begin;
  for (std::size_t q = 0; q < doc.quotes.size(); ++q)
    if (doc.quotes[q].closed && !doc.quotes[q].close_mark.empty() && doc.quotes[q].close_mark.begin == b)
      return static_cast<int>(q);
  return -1;
}

int State::quote_containing(uint32_t b) const {
  int best = -1;
  for (std::size_t q = 0; q < doc.quotes.size(); ++q) {
    const auto& qs = doc.quotes[q];
    if (b >= qs.content.begin && b < qs.content.end) {
      if (best < 0 || qs.depth >= doc.quotes[best].depth) best = static_cast<int>(q);
    }
  }
  return best;
}

int State::mention_starting_at(uint32_t i) const {
  for (std::size_t m = 0; m < mentions.size(); ++m)
    if (!mentions[m].nested && mentions[m].first_tok == i) return static_cast<int>(m);
  return -1;
}

int State::mention_ending_at(uint32_t end_tok) const {
  for (std::size_t m = 0; m < mentions.size(); ++m)
    if (!mentions[m].nested && mentions[m].end_tok == end_tok) return static_cast<int>(m);
  return -1;
}

}  // namespace saywho::pipeline
