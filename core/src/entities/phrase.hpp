// Noun phrases cut by the dependency tree: where "l'Agence régionale de
// l'eau", "the port authority of Ardmore" or "le groupe de la sécurité
// numérique 360" ends, from the parse rather than from a window of words.
#pragma once

#include <cstdint>

#include "pipeline/state.hpp"

namespace saywho::entities {

// The noun phrase that starts at token `first` (a determiner, an adjective or
// its noun): its head is the first noun, proper noun or number within a few
// tokens, and it runs over that head's dependents to the right, stopping at
// the first token outside the head's subtree, at punctuation, at a verb and
// at a relative or complement clause. Returns its end token (exclusive),
// never past `limit` or the sentence; `first` when no noun heads a phrase
// there.
uint32_t noun_phrase_end(const pipeline::State& st, uint32_t first, uint32_t limit = UINT32_MAX);

// The noun phrase a nominal token heads, as tokens [first, end): from its
// leftmost determiner, adjective, number or compound ("the Congolese
// army", "les forces de sécurité") to noun_phrase_end. {head, head} when
// the token heads no noun phrase (a verb, a pronoun, punctuation).
struct TokenRange {
  uint32_t first = 0, end = 0;
};
TokenRange noun_phrase_headed_by(const pipeline::State& st, uint32_t head);

// The phrase that starts at token `first` and the tokens the parse hangs
// under it, as far as they run on without a gap: "favoritisme" in
// "soupçonné de favoritisme, a démissionné", "misleading advertising" in
// "fined for misleading advertising by the regulator". Its root is the
// first token of [first, limit) whose head lies outside that stretch.
// Returns the end token (exclusive), at most `limit`; `limit` without a parse.
uint32_t phrase_end(const pipeline::State& st, uint32_t first, uint32_t limit);

}  // namespace saywho::entities
