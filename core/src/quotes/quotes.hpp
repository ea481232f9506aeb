// Stage "quotes": what is said. From the cues and the paired quotation marks
// it finds direct, indirect, mixed and according-to quotes, their content
// span (GUIDELINES.md: marks excluded, que/that excluded, clause bounds) and
// where their speaker should be looked for (the slot; attribution fills it).
#pragma once

#include "pipeline/state.hpp"

namespace saywho::quotes {

// Fills st.quotes (needs st.cues and st.mentions).
void find_quotes(pipeline::State& st);

}  // namespace saywho::quotes
