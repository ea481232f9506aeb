#include "syntax/transitions.hpp"

#include <algorithm>

#include "syntax/hashing.hpp"

namespace saywho::syntax {

void ParseState::start(const std::vector<WordView>& words, const std::vector<uint32_t>& tags) {
  words_ = &words;
  tags_ = &tags;
  n_ = words.size();
  n0_ = 0;
  stack_.clear();
  heads_.assign(n_ + 1, -1);
  labels_.assign(n_ + 1, 0);
  nodes_.assign(n_ + 1, Node{});
}

bool ParseState::valid(uint32_t move) const {
  switch (move) {
    case kShift: return n0_ < n_;
    case kRight: return stack_.size() >= 2;
    // The root takes one word: the last one on the stack.
    case kLeft: return !stack_.empty() && (n0_ < n_ || stack_.size() == 1);
    default: return false;
  }
}

void ParseState::apply(uint32_t move, uint32_t label) {
  if (move == kShift) {
    stack_.push_back(static_cast<uint32_t>(n0_++));
    return;
  }
  const uint32_t s0 = stack_.back();
  stack_.pop_back();
  if (move == kLeft) attach(s0, static_cast<uint32_t>(n0_), label);
  else attach(s0, stack_.back(), label);
}

void ParseState::attach(uint32_t dependent, uint32_t head, uint32_t label) {
  heads_[dependent] = static_cast<int32_t>(head);
  labels_[dependent] = label;
  Node& h = nodes_[head];
  const auto d = static_cast<int32_t>(dependent);
  if (dependent < head) {
    // Left dependents arrive from the nearest outwards: the newest is the leftmost.
    h.left2 = h.left1;
    h.left1 = d;
    ++h.lefts;
  } else {
    // Right dependents arrive from the nearest outwards too: the newest is the rightmost.
    h.right2 = h.right1;
    h.right1 = d;
    ++h.rights;
  }
}

uint64_t ParseState::word_at(int64_t i) const {
  if (i < 0) return kNoWord;
  if (static_cast<std::size_t>(i) == n_) return kRootWord;
  return (*words_)[static_cast<std::size_t>(i)].form;
}

uint32_t ParseState::tag_at(int64_t i) const {
  if (i < 0) return 0;
  if (static_cast<std::size_t>(i) == n_) return 255;
  return (*tags_)[static_cast<std::size_t>(i)];
}

uint32_t ParseState::label_at(int64_t i) const {
  return i < 0 ? 255 : labels_[static_cast<std::size_t>(i)] + 1;
}

void ParseState::label_features(uint32_t move, uint64_t* out) const {
  const std::size_t depth = stack_.size();
  const int64_t s0 = depth >= 1 ? static_cast<int64_t>(stack_[depth - 1]) : -1;
  const int64_t head = move == kLeft ? static_cast<int64_t>(n0_) : depth >= 2 ? static_cast<int64_t>(stack_[depth - 2]) : -1;
  out[kParserFeatures] = feature(64, move);
  out[kParserFeatures + 1] = feature(65, move, tag_at(head), tag_at(s0));
}

void ParseState::features(uint64_t* out) const {
  const std::size_t depth = stack_.size();
  const int64_t s0 = depth >= 1 ? static_cast<int64_t>(stack_[depth - 1]) : -1;
  const int64_t s1 = depth >= 2 ? static_cast<int64_t>(stack_[depth - 2]) : -1;
  const int64_t s2 = depth >= 3 ? static_cast<int64_t>(stack_[depth - 3]) : -1;
  const auto n0 = static_cast<int64_t>(n0_);
  const int64_t n1 = n0_ + 1 <= n_ ? n0 + 1 : -1;
  const int64_t n2 = n0_ + 2 <= n_ ? n0 + 2 : -1;
  const Node none;
  const Node& S0 = s0 >= 0 ? nodes_[static_cast<std::size_t>(s0)] : none;
  const Node& N0 = nodes_[n0_];
  const int64_t s0l1 = S0.left1, s0l2 = S0.left2, s0r1 = S0.right1, s0r2 = S0.right2;
  const int64_t n0l1 = N0.left1, n0l2 = N0.left2;

  const uint64_t ws0 = word_at(s0), ws1 = word_at(s1), ws2 = word_at(s2);
  const uint64_t wn0 = word_at(n0), wn1 = word_at(n1), wn2 = word_at(n2);
  const uint64_t ws0l1 = word_at(s0l1), ws0r1 = word_at(s0r1), wn0l1 = word_at(n0l1);
  const uint32_t ts0 = tag_at(s0), ts1 = tag_at(s1), ts2 = tag_at(s2);
  const uint32_t tn0 = tag_at(n0), tn1 = tag_at(n1), tn2 = tag_at(n2);
  const uint32_t ts0l1 = tag_at(s0l1), ts0l2 = tag_at(s0l2), ts0r1 = tag_at(s0r1), ts0r2 = tag_at(s0r2);
  const uint32_t tn0l1 = tag_at(n0l1), tn0l2 = tag_at(n0l2);
  const uint32_t ls0l1 = label_at(s0l1), ls0l2 = label_at(s0l2), ls0r1 = label_at(s0r1),
                 ls0r2 = label_at(s0r2), ln0l1 = label_at(n0l1), ln0l2 = label_at(n0l2);
  // Distance between s0 and n0, bucketed; 0 when there is no s0.
  const uint64_t dist = s0 >= 0 ? std::min<int64_t>(n0 - s0, 6) : 0;
  const uint64_t vs0l = S0.lefts, vs0r = S0.rights, vn0l = N0.lefts;
  const uint64_t sf0 = s0 >= 0 && static_cast<std::size_t>(s0) < n_ ? (*words_)[static_cast<std::size_t>(s0)].suffix3 : 0;
  const uint64_t nf0 = n0_ < n_ ? (*words_)[n0_].suffix3 : 0;

  std::size_t k = 0;
  // Single words, tags and word/tag pairs.
  out[k++] = feature(0, 0);
  out[k++] = feature(1, ws0, ts0);
  out[k++] = feature(2, ws0);
  out[k++] = feature(3, ts0);
  out[k++] = feature(4, wn0, tn0);
  out[k++] = feature(5, wn0);
  out[k++] = feature(6, tn0);
  out[k++] = feature(7, wn1, tn1);
  out[k++] = feature(8, wn1);
  out[k++] = feature(9, tn1);
  out[k++] = feature(10, wn2, tn2);
  out[k++] = feature(11, tn2);
  out[k++] = feature(12, ws1, ts1);
  out[k++] = feature(13, ws1);
  out[k++] = feature(14, ts1);
  out[k++] = feature(15, ws2);
  out[k++] = feature(16, ts2);
  out[k++] = feature(17, sf0, ts0);
  out[k++] = feature(18, nf0, tn0);
  // Pairs of s0 and n0.
  out[k++] = feature(19, ws0, ts0, wn0 ^ (uint64_t{tn0} << 56));
  out[k++] = feature(20, ws0, ts0, wn0);
  out[k++] = feature(21, ws0, wn0, tn0);
  out[k++] = feature(22, ws0, ts0, tn0);
  out[k++] = feature(23, ts0, wn0, tn0);
  out[k++] = feature(24, ws0, wn0);
  out[k++] = feature(25, ts0, tn0);
  out[k++] = feature(26, tn0, tn1);
  out[k++] = feature(27, ws1, ws0);
  out[k++] = feature(28, ts1, ts0, tn0);
  // Tag trigrams.
  out[k++] = feature(29, tn0, tn1, tn2);
  out[k++] = feature(30, ts0, tn0, tn1);
  out[k++] = feature(31, ts1, ts0, tn0);
  out[k++] = feature(32, ts0, ts0l1, tn0);
  out[k++] = feature(33, ts0, ts0r1, tn0);
  out[k++] = feature(34, ts0, tn0, tn0l1);
  out[k++] = feature(35, ts0, ts0l1, ts0l2);
  out[k++] = feature(36, ts0, ts0r1, ts0r2);
  out[k++] = feature(37, tn0, tn0l1, tn0l2);
  out[k++] = feature(38, ts2, ts1, ts0);
  // Distance.
  out[k++] = feature(39, ws0, dist);
  out[k++] = feature(40, ts0, dist);
  out[k++] = feature(41, wn0, dist);
  out[k++] = feature(42, tn0, dist);
  out[k++] = feature(43, ws0, wn0, dist);
  out[k++] = feature(44, ts0, tn0, dist);
  // Valency.
  out[k++] = feature(45, ws0, vs0r);
  out[k++] = feature(46, ts0, vs0r);
  out[k++] = feature(47, ws0, vs0l);
  out[k++] = feature(48, ts0, vs0l);
  out[k++] = feature(49, wn0, vn0l);
  out[k++] = feature(50, tn0, vn0l);
  // Children: words and labels.
  out[k++] = feature(51, ws0l1);
  out[k++] = feature(52, ws0r1);
  out[k++] = feature(53, wn0l1);
  out[k++] = feature(54, ls0l1, ts0);
  out[k++] = feature(55, ls0r1, ts0);
  out[k++] = feature(56, ln0l1, tn0);
  out[k++] = feature(57, ws0, ls0l1, ls0l2);
  out[k++] = feature(58, ts0, ls0r1, ls0r2);
  out[k++] = feature(59, tn0, ln0l1, ln0l2);
  out[k++] = feature(60, ts1, ts0, ts0l1);
  out[k++] = feature(61, ws0, ts0r1);
  out[k++] = feature(62, ts0l1, ts0r1, tn0);
  out[k++] = feature(63, ws1, ts1, wn0);
}

}  // namespace saywho::syntax
