// Spans looked up by a byte they cover. Stages that asked "which quote (or
// mention) covers this byte?" by scanning every span made long texts
// quadratic; this keeps the spans ordered by start and remembers the longest,
// so a look-up visits only spans that begin close enough before the byte.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>

#include "saywho/analysis.hpp"

namespace saywho::pipeline {

class SpanIndex {
 public:
  void add(ByteSpan span, std::size_t id) {
    if (span.empty()) return;  // covers nothing
    by_begin_.emplace(span.begin, std::make_pair(span, id));
    longest_ = std::max(longest_, span.size());
  }

  // Calls f(span, id) for every span that contains `pos`.
  template <class F>
  void for_each_covering(uint32_t pos, F&& f) const {
    for (auto it = by_begin_.upper_bound(pos); it != by_begin_.begin();) {
      --it;
      if (pos - it->first >= longest_) break;  // begins too far before pos to reach it
      if (it->second.first.contains(pos)) f(it->second.first, it->second.second);
    }
  }

  // The smallest id among the spans that contain `pos`.
  std::optional<std::size_t> first_covering(uint32_t pos) const {
    std::optional<std::size_t> best;
    for_each_covering(pos, [&](ByteSpan, std::size_t id) {
      if (!best || id < *best) best = id;
    });
    return best;
  }

 private:
  std::multimap<uint32_t, std::pair<ByteSpan, std::size_t>> by_begin_;
  uint32_t longest_ = 0;
};

}  // namespace saywho::pipeline
