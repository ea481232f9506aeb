// Batches (JSONL records, files of a directory): each record analysed on a
// pool of threads, its output line written in input order, a bounded window
// of records in flight, counts and progress for the summary.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>

namespace saywho::cli {

struct JsonlCounts {
  std::size_t read = 0;    // records (non-blank lines, files)
  std::size_t ok = 0;
  std::size_t failed = 0;
  std::size_t bytes = 0;   // input bytes of the records written so far
};

// What one record gives: its output line (no newline) and whether that line
// holds an analysis (else an error).
struct RecordResult {
  std::string line;
  bool ok = false;
};

// The threads for `jobs` asked (0: one per core).
std::size_t threads_for(std::size_t jobs);

struct BatchOptions {
  std::size_t jobs = 1;    // threads analysing records (1: the caller's thread)
  std::size_t window = 0;  // records in flight at most; 0: 16 per job
  // Called on the caller's thread after each record is written.
  std::function<void(const JsonlCounts&)> on_progress;
};

// Writes the records' lines to `out` in the order they were added.
class BatchWriter {
 public:
  BatchWriter(std::ostream& out, const BatchOptions& options);
  ~BatchWriter();
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  // A record of `input_bytes` bytes; `task` runs on a pool thread and must
  // not touch shared state (saywho::analyze is safe to run concurrently).
  void add(std::size_t input_bytes, std::function<RecordResult()> task);
  // Input that holds no record (a blank line): counted in bytes only.
  void skip(std::size_t input_bytes) { pending_bytes_ += input_bytes; }
  // Waits for every record, writes the rest, returns the counts.
  JsonlCounts finish();

 private:
  struct Pool;
  std::ostream& out_;
  std::function<void(const JsonlCounts&)> on_progress_;
  JsonlCounts counts_;
  std::size_t pending_bytes_ = 0;
  std::unique_ptr<Pool> pool_;
};

}  // namespace saywho::cli
