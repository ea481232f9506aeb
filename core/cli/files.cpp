#include "files.hpp"

#include <glob.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "input_text.hpp"

namespace saywho::cli {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

bool is_glob(const std::string& s) { return s.find_first_of("*?[") != std::string::npos; }

bool is_article_file(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".txt" || ext == ".text" || ext == ".htm" || ext == ".html";
}

std::vector<std::string> directory_files(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && is_article_file(it->path())) files.push_back(it->path().string());
  }
  if (ec) throw InputError{"unreadable_input", "cannot list '" + dir + "': " + ec.message()};
  return files;
}

std::vector<std::string> glob_files(const std::string& pattern) {
  glob_t found{};
  const int status = glob(pattern.c_str(), 0, nullptr, &found);
  std::vector<std::string> files;
  if (status == 0) {
    for (std::size_t i = 0; i < found.gl_pathc; ++i) {
      std::error_code ec;
      if (fs::is_regular_file(found.gl_pathv[i], ec)) files.emplace_back(found.gl_pathv[i]);
    }
  }
  globfree(&found);
  if (status != 0 && status != GLOB_NOMATCH) throw InputError{"unreadable_input", "cannot expand '" + pattern + "'"};
  return files;
}

RecordResult file_error(const std::string& path, std::string_view code, std::string_view message) {
  return {dump(json{{"file", path}, {"error", {{"code", code}, {"message", path + ": " + std::string(message)}}}}),
          false};
}

}  // namespace

bool is_file_batch(const std::string& input) {
  std::error_code ec;
  return input != "-" && (fs::is_directory(input, ec) || (is_glob(input) && !fs::exists(input, ec)));
}

std::vector<std::string> batch_files(const std::string& input) {
  std::error_code ec;
  std::vector<std::string> files = fs::is_directory(input, ec) ? directory_files(input) : glob_files(input);
  if (files.empty()) throw InputError{"unreadable_input", "no .txt, .text, .htm or .html file in '" + input + "'"};
  std::sort(files.begin(), files.end());
  return files;
}

RecordResult analyze_file(const std::string& path, Format format, std::optional<std::size_t> max_bytes,
                          const Options& options, const AnalyzeFn& analyze) {
  try {
    std::string content = read_input(path);
    const Format read_as = format == Format::Auto || format == Format::Jsonl ? detect_format(path, content) : format;
    if (read_as == Format::Jsonl) return file_error(path, "invalid_record", "a JSONL file inside a batch of articles");
    const std::string text = prepare_text(std::move(content), read_as, max_bytes);
    return {"{\"file\":" + dump(path) + ",\"analysis\":" + analyze(text, options) + "}", true};
  } catch (const InputError& e) {
    return file_error(path, e.code, e.message);
  } catch (const Error& e) {
    return file_error(path, e.code_name(), e.what());
  } catch (const std::exception& e) {
    return file_error(path, "internal_error", e.what());
  }
}

JsonlCounts process_files(const std::vector<std::string>& paths, std::ostream& out, Format format,
                          std::optional<std::size_t> max_bytes, const Options& options,
                          const AnalyzeFn& analyze, const BatchOptions& batch) {
  BatchWriter writer(out, batch);
  for (const std::string& path : paths) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    writer.add(ec ? 0 : static_cast<std::size_t>(size), [&path, format, max_bytes, &options, &analyze] {
      return analyze_file(path, format, max_bytes, options, analyze);
    });
  }
  return writer.finish();
}

}  // namespace saywho::cli
