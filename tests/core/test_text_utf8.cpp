// UTF-8 validation and decoding: every kind of bad input is found, with the
// byte offset where it starts.
#include <catch2/catch.hpp>

#include <string>

#include "text/utf8.hpp"

using saywho::text::decode_utf8;
using saywho::text::find_invalid_utf8;

TEST_CASE("valid UTF-8 passes, French, emoji and astral characters included", "[text][utf8]") {
  CHECK_FALSE(find_invalid_utf8(""));
  CHECK_FALSE(find_invalid_utf8("Le ministre a déclaré « non » à Genève."));
  CHECK_FALSE(find_invalid_utf8("The mayor \xF0\x9F\x98\x80 said \xF0\x9D\x90\x80 (U+1D400)."));
  CHECK_FALSE(find_invalid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
  CHECK_FALSE(find_invalid_utf8(std::string("nul \0 inside", 12)));
}

TEST_CASE("each kind of invalid UTF-8 is reported at its byte offset", "[text][utf8]") {
  struct Case {
    const char* name;
    std::string text;
    std::size_t offset;
    const char* words;
  };
  const Case cases[] = {
      {"lone continuation byte", "abc\x80xyz", 3, "continuation"},
      {"overlong 2-byte (C0 AF = '/')", "ab\xC0\xAF", 2, "overlong"},
      {"overlong 3-byte", "x\xE0\x80\xAF", 1, "overlong"},
      {"overlong 4-byte", "\xF0\x80\x80\xAF", 0, "overlong"},
      {"surrogate U+D800", "Lin \xED\xA0\x80!", 4, "surrogate"},
      {"above U+10FFFF (F4 90)", "ok \xF4\x90\x80\x80", 3, "U+10FFFF"},
      {"F5 lead byte", "\xF5\x80\x80\x80", 0, "U+10FFFF"},
      {"FF byte", "r\xFF", 1, "invalid lead"},
      {"truncated at end", "caf\xC3", 3, "truncated"},
      {"truncated in the middle", "\xE2\x82 euro", 0, "truncated"},
      {"truncated 4-byte emoji", "smile \xF0\x9F\x98", 6, "truncated"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    const auto problem = find_invalid_utf8(c.text);
    REQUIRE(problem);
    CHECK(problem->byte_offset == c.offset);
    CHECK_THAT(problem->message, Catch::Contains("byte " + std::to_string(c.offset)));
    CHECK_THAT(problem->message, Catch::Contains(c.words));
  }
}

TEST_CASE("the first problem is the one reported", "[text][utf8]") {
  const auto problem = find_invalid_utf8("été \x80 puis \xFF");
  REQUIRE(problem);
  CHECK(problem->byte_offset == 6);
}

TEST_CASE("decode_utf8 reads each code point and advances", "[text][utf8]") {
  const std::string s = "a\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80";  // a é ’ 😀
  std::size_t pos = 0;
  CHECK(decode_utf8(s, pos) == U'a');
  CHECK(pos == 1);
  CHECK(decode_utf8(s, pos) == 0xE9);
  CHECK(pos == 3);
  CHECK(decode_utf8(s, pos) == 0x2019);
  CHECK(pos == 6);
  CHECK(decode_utf8(s, pos) == 0x1F600);
  CHECK(pos == 10);
}

TEST_CASE("decode_utf8 never loops on bad bytes or past the end", "[text][utf8]") {
  const std::string bad = "\x80\xC3";
  std::size_t pos = 0;
  CHECK(decode_utf8(bad, pos) == 0xFFFD);
  CHECK(pos == 1);
  CHECK(decode_utf8(bad, pos) == 0xFFFD);  // truncated
  CHECK(pos == 2);
  CHECK(decode_utf8(bad, pos) == 0xFFFD);  // at the end
  CHECK(pos == 2);
}
