// What every libFuzzer target here does with a broken invariant: print it
// and abort, so libFuzzer saves the input as a crash (build/fuzz/artifacts/).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace saywho::fuzz {

[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "invariant broken: %s\n", what.c_str());
  std::abort();
}

// The problems a check of test_hostile_invariants.hpp found, if any.
inline void fail_on(const std::vector<std::string>& problems, const char* where) {
  if (problems.empty()) return;
  std::string all = where;
  for (const auto& p : problems) all += "\n  " + p;
  fail(all);
}

}  // namespace saywho::fuzz
