// UTF-8 validation and the byte -> UTF-16 offset map used by the output.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saywho::text {

struct Utf8Problem {
  std::size_t byte_offset;  // where the first bad sequence starts
  std::string message;      // e.g. "invalid UTF-8 at byte 17: unexpected continuation byte"
};

// Checks that `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing
// above U+10FFFF). Returns the first problem, or nothing when all is well.
std::optional<Utf8Problem> find_invalid_utf8(std::string_view text);

// Decodes the code point starting at `pos` in valid UTF-8 and advances `pos`.
char32_t decode_utf8(std::string_view text, std::size_t& pos);

// Maps UTF-8 byte offsets of one text to UTF-16 code-unit offsets (JavaScript
// string indices): astral characters count two units.
class Utf16Map {
 public:
  explicit Utf16Map(std::string_view utf8_text);
  // `byte` must be a code point boundary in [0, text size].
  uint32_t to_utf16(uint32_t byte) const;
  uint32_t utf16_length() const;

 private:
  // UTF-16 offset at every 64th byte; the rest is counted from there.
  std::string_view text_;
  std::vector<uint32_t> checkpoints_;
};

}  // namespace saywho::text
