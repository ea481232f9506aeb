// Feature hashing shared by the tagger, the parser and their trainer: a
// feature is a template number and up to three values (word hashes, tags,
// labels, counts), folded into one 64-bit key without building a string, so
// the hot loop allocates nothing.
#pragma once

#include <cstdint>
#include <string_view>

namespace saywho::syntax {

// FNV-1a over bytes: the hash of a word form.
inline uint64_t hash_bytes(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// splitmix64's finaliser: spreads every input bit over the key.
inline uint64_t finalize(uint64_t h) {
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h;
}

inline uint64_t combine(uint64_t h, uint64_t v) { return finalize(h ^ (v + 0x9e3779b97f4a7c15ull)); }

// The key of template `t` with values a, b, c.
inline uint64_t feature(uint32_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  return combine(combine(combine(finalize(t + 1), a), b), c);
}

}  // namespace saywho::syntax
