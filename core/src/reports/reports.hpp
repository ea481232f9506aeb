// Stage "reports": documents cited as sources ("un rapport intitulé « … »",
// "the report", "X said in a statement"). It finds their mentions, clusters
// them ("un rapport" = "ce rapport" = "le document"), reads each one's
// title, publishers and date, and makes the document the speaker of what it
// says ("selon le communiqué", "the report said"). Data: <lang>/reports.txt.
#pragma once

#include "pipeline/state.hpp"
#include "saywho/analysis.hpp"

namespace saywho::reports {

// Fills analysis.reports (ids R1, R2 … in text order), may add entities for
// publishers the engine did not list, and sets the speaker of quotes whose
// source is a document to the report's id. Needs assemble() done.
void find(const pipeline::State& st, Analysis& analysis);

}  // namespace saywho::reports
