#include "jsonl.hpp"

#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>

namespace saywho::cli {
namespace {

using json = nlohmann::ordered_json;

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

RecordResult error_line(std::size_t number, const json& id, std::string_view code, std::string_view message) {
  json error{{"code", code}, {"message", "line " + std::to_string(number) + ": " + std::string(message)}};
  return {dump(json{{"line", number}, {"id", id}, {"error", std::move(error)}}), false};
}

}  // namespace

RecordResult analyze_record(std::string_view line, std::size_t number, const Options& defaults,
                            const AnalyzeFn& analyze) {
  json id = nullptr;
  json record;
  try {
    record = json::parse(line);
  } catch (const json::exception& e) {
    return error_line(number, id, "invalid_json", e.what());
  }
  if (!record.is_object()) return error_line(number, id, "invalid_record", "not a JSON object");
  if (record.contains("id")) id = record["id"];
  if (!record.contains("text") || !record["text"].is_string())
    return error_line(number, id, "invalid_record", "no \"text\" string");
  Options options = defaults;
  if (record.contains("lang")) {
    if (!record["lang"].is_string()) return error_line(number, id, "invalid_record", "\"lang\" is not a string");
    options.lang = record["lang"].get<std::string>();
  }
  const std::string& text = record["text"].get_ref<const std::string&>();
  if (is_blank(text)) return error_line(number, id, "empty_input", "the text is empty");
  try {
    const std::string analysis = analyze(text, options);
    return {"{\"line\":" + std::to_string(number) + ",\"id\":" + dump(id) + ",\"analysis\":" + analysis + "}", true};
  } catch (const Error& e) {
    return error_line(number, id, e.code_name(), e.what());
  } catch (const std::exception& e) {
    return error_line(number, id, "internal_error", e.what());
  }
}

JsonlCounts process_jsonl(std::istream& in, std::ostream& out, const Options& defaults,
                          const AnalyzeFn& analyze, const BatchOptions& batch) {
  BatchWriter writer(out, batch);
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (is_blank(line)) {
      writer.skip(line.size() + 1);
      continue;
    }
    const std::size_t bytes = line.size() + 1;
    writer.add(bytes, [line = std::move(line), number, &defaults, &analyze] {
      return analyze_record(line, number, defaults, analyze);
    });
  }
  return writer.finish();
}

}  // namespace saywho::cli
