#include "syntax/read.hpp"

namespace saywho::syntax {

const text::Sentence* TreeReader::sentence_of(uint32_t t) const {
  if (!parsed() || t >= doc_.tokens.size()) return nullptr;
  const uint32_t s = doc_.tokens[t].sentence;
  return s < doc_.sentences.size() ? &doc_.sentences[s] : nullptr;
}

int TreeReader::dependent(uint32_t h, Rel rel, bool passive, bool agent) const {
  const text::Sentence* s = sentence_of(h);
  if (!s) return -1;
  for (uint32_t t = s->first_token; t < s->end_token; ++t) {
    const auto& ts = tree_[t];
    if (ts.head != static_cast<int32_t>(h) || ts.rel.rel != rel) continue;
    if (rel == Rel::nsubj && ts.rel.passive != passive) continue;
    if (rel == Rel::obl && ts.rel.agent != agent) continue;
    return static_cast<int>(t);
  }
  return -1;
}

int TreeReader::subject(uint32_t v, bool passive) const {
  if (!sentence_of(v)) return -1;
  for (int steps = 0; steps < 4; ++steps) {  // bounded: a malformed tree must not loop
    if (const int t = dependent(v, Rel::nsubj, passive); t >= 0) return t;
    const auto& tv = tree_[v];
    if (tv.rel.rel != Rel::conj || tv.head < 0) return -1;
    v = static_cast<uint32_t>(tv.head);
  }
  return -1;
}

std::vector<int> TreeReader::conjuncts(uint32_t t) const {
  std::vector<int> out;
  const text::Sentence* s = sentence_of(t);
  if (!s) return out;
  for (uint32_t k = t + 1; k < s->end_token; ++k)
    if (tree_[k].head == static_cast<int32_t>(t) && tree_[k].rel.rel == Rel::conj) out.push_back(static_cast<int>(k));
  return out;
}

}  // namespace saywho::syntax
