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
  // "fr", "en" or "auto". "auto" detects the language and refuses a text in
  // another one (Error UnsupportedLanguage); "fr" and "en" analyse any text.
  std::string lang = "auto";
  std::size_t max_input_bytes = 5 * 1024 * 1024;  // larger input is refused
  bool pretty = false;                          // indented JSON
};

// Every refusal of the core is an Error with a stable code, so the CLI, the
// wasm boundary and the tests can tell them apart.
class Error : public std::runtime_error {
 public:
  // UnsupportedLanguage: with lang "auto", the text is in a language Saywho
  // does not read (an explicit "fr" or "en" analyses whatever it is given).
  // LanguageNotLoaded: the language's syntax pack is not loaded (WebAssembly).
  enum class Code {
    InvalidUtf8, InputTooLarge, UnknownLanguage, InvalidOptions, UnsupportedLanguage, LanguageNotLoaded, InvalidPack,
  };
  Error(Code code, std::string message, std::size_t byte_offset = 0)
      : std::runtime_error(std::move(message)), code_(code), byte_offset_(byte_offset) {}
  static Error unsupported_language(std::string message, std::string language) {
    Error e(Code::UnsupportedLanguage, std::move(message));
    e.language_ = std::move(language);
    return e;
  }
  Code code() const { return code_; }
  std::size_t byte_offset() const { return byte_offset_; }  // for InvalidUtf8
  // For UnsupportedLanguage: the ISO 639-1 code of the language the text
  // seems to be in ("es"), "" when Saywho cannot tell which.
  const std::string& language() const { return language_; }
  const char* code_name() const;

 private:
  Code code_;
  std::size_t byte_offset_;
  std::string language_;
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

// The language `lang: "auto"` analyses `utf8_text` as ("fr", "en"), after the
// same input checks as analyze(); throws Error{UnsupportedLanguage} for a text
// in a language Saywho does not read. The wasm module asks it to load the
// right syntax pack before analysing.
std::string language_of(std::string_view utf8_text, const Options& options = {});

// Analyses UTF-8 text. Throws Error on invalid UTF-8, oversize input, an
// unknown language, or (lang "auto") a text in a language Saywho does not
// read. Empty text gives an empty analysis.
Analysis analyze(std::string_view utf8_text, const Options& options = {});

// The same, as the JSON of shared/eval/SCHEMA.md (offsets in UTF-16 units).
std::string analyze_to_json(std::string_view utf8_text, const Options& options = {});

// Turns an analysis of `utf8_text` into that JSON.
std::string to_json(const Analysis& analysis, std::string_view utf8_text, bool pretty = false);

}  // namespace saywho
