// The command line of saywho-cli, parsed; no I/O here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace saywho::cli {

enum class Command { Analyze, Segment, Help, Version };
enum class Format { Auto, Text, Html, Jsonl };

struct Args {
  Command command = Command::Analyze;
  std::string lang = "auto";  // segment: "fr" unless given
  bool pretty = false;
  Format format = Format::Auto;
  std::optional<std::size_t> max_bytes;
  std::size_t jobs = 0;  // batches: threads analysing records; 0 = one per core
  std::string input;  // a path, "-" for standard input, a directory or a glob
};

// The parsed arguments, or the reason they are wrong (for a usage error).
struct ParseResult {
  std::optional<Args> args;
  std::string error;
};

ParseResult parse_args(const std::vector<std::string>& argv);

// The format to read `input` with when --format was not given: .jsonl ->
// JSONL, .html/.htm or content that looks like HTML -> HTML, else text.
Format detect_format(const std::string& path, const std::string& content);

extern const char* const kUsage;

}  // namespace saywho::cli
