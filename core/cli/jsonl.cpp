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

// `language`: for unsupported_language, the language the text seems to be in
// (null when Saywho cannot tell); absent for other errors.
void write_error(std::ostream& out, std::size_t line, const json& id, std::string_view code,
                 std::string_view message, const json* language = nullptr) {
  json error{{"code", code}, {"message", message}};
  if (language) error["language"] = *language;
  out << dump(json{{"line", line}, {"id", id}, {"error", std::move(error)}}) << '\n';
}

}  // namespace

JsonlCounts process_jsonl(std::istream& in, std::ostream& out, const Options& defaults,
                          const AnalyzeFn& analyze) {
  JsonlCounts counts;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (is_blank(line)) continue;
    ++counts.read;
    json id = nullptr;
    const auto fail = [&](std::string_view code, std::string_view message) {
      write_error(out, number, id, code, message);
      ++counts.failed;
    };
    json record;
    try {
      record = json::parse(line);
    } catch (const json::exception& e) {
      fail("invalid_json", std::string("line ") + std::to_string(number) + ": " + e.what());
      continue;
    }
    if (!record.is_object()) {
      fail("invalid_record", "line " + std::to_string(number) + ": not a JSON object");
      continue;
    }
    if (record.contains("id")) id = record["id"];
    if (!record.contains("text") || !record["text"].is_string()) {
      fail("invalid_record", "line " + std::to_string(number) + ": no \"text\" string");
      continue;
    }
    Options options = defaults;
    if (record.contains("lang")) {
      if (!record["lang"].is_string()) {
        fail("invalid_record", "line " + std::to_string(number) + ": \"lang\" is not a string");
        continue;
      }
      options.lang = record["lang"].get<std::string>();
    }
    const std::string& text = record["text"].get_ref<const std::string&>();
    if (is_blank(text)) {
      fail("empty_input", "line " + std::to_string(number) + ": the text is empty");
      continue;
    }
    try {
      const std::string analysis = analyze(text, options);
      out << "{\"line\":" << number << ",\"id\":" << dump(id) << ",\"analysis\":" << analysis << "}\n";
      ++counts.ok;
    } catch (const Error& e) {
      const json language = e.language().empty() ? json(nullptr) : json(e.language());
      write_error(out, number, id, e.code_name(), "line " + std::to_string(number) + ": " + e.what(),
                  e.code() == Error::Code::UnsupportedLanguage ? &language : nullptr);
      ++counts.failed;
    } catch (const std::exception& e) {
      fail("internal_error", std::string("line ") + std::to_string(number) + ": " + e.what());
    }
  }
  return counts;
}

}  // namespace saywho::cli
