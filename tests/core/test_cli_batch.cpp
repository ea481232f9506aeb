// Batches on several threads: output in input order and identical to one
// thread, a bounded window of records in flight, broken records reported
// while the batch goes on; batches of files; the progress words.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "args.hpp"
#include "files.hpp"
#include "jsonl.hpp"
#include "ordered_pool.hpp"
#include "progress.hpp"

using nlohmann::json;
using namespace saywho;
using namespace saywho::cli;

namespace {

// An analyser whose records take different times, so threads finish out of
// order: record "n" sleeps (n * 7 % 5) ms.
std::string uneven_analyze(std::string_view text, const Options& options) {
  if (text == "boom") throw Error(Error::Code::InputTooLarge, "too large");
  const int n = std::stoi(std::string(text.substr(text.find(' ') + 1)));
  std::this_thread::sleep_for(std::chrono::milliseconds(n * 7 % 5));
  return json{{"lang", options.lang}, {"echo", std::string(text)}}.dump();
}

std::string batch_input(int records) {
  std::string input;
  for (int i = 0; i < records; ++i) {
    if (i % 10 == 3) input += "{broken\n";
    else if (i % 10 == 6) input += "\n";
    else if (i % 10 == 8) input += "{\"id\":" + std::to_string(i) + ",\"text\":\"boom\"}\n";
    else input += "{\"id\":" + std::to_string(i) + ",\"text\":\"record " + std::to_string(i) + "\"}\n";
  }
  return input;
}

std::string run_jsonl(const std::string& input, std::size_t jobs, JsonlCounts& counts) {
  std::istringstream in(input);
  std::ostringstream out;
  BatchOptions batch;
  batch.jobs = jobs;
  batch.window = 5;
  counts = process_jsonl(in, out, Options{}, uneven_analyze, batch);
  return out.str();
}

}  // namespace

TEST_CASE("a JSONL batch on 4 threads writes what 1 thread writes, in input order", "[cli][batch]") {
  const std::string input = batch_input(60);
  JsonlCounts one, four;
  const std::string sequential = run_jsonl(input, 1, one);
  const std::string parallel = run_jsonl(input, 4, four);
  CHECK(parallel == sequential);
  CHECK(four.read == one.read);
  CHECK(four.ok == 42);
  CHECK(four.failed == 12);  // 6 broken lines, 6 refused texts
  CHECK(four.bytes == input.size());
  // Line numbers rise: the order is the input's.
  std::istringstream lines(parallel);
  std::string line;
  int last = 0;
  while (std::getline(lines, line)) {
    const int number = json::parse(line)["line"];
    CHECK(number > last);
    last = number;
  }
  CHECK(last == 60);
}

TEST_CASE("the pool keeps at most `window` records in flight and hands results back in order", "[cli][batch]") {
  std::mutex mutex;
  int submitted = 0;
  int delivered = 0;
  int most_in_flight = 0;
  std::vector<int> order;
  {
    OrderedPool<int> pool(3, 4, [&](int&& n) {
      std::lock_guard<std::mutex> lock(mutex);
      order.push_back(n);
      ++delivered;
    });
    for (int i = 0; i < 50; ++i) {
      {
        std::lock_guard<std::mutex> lock(mutex);
        most_in_flight = std::max(most_in_flight, submitted - delivered);
        ++submitted;
      }
      pool.submit([i] {
        std::this_thread::sleep_for(std::chrono::microseconds((i * 37) % 300));
        return i;
      });
    }
    pool.finish();
  }
  REQUIRE(order.size() == 50);
  for (int i = 0; i < 50; ++i) CHECK(order[static_cast<std::size_t>(i)] == i);
  CHECK(most_in_flight <= 4);
}

