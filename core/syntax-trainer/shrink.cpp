#include "shrink.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "perceptron.hpp"
#include "syntax/weights.hpp"

namespace saywho::syntax::train {
namespace {

// Copies one WeightTable from `in` to `out`, keeping its `keep` largest weights.
void shrink_table(ByteReader& in, std::string& out, std::size_t keep) {
  const uint32_t classes = in.u32(), rows = in.u32(), entries = in.u32();
  const float scale = in.f32();
  std::vector<uint32_t> keys(rows);
  for (uint32_t& k : keys) k = in.u32();
  std::vector<uint8_t> counts(rows);
  for (uint8_t& c : counts) c = in.u8();
  const std::string_view cls = in.take(entries);
  const std::string_view weight = in.take(entries);
  auto magnitude = [&](std::size_t e) { return std::abs(static_cast<int>(static_cast<int8_t>(weight[e]))); };
  int threshold = 0;
  if (entries > keep) {
    std::vector<int> m(entries);
    for (std::size_t e = 0; e < entries; ++e) m[e] = magnitude(e);
    std::nth_element(m.begin(), m.begin() + static_cast<long>(entries - keep), m.end());
    threshold = m[entries - keep];
  }
  std::string key_col, count_col, cls_col, weight_col;
  uint32_t kept_rows = 0, kept_entries = 0;
  std::size_t e = 0;
  for (uint32_t r = 0; r < rows; ++r) {
    uint8_t n = 0;
    for (uint8_t i = 0; i < counts[r]; ++i, ++e) {
      if (magnitude(e) < threshold) continue;
      cls_col.push_back(cls[e]);
      weight_col.push_back(weight[e]);
      ++n;
    }
    if (n == 0) continue;
    put_u32(key_col, keys[r]);
    put_u8(count_col, n);
    ++kept_rows;
    kept_entries += n;
  }
  put_u32(out, classes);
  put_u32(out, kept_rows);
  put_u32(out, kept_entries);
  put_f32(out, scale);
  out += key_col;
  out += count_col;
  out += cls_col;
  out += weight_col;
}

}  // namespace

std::string shrink_pack(std::string_view bytes, const ShrinkBudget& budget) {
  ByteReader in(bytes);
  std::string out(in.take(8));
  const uint8_t lang_size = in.u8();
  put_u8(out, lang_size);
  out += in.take(lang_size);
  for (int list = 0; list < 2; ++list) {  // tags, labels
    const uint32_t n = in.u32();
    put_u32(out, n);
    for (uint32_t i = 0; i < n; ++i) {
      const uint8_t size = in.u8();
      put_u8(out, size);
      out += in.take(size);
    }
  }
  shrink_table(in, out, budget.tagger_entries);
  shrink_table(in, out, budget.move_entries);
  shrink_table(in, out, budget.label_entries);
  return out;
}

}  // namespace saywho::syntax::train
