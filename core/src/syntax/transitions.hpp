// The arc-hybrid transition system (Kuhlmann et al. 2011) as in Honnibal's
// "Parsing English in 500 lines of Python" and Goldberg & Nivre's dynamic
// oracle: a stack, a buffer front n0, and three moves:
//   SHIFT   push n0
//   LEFT    pop s0, attach it to n0
//   RIGHT   pop s0, attach it to s1
// The root is a virtual word after the sentence; whatever it takes is a root.
// One model picks the move among three; a second one labels the arc a
// LEFT or RIGHT makes. Joint labelled moves (1 + 2 x 45 classes) cost ~4x
// more per token for about the same accuracy.
// The state's buffers are reused from sentence to sentence (no allocation
// once they have grown to the longest sentence).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "syntax/words.hpp"

namespace saywho::syntax {

inline constexpr std::size_t kParserFeatures = 64;
// The labeller sees the parser's features and two more: the move, and the
// move with the tags of head and dependent.
inline constexpr std::size_t kLabelFeatures = kParserFeatures + 2;
enum Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };
inline constexpr uint32_t kMoves = 3;

class ParseState {
 public:
  // Starts parsing `words` with their tags (class + 1 of the tagger).
  void start(const std::vector<WordView>& words, const std::vector<uint32_t>& tags);
  bool done() const { return n0_ == n_ && stack_.empty(); }
  bool valid(uint32_t move) const;
  // Applies `move`; LEFT and RIGHT label their arc with `label`.
  void apply(uint32_t move, uint32_t label = 0);
  void features(uint64_t* out) const;  // kParserFeatures keys
  // After features(out): adds the labeller's keys for `move` (kLabelFeatures in all).
  void label_features(uint32_t move, uint64_t* out) const;

  std::size_t size() const { return n_; }
  std::size_t buffer_front() const { return n0_; }
  const std::vector<uint32_t>& stack() const { return stack_; }
  // Head of word i (n = the root), -1 while unattached; its label.
  int32_t head(std::size_t i) const { return heads_[i]; }
  uint32_t label(std::size_t i) const { return labels_[i]; }

 private:
  struct Node {
    int32_t left1 = -1, left2 = -1;    // the two leftmost dependents
    int32_t right1 = -1, right2 = -1;  // the two rightmost dependents
    uint32_t lefts = 0, rights = 0;    // how many on each side
  };
  void attach(uint32_t dependent, uint32_t head, uint32_t label);
  uint64_t word_at(int64_t i) const;
  uint32_t tag_at(int64_t i) const;
  uint32_t label_at(int64_t i) const;

  const std::vector<WordView>* words_ = nullptr;
  const std::vector<uint32_t>* tags_ = nullptr;
  std::size_t n_ = 0;   // words; index n_ is the root
  std::size_t n0_ = 0;  // buffer front
  std::vector<uint32_t> stack_;
  std::vector<int32_t> heads_;
  std::vector<uint32_t> labels_;
  std::vector<Node> nodes_;
};

}  // namespace saywho::syntax
