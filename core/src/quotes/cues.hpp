// Finding reporting expressions: verb groups of saying ("a déclaré",
// "a-t-il ajouté", "déclare-t-elle", "ajoutant", "s'est dit", "a tenu à
// préciser", "said", "has warned", "told reporters") and source markers
// ("selon", "d'après", "according to").
#pragma once

#include "pipeline/state.hpp"

namespace saywho::quotes {

// Fills st.cues, in text order.
void find_cues(pipeline::State& st);

}  // namespace saywho::quotes
