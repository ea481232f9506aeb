// Stage "entities": clusters mentions into the people, organisations,
// countries and groups they stand for ("Lin Jian" = "M. Lin" = "le
// porte-parole"). Pronouns are resolved later, by attribution, where a
// speaker is needed.
#pragma once

#include "pipeline/state.hpp"

namespace saywho::entities {

// Fills st.entities and sets MentionRec::entity for every non-pronoun,
// non-document mention.
void cluster(pipeline::State& st);

// A source named by a plain noun phrase that no rule knew ("d'après les
// secours"): a new description mention from `first` to the next punctuation
// (at most six words) and its own entity. Returns the mention, or -1.
int add_source_phrase(pipeline::State& st, uint32_t first, uint32_t end = UINT32_MAX);

// Attaches mention m to entity e (keeps the entity's mentions in text order).
void attach(pipeline::State& st, int m, int e);

// Moves every mention and name of entity `from` into entity `into`; `from`
// is left empty (the output skips entities without mentions).
void merge(pipeline::State& st, int from, int into);

}  // namespace saywho::entities
