// Byte -> UTF-16 offsets: exact at every code point boundary, astral
// characters counting two units, across the map's checkpoints.
#include <catch2/catch.hpp>

#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "output/text_json.hpp"
#include "text/document.hpp"
#include "text/utf8.hpp"

#include <nlohmann/json.hpp>

using saywho::text::Utf16Map;

namespace {

// The reference: ICU's own UTF-16 length of each prefix.
uint32_t reference_utf16(const std::string& text, std::size_t byte) {
  const auto s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(byte)));
  return static_cast<uint32_t>(s.length());
}

std::vector<std::size_t> boundaries(const std::string& text) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i <= text.size(); ++i)
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(i);
  return out;
}

}  // namespace

TEST_CASE("UTF-16 offsets of a short text with an emoji", "[text][offsets]") {
  const std::string text = "Ana \xF0\x9F\x98\x80 dit « oui ».";  // Ana 😀 dit « oui ».
  const Utf16Map map(text);
  CHECK(map.to_utf16(0) == 0);
  CHECK(map.to_utf16(4) == 4);    // before the emoji
  CHECK(map.to_utf16(8) == 6);    // after it: two units
  CHECK(map.to_utf16(13) == 11);  // after "dit " and before «
  CHECK(map.utf16_length() == reference_utf16(text, text.size()));
}

TEST_CASE("UTF-16 offsets match ICU at every boundary of a long mixed text", "[text][offsets]") {
  std::string text;
  const char* pieces[] = {"La porte-parole ", "\xC3\xA9", "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7",
                          " \xE2\x80\x99", "\xF0\x9D\x90\x80", "abc", "\xE2\x80\xAF\xC2\xBB\n"};
  for (int round = 0; round < 60; ++round) text += pieces[round % 7];  // crosses many checkpoints
  const Utf16Map map(text);
  for (const std::size_t b : boundaries(text)) {
    INFO("byte " << b);
    REQUIRE(map.to_utf16(static_cast<uint32_t>(b)) == reference_utf16(text, b));
  }
}

TEST_CASE("an empty text maps to zero", "[text][offsets]") {
  const Utf16Map map("");
  CHECK(map.to_utf16(0) == 0);
  CHECK(map.utf16_length() == 0);
}

TEST_CASE("the text-layer JSON speaks UTF-16 and its quote text is the exact slice", "[text][offsets][json]") {
  // "😀 " then a quote: in UTF-16 the emoji is 2 units, in UTF-8 4 bytes.
  const std::string text = "\xF0\x9F\x98\x80 Elle a dit : « On part \xF0\x9F\x9A\x80 demain. »";
  const auto doc = saywho::text::segment(text, "fr");
  const auto json = nlohmann::json::parse(saywho::output::document_to_json(doc));
  REQUIRE(json["quotes"].size() == 1);
  const auto& content = json["quotes"][0]["content"];
  const auto utf16 = icu::UnicodeString::fromUTF8(text);
  const int32_t start = content["start"];
  const int32_t end = content["end"];
  std::string slice;
  utf16.tempSubStringBetween(start, end).toUTF8String(slice);
  CHECK(slice == "On part \xF0\x9F\x9A\x80 demain.");
  CHECK(content["text"] == slice);
  CHECK(json["lang"] == "fr");
  CHECK(json["paragraphs"][0]["start"] == 0);
  CHECK(json["paragraphs"][0]["end"] == utf16.length());
  // The first token is the emoji, a symbol two units long.
  CHECK(json["tokens"][0]["kind"] == "symbol");
  CHECK(json["tokens"][0]["end"] == 2);
}