TEST_CASE("a task that throws stops the pool with its exception, not a crash", "[cli][batch]") {
  // Raised by whichever call hands that result back: a later submit() or finish().
  std::vector<int> got;
  OrderedPool<int> pool(2, 4, [&](int&& n) { got.push_back(n); });
  CHECK_THROWS_WITH(
      [&] {
        pool.submit([] { return 1; });
        pool.submit([]() -> int { throw std::runtime_error("bad task"); });
        pool.submit([] { return 3; });
        pool.finish();
      }(),
      "bad task");
  CHECK(got == std::vector<int>{1});
}

TEST_CASE("progress says records, MB, rate and ETA; the summary says counts and speed", "[cli][batch]") {
  JsonlCounts c;
  c.read = 12;
  c.ok = 9;
  c.failed = 1;
  c.bytes = 2'500'000;
  CHECK(progress_line(c, std::size_t{5'000'000}, 2.0) == "10 records, 2.5 MB, 5 records/s, ETA 0:02");
  CHECK(progress_line(c, std::nullopt, 2.0) == "10 records, 2.5 MB, 5 records/s");
  CHECK(summary_line(c, 2.0, 2) == "read 12, ok 9, failed 1 in 2.0 s (5 records/s, 1.25 MB/s, 2 jobs)");
}

TEST_CASE("--jobs takes a number of threads", "[cli][args]") {
  const auto ok = parse_args({"--jobs", "3", "in.jsonl"});
  REQUIRE(ok.args);
  CHECK(ok.args->jobs == 3);
  CHECK(parse_args({"in.jsonl"}).args->jobs == 0);  // one per core
  CHECK_THAT(parse_args({"--jobs", "0", "x"}).error, Catch::Contains("--jobs"));
  CHECK_THAT(parse_args({"--jobs", "many", "x"}).error, Catch::Contains("--jobs"));
  CHECK_THAT(parse_args({"--jobs"}).error, Catch::Contains("--jobs"));
}

TEST_CASE("a directory or a glob of articles gives one JSONL line per file, in path order", "[cli][batch]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("saywho-batch-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  const auto write = [&](const fs::path& p, const std::string& content) { std::ofstream(p, std::ios::binary) << content; };
  write(dir / "b.txt", "record 2");
  write(dir / "a.html", "<html><body><p>record 1</p></body></html>");
  write(dir / "sub" / "c.txt", "caf\xC3");  // not UTF-8: this file's error, the batch goes on
  write(dir / "notes.md", "record 9");      // not an article's extension: skipped

  CHECK(is_file_batch(dir.string()));
  CHECK(is_file_batch((dir / "*.txt").string()));
  CHECK_FALSE(is_file_batch((dir / "b.txt").string()));
  CHECK_FALSE(is_file_batch("-"));
  const auto files = batch_files(dir.string());
  REQUIRE(files.size() == 3);
  CHECK(fs::path(files[0]).filename() == "a.html");

  std::ostringstream out;
  BatchOptions batch;
  batch.jobs = 2;
  const JsonlCounts counts = process_files(files, out, Format::Auto, std::nullopt, Options{}, uneven_analyze, batch);
  CHECK(counts.read == 3);
  CHECK(counts.ok == 2);
  CHECK(counts.failed == 1);
  std::istringstream lines(out.str());
  std::string line;
  std::vector<json> got;
  while (std::getline(lines, line)) got.push_back(json::parse(line));
  REQUIRE(got.size() == 3);
  CHECK(got[0]["file"] == files[0]);
  CHECK(got[0]["analysis"]["echo"] == "record 1");  // the HTML's text, not its markup
  CHECK(got[1]["analysis"]["echo"] == "record 2");
  CHECK(got[2]["error"]["code"] == "invalid_utf8");

  const auto globbed = batch_files((dir / "*.txt").string());
  REQUIRE(globbed.size() == 1);
  CHECK(fs::path(globbed[0]).filename() == "b.txt");
  CHECK_THROWS(batch_files((dir / "*.pdf").string()));
  fs::remove_all(dir);
}
