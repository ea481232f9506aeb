// UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above
// U+10FFFF) and the byte -> UTF-16 offset map.
#include "text/utf8.hpp"

namespace saywho::text {
namespace {

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// The number of bytes of the sequence a lead byte announces, 0 when it can
// never start one.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

Utf8Problem problem(std::size_t offset, const char* what) {
  return {offset, "invalid UTF-8 at byte " + std::to_string(offset) + ": " + what};
}

}  // namespace

std::optional<Utf8Problem> find_invalid_utf8(std::string_view text) {
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    if (is_continuation(lead)) return problem(i, "unexpected continuation byte");
    if (lead == 0xC0 || lead == 0xC1) return problem(i, "overlong encoding");
    if (lead > 0xF4) return problem(i, "code point above U+10FFFF or invalid lead byte");
    const std::size_t len = sequence_length(lead);
    for (std::size_t k = 1; k < len; ++k) {
      if (i + k >= n) return problem(i, "truncated sequence at end of input");
      if (!is_continuation(static_cast<unsigned char>(text[i + k])))
        return problem(i, "truncated sequence (missing continuation byte)");
    }
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if (lead == 0xE0 && second < 0xA0) return problem(i, "overlong encoding");
    if (lead == 0xED && second >= 0xA0) return problem(i, "UTF-16 surrogate encoded in UTF-8");
    if (lead == 0xF0 && second < 0x90) return problem(i, "overlong encoding");
    if (lead == 0xF4 && second >= 0x90) return problem(i, "code point above U+10FFFF");
    i += len;
  }
  return std::nullopt;
}

char32_t decode_utf8(std::string_view text, std::size_t& pos) {
  constexpr char32_t kReplacement = 0xFFFD;
  if (pos >= text.size()) return kReplacement;
  const auto lead = static_cast<unsigned char>(text[pos]);
  const std::size_t len = sequence_length(lead);
  if (len == 0 || pos + len > text.size()) {
    ++pos;  // not valid UTF-8: step over one byte rather than loop forever
    return kReplacement;
  }
  if (len == 1) {
    ++pos;
    return lead;
  }
  char32_t cp = lead & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(text[pos + k]);
    if (!is_continuation(b)) {
      ++pos;
      return kReplacement;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  pos += len;
  return cp;
}

namespace {
constexpr uint32_t kCheckpointStride = 64;

// UTF-16 units of the code points that start in [from, to).
uint32_t utf16_units_starting_in(std::string_view text, std::size_t from, std::size_t to) {
  uint32_t units = 0;
  for (std::size_t i = from; i < to; ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (!is_continuation(b)) units += b >= 0xF0 ? 2u : 1u;
  }
  return units;
}
}  // namespace

Utf16Map::Utf16Map(std::string_view utf8_text) : text_(utf8_text) {
  // checkpoints_[k]: UTF-16 units of the code points starting before byte k*64.
  checkpoints_.reserve(text_.size() / kCheckpointStride + 2);
  uint32_t units = 0;
  checkpoints_.push_back(0);
  for (std::size_t start = 0; start + kCheckpointStride <= text_.size(); start += kCheckpointStride) {
    units += utf16_units_starting_in(text_, start, start + kCheckpointStride);
    checkpoints_.push_back(units);
  }
}

uint32_t Utf16Map::to_utf16(uint32_t byte) const {
  const std::size_t clamped = byte > text_.size() ? text_.size() : byte;
  const std::size_t k = clamped / kCheckpointStride;
  return checkpoints_[k] + utf16_units_starting_in(text_, k * kCheckpointStride, clamped);
}

uint32_t Utf16Map::utf16_length() const { return to_utf16(static_cast<uint32_t>(text_.size())); }

}  // namespace saywho::text
