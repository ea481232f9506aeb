// Stage "attribution": gives each quote its speaker mention and entity —
// subject before the cue, inverted subject after it, the source of "selon X",
// the subject of the main clause for ", ajoutant que", and, for pronouns and
// quotes with no cue, the most salient compatible speaker before the quote.
// Each attribution gets a confidence in [0, 1] and a machine-readable reason.
#pragma once

#include "pipeline/state.hpp"

namespace saywho::attribution {

void attribute(pipeline::State& st);

}  // namespace saywho::attribution
