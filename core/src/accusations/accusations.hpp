// Stage "accusations": who accuses whom of what.
//   explicit: an accusation word frames it — "X accuse Y de Z", "Y a été
//     mis en examen pour Z", "les accusations de X selon lesquelles Z",
//     "X denounced Z", "X alleges that Z".
//   implicit: inside a quote, the speaker says that a party did wrong
//     ("ils ont menti", "security forces tortured suspects"); negated or
//     hedged statements and denials are not accusations.
// Data: <lang>/accusations.txt and <lang>/wrongdoing.txt.
#pragma once

#include <string>

#include "lexicon/pack.hpp"
#include "pipeline/state.hpp"
#include "saywho/analysis.hpp"

namespace saywho::accusations {

// Fills analysis.accusations (ids A1, A2 … in text order of their charge);
// may add entities for accused parties the engine did not list. Needs
// assemble() (and, for reports as accusers, reports::find()) done.
void find(const pipeline::State& st, Analysis& analysis);

// The one-word finite forms of the verbs of <lang>/accusations.txt and
// wrongdoing.txt that are no participle too ("massacre", "manipule",
// "accuses"): verbs, never adjectives, which the tagger is told before
// parsing. Read once per language, with the stage's word lists.
const lexicon::StringSet& finite_only_verb_forms(const std::string& lang);

}  // namespace saywho::accusations
