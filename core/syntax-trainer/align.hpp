// Puts a UD sentence on Saywho's own tokens, so the models learn on exactly
// what the runtime sees. The sentence text goes through the text layer;
// each of our tokens takes the UD words it covers ("don't" = do + n't,
// "du" = de + le): its tag, head and relation are those of the one word
// among them whose head lies outside the token. A UD token that we cut in
// several pieces gives its words to the first piece; the others attach to it
// as "goeswith". A sentence whose tokens cannot be lined up is skipped.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "conllu.hpp"
#include "syntax/words.hpp"
#include "text/document.hpp"

namespace saywho::syntax::train {

struct Unit {  // one of our tokens with its gold annotation
  saywho::ByteSpan span;  // in the sentence text
  std::string tag;        // "NOUN", "VERB|Fin"
  std::string label;      // "nsubj"
  int head = -1;          // unit index; -1 = root
};

struct AlignedSentence {
  std::string text;
  std::vector<Unit> units;
  std::vector<WordView> words;  // the runtime's view of each unit's token
};

// The fine tag the models predict: UPOS, with VerbForm for verbs and auxiliaries.
std::string fine_tag(const UdWord& w);

// `s` on our tokens (text layer of `lang`), or nothing when they do not line up.
std::optional<AlignedSentence> align(const UdSentence& s, const std::string& lang);

}  // namespace saywho::syntax::train
