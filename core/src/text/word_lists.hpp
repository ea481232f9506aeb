// The text layer's own word lists (abbreviations, elisions, inversion
// pronouns), read from the embedded language packs (core/data/<lang>/*.txt).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace saywho::text {

struct TextWordLists {
  std::unordered_set<std::string> abbreviations;       // without the final "."
  std::unordered_set<std::string> elisions;            // "l'", "qu'" (straight ')
  std::unordered_set<std::string> inversion_pronouns;  // "il", "elle", "on"
};

// The lists of `lang` ("fr", "en"); empty lists for a language without them.
// Parsed once per language and kept for the life of the program.
const TextWordLists& word_lists(std::string_view lang);

// One entry per non-empty line, "#" starts a comment, surrounding white space
// dropped. Exposed for tests.
std::unordered_set<std::string> parse_word_list(std::string_view file_bytes);

}  // namespace saywho::text
