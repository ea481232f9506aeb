// The named references news pages use: the HTML 4 Latin-1 set plus the
// typographic ones (quotes, dashes, spaces). The full HTML5 list has 2,000+
// names, nearly all mathematical; an unknown one stays as written.
#include "html_entities.hpp"

#include <array>
#include <utility>

#include "text/chars.hpp"  // append_utf8

namespace saywho::cli {
namespace {

constexpr std::pair<std::string_view, char32_t> kNamed[] = {
    {"amp", U'&'},       {"lt", U'<'},        {"gt", U'>'},        {"quot", U'"'},
    {"apos", U'\''},     {"nbsp", 0xA0},      {"iexcl", 0xA1},     {"cent", 0xA2},
    {"pound", 0xA3},     {"curren", 0xA4},    {"yen", 0xA5},       {"brvbar", 0xA6},
    {"sect", 0xA7},      {"uml", 0xA8},       {"copy", 0xA9},      {"ordf", 0xAA},
    {"laquo", 0xAB},     {"not", 0xAC},       {"shy", 0xAD},       {"reg", 0xAE},
    {"macr", 0xAF},      {"deg", 0xB0},       {"plusmn", 0xB1},    {"sup2", 0xB2},
    {"sup3", 0xB3},      {"acute", 0xB4},     {"micro", 0xB5},     {"para", 0xB6},
    {"middot", 0xB7},    {"cedil", 0xB8},     {"sup1", 0xB9},      {"ordm", 0xBA},
    {"raquo", 0xBB},     {"frac14", 0xBC},    {"frac12", 0xBD},    {"frac34", 0xBE},
    {"iquest", 0xBF},    {"Agrave", 0xC0},    {"Aacute", 0xC1},    {"Acirc", 0xC2},
    {"Atilde", 0xC3},    {"Auml", 0xC4},      {"Aring", 0xC5},     {"AElig", 0xC6},
    {"Ccedil", 0xC7},    {"Egrave", 0xC8},    {"Eacute", 0xC9},    {"Ecirc", 0xCA},
    {"Euml", 0xCB},      {"Igrave", 0xCC},    {"Iacute", 0xCD},    {"Icirc", 0xCE},
    {"Iuml", 0xCF},      {"ETH", 0xD0},       {"Ntilde", 0xD1},    {"Ograve", 0xD2},
    {"Oacute", 0xD3},    {"Ocirc", 0xD4},     {"Otilde", 0xD5},    {"Ouml", 0xD6},
    {"times", 0xD7},     {"Oslash", 0xD8},    {"Ugrave", 0xD9},    {"Uacute", 0xDA},
    {"Ucirc", 0xDB},     {"Uuml", 0xDC},      {"Yacute", 0xDD},    {"THORN", 0xDE},
    {"szlig", 0xDF},     {"agrave", 0xE0},    {"aacute", 0xE1},    {"acirc", 0xE2},
    {"atilde", 0xE3},    {"auml", 0xE4},      {"aring", 0xE5},     {"aelig", 0xE6},
    {"ccedil", 0xE7},    {"egrave", 0xE8},    {"eacute", 0xE9},    {"ecirc", 0xEA},
    {"euml", 0xEB},      {"igrave", 0xEC},    {"iacute", 0xED},    {"icirc", 0xEE},
    {"iuml", 0xEF},      {"eth", 0xF0},       {"ntilde", 0xF1},    {"ograve", 0xF2},
    {"oacute", 0xF3},    {"ocirc", 0xF4},     {"otilde", 0xF5},    {"ouml", 0xF6},
    {"divide", 0xF7},    {"oslash", 0xF8},    {"ugrave", 0xF9},    {"uacute", 0xFA},
    {"ucirc", 0xFB},     {"uuml", 0xFC},      {"yacute", 0xFD},    {"thorn", 0xFE},
    {"yuml", 0xFF},      {"OElig", 0x152},    {"oelig", 0x153},    {"Scaron", 0x160},
    {"scaron", 0x161},   {"Yuml", 0x178},     {"ensp", 0x2002},    {"emsp", 0x2003},
    {"thinsp", 0x2009},  {"zwnj", 0x200C},    {"zwj", 0x200D},     {"ndash", 0x2013},
    {"mdash", 0x2014},   {"lsquo", 0x2018},   {"rsquo", 0x2019},   {"sbquo", 0x201A},
    {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"bdquo", 0x201E},   {"dagger", 0x2020},
    {"Dagger", 0x2021},  {"bull", 0x2022},    {"hellip", 0x2026},  {"permil", 0x2030},
    {"lsaquo", 0x2039},  {"rsaquo", 0x203A},  {"euro", 0x20AC},    {"trade", 0x2122},
    {"prime", 0x2032},   {"Prime", 0x2033},   {"NoBreak", 0x2060},
};

// What browsers do with &#128;–&#159;: read them as Windows-1252.
constexpr std::array<char32_t, 32> kWindows1252 = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_dec(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_dec(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A code point from a numeric reference, made safe the way browsers do.
char32_t sanitize(uint64_t value) {
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
  if (value >= 0x80 && value <= 0x9F) return kWindows1252[static_cast<std::size_t>(value - 0x80)];
  return static_cast<char32_t>(value);
}

}  // namespace

std::size_t decode_entity(std::string_view html, std::size_t pos, std::string& out) {
  if (pos >= html.size() || html[pos] != '&') return 0;
  std::size_t i = pos + 1;
  if (i < html.size() && html[i] == '#') {
    ++i;
    const bool hex = i < html.size() && (html[i] == 'x' || html[i] == 'X');
    if (hex) ++i;
    const std::size_t digits_begin = i;
    uint64_t value = 0;
    while (i < html.size() && (hex ? is_hex(html[i]) : is_dec(html[i]))) {
      const char c = html[i];
      const uint64_t d = is_dec(c) ? static_cast<uint64_t>(c - '0')
                                   : static_cast<uint64_t>((c | 0x20) - 'a' + 10);
      if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + d;  // saturates past the range
      ++i;
    }
    if (i == digits_begin) return 0;
    if (i < html.size() && html[i] == ';') ++i;
    text::chars::append_utf8(out, sanitize(value));
    return i - pos;
  }
  const std::size_t name_begin = i;
  while (i < html.size() && i - name_begin < 12 && is_alnum(html[i])) ++i;
  if (i == name_begin || i >= html.size() || html[i] != ';') return 0;  // only terminated names
  const std::string_view name = html.substr(name_begin, i - name_begin);
  for (const auto& [entity, cp] : kNamed) {
    if (entity == name) {
      text::chars::append_utf8(out, cp);
      return i + 1 - pos;
    }
  }
  return 0;
}

}  // namespace saywho::cli
