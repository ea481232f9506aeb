// Language detection for lang="auto": is the text in one of the languages
// Saywho reads (a pack: "fr", "en"), and which one; or in another language,
// named when the evidence allows.
//
// Two kinds of evidence, both from data (core/data/detect/):
// - script: a text mostly written in scripts none of our languages uses
//   (Han, Kana, Hangul, Cyrillic, Arabic, Greek, …) is not ours;
// - function words: a Latin-script text whose very frequent words are
//   clearly another language's ("el", "los", "und", "het", …) is not ours.
// The refusal is conservative: a text that mixes our languages with others
// (a quote in Spanish, names, numbers) or is too short to tell is ours.
#pragma once

#include <string>
#include <string_view>

namespace saywho::lexicon {

struct Detection {
  // supported: the pack to read the text with ("fr", "en").
  // Not supported: the ISO 639-1 code of the language the text seems to be
  // in ("es", "ja"), or "" when its script or words do not say which.
  std::string lang;
  bool supported = true;
};

Detection detect_language(std::string_view utf8_text);

// The English name of a language the detector knows ("es" -> "Spanish"),
// or "" when it does not know it.
std::string language_name(std::string_view code);

// Why a text that is not ours is refused, for people: "this text seems to be
// in Spanish (es); Saywho reads French and English".
std::string refusal_message(const Detection& detection);

}  // namespace saywho::lexicon
