// saywho-cli: the native command line over the core.
//   saywho-cli [analyze] [--lang fr|en|auto] [--pretty] [--format text|html|jsonl]
//              [--max-bytes N] [--jobs N] FILE|-|DIR|'GLOB'
//   saywho-cli segment [--lang fr|en] [--pretty] [--format text|html] FILE|-
// Exit codes: see kUsage in args.cpp.
#include <iostream>
#include <string>
#include <vector>

#include "args.hpp"
#include "input_text.hpp"
#include "output/text_json.hpp"
#include "run_batch.hpp"
#include "saywho/saywho.hpp"
#include "text/document.hpp"

namespace {

using namespace saywho;
using namespace saywho::cli;

constexpr int kExitOk = 0;
constexpr int kExitSomeFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInput = 3;
constexpr int kExitInternal = 4;

int batch_exit(const JsonlCounts& counts) { return counts.failed > 0 ? kExitSomeFailed : kExitOk; }

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
      if (format == Format::Jsonl) throw InputError{"invalid_options", "segment reads text or HTML, not JSONL"};
      const std::string text = prepare_text(std::move(content), format, args.max_bytes);
      std::cout << output::document_to_json(text::segment(text, args.lang), args.pretty) << "\n";
      return kExitOk;
    }
    case Command::Analyze:
      break;
  }
  if (is_batch(args)) return batch_exit(run_batch(args, std::cout));
  std::string content = read_input(args.input);
  const Format format = args.format == Format::Auto ? detect_format(args.input, content) : args.format;
  if (format == Format::Jsonl) return batch_exit(run_batch(args, std::cout));
  const std::string text = prepare_text(std::move(content), format, args.max_bytes);
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
