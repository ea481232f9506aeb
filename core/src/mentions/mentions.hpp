// Stage "mentions": the noun phrases that can stand for a source — names
// ("Lin Jian"), titled names ("M. Lin"), roles and organisations ("le
// porte-parole du ministère…"), documents ("ce rapport"), places used as
// actors ("Pékin") and subject pronouns — and the appositions that join them.
#pragma once

#include <string>
#include <vector>

#include "pipeline/state.hpp"

namespace saywho::mentions {

// Fills st.mentions (text order; nested names come after their parent).
void find_mentions(pipeline::State& st);

// "nbp" for "national bank of poland" (folded name words): one word made of
// the initials of the other name's words.
bool is_acronym_of(const std::vector<std::string>& acro, const std::vector<std::string>& name);

}  // namespace saywho::mentions
