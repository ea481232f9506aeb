// The part-of-speech tagger's features (Honnibal's greedy averaged
// perceptron tagger, extended with shape and a wider word window): the token,
// its affixes and shape, its neighbours, and the two tags already chosen to
// its left. One function for the runtime and the trainer, so both see the
// same features.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "syntax/hashing.hpp"
#include "syntax/words.hpp"

namespace saywho::syntax {

inline constexpr std::size_t kTaggerFeatures = 22;

// Features of token i of `words`, given the tags p1 (of i-1) and p2 (of i-2);
// tag values are class + 1, 0 before the sentence. Writes kTaggerFeatures keys.
inline void tagger_features(const std::vector<WordView>& words, std::size_t i, uint32_t p1, uint32_t p2,
                            uint64_t* out) {
  const std::size_t n = words.size();
  const WordView& w = words[i];
  const uint64_t prev = i >= 1 ? words[i - 1].form : kNoWord;
  const uint64_t prev2 = i >= 2 ? words[i - 2].form : kNoWord;
  const uint64_t next = i + 1 < n ? words[i + 1].form : kNoWord;
  const uint64_t next2 = i + 2 < n ? words[i + 2].form : kNoWord;
  const uint64_t prev_suffix = i >= 1 ? words[i - 1].suffix3 : kNoWord;
  const uint64_t next_suffix = i + 1 < n ? words[i + 1].suffix3 : kNoWord;
  const uint32_t next_shape = i + 1 < n ? words[i + 1].shape : 1024;
  std::size_t k = 0;
  out[k++] = feature(0, 0);
  out[k++] = feature(1, w.form);
  out[k++] = feature(2, w.suffix2);
  out[k++] = feature(3, w.suffix3);
  out[k++] = feature(4, w.suffix4);
  out[k++] = feature(5, w.prefix);
  out[k++] = feature(6, w.shape);
  out[k++] = feature(7, w.shape, w.form);
  out[k++] = feature(8, p1);
  out[k++] = feature(9, p2);
  out[k++] = feature(10, p1, p2);
  out[k++] = feature(11, p1, w.form);
  out[k++] = feature(12, prev);
  out[k++] = feature(13, prev_suffix);
  out[k++] = feature(14, prev2);
  out[k++] = feature(15, next);
  out[k++] = feature(16, next_suffix);
  out[k++] = feature(17, next2);
  out[k++] = feature(18, prev, w.form);
  out[k++] = feature(19, w.form, next);
  out[k++] = feature(20, next_shape, w.shape);
  out[k++] = feature(21, p1, w.suffix3);
}

}  // namespace saywho::syntax
