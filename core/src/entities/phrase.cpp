#include "entities/phrase.hpp"

#include <algorithm>

namespace saywho::entities {
namespace {

using syntax::Rel;
using syntax::Upos;
using syntax::under;

bool nominal(Upos u) { return u == Upos::NOUN || u == Upos::PROPN || u == Upos::NUM; }

}  // namespace

uint32_t noun_phrase_end(const pipeline::State& st, uint32_t first, uint32_t limit) {
  if (first >= st.ntok() || st.tree.size() != st.ntok()) return first;
  const uint32_t end = std::min(limit, st.sentence_of(first).end_token);
  // The head: past determiners and adjectives ("la toute nouvelle agence").
  uint32_t h = first;
  while (h < end && h < first + 4 && !nominal(st.tree[h].upos) &&
         (st.tree[h].upos == Upos::DET || st.tree[h].upos == Upos::ADJ))
    ++h;
  if (h >= end || !nominal(st.tree[h].upos)) return first;
  // "the harbour master": a noun that modifies the next one is not the head.
  while (h + 1 < end && nominal(st.tree[h + 1].upos) && st.tree[h].head == static_cast<int32_t>(h + 1)) ++h;
  uint32_t e = h + 1;
  for (; e < end; ++e) {
    const auto& t = st.tree[e];
    if (!under(st.tree, e, h)) break;
    if (t.upos == Upos::PUNCT || t.upos == Upos::VERB || t.upos == Upos::AUX || t.upos == Upos::SCONJ) break;
    // "la préfecture précise que …": a verb of saying the tagger took for
    // an adjective, followed by what it says.
    if (e + 1 < end && st.saying_verb_before_content(e)) break;
    if (t.upos == Upos::PRON && st.pack.in("relative", st.norm(e))) break;  // "qui", "which"
    // "that" opening a relative clause ("the M23 that has …").
    if (t.upos == Upos::PRON && t.head > static_cast<int32_t>(e) && st.tree[static_cast<uint32_t>(t.head)].rel.relcl) break;
    // (A common noun in apposition right after the head, with no comma, is
    // the head the tagger missed: "deux anciens cadres de la banque", the
    // adjective read as a noun.)
    const bool misread_head = t.rel.rel == Rel::appos && e == h + 1 && t.upos == Upos::NOUN;
    if (t.rel.relcl || t.rel.rel == Rel::acl || t.rel.rel == Rel::ccomp || t.rel.rel == Rel::advcl ||
        t.rel.rel == Rel::parataxis || (t.rel.rel == Rel::appos && !misread_head))
      break;
  }
  // A phrase does not end on a preposition, a conjunction or a determiner
  // ("la sécurité de", "X et").
  while (e > h + 1 && (st.tree[e - 1].upos == Upos::ADP || st.tree[e - 1].upos == Upos::CCONJ ||
                       st.tree[e - 1].upos == Upos::DET))
    --e;
  return e;
}

TokenRange noun_phrase_headed_by(const pipeline::State& st, uint32_t head) {
  if (head >= st.ntok() || st.tree.size() != st.ntok() || !nominal(st.tree[head].upos)) return {head, head};
  const uint32_t floor = st.sentence_of(head).first_token;
  uint32_t first = head;
  // Left dependents that belong to the phrase, nearest first, contiguous.
  while (first > floor) {
    const auto& t = st.tree[first - 1];
    if (!under(st.tree, first - 1, head)) break;
    if (t.upos == Upos::PUNCT || t.upos == Upos::VERB || t.upos == Upos::AUX || t.upos == Upos::ADP) break;
    if (!(t.rel.rel == Rel::det || t.rel.rel == Rel::amod || t.rel.rel == Rel::compound ||
          t.rel.rel == Rel::nummod || t.rel.rel == Rel::flat || t.rel.rel == Rel::nmod || t.rel.rel == Rel::advmod))
      break;
    --first;
  }
  return {first, std::max(noun_phrase_end(st, first), head + 1)};
}

uint32_t phrase_end(const pipeline::State& st, uint32_t first, uint32_t limit) {
  limit = std::min(limit, st.ntok());
  if (first >= limit || st.tree.size() != st.ntok()) return limit;
  // The root: from `first`, up the heads while they stay inside the stretch.
  uint32_t root = first;
  for (int steps = 0; steps < 32; ++steps) {
    const int32_t up = st.tree[root].head;
    if (up < static_cast<int32_t>(first) || up >= static_cast<int32_t>(limit)) break;
    root = static_cast<uint32_t>(up);
  }
  uint32_t e = first;
  while (e < limit && under(st.tree, e, root)) ++e;
  // Trailing punctuation belongs to no phrase.
  while (e > first + 1 && st.tree[e - 1].upos == Upos::PUNCT) --e;
  return std::max(e, first + 1);
}

}  // namespace saywho::entities
