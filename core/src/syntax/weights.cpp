#include "syntax/weights.hpp"

#include <cstring>
#include <stdexcept>

#include "syntax/hashing.hpp"

namespace saywho::syntax {

uint8_t ByteReader::u8() { return static_cast<uint8_t>(take(1)[0]); }

uint32_t ByteReader::u32() {
  const std::string_view b = take(4);
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(b[static_cast<std::size_t>(i)]);
  return v;
}

float ByteReader::f32() {
  const uint32_t bits = u32();
  float f = 0;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

std::string_view ByteReader::take(std::size_t n) {
  if (n > bytes_.size() - pos_) throw std::runtime_error("syntax pack: truncated");
  const std::string_view out = bytes_.substr(pos_, n);
  pos_ += n;
  return out;
}

void WeightTable::read(ByteReader& in) {
  classes_ = in.u32();
  const uint32_t rows = in.u32();
  const uint32_t entries = in.u32();
  (void)in.f32();  // scale: scores are only compared, so the runtime needs no rescaling
  if (classes_ == 0 || classes_ > 256) throw std::runtime_error("syntax pack: bad class count");
  // Each row takes 5 bytes (key and count), each entry 2: counts larger than
  // the bytes left are a damaged pack, refused before anything is allocated
  // (a garbage count would otherwise ask for gigabytes).
  if (rows > in.remaining() / 5 || entries > in.remaining() / 2)
    throw std::runtime_error("syntax pack: truncated");
  keys_.resize(rows);
  for (uint32_t& k : keys_) k = in.u32();
  row_start_.assign(rows + 1, 0);
  for (uint32_t r = 0; r < rows; ++r) row_start_[r + 1] = row_start_[r] + in.u8();
  if (row_start_[rows] != entries) throw std::runtime_error("syntax pack: bad entry count");
  const std::string_view cls = in.take(entries);
  cls_.assign(cls.begin(), cls.end());
  for (const uint8_t c : cls_)
    if (c >= classes_) throw std::runtime_error("syntax pack: class out of range");
  const std::string_view w = in.take(entries);
  weight_.resize(entries);
  std::memcpy(weight_.data(), w.data(), entries);

  uint32_t size = 16;
  while (size < rows * 2) size <<= 1;
  mask_ = size - 1;
  slots_.assign(size, -1);
  for (uint32_t r = 0; r < rows; ++r) {
    uint32_t s = static_cast<uint32_t>(finalize(keys_[r])) & mask_;
    while (slots_[s] >= 0) s = (s + 1) & mask_;
    slots_[s] = static_cast<int32_t>(r);
  }
}

int32_t WeightTable::find(uint32_t key) const {
  uint32_t s = static_cast<uint32_t>(finalize(key)) & mask_;
  while (true) {
    const int32_t r = slots_[s];
    if (r < 0 || keys_[static_cast<std::size_t>(r)] == key) return r;
    s = (s + 1) & mask_;
  }
}

void WeightTable::score(const uint64_t* features, std::size_t n, int32_t* scores) const {
  if (keys_.empty()) return;
  for (std::size_t i = 0; i < n; ++i) {
    const int32_t r = find(static_cast<uint32_t>(features[i]));
    if (r < 0) continue;
    const auto row = static_cast<std::size_t>(r);
    for (uint32_t e = row_start_[row]; e < row_start_[row + 1]; ++e) scores[cls_[e]] += weight_[e];
  }
}

}  // namespace saywho::syntax
