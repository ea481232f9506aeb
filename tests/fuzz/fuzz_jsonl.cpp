// libFuzzer target over the CLI's JSONL reader (core/cli/jsonl.*,
// `./saywho analyze --format jsonl`) with the real analyze behind it.
// The input is the whole batch, as read from stdin. What a user of batch
// mode relies on:
//   - one output line per non-blank input line, in order, each naming its
//     input line number; blank lines are skipped;
//   - each output line is a JSON object with "line", "id" (the record's id,
//     or null) and exactly one of "analysis" or "error" {code, message};
//   - the counts add up (read = ok + failed = output lines, ok = analyses);
//   - a line that is not JSON is an "invalid_json" error, and the next line
//     is still read;
//   - every analysis keeps the invariants of test_hostile_invariants.hpp
//     against its own record's text.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "jsonl.hpp"
#include "saywho/saywho.hpp"
#include "test_hostile_invariants.hpp"

namespace {

using nlohmann::json;
using saywho::fuzz::fail;
using saywho::fuzz::fail_on;

// The input's lines as std::getline reads them (no empty last line after a
// final '\n').
std::vector<std::string_view> lines_of(std::string_view in) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < in.size()) {
    const std::size_t nl = in.find('\n', start);
    const std::size_t end = nl == std::string_view::npos ? in.size() : nl;
    lines.push_back(in.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// One output line against the input line it names.
void check_record(const json& out, std::string_view input_line) {
  const std::string where = "line " + out["line"].dump() + ": ";
  const json record = json::parse(input_line, nullptr, /*allow_exceptions=*/false);
  const bool has_analysis = out.contains("analysis"), has_error = out.contains("error");
  if (has_analysis == has_error) fail(where + "needs exactly one of \"analysis\" and \"error\"");
  if (has_error) {
    const json& e = out["error"];
    if (!e.is_object() || !e.contains("code") || !e["code"].is_string() || !e.contains("message") ||
        !e["message"].is_string() || e["code"].get<std::string>().empty())
      fail(where + "an error without a code and a message: " + e.dump());
    if (record.is_discarded() && e["code"] != "invalid_json")
      fail(where + "a line that is not JSON reported as " + e["code"].dump());
  }
  if (record.is_discarded()) {
    if (has_analysis) fail(where + "a line that is not JSON was analysed");
    return;
  }
  json expected_id = record.is_object() && record.contains("id") ? record["id"] : json(nullptr);
  // A number too large for a double (1e999) is parsed as infinity, which
  // JSON cannot write: it comes back as null.
  if (expected_id.is_number_float() && !std::isfinite(expected_id.get<double>())) expected_id = nullptr;
  if (out["id"] != expected_id) fail(where + "id " + out["id"].dump() + " is not the record's " + expected_id.dump());
  if (!has_analysis) return;
  if (!record.is_object() || !record.contains("text") || !record["text"].is_string())
    fail(where + "a record without a \"text\" string was analysed");
  const std::string& text = record["text"].get_ref<const std::string&>();
  fail_on(saywho::hostile::check_json(out["analysis"].dump(), text), (where + "analysis:").c_str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view batch(reinterpret_cast<const char*>(data), size);
  std::istringstream in{std::string(batch)};
  std::ostringstream out;
  saywho::cli::JsonlCounts counts;
  try {
    counts = saywho::cli::process_jsonl(in, out, saywho::Options{}, [](std::string_view text, const saywho::Options& o) {
      return saywho::analyze_to_json(text, o);
    });
  } catch (const std::exception& e) {
    fail(std::string("the JSONL reader threw: ") + e.what());
  }

  const auto input = lines_of(batch);
  std::size_t non_blank = 0;
  for (const auto line : input) non_blank += is_blank(line) ? 0 : 1;
  const std::string written = out.str();
  const auto output = lines_of(written);
  if (counts.read != non_blank)
    fail("read " + std::to_string(counts.read) + " records, the input has " + std::to_string(non_blank));
  if (counts.ok + counts.failed != counts.read || output.size() != counts.read)
    fail("counts do not add up: read " + std::to_string(counts.read) + ", ok " + std::to_string(counts.ok) +
         ", failed " + std::to_string(counts.failed) + ", " + std::to_string(output.size()) + " output lines");

  std::size_t analyses = 0, previous = 0;
  for (const auto line : output) {
    const json o = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!o.is_object() || !o.contains("line") || !o["line"].is_number_unsigned() || !o.contains("id"))
      fail("an output line is not a {line, id, …} object: " + std::string(line.substr(0, 200)));
    const auto n = o["line"].get<std::size_t>();
    if (n <= previous || n > input.size() || is_blank(input[n - 1]))
      fail("output line names input line " + std::to_string(n) + " out of order or blank");
    previous = n;
    check_record(o, input[n - 1]);
    analyses += o.contains("analysis") ? 1 : 0;
  }
  if (analyses != counts.ok) fail("ok counts " + std::to_string(counts.ok) + ", " + std::to_string(analyses) + " analyses");
  return 0;
}
