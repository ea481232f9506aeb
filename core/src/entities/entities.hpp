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

// Attaches mention m to entity e (keeps the entity's mentions in text order).
void attach(pipeline::State& st, int m, int e);

}  // namespace saywho::entities
