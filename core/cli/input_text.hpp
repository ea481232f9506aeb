// The text of one input (a file, standard input or a file of a batch):
// checked and, for HTML, extracted. Shared by single-file and batch modes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "args.hpp"

namespace saywho::cli {

// An input that cannot be analysed. `code` is the stable name written in
// JSONL error lines ("invalid_utf8", "empty_input", "input_too_large",
// "unreadable_input"); `message` says what to fix.
struct InputError {
  std::string code;
  std::string message;
};

// The bytes of `path` ("-": standard input). Throws InputError.
std::string read_input(const std::string& path);

// `content` validated (UTF-8, not blank, at most `max_bytes` when given) and,
// when `format` is Html, reduced to the page's text. Throws InputError.
std::string prepare_text(std::string content, Format format, std::optional<std::size_t> max_bytes);

}  // namespace saywho::cli
