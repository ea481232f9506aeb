// The arc-hybrid transition system (Kuhlmann et al. 2011) as in Honnibal's
// "Parsing English in 500 lines of Python" and Goldberg & Nivre's dynamic
// oracle: a stack, a buffer front n0, and three moves, the last two labelled:
//   SHIFT     push n0
//   LEFT(l)   pop s0, attach it to n0 with label l
//   RIGHT(l)  pop s0, attach it to s1 with label l
// The root is a virtual word after the sentence; whatever it takes is a root.
// Classes: 0 = SHIFT, 1 + 2l = LEFT(l), 2 + 2l = RIGHT(l).
// The state's buffers are reused from sentence to sentence (no allocation
// once they have grown to the longest sentence).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "syntax/words.hpp"

namespace saywho::syntax {

inline constexpr std::size_t kParserFeatures = 64;
enum Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };

inline uint32_t move_of(uint32_t cls) { return cls == 0 ? kShift : ((cls - 1) % 2 == 0 ? kLeft : kRight); }
inline uint32_t label_of(uint32_t cls) { return cls == 0 ? 0 : (cls - 1) / 2; }
inline uint32_t class_of(uint32_t move, uint32_t label) {
  return move == kShift ? 0 : 1 + 2 * label + (move == kRight ? 1 : 0);
}

class ParseState {
 public:
  // Starts parsing `words` with their tags (class + 1 of the tagger).
  void start(const std::vector<WordView>& words, const std::vector<uint32_t>& tags);
  bool done() const { return n0_ == n_ && stack_.empty(); }
  bool valid(uint32_t move) const;
  void apply(uint32_t cls);
  void features(uint64_t* out) const;  // kParserFeatures keys

  std::size_t size() const { return n_; }
  std::size_t buffer_front() const { return n0_; }
  const std::vector<uint32_t>& stack() const { return stack_; }
  // Head of word i (n = the root), -1 while unattached; label as a class label.
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
