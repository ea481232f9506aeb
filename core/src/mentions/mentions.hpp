// Stage "mentions": the noun phrases that can stand for a source — names
// ("Lin Jian"), titled names ("M. Lin"), roles and organisations ("le
// porte-parole du ministère…"), documents ("ce rapport"), places used as
// actors ("Pékin") and subject pronouns — and the appositions that join them.
#pragma once

#include "pipeline/state.hpp"

namespace saywho::mentions {

// Fills st.mentions (text order; nested names come after their parent).
void find_mentions(pipeline::State& st);

}  // namespace saywho::mentions
