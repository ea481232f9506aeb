// The words of a batch's progress line and closing summary (pure: main.cpp
// decides when and where to print them).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "batch.hpp"

namespace saywho::cli {

// "120 records, 1.4 MB, 85 records/s, ETA 0:12" (the ETA when the input's
// size is known and something was done).
std::string progress_line(const JsonlCounts& counts, std::optional<std::size_t> total_bytes, double seconds);

// "read 120, ok 119, failed 1 in 1.4 s (85 records/s, 1.0 MB/s, 2 jobs)"
std::string summary_line(const JsonlCounts& counts, double seconds, std::size_t jobs);

}  // namespace saywho::cli
