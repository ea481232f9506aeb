// Shrinks a trained pack to a size budget without retraining: keeps the
// weights of largest magnitude in each table (the pruning of
// Perceptron::write, applied again to the quantised weights).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace saywho::syntax::train {

struct ShrinkBudget {
  std::size_t tagger_entries, move_entries, label_entries;
};

// The pack `bytes` with at most the budget's entries per table.
std::string shrink_pack(std::string_view bytes, const ShrinkBudget& budget);

}  // namespace saywho::syntax::train
