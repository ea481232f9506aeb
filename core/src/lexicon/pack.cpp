// Loads the language packs from the embedded data files.
#include "lexicon/pack.hpp"

#include <algorithm>
#include <memory>
#include <mutex>

#include "lexicon/embedded.hpp"

namespace saywho::lexicon {
namespace {

std::string_view trim(std::string_view s) {
  const char* ws = " \t\r\n";
  const auto b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

// Calls on_piece with each non-empty, trimmed piece of `s` between any of
// `separators`. Views, not strings: the packs are read at a language's
// first analysis, and a string per piece was most of that reading in the
// wasm build (whose size-optimised code a fresh page runs unoptimised).
template <class OnPiece>
void for_each_piece(std::string_view s, std::string_view separators, OnPiece&& on_piece) {
  std::size_t start = 0;
  while (start <= s.size()) {
    auto end = s.find_first_of(separators, start);
    if (end == std::string_view::npos) end = s.size();
    const auto piece = trim(s.substr(start, end - start));
    if (!piece.empty()) on_piece(piece);
    start = end + 1;
  }
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// French: "c" -> "ç" and "g" -> "ge" before a and o ("annonçant", "jugeant").
std::string fr_stem_before_a(const std::string& stem) {
  if (ends_with(stem, "c")) return stem.substr(0, stem.size() - 1) + "ç";
  if (ends_with(stem, "g")) return stem + "e";
  return stem;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

Gender parse_gender(std::string_view g) {
  if (g == "m") return Gender::Masculine;
  if (g == "f") return Gender::Feminine;
  return Gender::Any;
}

WordInfo word_info(const Entry& e) {
  WordInfo info;
  info.gender = parse_gender(e.attr("gender"));
  const auto number = e.attr("number", "s");
  info.number = number == "p" ? Number::Plural : Number::Singular;
  info.generic = e.attr("generic") == "1";
  info.name_only = e.attr("name_only") == "1";
  const auto kind = e.attr("kind", "any");
  info.person_only = kind == "person";
  info.thing_only = kind == "thing";
  info.group = kind == "group";
  info.latter = e.attr("refers") == "last";
  info.canonical = e.attr("country");
  info.where = e.attr("where");
  info.possessive_source = e.attr("source") == "possessive";
  return info;
}

void load_phrases(PhraseSet& set, std::string_view bytes) {
  for (const auto& e : parse_entries(bytes)) set.add(e.tokens, word_info(e));
}

// The mentions stage's document nouns are the reports stage's: the
// `type=noun` entries of reports.txt (every form listed), and the
// `type=document` ones, nouns of documents never cited as reports ("le
// bilan", "l'arrêt"): no party of their own either way.
void load_document_nouns(PhraseSet& set, std::string_view bytes) {
  for (const auto& e : parse_entries(bytes)) {
    const std::string_view type = e.attr("type");
    if (type == "noun" || type == "document") set.add(e.tokens, word_info(e));
  }
}

void load_cues(Pack& p, std::string_view bytes) {
  for (const auto& e : parse_entries(bytes)) {
    std::string lemma;
    for (const auto& t : e.tokens) lemma += (lemma.empty() ? "" : " ") + t;
    // Pronominal verbs ("s'inquiéter") are listed with their pronoun; the
    // pronoun is matched by the cue finder, the forms belong to the verb.
    std::string bare = lemma;
    for (const std::string prefix : {"se ", "s'"}) {
      if (bare.rfind(prefix, 0) == 0) bare = bare.substr(prefix.size());
    }
    bare = std::string(trim(bare));
    Forms forms = inflect(p.lang, bare);
    auto take = [&](const char* key, std::vector<std::string>& into) {
      auto it = e.attrs.find(key);
      if (it != e.attrs.end()) into = it->second;
    };
    take("fin", forms.finite);
    const bool plain_is_past = std::find(forms.finite.begin(), forms.finite.end(), bare) != forms.finite.end() &&
                               e.attrs.count("fin") > 0;
    // An English base form is finite too ("officials say", "critics tell"),
    // also for the verbs whose other forms are listed by hand.
    if (p.lang == "en" && bare.find(' ') == std::string::npos &&
        std::find(forms.finite.begin(), forms.finite.end(), bare) == forms.finite.end())
      forms.finite.push_back(bare);
    take("pp", forms.participle);
    take("ger", forms.gerund);
    take("inf", forms.infinitive);
    if (forms.infinitive.empty()) forms.infinitive.push_back(bare);
    VerbInfo base;
    base.lemma = bare;
    base.cls = e.attr("class", "say") == "act" ? CueClass::Act : CueClass::Say;
    base.prep = e.attr("prep");
    base.particle = e.attr("particle");
    base.takes_object = e.attr("obj") == "1";
    base.object_before_that = e.attr("obj") == "that";
    base.impersonal = e.attr("impersonal");
    base.plain_is_past = p.lang == "en" && plain_is_past;
    auto add = [&](const std::vector<std::string>& list, VerbForm form) {
      for (const auto& f : list) {
        VerbInfo v = base;
        v.form = form;
        p.verbs[f].push_back(v);
      }
    };
    add(forms.finite, VerbForm::Finite);
    add(forms.participle, VerbForm::Participle);
    add(forms.gerund, VerbForm::Gerund);
    add(forms.infinitive, VerbForm::Infinitive);
  }
}

void load_grammar(Pack& p, std::string_view bytes) {
  std::size_t start = 0;
  while (start < bytes.size()) {
    auto end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    auto line = bytes.substr(start, end - start);
    start = end + 1;
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    auto& cls = p.classes[std::string(trim(line.substr(0, colon)))];
    for_each_piece(line.substr(colon + 1), " ", [&](std::string_view w) { cls.emplace(w); });
  }
}

std::unique_ptr<Pack> build_pack(const std::string& lang) {
  auto p = std::make_unique<Pack>();
  p->lang = lang;
  bool found = false;
  const std::string prefix = lang + "/";
  for (const auto& f : embedded_files()) {
    if (f.path.rfind(prefix, 0) != 0) continue;
    const auto name = f.path.substr(prefix.size());
    found = true;
    if (name == "cues.txt") load_cues(*p, f.bytes);
    else if (name == "grammar.txt") load_grammar(*p, f.bytes);
    else if (name == "according.txt") load_phrases(p->according, f.bytes);
    else if (name == "titles.txt") load_phrases(p->titles, f.bytes);
    else if (name == "roles.txt") load_phrases(p->roles, f.bytes);
    else if (name == "organisations.txt") load_phrases(p->organisations, f.bytes);
    else if (name == "reports.txt") load_document_nouns(p->documents, f.bytes);
    else if (name == "places.txt") load_phrases(p->places, f.bytes);
    else if (name == "pronouns.txt") load_phrases(p->pronouns, f.bytes);
    else if (name == "function_words.txt") {
      for (const auto& e : parse_entries(f.bytes))
        for (const auto& t : e.tokens) p->function_words.insert(t);
    }
  }
  // "l'ex-PDG", "the ex-chairman": a role behind a prefix of former office
  // (grammar class former_prefix) is still the role.
  if (const auto it = p->classes.find("former_prefix"); it != p->classes.end())
    for (const auto& former : it->second) p->roles.add_prefixed(former);
  // A pack needs at least its cues to be one.
  if (!found || p->verbs.empty()) return nullptr;
  return p;
}

}  // namespace

std::string_view first_value(const Attributes& attrs, std::string_view key, std::string_view fallback) {
  const auto it = attrs.find(key);
  return it == attrs.end() || it->second.empty() ? fallback : std::string_view(it->second.front());
}

const std::vector<std::string>& values(const Attributes& attrs, std::string_view key) {
  static const std::vector<std::string> none;
  const auto it = attrs.find(key);
  return it == attrs.end() ? none : it->second;
}

std::vector<std::string> split_phrase(std::string_view phrase) {
  std::vector<std::string> out;
  for_each_piece(phrase, " ", [&](std::string_view word) {
    // French elisions are their own tokens: "d'après" -> "d'" "après".
    const auto apos = word.find('\'');
    const bool elision = apos != std::string_view::npos && apos + 1 < word.size() && apos <= 6 &&
                         !word.starts_with("aujourd");
    if (elision) {
      out.emplace_back(word.substr(0, apos + 1));
      out.emplace_back(word.substr(apos + 1));
    } else {
      out.emplace_back(word);
    }
  });
  return out;
}

std::vector<Entry> parse_entries(std::string_view bytes) {
  std::vector<Entry> out;
  std::size_t start = 0;
  while (start < bytes.size()) {
    auto end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    auto line = bytes.substr(start, end - start);
    start = end + 1;
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) continue;
    Entry e;
    const auto bar = line.find('|');
    e.tokens = split_phrase(trim(line.substr(0, bar)));
    if (e.tokens.empty()) continue;
    if (bar != std::string_view::npos) {
      // "key=a,b key2=c" ; several "|" are allowed between groups.
      for_each_piece(line.substr(bar + 1), " |", [&](std::string_view kv) {
        const auto eq = kv.find('=');
        if (eq == std::string_view::npos) return;
        std::vector<std::string> values;
        for_each_piece(kv.substr(eq + 1), ",", [&](std::string_view v) { values.emplace_back(v); });
        e.attrs.insert_or_assign(std::string(kv.substr(0, eq)), std::move(values));
      });
    }
    out.push_back(std::move(e));
  }
  return out;
}

void PhraseSet::add(const std::vector<std::string>& tokens, WordInfo info) {
  if (tokens.empty()) return;
  by_first_[tokens.front()].push_back(Phrase{tokens, std::move(info)});
}

void PhraseSet::add_prefixed(std::string_view prefix) {
  std::vector<Phrase> prefixed;
  for (const auto& [first, phrases] : by_first_)
    for (const Phrase& ph : phrases) {
      Phrase copy = ph;
      copy.tokens.front() = std::string(prefix) + copy.tokens.front();
      prefixed.push_back(std::move(copy));
    }
  for (Phrase& ph : prefixed) by_first_[ph.tokens.front()].push_back(std::move(ph));
}

std::size_t PhraseSet::match(const std::vector<std::string_view>& norms, std::size_t i,
                             const WordInfo** info) const {
  if (i >= norms.size()) return 0;
  auto it = by_first_.find(norms[i]);
  if (it == by_first_.end()) return 0;
  std::size_t best = 0;
  for (const auto& ph : it->second) {
    if (ph.tokens.size() <= best || i + ph.tokens.size() > norms.size()) continue;
    bool ok = true;
    for (std::size_t k = 1; k < ph.tokens.size() && ok; ++k) ok = norms[i + k] == ph.tokens[k];
    if (ok) {
      best = ph.tokens.size();
      if (info) *info = &ph.info;
    }
  }
  return best;
}

bool PhraseSet::contains(std::string_view word) const {
  auto it = by_first_.find(word);
  if (it == by_first_.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(),
                     [](const Phrase& p) { return p.tokens.size() == 1; });
}

bool Pack::in(std::string_view cls, std::string_view word) const {
  auto it = classes.find(cls);
  return it != classes.end() && it->second.contains(word);
}

const std::vector<VerbInfo>* Pack::verb(std::string_view form) const {
  auto it = verbs.find(form);
  return it == verbs.end() ? nullptr : &it->second;
}

Forms inflect(std::string_view lang, std::string_view lemma_view) {
  Forms f;
  const std::string lemma(lemma_view);
  if (lang == "fr") {
    if (!ends_with(lemma, "er") || lemma.size() < 4) return f;
    const std::string stem = lemma.substr(0, lemma.size() - 2);
    const std::string stem_a = fr_stem_before_a(stem);
    f.finite = {stem + "e", stem + "ent", stem_a + "ait", stem_a + "aient", stem_a + "a",
                stem + "èrent", stem + "era", stem + "eront", stem + "erait", stem + "eraient"};
    f.participle = {stem + "é", stem + "ée", stem + "és", stem + "ées"};
    f.gerund = {stem_a + "ant"};
    f.infinitive = {lemma};
  } else if (lang == "en") {
    if (lemma.empty() || lemma.find(' ') != std::string::npos) return f;
    const char last = lemma.back();
    std::string s, ed, ing;
    if (last == 'y' && lemma.size() > 1 && !is_vowel(lemma[lemma.size() - 2])) {
      const auto base = lemma.substr(0, lemma.size() - 1);
      s = base + "ies";
      ed = base + "ied";
      ing = lemma + "ing";
    } else if (last == 'e') {
      s = lemma + "s";
      ed = lemma + "d";
      ing = lemma.substr(0, lemma.size() - 1) + "ing";
    } else {
      const bool sibilant = ends_with(lemma, "s") || ends_with(lemma, "sh") ||
                            ends_with(lemma, "ch") || ends_with(lemma, "x");
      s = lemma + (sibilant ? "es" : "s");
      ed = lemma + "ed";
      ing = lemma + "ing";
    }
    f.finite = {s, ed, lemma};  // "critics argue", "officials say"
    f.participle = {ed};
    f.gerund = {ing};
    f.infinitive = {lemma};
  }
  return f;
}

const Pack* pack(std::string_view lang) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<Pack>, std::less<>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(lang);
  if (it == cache.end()) it = cache.emplace(std::string(lang), build_pack(std::string(lang))).first;
  return it->second.get();
}

std::vector<std::string> pack_languages() {
  std::vector<std::string> langs;
  for (const auto& f : embedded_files()) {
    const auto slash = f.path.find('/');
    if (slash == std::string_view::npos || f.path.substr(slash + 1) != "cues.txt") continue;
    langs.emplace_back(f.path.substr(0, slash));
  }
  std::sort(langs.begin(), langs.end());
  langs.erase(std::unique(langs.begin(), langs.end()), langs.end());
  return langs;
}

}  // namespace saywho::lexicon
