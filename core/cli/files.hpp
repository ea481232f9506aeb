// Batch mode over files: a directory (its .txt, .text, .htm and .html files,
// subfolders included) or a glob ("articles/*.html"), one JSONL line out per
// file, in path order.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "args.hpp"
#include "batch.hpp"
#include "jsonl.hpp"

namespace saywho::cli {

// True when `input` names several files: a directory or a glob pattern.
bool is_file_batch(const std::string& input);

// The files of a directory or glob, sorted. Throws InputError when there
// are none.
std::vector<std::string> batch_files(const std::string& input);

// The one place a file of a batch is analysed -> its output line:
//   {"file":PATH,"analysis":{…}}  or  {"file":PATH,"error":{"code","message"}}
// `format` Auto: HTML or text from the file's name and content. Never throws.
RecordResult analyze_file(const std::string& path, Format format, std::optional<std::size_t> max_bytes,
                          const Options& options, const AnalyzeFn& analyze);

JsonlCounts process_files(const std::vector<std::string>& paths, std::ostream& out, Format format,
                          std::optional<std::size_t> max_bytes, const Options& options,
                          const AnalyzeFn& analyze, const BatchOptions& batch = {});

}  // namespace saywho::cli
