#include "syntax/weights.hpp"

#include <algorithm>
#include <cstring>
#include <memory>
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
  // Raw byte pointers, the counts above checked: the wasm build optimises
  // for size and leaves string_view's operator[] a call per byte.
  const auto bytes_of = [&](std::size_t n) { return reinterpret_cast<const uint8_t*>(in.take(n).data()); };
  const uint8_t* keys = bytes_of(std::size_t{rows} * 4);
  const uint8_t* counts = bytes_of(rows);
  const uint8_t* cls = bytes_of(entries);
  const uint8_t* weights = bytes_of(entries);

  rows_ = rows;
  inline_weights_ = classes_ <= kInlineClasses;
  // At most a quarter full: most features are absent from the table, and an
  // absent key is known only at an empty slot; at half load the longer runs
  // cost a tenth of the whole analysis (measured).
  uint32_t size = 16;
  while (size < rows * 4) size <<= 1;
  mask_ = size - 1;
  // Plain arrays filled by index: the wasm build is optimised for size, and
  // there a vector's per-element construct and push_back stay calls, which
  // were half the time of installing a pack.
  slots_.reset(new Slot[size]());  // () zero-fills: every slot empty
  entries_.reset(inline_weights_ ? nullptr : new uint16_t[entries]);
  uint16_t* const out = entries_.get();
  // The rows' slots in pack order, then placed in the table in the order of
  // their home slots (place_in_slot_order).
  const std::unique_ptr<Slot[]> filled_rows(new Slot[rows]);  // not zeroed: written before read
  Slot* const filled = filled_rows.get();
  uint32_t filled_count = 0;
  uint32_t entry = 0;
  for (uint32_t r = 0; r < rows; ++r) {
    const uint32_t count = counts[r];
    if (count > entries - entry) throw std::runtime_error("syntax pack: bad entry count");
    uint32_t payload = 0;
    if (inline_weights_) {
      payload = 1u << 24;
      for (uint32_t e = entry; e < entry + count; ++e) {
        const uint32_t c = cls[e];
        if (c >= classes_) throw std::runtime_error("syntax pack: class out of range");
        payload |= uint32_t{weights[e]} << (8 * c);
      }
    } else if (count > 0) {
      payload = entry << 8 | count;
      for (uint32_t e = entry; e < entry + count; ++e) {
        const uint32_t c = cls[e];
        if (c >= classes_) throw std::runtime_error("syntax pack: class out of range");
        out[e] = static_cast<uint16_t>(c | uint32_t{weights[e]} << 8);
      }
    }
    entry += count;
    if (payload == 0) continue;  // a row without weights votes for nothing
    const uint8_t* k = keys + std::size_t{r} * 4;
    filled[filled_count++] = Slot{uint32_t{k[0]} | uint32_t{k[1]} << 8 | uint32_t{k[2]} << 16 | uint32_t{k[3]} << 24, payload};
  }
  if (entry != entries) throw std::runtime_error("syntax pack: bad entry count");
  place_in_slot_order(filled, filled_count);
}

// Inserts the slots bucket by bucket (a bucket: 1,024 neighbouring slots,
// 8 KB), so the writes into the table move forward through memory: in the
// pack's order each one was a cache miss, two thirds of the install time.
// Lookups do not depend on the order of insertion.
void WeightTable::place_in_slot_order(const Slot* filled, uint32_t count) {
  constexpr uint32_t kBucketBits = 10;
  const uint32_t buckets = (mask_ >> kBucketBits) + 1;
  const uint32_t mask = mask_;
  const std::unique_ptr<uint32_t[]> bucket_start(new uint32_t[buckets + 1]());  // zeroed
  const std::unique_ptr<uint32_t[]> bucket_order(new uint32_t[count]);
  uint32_t* const start = bucket_start.get();
  uint32_t* const order = bucket_order.get();
  for (uint32_t i = 0; i < count; ++i) ++start[((filled[i].key & mask) >> kBucketBits) + 1];
  for (uint32_t b = 0; b < buckets; ++b) start[b + 1] += start[b];
  for (uint32_t i = 0; i < count; ++i) order[start[(filled[i].key & mask) >> kBucketBits]++] = i;
  Slot* const table = slots_.get();
  for (uint32_t k = 0; k < count; ++k) {
    const Slot& slot = filled[order[k]];
    uint32_t s = slot.key & mask;
    while (table[s].payload != 0) s = (s + 1) & mask;
    table[s] = slot;
  }
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
