// Batch mode: one JSON object per input line ({"text", optional "id",
// "lang"}), one JSON line out per record, a broken line reported and skipped.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

#include "batch.hpp"
#include "saywho/saywho.hpp"

namespace saywho::cli {

// Text -> analysis JSON (saywho::analyze_to_json in the CLI; tests pass
// their own). May throw saywho::Error or any std::exception. Called from
// several threads at once when jobs > 1.
using AnalyzeFn = std::function<std::string(std::string_view text, const Options& options)>;

// The one place a JSONL record is analysed: line `number` of the input
// (non-blank) -> its output line, without the newline:
//   {"line":N,"id":ID,"analysis":{…}}  or  {"line":N,"id":ID,"error":{"code","message"}}
// `defaults` apply unless the record has its own "lang". Never throws.
RecordResult analyze_record(std::string_view line, std::size_t number, const Options& defaults,
                            const AnalyzeFn& analyze);

// Reads `in` line by line and writes analyze_record's line for each record,
// in input order, with `batch.jobs` threads. Blank lines are skipped (but
// numbered).
JsonlCounts process_jsonl(std::istream& in, std::ostream& out, const Options& defaults,
                          const AnalyzeFn& analyze, const BatchOptions& batch = {});

}  // namespace saywho::cli
