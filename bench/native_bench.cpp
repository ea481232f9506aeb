// Native throughput of the full analysis (saywho::analyze_to_json), timed
// in-process: per file, one warm-up run, then repetitions until a time budget
// is spent; prints one JSON object per file (medians, not means: the machine
// is shared and noisy).
//
//   native_bench [--lang L] [--budget-ms N] [--min-reps N] [--max-reps N] FILE...
//       A file whose first (warm-up) run already exceeds the budget is timed
//       by that run alone (reps 1): a slow input is never repeated.
//   native_bench --once [--lang L] FILE
//       one warm-up analysis, then one analysis inside
//       saywho_bench_measured_analysis(): the function callgrind collects in
//       (valgrind --tool=callgrind --collect-atstart=no
//        --toggle-collect=saywho_bench_measured_analysis ...).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "saywho/saywho.hpp"

namespace {

struct Settings {
  std::string lang = "auto";
  double budget_ms = 1000.0;  // keep repeating a file until this is spent...
  int min_reps = 3;           // ...but never fewer than this
  int max_reps = 200;         // ...nor more than this
  bool once = false;
  std::vector<std::string> files;
};

[[noreturn]] void usage_error(const std::string& message) {
  std::cerr << "native_bench: " << message << "\n"
            << "usage: native_bench [--lang L] [--budget-ms N] [--min-reps N] [--max-reps N] FILE...\n"
            << "       native_bench --once [--lang L] FILE\n";
  std::exit(2);
}

double positive_number(const std::string& flag, const char* text) {
  char* end = nullptr;
  const double value = std::strtod(text, &end);
  if (end == text || *end != '\0' || !(value > 0)) usage_error(flag + " needs a positive number");
  return value;
}

Settings parse_args(int argc, char** argv) {
  Settings settings;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--once") {
      settings.once = true;
    } else if (arg == "--lang" && has_value) {
      settings.lang = argv[++i];
    } else if (arg == "--budget-ms" && has_value) {
      settings.budget_ms = positive_number(arg, argv[++i]);
    } else if (arg == "--min-reps" && has_value) {
      settings.min_reps = static_cast<int>(positive_number(arg, argv[++i]));
    } else if (arg == "--max-reps" && has_value) {
      settings.max_reps = static_cast<int>(positive_number(arg, argv[++i]));
    } else if (!arg.empty() && arg[0] == '-') {
      usage_error("unknown or incomplete option " + arg);
    } else {
      settings.files.push_back(arg);
    }
  }
  if (settings.files.empty()) usage_error("no input file");
  if (settings.once && settings.files.size() != 1) usage_error("--once takes exactly one file");
  settings.max_reps = std::max(settings.max_reps, settings.min_reps);
  return settings;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "native_bench: cannot read " << path << "\n";
    std::exit(1);
  }
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// The benchmark's texts go up to 10 MB, above the engine's default 5 MiB cap.
saywho::Options options_for(const Settings& settings, std::size_t text_bytes) {
  saywho::Options options;
  options.lang = settings.lang;
  options.max_input_bytes = std::max(options.max_input_bytes, text_bytes);
  return options;
}

double percentile(std::vector<double> sorted, double fraction) {
  std::sort(sorted.begin(), sorted.end());
  const auto index = static_cast<std::size_t>(fraction * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(index, sorted.size() - 1)];
}

nlohmann::json bench_file(const Settings& settings, const std::string& path) {
  const std::string text = read_file(path);
  const saywho::Options options = options_for(settings, text.size());
  using Clock = std::chrono::steady_clock;

  // Warm-up: loads the language packs and faults the allocator's pages in.
  auto start = Clock::now();
  const std::string json = saywho::analyze_to_json(text, options);
  const std::chrono::duration<double, std::milli> warm_up_ms = Clock::now() - start;
  const nlohmann::json found = nlohmann::json::parse(json);

  std::vector<double> times_ms;
  double spent_ms = 0;
  const bool slow = warm_up_ms.count() > settings.budget_ms;
  if (slow) times_ms.push_back(warm_up_ms.count());  // timed once, not repeated
  while (!slow && static_cast<int>(times_ms.size()) < settings.max_reps &&
         (static_cast<int>(times_ms.size()) < settings.min_reps || spent_ms < settings.budget_ms)) {
    start = Clock::now();
    const std::string out = saywho::analyze_to_json(text, options);
    const std::chrono::duration<double, std::milli> elapsed = Clock::now() - start;
    if (out.size() != json.size()) {  // the engine is deterministic: a change is a bug
      std::cerr << "native_bench: output of " << path << " changed between runs\n";
      std::exit(1);
    }
    times_ms.push_back(elapsed.count());
    spent_ms += elapsed.count();
  }

  const double median_ms = percentile(times_ms, 0.5);
  const double bytes = static_cast<double>(text.size());
  return {
      {"file", path},
      {"bytes", text.size()},
      {"lang", found.value("lang", "")},
      {"reps", times_ms.size()},
      {"median_ms", median_ms},
      {"min_ms", *std::min_element(times_ms.begin(), times_ms.end())},
      {"p95_ms", percentile(times_ms, 0.95)},
      {"mb_per_s", bytes / 1e6 / (median_ms / 1e3)},
      {"us_per_kb", median_ms * 1e3 / (bytes / 1e3)},
      {"json_bytes", json.size()},
      {"quotes", found["quotes"].size()},
      {"entities", found["entities"].size()},
      {"accusations", found["accusations"].size()},
      {"reports", found["reports"].size()},
  };
}

}  // namespace

// Not inlined and with C linkage, so callgrind's --toggle-collect finds it by
// this exact name.
extern "C" __attribute__((noinline)) std::size_t saywho_bench_measured_analysis(const char* text, std::size_t size,
                                                                                const saywho::Options* options) {
  return saywho::analyze_to_json(std::string_view(text, size), *options).size();
}

int main(int argc, char** argv) {
  const Settings settings = parse_args(argc, argv);
  try {
    if (settings.once) {
      const std::string text = read_file(settings.files.front());
      const saywho::Options options = options_for(settings, text.size());
      saywho::analyze_to_json(text, options);  // warm-up, outside the collection
      const std::size_t json_bytes = saywho_bench_measured_analysis(text.data(), text.size(), &options);
      std::cout << nlohmann::json{{"file", settings.files.front()}, {"bytes", text.size()}, {"json_bytes", json_bytes}}
                << "\n";
      return 0;
    }
    for (const std::string& path : settings.files) std::cout << bench_file(settings, path) << std::endl;
  } catch (const saywho::Error& error) {
    std::cerr << "native_bench: " << error.code_name() << ": " << error.what() << "\n";
    return 1;
  }
  return 0;
}
