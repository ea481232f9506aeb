#include "text/breakers.hpp"

#include <map>
#include <string>
#include <utility>

namespace saywho::text {
namespace {

icu::BreakIterator* create(BreakKind kind, const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::BreakIterator* it = kind == BreakKind::Sentence ? icu::BreakIterator::createSentenceInstance(locale, status)
                                                       : icu::BreakIterator::createWordInstance(locale, status);
  if (U_FAILURE(status)) {
    delete it;
    return nullptr;
  }
  return it;
}

std::unique_ptr<icu::BreakIterator> create_for(BreakKind kind, std::string_view lang) {
  std::string locale = lang.empty() ? std::string("root") : std::string(lang);
  // "@ss=standard" turns on ICU's own list of abbreviations ("Mr.", "U.S.")
  // for English. Not for French: that list kept sentences together after
  // "hôpitaux.", "fatal.", "prédit." (ICU 72); our own list of French
  // abbreviations ("M.", "Mme") does the work (sentences.cpp).
  if (kind == BreakKind::Sentence && lang == "en") locale += "@ss=standard";
  std::unique_ptr<icu::BreakIterator> it(create(kind, icu::Locale(locale.c_str())));
  if (!it) it.reset(create(kind, icu::Locale::getRoot()));
  return it;
}

}  // namespace

std::unique_ptr<icu::BreakIterator> make_breaker(BreakKind kind, std::string_view lang) {
  thread_local std::map<std::pair<BreakKind, std::string>, std::unique_ptr<icu::BreakIterator>> prototypes;
  auto& proto = prototypes[{kind, std::string(lang)}];
  if (!proto) proto = create_for(kind, lang);
  return proto ? std::unique_ptr<icu::BreakIterator>(proto->clone()) : nullptr;
}

}  // namespace saywho::text
