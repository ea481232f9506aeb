// Batch mode: one JSON object per input line ({"text", optional "id",
// "lang"}), one JSON line out per record, a broken line reported and skipped.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

#include "saywho/saywho.hpp"

namespace saywho::cli {

struct JsonlCounts {
  std::size_t read = 0;    // non-blank lines
  std::size_t ok = 0;
  std::size_t failed = 0;
};

// Text -> analysis JSON (saywho::analyze_to_json in the CLI; tests pass
// their own). May throw saywho::Error or any std::exception.
using AnalyzeFn = std::function<std::string(std::string_view text, const Options& options)>;

// Reads `in` line by line. For each record writes one line to `out`:
//   {"line":N,"id":ID,"analysis":{…}}  or  {"line":N,"id":ID,"error":{"code","message"}}
// (unsupported_language errors also hold "language": "es", or null)
// `defaults` apply unless a record has its own "lang". Blank lines are skipped.
JsonlCounts process_jsonl(std::istream& in, std::ostream& out, const Options& defaults,
                          const AnalyzeFn& analyze);

}  // namespace saywho::cli
