// An averaged perceptron over hashed features (Collins 2002; the lazy
// averaging of Honnibal's tagger), and its export to the runtime's
// WeightTable: pruned to the strongest weights and quantised to int8.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace saywho::syntax::train {

class Perceptron {
 public:
  explicit Perceptron(uint32_t classes) : classes_(classes) {}
  uint32_t classes() const { return classes_; }

  // Adds the current (or, after average(), the averaged) weights to scores.
  void score(const uint64_t* features, std::size_t n, float* scores) const;
  // One training instance: reward `truth`, penalise `guess` (no-op if equal).
  void update(const uint64_t* features, std::size_t n, uint32_t truth, uint32_t guess);
  // Replaces every weight by its average over all instances seen.
  void average();

  // Appends the runtime table (syntax/weights.hpp) keeping at most
  // `max_entries` (feature, class) weights, the largest in magnitude.
  void write(std::string& out, std::size_t max_entries) const;

 private:
  struct Weight {
    uint32_t cls;
    float value = 0;
    double total = 0;     // sum of value over the instances before `stamp`
    uint64_t stamp = 0;   // instance count when value last changed
  };
  void add(std::vector<Weight>& row, uint32_t cls, float delta);

  uint32_t classes_;
  uint64_t instances_ = 0;
  std::unordered_map<uint64_t, std::vector<Weight>> rows_;
};

// Little-endian writers for the pack format.
void put_u8(std::string& out, uint8_t v);
void put_u32(std::string& out, uint32_t v);
void put_f32(std::string& out, float v);

}  // namespace saywho::syntax::train
