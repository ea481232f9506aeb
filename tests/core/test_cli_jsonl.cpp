// JSONL batches: one line out per record, broken lines reported with their
// number, the batch going on, counts for the summary.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "args.hpp"
#include "jsonl.hpp"

using nlohmann::json;
using namespace saywho;
using namespace saywho::cli;

namespace {

// A stand-in analyser: echoes what it was given, refuses "boom" like the
// core refuses bad input.
std::string fake_analyze(std::string_view text, const Options& options) {
  if (text == "boom") throw Error(Error::Code::InputTooLarge, "too large");
  return json{{"lang", options.lang}, {"echo", std::string(text)}}.dump();
}

std::vector<json> run(const std::string& input, JsonlCounts& counts) {
  std::istringstream in(input);
  std::ostringstream out;
  Options defaults;
  defaults.lang = "fr";
  counts = process_jsonl(in, out, defaults, fake_analyze);
  std::vector<json> lines;
  std::istringstream produced(out.str());
  std::string line;
  while (std::getline(produced, line)) lines.push_back(json::parse(line));
  return lines;
}

}  // namespace

TEST_CASE("each record gives one line with its id, errors keep the batch going", "[cli][jsonl]") {
  JsonlCounts counts;
  const auto lines = run(
      "{\"id\":\"a1\",\"text\":\"Le maire a démissionné.\"}\n"
      "{broken\n"
      "\n"
      "{\"id\":7,\"text\":\"The mayor resigned.\",\"lang\":\"en\"}\r\n"
      "{\"id\":\"no-text\"}\n"
      "[\"not\", \"an object\"]\n"
      "{\"id\":\"big\",\"text\":\"boom\"}\n"
      "{\"id\":\"blank\",\"text\":\"   \"}\n",
      counts);
  CHECK(counts.read == 7);
  CHECK(counts.ok == 2);
  CHECK(counts.failed == 5);
  REQUIRE(lines.size() == 7);
  CHECK(lines[0]["id"] == "a1");
  CHECK(lines[0]["line"] == 1);
  CHECK(lines[0]["analysis"]["echo"] == "Le maire a démissionné.");
  CHECK(lines[0]["analysis"]["lang"] == "fr");
  CHECK(lines[1]["line"] == 2);
  CHECK(lines[1]["error"]["code"] == "invalid_json");
  CHECK(lines[2]["id"] == 7);
  CHECK(lines[2]["line"] == 4);  // the blank line 3 is skipped but counted in numbering
  CHECK(lines[2]["analysis"]["lang"] == "en");
  CHECK(lines[3]["id"] == "no-text");
  CHECK(lines[3]["error"]["code"] == "invalid_record");
  CHECK(lines[4]["error"]["code"] == "invalid_record");
  CHECK(lines[5]["error"]["code"] == "input_too_large");
  CHECK(lines[5]["id"] == "big");
  CHECK(lines[6]["error"]["code"] == "empty_input");
}

TEST_CASE("invalid UTF-8 in a JSONL line is that line's error", "[cli][jsonl]") {
  JsonlCounts counts;
  const auto lines = run("{\"text\":\"caf\xC3\"}\n{\"text\":\"ok\"}\n", counts);
  CHECK(counts.failed == 1);
  CHECK(counts.ok == 1);
  CHECK(lines[0]["error"]["code"] == "invalid_json");
}

TEST_CASE("command-line arguments", "[cli][args]") {
  const auto ok = parse_args({"analyze", "--lang", "en", "--pretty", "--format", "html", "--max-bytes", "100", "-"});
  REQUIRE(ok.args);
  CHECK(ok.args->command == Command::Analyze);
  CHECK(ok.args->lang == "en");
  CHECK(ok.args->pretty);
  CHECK(ok.args->format == Format::Html);
  CHECK(ok.args->max_bytes == std::size_t{100});
  CHECK(ok.args->input == "-");

  const auto plain = parse_args({"article.txt"});
  REQUIRE(plain.args);
  CHECK(plain.args->command == Command::Analyze);
  CHECK(plain.args->lang == "auto");

  const auto seg = parse_args({"segment", "f.txt"});
  REQUIRE(seg.args);
  CHECK(seg.args->command == Command::Segment);
  CHECK(seg.args->lang == "fr");

  CHECK(parse_args({"--version"}).args->command == Command::Version);
  CHECK(parse_args({"--help"}).args->command == Command::Help);

  CHECK_THAT(parse_args({"--lang", "de", "x"}).error, Catch::Contains("unknown language"));
  CHECK_THAT(parse_args({"--frob", "x"}).error, Catch::Contains("--frob"));
  CHECK_THAT(parse_args({"--max-bytes", "-3", "x"}).error, Catch::Contains("--max-bytes"));
  CHECK_THAT(parse_args({}).error, Catch::Contains("no input"));
  CHECK_THAT(parse_args({"a", "b"}).error, Catch::Contains("one input"));
  CHECK_FALSE(parse_args({"--lang"}).args);
}

TEST_CASE("input format detection", "[cli][args]") {
  CHECK(detect_format("batch.jsonl", "{\"text\":\"x\"}") == Format::Jsonl);
  CHECK(detect_format("page.html", "plain") == Format::Html);
  CHECK(detect_format("-", "<!doctype html><p>x</p>") == Format::Html);
  CHECK(detect_format("a.txt", "Le maire <b>a</b> dit.") == Format::Text);
}

TEST_CASE("JSONL: a record in a language Saywho does not read is reported with it, the batch goes on",
          "[cli][jsonl]") {
  const std::string spanish =
      "El alcalde de Valdemora anunció el martes que el mercado central cerrará durante tres meses. "
      "Según el ayuntamiento, las obras son necesarias para la seguridad de los vecinos y de los "
      "comerciantes, que podrán vender sus productos en la plaza mayor hasta la reapertura del edificio.";
  const std::string input = json{{"id", "es"}, {"text", spanish}}.dump() + "\n" +
                            json{{"id", "en"}, {"text", "\"We will rebuild,\" the mayor said."}}.dump() + "\n" +
                            json{{"id", "ru"}, {"text", "Мэр города заявил во вторник, что новый мост "
                                                        "будет открыт для движения уже в конце лета, "
                                                        "а проверка пройдёт в июле."}}.dump() + "\n";
  std::istringstream in(input);
  std::ostringstream out;
  Options defaults;  // lang "auto", as the CLI's default
  const AnalyzeFn analyze = [](std::string_view text, const Options& o) { return analyze_to_json(text, o); };
  const JsonlCounts counts = process_jsonl(in, out, defaults, analyze);
  CHECK(counts.read == 3);
  CHECK(counts.ok == 1);
  CHECK(counts.failed == 2);
  std::istringstream produced(out.str());
  std::vector<json> lines;
  for (std::string line; std::getline(produced, line);) lines.push_back(json::parse(line));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0]["id"] == "es");
  CHECK(lines[0]["error"]["code"] == "unsupported_language");
  CHECK(lines[0]["error"]["language"] == "es");
  CHECK(lines[0]["error"]["message"] ==
        "line 1: this text seems to be in Spanish (es); Saywho reads French and English");
  CHECK(lines[1]["analysis"]["lang"] == "en");
  CHECK(lines[2]["error"]["language"] == "ru");
  // Other errors have no "language".
  std::istringstream bad("{\"text\":\"Bonjour.\",\"lang\":\"de\"}\n");
  std::ostringstream bad_out;
  process_jsonl(bad, bad_out, defaults, analyze);
  CHECK_FALSE(json::parse(bad_out.str())["error"].contains("language"));
}
