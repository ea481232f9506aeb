#include "syntax/weights.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>


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
  // (a garbage count would otherwise ask for gigabytes). Entry offsets must
  // fit the slot's 24 bits.
  if (rows > in.remaining() / 5 || entries > in.remaining() / 2 || entries >= (1u << 24))
    throw std::runtime_error("syntax pack: truncated");
  const std::string_view keys = in.take(std::size_t{rows} * 4);
  const std::string_view counts = in.take(rows);
  const std::string_view cls = in.take(entries);
  const std::string_view weights = in.take(entries);
  const auto key_at = [&](uint32_t r) {
    uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(keys[std::size_t{r} * 4 + static_cast<std::size_t>(i)]);
    return v;
  };

  rows_ = rows;
  inline_weights_ = classes_ <= kInlineClasses;
  // At most a quarter full: most features are absent from the table, and an
  // absent key is known only at an empty slot; at half load the longer runs
  // cost a tenth of the whole analysis (measured).
  uint32_t size = 16;
  while (size < rows * 4) size <<= 1;
  mask_ = size - 1;
  slots_.assign(size, Slot{0, 0});
  entries_.clear();
  if (!inline_weights_) entries_.reserve(entries);
  uint32_t entry = 0;
  for (uint32_t r = 0; r < rows; ++r) {
    const uint32_t count = static_cast<uint8_t>(counts[r]);
    if (count > entries - entry) throw std::runtime_error("syntax pack: bad entry count");
    uint32_t payload = 0;
    if (inline_weights_) {
      payload = 1u << 24;
      for (uint32_t e = entry; e < entry + count; ++e) {
        const auto c = static_cast<uint8_t>(cls[e]);
        if (c >= classes_) throw std::runtime_error("syntax pack: class out of range");
        payload |= uint32_t{static_cast<uint8_t>(weights[e])} << (8 * c);
      }
    } else if (count > 0) {
      payload = static_cast<uint32_t>(entries_.size()) << 8 | count;
      for (uint32_t e = entry; e < entry + count; ++e) {
        const auto c = static_cast<uint8_t>(cls[e]);
        if (c >= classes_) throw std::runtime_error("syntax pack: class out of range");
        entries_.push_back(static_cast<uint16_t>(c | uint32_t{static_cast<uint8_t>(weights[e])} << 8));
      }
    }
    entry += count;
    if (payload == 0) continue;  // a row without weights votes for nothing
    const uint32_t key = key_at(r);
    uint32_t s = key & mask_;
    while (slots_[s].payload != 0) s = (s + 1) & mask_;
    slots_[s] = Slot{key, payload};
  }
  if (entry != entries) throw std::runtime_error("syntax pack: bad entry count");
}

inline const WeightTable::Slot* WeightTable::find(uint32_t key) const {
  uint32_t s = key & mask_;  // keys are hash outputs: their low bits are already uniform
  while (true) {
    const Slot& slot = slots_[s];
    if (slot.payload == 0) return nullptr;
    if (slot.key == key) return &slot;
    s = (s + 1) & mask_;
  }
}

void WeightTable::prefetch(const uint64_t* features, std::size_t n) const {
  if (rows_ == 0) return;
  for (std::size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[static_cast<uint32_t>(features[i]) & mask_]);
}

void WeightTable::score(const uint64_t* features, std::size_t n, int32_t* scores) const {
  if (rows_ == 0) return;
  n = std::min(n, kMaxFeatures);
  prefetch(features, n);
  if (inline_weights_) {
    for (std::size_t i = 0; i < n; ++i) {
      const Slot* slot = find(static_cast<uint32_t>(features[i]));
      if (slot == nullptr) continue;
      for (uint32_t c = 0; c < classes_; ++c) scores[c] += static_cast<int8_t>(slot->payload >> (8 * c));
    }
    return;
  }
  uint32_t found[kMaxFeatures];
  std::size_t k = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const Slot* slot = find(static_cast<uint32_t>(features[i]));
    if (slot == nullptr) continue;
    found[k++] = slot->payload;
    __builtin_prefetch(&entries_[slot->payload >> 8]);
  }
  for (std::size_t i = 0; i < k; ++i) {
    const uint16_t* e = &entries_[found[i] >> 8];
    const uint16_t* end = e + (found[i] & 0xff);
    for (; e != end; ++e) scores[*e & 0xff] += static_cast<int8_t>(*e >> 8);
  }
}

}  // namespace saywho::syntax
