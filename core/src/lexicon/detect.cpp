#include "lexicon/detect.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "lexicon/embedded.hpp"
#include "lexicon/pack.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace saywho::lexicon {
namespace {

// How much evidence a refusal needs. Conservative on purpose: a wrong
// refusal loses a whole article, a wrong "ours" only a poor analysis.
// - Script: at least this many letters in scripts none of our languages
//   uses, and more of them than of all other letters together.
constexpr std::size_t kMinForeignLetters = 20;
// - Function words: at least this weighted count of another language's
//   function words (a word several languages list counts 1/k for each: a
//   Spanish or Portuguese paragraph of ~35 words gives ~6), and this many
//   times the weighted count of the best of our own languages. Measured on
//   our own and the dev articles, French or English: the best other
//   language reaches at most 0.3 times ours (Spanish in French texts); on
//   our foreign fixtures our best is at most 0.3 times theirs (French in
//   Spanish texts: they share "de", "la", "que", "en", "y", …).
constexpr double kMinWordEvidence = 6.0;
constexpr double kDominance = 2.0;
// - A language named from its script that has function words (Russian for
//   Cyrillic) is named only when this share of the text's words in that
//   script are its function words (Russian news: ~30%; Ukrainian: ~10%).
constexpr double kConfirmShare = 0.18;
constexpr std::size_t kMinConfirmWords = 10;
// The sample read: this many word separators from the start.
constexpr std::size_t kMaxPieces = 3000;

// One language of core/data/detect/languages.txt.
struct Language {
  std::string code;
  std::string name;
  std::vector<UScriptCode> scripts;
  StringSet function_words;  // core/data/detect/function_words/<code>.txt
  bool ours = false;         // Saywho has its pack
};

struct Table {
  std::vector<Language> languages;                 // in the file's order
  StringMap<std::vector<std::size_t>> listed_by;   // function word -> languages listing it
};

UScriptCode script_named(const std::string& name) {
  const int32_t value = u_getPropertyValueEnum(UCHAR_SCRIPT, name.c_str());
  return value == UCHAR_INVALID_CODE ? USCRIPT_INVALID_CODE : static_cast<UScriptCode>(value);
}

Table load_table() {
  Table table;
  const auto packs = pack_languages();
  const std::string_view words_prefix = "detect/function_words/";
  for (const auto& file : embedded_files()) {
    if (file.path != "detect/languages.txt") continue;
    for (const auto& entry : parse_entries(file.bytes)) {
      Language language;
      language.code = entry.tokens.front();
      language.name = entry.attr("name", language.code);
      if (auto it = entry.attrs.find("script"); it != entry.attrs.end())
        for (const auto& name : it->second)
          if (const auto script = script_named(name); script != USCRIPT_INVALID_CODE)
            language.scripts.push_back(script);
      language.ours = std::find(packs.begin(), packs.end(), language.code) != packs.end();
      table.languages.push_back(std::move(language));
    }
  }
  for (const auto& file : embedded_files()) {
    if (file.path.rfind(words_prefix, 0) != 0 || file.path.size() < words_prefix.size() + 4) continue;
    const auto code = file.path.substr(words_prefix.size(), file.path.size() - words_prefix.size() - 4);
    for (auto& language : table.languages) {
      if (language.code != code) continue;
      for (const auto& entry : parse_entries(file.bytes))
        for (const auto& word : entry.tokens) language.function_words.insert(word);
    }
  }
  for (std::size_t i = 0; i < table.languages.size(); ++i)
    for (const auto& word : table.languages[i].function_words) table.listed_by[word].push_back(i);
  return table;
}

const Table& table() {
  static const Table loaded = load_table();
  return loaded;
}

bool lists_script(const Language& language, UScriptCode script) {
  return std::find(language.scripts.begin(), language.scripts.end(), script) != language.scripts.end();
}

// A script one of our languages is written in (Latin).
bool ours_script(UScriptCode script) {
  const auto& languages = table().languages;
  return std::any_of(languages.begin(), languages.end(),
                     [&](const Language& l) { return l.ours && lists_script(l, script); });
}

struct Word {
  std::string text;    // lower-cased; a French elision "l'" is a word of its own
  UScriptCode script;  // of its first letter
};

// What the detector reads of a text: its words and its letters per script.
struct Sample {
  std::vector<Word> words;
  std::map<UScriptCode, std::size_t> letters;
};

Sample sample_of(std::string_view text) {
  Sample sample;
  Word word{{}, USCRIPT_COMMON};
  auto flush = [&] {
    if (!word.text.empty()) sample.words.push_back(std::move(word));
    word = Word{{}, USCRIPT_COMMON};
  };
  std::size_t pos = 0, pieces = 0;
  while (pos < text.size() && pieces < kMaxPieces) {
    const std::size_t start = pos;
    const auto c = static_cast<UChar32>(text::decode_utf8(text, pos));
    if (pos <= start) break;
    if (u_isalpha(c)) {
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(c, &status);
      if (U_SUCCESS(status)) ++sample.letters[script];
      if (word.text.empty()) word.script = script;
      text::chars::append_utf8(word.text, static_cast<char32_t>(u_tolower(c)));
    } else if ((U_GET_GC_MASK(c) & U_GC_M_MASK) != 0 && !word.text.empty()) {
      // Combining marks belong to their word (Devanagari vowel signs).
      text::chars::append_utf8(word.text, static_cast<char32_t>(c));
    } else if (c == U'\'' || c == 0x2019) {
      word.text.push_back('\'');
      flush();
      ++pieces;
    } else {
      flush();
      ++pieces;
    }
  }
  flush();
  return sample;
}

// The language a text mostly in foreign scripts is written in: its code,
// "" when the letters or words do not say; nothing when the text is not
// mostly in foreign scripts.
std::optional<std::string> foreign_by_script(const Sample& sample) {
  const auto& languages = table().languages;
  std::size_t all = 0, foreign = 0;
  for (const auto& [script, count] : sample.letters) {
    all += count;
    if (!ours_script(script)) foreign += count;
  }
  if (foreign < kMinForeignLetters || foreign * 2 <= all) return std::nullopt;

  // Letters per language: a script one language lists counts for it; a
  // shared one (Han) for the lister with most letters of its own, the first
  // listed on a tie.
  std::vector<std::size_t> letters(languages.size(), 0);
  std::vector<std::pair<UScriptCode, std::size_t>> shared;
  for (const auto& [script, count] : sample.letters) {
    if (ours_script(script)) continue;
    std::vector<std::size_t> listers;
    for (std::size_t i = 0; i < languages.size(); ++i)
      if (lists_script(languages[i], script)) listers.push_back(i);
    if (listers.size() == 1) letters[listers.front()] += count;
    else if (listers.size() > 1) shared.emplace_back(script, count);
  }
  for (const auto& [script, count] : shared) {
    std::optional<std::size_t> owner;
    for (std::size_t i = 0; i < languages.size(); ++i)
      if (lists_script(languages[i], script) && (!owner || letters[i] > letters[*owner])) owner = i;
    letters[*owner] += count;
  }
  const auto best = static_cast<std::size_t>(std::max_element(letters.begin(), letters.end()) - letters.begin());
  if (letters[best] == 0) return std::string();  // a script no listed language uses
  const Language& language = languages[best];
  if (language.function_words.empty()) return language.code;

  // Cyrillic, Arabic, Devanagari: several languages; the words must confirm.
  std::size_t words = 0, function_words = 0;
  for (const auto& word : sample.words) {
    if (!lists_script(language, word.script)) continue;
    ++words;
    if (language.function_words.count(word.text)) ++function_words;
  }
  if (words >= kMinConfirmWords &&
      static_cast<double>(function_words) >= kConfirmShare * static_cast<double>(words))
    return language.code;
  return std::string();
}

// The other language whose function words clearly dominate, if any.
std::optional<std::string> foreign_by_function_words(const Sample& sample) {
  const Table& t = table();
  std::vector<double> score(t.languages.size(), 0.0);
  for (const auto& word : sample.words) {
    const auto it = t.listed_by.find(word.text);
    if (it == t.listed_by.end()) continue;
    for (const std::size_t i : it->second) score[i] += 1.0 / static_cast<double>(it->second.size());
  }
  double ours = 0.0;
  std::optional<std::size_t> foreign;
  for (std::size_t i = 0; i < t.languages.size(); ++i) {
    if (t.languages[i].ours) ours = std::max(ours, score[i]);
    else if (!foreign || score[i] > score[*foreign]) foreign = i;
  }
  if (foreign && score[*foreign] >= kMinWordEvidence && score[*foreign] >= kDominance * ours)
    return t.languages[*foreign].code;
  return std::nullopt;
}

// Which of our packs reads the text best: the one whose function words and
// cues are most frequent in it.
std::string best_pack(const Sample& sample) {
  const auto langs = pack_languages();
  if (langs.empty()) return "en";
  std::vector<int> score(langs.size(), 0);
  for (const auto& word : sample.words) {
    for (std::size_t k = 0; k < langs.size(); ++k) {
      const Pack* p = pack(langs[k]);
      if (!p) continue;
      if (p->function_words.count(word.text)) score[k] += 2;
      if (p->verb(word.text)) score[k] += 1;
    }
  }
  std::size_t best = 0;
  for (std::size_t k = 1; k < langs.size(); ++k)
    if (score[k] > score[best]) best = k;
  // No evidence at all: English, the most common language of the web.
  if (score[best] == 0 && std::find(langs.begin(), langs.end(), "en") != langs.end()) return "en";
  return langs[best];
}

}  // namespace

Detection detect_language(std::string_view text) {
  const Sample sample = sample_of(text);
  if (auto foreign = foreign_by_script(sample)) return {*foreign, false};
  if (auto foreign = foreign_by_function_words(sample)) return {*foreign, false};
  return {best_pack(sample), true};
}

std::string language_name(std::string_view code) {
  for (const auto& language : table().languages)
    if (language.code == code) return language.name;
  return "";
}

std::string refusal_message(const Detection& detection) {
  // Our languages, in the order of languages.txt: "French and English".
  std::vector<std::string> ours;
  for (const auto& language : table().languages)
    if (language.ours) ours.push_back(language.name);
  std::string reads;
  for (std::size_t i = 0; i < ours.size(); ++i)
    reads += (i == 0 ? "" : i + 1 == ours.size() ? " and " : ", ") + ours[i];
  const std::string name = language_name(detection.lang);
  const std::string seems = name.empty() ? "this text seems to be in a language Saywho does not read"
                                         : "this text seems to be in " + name + " (" + detection.lang + ")";
  return seems + "; Saywho reads " + reads;
}

}  // namespace saywho::lexicon
