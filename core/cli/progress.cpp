#include "progress.hpp"

#include <cmath>
#include <cstdio>

namespace saywho::cli {
namespace {

std::string fixed(double value, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  return buffer;
}

double megabytes(std::size_t bytes) { return static_cast<double>(bytes) / 1e6; }

std::string duration(double seconds) {
  const auto total = static_cast<long long>(std::llround(seconds));
  const long long h = total / 3600, m = total / 60 % 60, s = total % 60;
  char buffer[64];
  if (h > 0) std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", h, m, s);
  else std::snprintf(buffer, sizeof buffer, "%lld:%02lld", m, s);
  return buffer;
}

}  // namespace

std::string progress_line(const JsonlCounts& counts, std::optional<std::size_t> total_bytes, double seconds) {
  const std::size_t done = counts.ok + counts.failed;
  std::string line = std::to_string(done) + " records, " + fixed(megabytes(counts.bytes), 1) + " MB";
  if (seconds > 0) line += ", " + fixed(static_cast<double>(done) / seconds, 0) + " records/s";
  if (total_bytes && counts.bytes > 0 && seconds > 0 && *total_bytes >= counts.bytes) {
    const double rate = static_cast<double>(counts.bytes) / seconds;  // bytes/s
    line += ", ETA " + duration(static_cast<double>(*total_bytes - counts.bytes) / rate);
  }
  return line;
}

std::string summary_line(const JsonlCounts& counts, double seconds, std::size_t jobs) {
  const double s = seconds > 0 ? seconds : 1e-9;
  return "read " + std::to_string(counts.read) + ", ok " + std::to_string(counts.ok) + ", failed " +
         std::to_string(counts.failed) + " in " + fixed(seconds, 1) + " s (" +
         fixed(static_cast<double>(counts.ok + counts.failed) / s, 0) + " records/s, " +
         fixed(megabytes(counts.bytes) / s, 2) + " MB/s, " + std::to_string(jobs) +
         (jobs == 1 ? " job)" : " jobs)");
}

}  // namespace saywho::cli
