// libFuzzer target over saywho::analyze (scripts/fuzz.sh builds and runs it).
// Input layout: the first byte picks the options, the rest is the text.
//   bits 0-1: language (0 "fr", 1 "en", 2 and 3 "auto")
//   bit 2:    pretty JSON
//   bit 3:    a tiny size limit (64 bytes), to exercise the refusal path
// On every input it checks what a user relies on (test_hostile_invariants.hpp):
// invalid UTF-8 is refused exactly when it is invalid, at the right byte;
// otherwise every span lies inside the text, its "text" is exactly its UTF-16
// slice, every id it names exists, and the JSON parses.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "saywho/saywho.hpp"
#include "test_hostile_invariants.hpp"

namespace {

using saywho::fuzz::fail;
using saywho::fuzz::fail_on;

saywho::Options options_from(uint8_t selector) {
  saywho::Options options;
  static const char* const kLangs[] = {"fr", "en", "auto", "auto"};
  options.lang = kLangs[selector & 3u];
  options.pretty = (selector & 4u) != 0;
  if ((selector & 8u) != 0) options.max_input_bytes = 64;
  return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  saywho::Options options = options_from(data[0]);
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto invalid_at = saywho::hostile::first_invalid_utf8(text);
  const bool too_large = text.size() > options.max_input_bytes;

  saywho::Analysis analysis;
  try {
    try {
      analysis = saywho::analyze(text, options);
    } catch (const saywho::Error& e) {
      // lang "auto" refuses valid text in a language Saywho does not read
      // (and nothing else that way); the same text read as French keeps the
      // pipeline fuzzed on it.
      if (e.code() != saywho::Error::Code::UnsupportedLanguage) throw;
      if (options.lang != "auto" || too_large || invalid_at)
        fail(std::string("unsupported_language out of place: ") + e.what());
      options.lang = "fr";
      analysis = saywho::analyze(text, options);
    }
  } catch (const saywho::Error& e) {
    if (too_large) {
      if (e.code() != saywho::Error::Code::InputTooLarge) fail("oversize input refused as " + std::string(e.code_name()));
      return 0;
    }
    if (e.code() != saywho::Error::Code::InvalidUtf8 || !invalid_at)
      fail(std::string("valid input refused: ") + e.code_name() + ": " + e.what());
    if (e.byte_offset() != *invalid_at)
      fail("invalid UTF-8 reported at byte " + std::to_string(e.byte_offset()) + ", first bad byte is " +
           std::to_string(*invalid_at));
    return 0;
  } catch (const std::exception& e) {
    fail(std::string("analyze threw something other than saywho::Error: ") + e.what());
  }
  if (too_large) fail("oversize input was analysed");
  if (invalid_at) fail("invalid UTF-8 at byte " + std::to_string(*invalid_at) + " was analysed");

  fail_on(saywho::hostile::check_analysis(analysis, text), "Analysis:");
  fail_on(saywho::hostile::check_json(saywho::to_json(analysis, text, options.pretty), text), "JSON:");
  return 0;
}
