#include "args.hpp"

#include "html_text.hpp"

namespace saywho::cli {

const char* const kUsage =
    "Usage:\n"
    "  saywho-cli [analyze] [options] FILE|-   who says what, as JSON (shared/eval/SCHEMA.md)\n"
    "  saywho-cli [analyze] [options] DIR|'GLOB'\n"
    "                                          every .txt/.text/.htm/.html file of DIR (subfolders\n"
    "                                          too) or every file the quoted GLOB matches, one\n"
    "                                          JSON line each: {\"file\", \"analysis\"|\"error\"}\n"
    "  saywho-cli segment [options] FILE|-     the text layer (paragraphs, sentences, tokens,\n"
    "                                          quotation marks) as JSON\n"
    "  saywho-cli --help | --version\n"
    "\n"
    "Options:\n"
    "  --lang fr|en|auto    language of the text (analyze: auto by default; segment: fr)\n"
    "  --pretty             indented JSON\n"
    "  --format text|html|jsonl\n"
    "                       input format; by default .jsonl files are JSONL, .html/.htm\n"
    "                       files or content starting with a tag are HTML, else text.\n"
    "                       HTML: the page's text is extracted, never analysed as markup;\n"
    "                       the output spans index that extracted text.\n"
    "                       JSONL: one {\"text\", \"id\"?, \"lang\"?} object per line, one JSON\n"
    "                       line out per record; counts on stderr (analyze only)\n"
    "  --max-bytes N        refuse input larger than N bytes (default 5 MiB)\n"
    "  --jobs N             JSONL and file batches: analyse N records at once (default: one\n"
    "                       per core); output stays in input order. A progress line goes\n"
    "                       to stderr when it is a terminal, a summary always\n"
    "\n"
    "Exit codes:\n"
    "  0  success\n"
    "  1  JSONL or file batch: at least one record failed (the others were written)\n"
    "  2  usage error (unknown option, bad value, no input)\n"
    "  3  input error: unreadable file, invalid UTF-8 (with its byte offset),\n"
    "     empty input, input too large\n"
    "  4  internal error\n";

namespace {

bool parse_size(const std::string& s, std::size_t& out) {
  if (s.empty() || s.size() > 15) return false;
  std::size_t value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  out = value;
  return value > 0;
}

ParseResult usage_error(std::string message) { return {std::nullopt, std::move(message)}; }

// More threads than this is a typo, not a machine.
constexpr std::size_t kMaxJobs = 1024;

}  // namespace

ParseResult parse_args(const std::vector<std::string>& argv) {
  Args args;
  bool lang_given = false;
  std::size_t i = 0;
  if (!argv.empty() && (argv[0] == "analyze" || argv[0] == "segment")) {
    args.command = argv[0] == "segment" ? Command::Segment : Command::Analyze;
    i = 1;
  }
  bool have_input = false;
  for (; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    const auto value = [&](std::string& out) {
      if (i + 1 >= argv.size()) return false;
      out = argv[++i];
      return true;
    };
    if (a == "--help" || a == "-h") {
      args.command = Command::Help;
      return {args, ""};
    }
    if (a == "--version") {
      args.command = Command::Version;
      return {args, ""};
    }
    if (a == "--pretty") {
      args.pretty = true;
    } else if (a == "--lang") {
      if (!value(args.lang)) return usage_error("--lang needs a value: fr, en or auto");
      if (args.lang != "fr" && args.lang != "en" && args.lang != "auto")
        return usage_error("unknown language '" + args.lang + "' (fr, en or auto)");
      lang_given = true;
    } else if (a == "--format") {
      std::string f;
      if (!value(f)) return usage_error("--format needs a value: text, html or jsonl");
      if (f == "text") args.format = Format::Text;
      else if (f == "html") args.format = Format::Html;
      else if (f == "jsonl") args.format = Format::Jsonl;
      else return usage_error("unknown format '" + f + "' (text, html or jsonl)");
    } else if (a == "--max-bytes") {
      std::string n;
      std::size_t bytes = 0;
      if (!value(n) || !parse_size(n, bytes))
        return usage_error("--max-bytes needs a positive number of bytes");
      args.max_bytes = bytes;
    } else if (a == "--jobs") {
      std::string n;
      std::size_t jobs = 0;
      if (!value(n) || !parse_size(n, jobs) || jobs > kMaxJobs)
        return usage_error("--jobs needs a number of threads from 1 to " + std::to_string(kMaxJobs));
      args.jobs = jobs;
    } else if (a.size() > 1 && a[0] == '-') {
      return usage_error("unknown option '" + a + "'");
    } else {
      if (have_input)
        return usage_error("one input only (got '" + args.input + "' and '" + a +
                           "'); for many files give a directory or a quoted glob ('in/*.txt')");
      args.input = a;
      have_input = true;
    }
  }
  if (!have_input) return usage_error("no input: give a FILE, or - for standard input");
  if (args.command == Command::Segment) {
    if (!lang_given || args.lang == "auto") args.lang = "fr";
    if (args.format == Format::Jsonl) return usage_error("segment reads text or HTML, not JSONL");
  }
  return {args, ""};
}

Format detect_format(const std::string& path, const std::string& content) {
  const auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends_with(".jsonl")) return Format::Jsonl;
  if (ends_with(".html") || ends_with(".htm")) return Format::Html;
  if (looks_like_html(content)) return Format::Html;
  return Format::Text;
}

}  // namespace saywho::cli
