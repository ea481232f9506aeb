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
  // The agent of t: its obl:agent, or an obl the parse left unlabelled whose
  // case word is_by(token) says introduces an agent ("tenus sur Lyon par le
  // député", "published on Monday by X"); -1 if none.
  template <class IsBy>
  int agent(uint32_t t, IsBy is_by) const {
    if (const int a = dependent(t, Rel::obl, false, true); a >= 0) return a;
    const text::Sentence* s = sentence_of(t);
    if (!s) return -1;
    for (uint32_t k = s->first_token; k < s->end_token; ++k) {
      if (tree_[k].head != static_cast<int32_t>(t) || tree_[k].rel.rel != Rel::obl) continue;
      const int c = dependent(k, Rel::case_);
      if (c >= 0 && is_by(static_cast<uint32_t>(c))) return static_cast<int>(k);
    }
    return -1;
  }

 private:
  const Tree& tree_;
  const text::Document& doc_;
  const text::Sentence* sentence_of(uint32_t t) const;
};

}  // namespace saywho::syntax
