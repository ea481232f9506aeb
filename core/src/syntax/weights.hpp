// A trained linear model's weights as the runtime reads them: for each
// feature key, the few classes it votes for and by how much (quantised).
// Built once from a pack's bytes; scoring is a hash probe per feature and an
// add per stored (class, weight) pair.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

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
  std::size_t rows() const { return keys_.size(); }

  // Adds the weights of `n` features to scores[0 .. classes).
  void score(const uint64_t* features, std::size_t n, int32_t* scores) const;

 private:
  int32_t find(uint32_t key) const;  // row index or -1

  uint32_t classes_ = 0;
  std::vector<uint32_t> keys_;
  std::vector<uint32_t> row_start_;  // rows + 1 offsets into cls_ / weight_
  std::vector<uint8_t> cls_;
  std::vector<int8_t> weight_;
  std::vector<int32_t> slots_;  // open addressing over keys_: row index, -1 empty
  uint32_t mask_ = 0;
};

}  // namespace saywho::syntax
