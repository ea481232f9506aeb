// A trained linear model's weights as the runtime reads them: for each
// feature key, the few classes it votes for and by how much (quantised).
// Built once from a pack's bytes; scoring is a hash probe per feature and an
// add per stored (class, weight) pair.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

namespace saywho::syntax {

// Reads little-endian values from a pack; throws std::runtime_error when the
// bytes run out, so a truncated pack is an error, never an over-read.
class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}
  uint8_t u8();
  uint32_t u32();
  float f32();
  std::string_view take(std::size_t n);
  bool done() const { return pos_ == bytes_.size(); }
  std::size_t remaining() const { return bytes_.size() - pos_; }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
};

class WeightTable {
 public:
  // Layout (all little endian), column by column so gzip finds the patterns:
  //   u32 classes, u32 rows, u32 entries, f32 scale
  //   u32 key[rows]        low 32 bits of the feature keys, ascending
  //   u8  count[rows]      classes stored for each row
  //   u8  cls[entries]     the classes, row after row
  //   i8  weight[entries]  weight = stored * scale
  void read(ByteReader& in);
  uint32_t classes() const { return classes_; }
  std::size_t rows() const { return rows_; }

  // The most features one score() call takes (the parser's 66 with room).
  static constexpr std::size_t kMaxFeatures = 128;

  // Adds the weights of `n` (≤ kMaxFeatures) features to scores[0 .. classes).
  void score(const uint64_t* features, std::size_t n, int32_t* scores) const;

 private:
  // The tables are megabytes and every feature lands in a random place, so
  // the cost is cache misses, not arithmetic. One probe reads one 8-byte
  // slot; a table of at most kInlineClasses classes (the parser's moves)
  // keeps its weights in the slot itself, others point to their
  // (class, weight) pairs, which lie side by side. score() prefetches every
  // feature's slot before reading any, so the misses overlap.
  static constexpr uint32_t kInlineClasses = 3;
  struct Slot {
    uint32_t key;
    // Inline tables: weights of classes 0..2 in bytes 0..2, byte 3 = 1.
    // Others: first entry << 8 | count (count ≥ 1). 0: an empty slot.
    uint32_t payload;
  };
  inline const Slot* find(uint32_t key) const;
  void place_in_slot_order(const Slot* filled, uint32_t count);
  // Starts loading the slots of `n` features (score() does, before reading
  // any). Prefetching the labeller's slots while the move was chosen was
  // measured slower: half the moves make no arc.
  void prefetch(const uint64_t* features, std::size_t n) const;

  uint32_t classes_ = 0;
  std::size_t rows_ = 0;
  bool inline_weights_ = false;
  std::unique_ptr<Slot[]> slots_;        // open addressing, indexed by the key's low bits
  std::unique_ptr<uint16_t[]> entries_;  // class | uint8(weight) << 8 (tables with > 3 classes)
  uint32_t mask_ = 0;
};

}  // namespace saywho::syntax
