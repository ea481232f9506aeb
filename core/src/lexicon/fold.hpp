// Accent folding for matching names across spellings ("Sènou" = "SÈNOU"
// once lower-cased, "Etats-Unis" = "États-Unis").
#pragma once

#include <string>
#include <string_view>

namespace saywho::lexicon {

// Lower case (full case folding) without diacritics, NFC.
std::string fold(std::string_view utf8);

}  // namespace saywho::lexicon
