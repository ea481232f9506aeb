// saywho-cli: the native command line over the core.
//   saywho-cli [analyze] [--lang fr|en|auto] [--pretty] [--format text|html|jsonl]
//              [--max-bytes N] FILE|-
//   saywho-cli segment [--lang fr|en] [--pretty] [--format text|html] FILE|-
// Exit codes: see kUsage in args.cpp.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "args.hpp"
#include "html_text.hpp"
#include "jsonl.hpp"
#include "output/text_json.hpp"
#include "saywho/saywho.hpp"
#include "text/document.hpp"
#include "text/utf8.hpp"

namespace {

using namespace saywho;
using namespace saywho::cli;

constexpr int kExitOk = 0;
constexpr int kExitSomeFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInput = 3;
constexpr int kExitInternal = 4;

// An input problem to report and exit with kExitInput.
struct InputError {
  std::string message;
};

std::string read_input(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    if (std::cin.bad()) throw InputError{"cannot read standard input"};
    return buffer.str();
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw InputError{"'" + path + "' is a directory"};
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError{"cannot open '" + path + "'"};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw InputError{"cannot read '" + path + "'"};
  return buffer.str();
}

bool is_blank(const std::string& s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string::npos; }

// The text to analyse: validated, extracted from HTML when it is HTML.
std::string prepare_text(const Args& args, std::string content, Format format) {
  if (auto problem = text::find_invalid_utf8(content))
    throw InputError{"input is not UTF-8: " + problem->message};
  if (format == Format::Html) {
    content = html_to_text(content);
    if (is_blank(content)) throw InputError{"no text found in the HTML input"};
  }
  if (is_blank(content)) throw InputError{"input is empty: nothing to analyse"};
  if (args.max_bytes && content.size() > *args.max_bytes)
    throw InputError{"input is " + std::to_string(content.size()) + " bytes, more than --max-bytes " +
                     std::to_string(*args.max_bytes)};
  return content;
}

Options options_of(const Args& args) {
  Options options;
  options.lang = args.lang;
  options.pretty = args.pretty;
  if (args.max_bytes) options.max_input_bytes = *args.max_bytes;
  return options;
}

int run_jsonl(const Args& args) {
  Options options = options_of(args);
  options.pretty = false;  // one record, one line
  JsonlCounts counts;
  const AnalyzeFn analyze = [](std::string_view text, const Options& o) { return analyze_to_json(text, o); };
  if (args.input == "-") {
    counts = process_jsonl(std::cin, std::cout, options, analyze);
  } else {
    std::ifstream in(args.input, std::ios::binary);
    if (!in) throw InputError{"cannot open '" + args.input + "'"};
    counts = process_jsonl(in, std::cout, options, analyze);
  }
  std::cout.flush();
  std::cerr << "read " << counts.read << ", ok " << counts.ok << ", failed " << counts.failed << "\n";
  return counts.failed > 0 ? kExitSomeFailed : kExitOk;
}

int run(const Args& args) {
  switch (args.command) {
    case Command::Help:
      std::cout << kUsage;
      return kExitOk;
    case Command::Version:
      std::cout << "saywho-cli " << kVersion << "\n";
      return kExitOk;
    case Command::Segment: {
      std::string content = read_input(args.input);
      const Format format = args.format == Format::Auto ? detect_format(args.input, content) : args.format;
      if (format == Format::Jsonl) throw InputError{"segment reads text or HTML, not JSONL"};
      const std::string text = prepare_text(args, std::move(content), format);
      std::cout << output::document_to_json(text::segment(text, args.lang), args.pretty) << "\n";
      return kExitOk;
    }
    case Command::Analyze:
      break;
  }
  if (args.format == Format::Jsonl ||
      (args.format == Format::Auto && args.input.size() > 6 &&
       args.input.compare(args.input.size() - 6, 6, ".jsonl") == 0))
    return run_jsonl(args);
  std::string content = read_input(args.input);
  const Format format = args.format == Format::Auto ? detect_format(args.input, content) : args.format;
  if (format == Format::Jsonl) return run_jsonl(args);
  const std::string text = prepare_text(args, std::move(content), format);
  std::cout << analyze_to_json(text, options_of(args)) << "\n";
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  const ParseResult parsed = parse_args(arguments);
  if (!parsed.args) {
    std::cerr << "saywho-cli: " << parsed.error << "\n(saywho-cli --help for the usage)\n";
    return kExitUsage;
  }
  try {
    return run(*parsed.args);
  } catch (const InputError& e) {
    std::cerr << "saywho-cli: " << e.message << "\n";
    return kExitInput;
  } catch (const Error& e) {
    std::cerr << "saywho-cli: " << e.code_name() << ": " << e.what() << "\n";
    const bool usage = e.code() == Error::Code::UnknownLanguage || e.code() == Error::Code::InvalidOptions;
    return usage ? kExitUsage : kExitInput;
  } catch (const std::exception& e) {
    std::cerr << "saywho-cli: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}
