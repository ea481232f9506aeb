#include "input_text.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "html_text.hpp"
#include "text/utf8.hpp"

namespace saywho::cli {
namespace {

bool is_blank(const std::string& s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string::npos; }

}  // namespace

std::string read_input(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    if (std::cin.bad()) throw InputError{"unreadable_input", "cannot read standard input"};
    return buffer.str();
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw InputError{"unreadable_input", "'" + path + "' is a directory"};
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError{"unreadable_input", "cannot open '" + path + "'"};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw InputError{"unreadable_input", "cannot read '" + path + "'"};
  return buffer.str();
}

std::string prepare_text(std::string content, Format format, std::optional<std::size_t> max_bytes) {
  if (auto problem = text::find_invalid_utf8(content))
    throw InputError{"invalid_utf8", "input is not UTF-8: " + problem->message};
  if (format == Format::Html) {
    content = html_to_text(content);
    if (is_blank(content)) throw InputError{"empty_input", "no text found in the HTML input"};
  }
  if (is_blank(content)) throw InputError{"empty_input", "input is empty: nothing to analyse"};
  if (max_bytes && content.size() > *max_bytes)
    throw InputError{"input_too_large", "input is " + std::to_string(content.size()) +
                                            " bytes, more than --max-bytes " + std::to_string(*max_bytes)};
  return content;
}

}  // namespace saywho::cli
