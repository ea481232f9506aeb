#include "perceptron.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

namespace saywho::syntax::train {

void put_u8(std::string& out, uint8_t v) { out.push_back(static_cast<char>(v)); }
void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void put_f32(std::string& out, float v) {
  uint32_t bits = 0;
  std::memcpy(&bits, &v, sizeof bits);
  put_u32(out, bits);
}

void Perceptron::score(const uint64_t* features, std::size_t n, float* scores) const {
  for (std::size_t i = 0; i < n; ++i) {
    const auto it = rows_.find(features[i]);
    if (it == rows_.end()) continue;
    for (const Weight& w : it->second) scores[w.cls] += w.value;
  }
}

void Perceptron::add(std::vector<Weight>& row, uint32_t cls, float delta) {
  auto it = std::find_if(row.begin(), row.end(), [&](const Weight& w) { return w.cls == cls; });
  if (it == row.end()) {
    row.push_back(Weight{cls, 0, 0, instances_});
    it = row.end() - 1;
  }
  it->total += static_cast<double>(instances_ - it->stamp) * it->value;
  it->stamp = instances_;
  it->value += delta;
}

void Perceptron::update(const uint64_t* features, std::size_t n, uint32_t truth, uint32_t guess) {
  ++instances_;
  if (truth == guess) return;
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<Weight>& row = rows_[features[i]];
    add(row, truth, 1.0f);
    add(row, guess, -1.0f);
  }
}

void Perceptron::average() {
  for (auto& [key, row] : rows_) {
    for (Weight& w : row) {
      const double total = w.total + static_cast<double>(instances_ - w.stamp) * w.value;
      w.value = instances_ ? static_cast<float>(total / static_cast<double>(instances_)) : 0.0f;
      w.total = 0;
      w.stamp = instances_;
    }
  }
}

void Perceptron::write(std::string& out, std::size_t max_entries) const {
  // The magnitude threshold that keeps max_entries weights.
  std::vector<float> magnitudes;
  for (const auto& [key, row] : rows_)
    for (const Weight& w : row)
      if (w.value != 0) magnitudes.push_back(std::fabs(w.value));
  float threshold = 0;
  if (magnitudes.size() > max_entries) {
    std::nth_element(magnitudes.begin(), magnitudes.begin() + static_cast<long>(magnitudes.size() - max_entries),
                     magnitudes.end());
    threshold = magnitudes[magnitudes.size() - max_entries];
  }
  // int8 steps: the 99.9th percentile of the kept magnitudes maps to 127,
  // the rare larger ones saturate.
  std::vector<float> kept;
  for (const float m : magnitudes)
    if (m >= threshold) kept.push_back(m);
  float top = 1;
  if (!kept.empty()) {
    const std::size_t at = std::min(kept.size() - 1, kept.size() * 999 / 1000);
    std::nth_element(kept.begin(), kept.begin() + static_cast<long>(at), kept.end());
    top = std::max(kept[at], 1e-6f);
  }
  const float scale = top / 127.0f;

  // Rows by 32-bit key; two features that share the low 32 bits are merged.
  std::map<uint32_t, std::vector<float>> rows;
  for (const auto& [key, row] : rows_) {
    for (const Weight& w : row) {
      if (w.value == 0 || std::fabs(w.value) < threshold) continue;
      std::vector<float>& r = rows[static_cast<uint32_t>(key)];
      if (r.empty()) r.assign(classes_, 0.0f);
      r[w.cls] += w.value;
    }
  }
  std::vector<uint32_t> keys;
  std::vector<uint8_t> counts, cls;
  std::vector<int8_t> weights;
  for (const auto& [key, r] : rows) {
    uint8_t count = 0;
    for (uint32_t c = 0; c < classes_; ++c) {
      const long q = std::lround(r[c] / scale);
      if (q == 0) continue;
      cls.push_back(static_cast<uint8_t>(c));
      weights.push_back(static_cast<int8_t>(std::clamp<long>(q, -127, 127)));
      ++count;
    }
    if (count == 0) continue;
    keys.push_back(key);
    counts.push_back(count);
  }
  put_u32(out, classes_);
  put_u32(out, static_cast<uint32_t>(keys.size()));
  put_u32(out, static_cast<uint32_t>(cls.size()));
  put_f32(out, scale);
  for (const uint32_t k : keys) put_u32(out, k);
  for (const uint8_t c : counts) put_u8(out, c);
  for (const uint8_t c : cls) put_u8(out, c);
  for (const int8_t w : weights) put_u8(out, static_cast<uint8_t>(w));
}

}  // namespace saywho::syntax::train
