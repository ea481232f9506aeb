#include "run_batch.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "files.hpp"
#include "input_text.hpp"
#include "jsonl.hpp"
#include "progress.hpp"

namespace saywho::cli {
namespace {

// A batch's progress on stderr (one line rewritten in place, at most five
// times a second) when stderr is a terminal; its summary always.
class BatchReport {
 public:
  BatchReport(std::optional<std::size_t> total_bytes, std::size_t jobs)
      : total_bytes_(total_bytes), jobs_(jobs), live_(isatty(STDERR_FILENO) == 1) {}

  BatchOptions options() {
    BatchOptions batch;
    batch.jobs = jobs_;
    if (live_) batch.on_progress = [this](const JsonlCounts& counts) { update(counts); };
    return batch;
  }

  void finish(const JsonlCounts& counts) const {
    if (shown_) std::cerr << "\r\x1b[K";
    std::cerr << summary_line(counts, elapsed(), jobs_) << "\n";
  }

 private:
  using Clock = std::chrono::steady_clock;

  double elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

  void update(const JsonlCounts& counts) {
    const auto now = Clock::now();
    if (shown_ && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    shown_ = true;
    std::cerr << "\r" << progress_line(counts, total_bytes_, elapsed()) << "\x1b[K" << std::flush;
  }

  std::optional<std::size_t> total_bytes_;
  std::size_t jobs_;
  bool live_;
  bool shown_ = false;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_{};
};

// The size of a regular file (standard input too, when redirected from one).
std::optional<std::size_t> size_of(const std::string& path) {
  struct stat st {};
  const int status = path == "-" ? fstat(STDIN_FILENO, &st) : stat(path.c_str(), &st);
  if (status != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return static_cast<std::size_t>(st.st_size);
}

const AnalyzeFn kAnalyze = [](std::string_view text, const Options& o) { return analyze_to_json(text, o); };

JsonlCounts run_jsonl(const Args& args, std::ostream& out) {
  Options options = options_of(args);
  options.pretty = false;  // one record, one line
  BatchReport report(size_of(args.input), threads_for(args.jobs));
  JsonlCounts counts;
  if (args.input == "-") {
    counts = process_jsonl(std::cin, out, options, kAnalyze, report.options());
  } else {
    std::ifstream in(args.input, std::ios::binary);
    if (!in) throw InputError{"unreadable_input", "cannot open '" + args.input + "'"};
    counts = process_jsonl(in, out, options, kAnalyze, report.options());
  }
  out.flush();
  report.finish(counts);
  return counts;
}

JsonlCounts run_files(const Args& args, std::ostream& out) {
  Options options = options_of(args);
  options.pretty = false;  // one file, one line
  const std::vector<std::string> files = batch_files(args.input);
  std::size_t total = 0;
  for (const std::string& f : files) total += size_of(f).value_or(0);
  BatchReport report(total, threads_for(args.jobs));
  const JsonlCounts counts =
      process_files(files, out, args.format, args.max_bytes, options, kAnalyze, report.options());
  out.flush();
  report.finish(counts);
  return counts;
}

}  // namespace

Options options_of(const Args& args) {
  Options options;
  options.lang = args.lang;
  options.pretty = args.pretty;
  if (args.max_bytes) options.max_input_bytes = *args.max_bytes;
  return options;
}

bool is_batch(const Args& args) {
  const auto& in = args.input;
  const bool jsonl_name = in.size() > 6 && in.compare(in.size() - 6, 6, ".jsonl") == 0;
  return is_file_batch(in) || args.format == Format::Jsonl || (args.format == Format::Auto && jsonl_name);
}

JsonlCounts run_batch(const Args& args, std::ostream& out) {
  return is_file_batch(args.input) ? run_files(args, out) : run_jsonl(args, out);
}

}  // namespace saywho::cli
