// libFuzzer target over the CLI's HTML extractor (core/cli/html_text.*,
// `./saywho analyze --format html`), then analyze on what it extracted.
// Input layout: byte 0 picks the language (bit 0: 0 "fr", 1 "en"), the rest
// is the page. What a user of --format html relies on:
//   - html_to_text never throws, whatever the markup;
//   - a page in valid UTF-8 gives valid UTF-8 (character references such as
//     &#xD800; or &#x110000; never produce invalid bytes);
//   - the text is never longer than the page (each reference is longer than
//     what it decodes to; tags and comments only shrink): linear output;
//   - one paragraph per line: no empty line, no line that starts or ends
//     with a space, no run of spaces, no tab, CR or form feed left;
//   - looks_like_html never throws either;
//   - the extracted text then keeps every analysis invariant.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "html_text.hpp"
#include "saywho/saywho.hpp"
#include "test_hostile_invariants.hpp"

namespace {

using saywho::fuzz::fail;
using saywho::fuzz::fail_on;

void check_layout(const std::string& text) {
  std::size_t line_start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n') {
      const char c = text[i];
      if (c == '\t' || c == '\r' || c == '\f') fail("a tab, CR or form feed survived at byte " + std::to_string(i));
      if (c == ' ' && i > 0 && text[i - 1] == ' ') fail("two spaces in a row at byte " + std::to_string(i));
      continue;
    }
    // [line_start, i) is one paragraph.
    if (i == line_start) fail("an empty paragraph at byte " + std::to_string(i));
    if (text[line_start] == ' ' || text[i - 1] == ' ')
      fail("a paragraph starts or ends with a space at byte " + std::to_string(line_start));
    line_start = i + 1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view html(reinterpret_cast<const char*>(data + 1), size - 1);

  std::string text;
  try {
    text = saywho::cli::html_to_text(html);
    (void)saywho::cli::looks_like_html(html);
  } catch (const std::exception& e) {
    fail(std::string("the HTML extractor threw: ") + e.what());
  }
  if (text.size() > html.size())
    fail("the text (" + std::to_string(text.size()) + " bytes) is longer than the page (" +
         std::to_string(html.size()) + ")");
  if (!text.empty()) check_layout(text);
  if (saywho::hostile::first_invalid_utf8(html)) return 0;  // bytes pass through as they are
  if (const auto bad = saywho::hostile::first_invalid_utf8(text))
    fail("valid UTF-8 in, invalid UTF-8 out at byte " + std::to_string(*bad));

  saywho::Options options;
  options.lang = (data[0] & 1u) != 0 ? "en" : "fr";
  saywho::Analysis analysis;
  try {
    analysis = saywho::analyze(text, options);
  } catch (const std::exception& e) {
    fail(std::string("analyze refused the extracted text: ") + e.what());
  }
  fail_on(saywho::hostile::check_analysis(analysis, text), "Analysis:");
  fail_on(saywho::hostile::check_json(saywho::to_json(analysis, text, false), text), "JSON:");
  return 0;
}
