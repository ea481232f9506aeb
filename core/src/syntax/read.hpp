// Questions the later stages ask of a document's tree: "the object of this
// verb", "its subject", "the words coordinated with this one". One place,
// so accusations and reports read the parse the same way.
#pragma once

#include <cstdint>
#include <vector>

#include "syntax/tree.hpp"
#include "text/document.hpp"

namespace saywho::syntax {

class TreeReader {
 public:
  TreeReader(const Tree& tree, const text::Document& doc) : tree_(tree), doc_(doc) {}

  // A tree for every token. analyze() always parses; a State built without
  // one (tests of the rules alone) answers -1 / nothing to every question.
  bool parsed() const { return tree_.size() == doc_.tokens.size(); }
  // The first dependent of h with relation `rel`, within h's sentence, or -1.
  // An nsubj is a passive subject only when `passive`; an obl an agent
  // ("by X", "par X") only when `agent`.
  int dependent(uint32_t h, Rel rel, bool passive = false, bool agent = false) const;
  // The subject of verb v (passive: its passive subject); a verb coordinated
  // with an earlier one shares its subject ("killed civilians and looted").
  int subject(uint32_t v, bool passive = false) const;
  // The tokens coordinated with t ("Rwanda and Uganda": Uganda for Rwanda).
  std::vector<int> conjuncts(uint32_t t) const;

 private:
  const Tree& tree_;
  const text::Document& doc_;
  const text::Sentence* sentence_of(uint32_t t) const;
};

}  // namespace saywho::syntax
