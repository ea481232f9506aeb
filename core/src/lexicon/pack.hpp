// A language pack: the words and phrases one language's rules need, read
// from the embedded data files core/data/<lang>/*.txt (format: data/README.md).
// Code holds no word lists; it asks the pack.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace saywho::lexicon {

// String-keyed maps and sets searched with a string_view: rules look words
// up per token, and building a std::string for every look-up was a tenth of
// the analysis time.
struct StringHash {
  using is_transparent = void;
  // FNV-1a, inlined: the keys are words of a few bytes, looked up several
  // times per token, where the library's out-of-line hash cost ~8% of a run.
  std::size_t operator()(std::string_view s) const noexcept {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h);
  }
};
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// An entry's attributes: "fin=dit,disent pp=dit" -> {fin: [dit, disent], pp: [dit]}.
using Attributes = std::map<std::string, std::vector<std::string>, std::less<>>;

// The first value of `key` in `attrs`, or `fallback` when it has none.
std::string_view first_value(const Attributes& attrs, std::string_view key, std::string_view fallback = {});
// All values of `key` (empty when absent).
const std::vector<std::string>& values(const Attributes& attrs, std::string_view key);

// One parsed line of a data file: the entry's tokens and its attributes.
struct Entry {
  std::vector<std::string> tokens;  // split like the text layer's tokens
  Attributes attrs;
  std::string_view attr(std::string_view key, std::string_view fallback = {}) const {
    return first_value(attrs, key, fallback);
  }
};

// Parses a data file. Exposed for tests.
std::vector<Entry> parse_entries(std::string_view file_bytes);
// "d'après les" -> {"d'", "après", "les"}.
std::vector<std::string> split_phrase(std::string_view phrase);

enum class VerbForm : uint8_t { Finite, Participle, Gerund, Infinitive };
enum class CueClass : uint8_t { Say, Act };

struct VerbInfo {
  std::string lemma;
  VerbForm form = VerbForm::Finite;
  CueClass cls = CueClass::Say;
  std::string prep;  // preposition that belongs to the cue ("à" of "appeler à")
  std::string particle;  // a particle without which the verb is no cue ("out" of "point out")
  bool takes_object = false;  // "told reporters that", "told reporters the state would…"
  bool object_before_that = false;  // "warned investors that", not "warned people will die"
  std::string impersonal;     // the subject it is a cue with, naming nobody ("il" of "il ressort de X que")
  bool plain_is_past = false;  // English "read": its plain form is listed as a past too ("the statement read")
};

enum class Gender : uint8_t { Any, Masculine, Feminine };
enum class Number : uint8_t { Any, Singular, Plural };

struct WordInfo {  // roles, titles, pronouns
  Gender gender = Gender::Any;
  Number number = Number::Singular;
  bool generic = false;      // organisations: "l'organisation" = the last one named
  bool name_only = false;    // organisations: only a capitalised name's word ("le Mouvement pour …", not "le mouvement de grève")
  bool person_only = false;  // pronouns: "he"/"she" stand for people only
  bool thing_only = false;   // pronouns: "it"
  bool group = false;        // roles: a group named by a singular noun ("l'opposition")
  bool latter = false;       // pronouns: "ce dernier", "the latter" stand for the last one named
  std::string canonical;     // places: the country a capital stands for
  std::string where;         // according markers: "start"
  bool possessive_source = false;  // according markers: "à ses yeux", "in his view" name their source
};

// A dictionary of phrases (token sequences) looked up by their first token.
class PhraseSet {
 public:
  void add(const std::vector<std::string>& tokens, WordInfo info);
  // The longest phrase starting at norms[i]; its length in tokens (0: none).
  std::size_t match(const std::vector<std::string_view>& norms, std::size_t i,
                    const WordInfo** info = nullptr) const;
  bool contains(std::string_view word) const;  // a one-token phrase
  // Every phrase again with `prefix` glued to its first word ("ex-" +
  // "président": "ex-président"), with the same info.
  void add_prefixed(std::string_view prefix);
  bool empty() const { return by_first_.empty(); }

 private:
  struct Phrase {
    std::vector<std::string> tokens;
    WordInfo info;
  };
  StringMap<std::vector<Phrase>> by_first_;
};

struct Pack {
  std::string lang;
  StringMap<std::vector<VerbInfo>> verbs;  // form -> readings
  // grammar.txt classes: "aux", "complementizer", "determiner", ...
  StringMap<StringSet> classes;
  PhraseSet according, titles, roles, organisations, documents, places, pronouns;
  StringSet function_words;

  bool in(std::string_view cls, std::string_view word) const;
  const std::vector<VerbInfo>* verb(std::string_view form) const;
};

// The pack of `lang`, or nullptr when there is none. Built once per language.
const Pack* pack(std::string_view lang);
// The languages that have a pack, sorted ("en", "fr").
std::vector<std::string> pack_languages();

// Inflected forms of a regular verb (exposed for tests).
struct Forms {
  std::vector<std::string> finite, participle, gerund, infinitive;
};
Forms inflect(std::string_view lang, std::string_view lemma);

}  // namespace saywho::lexicon
