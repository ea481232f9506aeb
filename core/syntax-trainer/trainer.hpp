// Training and evaluation of a language's syntax pack from aligned UD
// sentences (align.hpp): the tagger first, then the parser on the tags the
// tagger predicts (as at run time), then both written as one pack.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "align.hpp"

namespace saywho::syntax::train {

struct TrainOptions {
  std::string lang;
  int tagger_epochs = 8;
  int parser_epochs = 12;
  std::size_t tagger_entries = 400000;  // weights kept in the pack
  std::size_t parser_entries = 1200000;
  std::size_t min_label_count = 20;     // rarer subtypes fall back to their base relation
  uint64_t seed = 1;
};

// Trains on `sentences` and returns the pack's bytes; progress on `log`.
std::string train_pack(const std::vector<AlignedSentence>& sentences, const TrainOptions& options, std::ostream& log);

}  // namespace saywho::syntax::train
