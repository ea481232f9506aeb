// Saywho's public C++ API: text in, Analysis (or its JSON) out.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "saywho/analysis.hpp"

namespace saywho {

inline constexpr const char* kVersion = "0.1.0";

struct Options {
  std::string lang = "auto";                    // "fr", "en" or "auto"
  std::size_t max_input_bytes = 5 * 1024 * 1024;  // larger input is refused
  bool pretty = false;                          // indented JSON
};

// Every refusal of the core is an Error with a stable code, so the CLI, the
// wasm boundary and the tests can tell them apart.
class Error : public std::runtime_error {
 public:
  enum class Code { InvalidUtf8, InputTooLarge, UnknownLanguage, InvalidOptions, LanguageNotLoaded, InvalidPack };
  Error(Code code, std::string message, std::size_t byte_offset = 0)
      : std::runtime_error(std::move(message)), code_(code), byte_offset_(byte_offset) {}
  Code code() const { return code_; }
  std::size_t byte_offset() const { return byte_offset_; }  // for InvalidUtf8
  const char* code_name() const;

 private:
  Code code_;
  std::size_t byte_offset_;
};

// The languages with a pack ("en", "fr").
std::vector<std::string> languages();

// Installs the syntax pack of `lang` (the bytes of core/data/<lang>/syntax.bin).
// Native builds carry their packs and need not call it; the WebAssembly
// module loads a language's pack on its first use through this call.
// Throws Error{InvalidPack} when the bytes are no pack for that language.
void load_syntax_pack(std::string_view lang, std::string_view bytes);

// Whether `lang`'s syntax pack is there (built in or loaded).
bool syntax_pack_loaded(std::string_view lang);

// Analyses UTF-8 text. Throws Error on invalid UTF-8, oversize input or an
// unknown language. Empty text gives an empty analysis.
Analysis analyze(std::string_view utf8_text, const Options& options = {});

// The same, as the JSON of shared/eval/SCHEMA.md (offsets in UTF-16 units).
std::string analyze_to_json(std::string_view utf8_text, const Options& options = {});

// Turns an analysis of `utf8_text` into that JSON.
std::string to_json(const Analysis& analysis, std::string_view utf8_text, bool pretty = false);

}  // namespace saywho
