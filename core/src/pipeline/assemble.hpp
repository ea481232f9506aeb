// Turns the engine's internal state into the public Analysis: entity ids in
// order of first mention, quote ids in text order, nesting (parent), and the
// descriptions of each entity.
#pragma once

#include "pipeline/state.hpp"

namespace saywho::pipeline {

// Fills analysis.entities and analysis.quotes from st.
void assemble(const State& st, Analysis& analysis);

// The public id ("E3") of internal entity index e, or nothing when it was
// not output; valid after assemble() for the same state.
std::optional<std::string> entity_id(const State& st, int e);
// The same for every internal entity at once (index e -> id or nothing):
// one sort instead of one per entity.
std::vector<std::optional<std::string>> entity_ids(const State& st);

}  // namespace saywho::pipeline
