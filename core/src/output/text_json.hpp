// The text layer as JSON, to compare segmentations (native CLI `segment`,
// the wasm build) and to look at them. Offsets in UTF-16 code units.
#pragma once

#include <string>

#include "text/document.hpp"

namespace saywho::output {

// {"lang", "paragraphs":[{"start","end"}], "sentences":[{"start","end",
//  "paragraph","first_token","end_token"}], "tokens":[{"start","end","kind",
//  "norm", flags when true}], "quotes":[{"open","close","content","style",
//  "depth","parent","closed","continues","continued_by"}]}
std::string document_to_json(const text::Document& doc, bool pretty = false);

}  // namespace saywho::output
