#include "lexicon/fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace saywho::lexicon {

std::string fold(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s.foldCase();
  if (U_SUCCESS(status)) {
    icu::UnicodeString decomposed = nfd->normalize(s, status);
    if (U_SUCCESS(status)) {
      icu::UnicodeString out;
      for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) out.append(c);
        i += U16_LENGTH(c);
      }
      s = out;
    }
  }
  s.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2019)), icu::UnicodeString("'"));
  std::string result;
  s.toUTF8String(result);
  return result;
}

}  // namespace saywho::lexicon
