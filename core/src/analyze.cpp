// analyze(): checks the input, then runs the pipeline's stages in order.
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "accusations/accusations.hpp"
#include "attribution/attribution.hpp"
#include "entities/entities.hpp"
#include "lexicon/detect.hpp"
#include "lexicon/pack.hpp"
#include "mentions/mentions.hpp"
#include "pipeline/assemble.hpp"
#include "pipeline/state.hpp"
#include "quotes/cues.hpp"
#include "quotes/quotes.hpp"
#include "reports/reports.hpp"
#include "saywho/saywho.hpp"
#include "syntax/syntax.hpp"
#include "text/document.hpp"
#include "text/utf8.hpp"

namespace saywho {

std::vector<std::string> languages() { return lexicon::pack_languages(); }

void load_syntax_pack(std::string_view lang, std::string_view bytes) {
  try {
    syntax::install_pack(lang, bytes);
  } catch (const std::runtime_error& e) {
    throw Error(Error::Code::InvalidPack, e.what());
  }
}

bool syntax_pack_loaded(std::string_view lang) { return syntax::model_for(lang) != nullptr; }

namespace {

// The checks every entry point makes first: size (before reading), UTF-8.
void check_input(std::string_view text, const Options& options) {
  if (text.size() > options.max_input_bytes) {
    throw Error(Error::Code::InputTooLarge, "input of " + std::to_string(text.size()) +
                                                " bytes exceeds the limit of " +
                                                std::to_string(options.max_input_bytes) + " bytes");
  }
  if (auto problem = text::find_invalid_utf8(text)) {
    throw Error(Error::Code::InvalidUtf8, problem->message, problem->byte_offset);
  }
}

// The pack "auto" reads checked text with, or the refusal of its language.
std::string supported_language(std::string_view text) {
  const lexicon::Detection detection = lexicon::detect_language(text);
  if (!detection.supported) throw Error::unsupported_language(lexicon::refusal_message(detection), detection.lang);
  return detection.lang;
}

}  // namespace

std::string language_of(std::string_view text, const Options& options) {
  check_input(text, options);
  return supported_language(text);
}

namespace {

// The tags the tagger may not give a word: the finite forms (not also
// participles) of the verbs the language's word lists name are verbs or
// nouns (unless listed as adjectives too, class adjective_too) and, in a
// language whose grammar lists the forms that are nouns too (class
// noun_too), verbs only. The French tagger, trained on little
// written French, reads a present tense after its subject as an adjective
// or a noun ("Le régime massacre son peuple", "le rapport … juge les efforts
// insuffisants", "Certains estiment que …"), and the parse loses the clause.
// Built once per language: form -> TagBan set.
const lexicon::StringMap<uint8_t>& verb_tag_bans_of(const lexicon::Pack& pack) {
  static std::mutex mutex;
  static std::map<std::string, lexicon::StringMap<uint8_t>, std::less<>> by_lang;
  const std::lock_guard<std::mutex> lock(mutex);
  if (auto it = by_lang.find(pack.lang); it != by_lang.end()) return it->second;
  lexicon::StringSet finite = accusations::finite_only_verb_forms(pack.lang), participle, saying;
  for (const auto& [form, readings] : pack.verbs)  // the verbs of saying (cues.txt)
    for (const auto& r : readings) {
      if (r.form == lexicon::VerbForm::Finite && r.lemma != form) finite.insert(form);
      if (r.form == lexicon::VerbForm::Finite) saying.insert(form);
      if (r.form == lexicon::VerbForm::Participle) participle.insert(form);
    }
  const bool bans_nouns = pack.classes.find("noun_too") != pack.classes.end();
  lexicon::StringMap<uint8_t> bans;
  for (const auto& w : finite) {
    if (participle.contains(w)) continue;
    uint8_t b = 0;
    if (!pack.in("adjective_too", w)) b |= syntax::kVerbOrNoun;
    if (bans_nouns && !pack.in("noun_too", w)) b |= syntax::kNoNoun;
    if (b) bans.emplace(w, b);
  }
  for (const auto& w : saying) bans[w] |= syntax::kSayingVerb;
  return by_lang.emplace(pack.lang, std::move(bans)).first->second;
}

std::vector<uint8_t> verb_tag_bans(const text::Document& doc, const lexicon::Pack& pack) {
  const auto& bans = verb_tag_bans_of(pack);
  std::vector<uint8_t> flags(doc.tokens.size(), 0);
  for (std::size_t i = 0; i < doc.tokens.size(); ++i)
    if (auto it = bans.find(doc.tokens[i].norm); it != bans.end()) flags[i] = it->second;
  return flags;
}

}  // namespace

Analysis analyze(std::string_view text, const Options& options) {
  check_input(text, options);
  Analysis analysis;
  if (options.lang == "auto") {
    analysis.lang = supported_language(text);
    analysis.lang_detected = true;
  } else {
    analysis.lang = options.lang;
  }
  const lexicon::Pack* pack = lexicon::pack(analysis.lang);
  if (!pack) {
    throw Error(Error::Code::UnknownLanguage, "unknown language \"" + analysis.lang +
                                                  "\" (known: en, fr, auto)");
  }
  const syntax::Model* syntax_model = syntax::model_for(analysis.lang);
  if (!syntax_model) {
    throw Error(Error::Code::LanguageNotLoaded, "the syntax pack of \"" + analysis.lang +
                                                    "\" is not loaded (load_syntax_pack)");
  }
  if (text.empty()) return analysis;

  // The stages, in order. Each reads what the previous ones left in `state`.
  const text::Document doc = text::segment(text, analysis.lang);
  const std::vector<uint8_t> tag_bans = verb_tag_bans(doc, *pack);
  const syntax::Tree tree = syntax::parse(doc, *syntax_model, &tag_bans);  // tags, heads, relations
  pipeline::State state(doc, *pack, tree);
  mentions::find_mentions(state);   // names, titles, roles, organisations, pronouns
  entities::cluster(state);         // "Lin Jian" = "M. Lin" = "le porte-parole"
  quotes::find_cues(state);         // "a déclaré", "said", "selon"
  quotes::find_quotes(state);       // direct, indirect, mixed, according
  attribution::attribute(state);    // speaker, confidence, reason
  pipeline::assemble(state, analysis);
  // Later stages read `state` (mentions, entities, cues, quotes) and
  // complete `analysis`. Reports first: a report can be an accuser.
  reports::find(state, analysis);      // cited documents; sets speaker = "R…" for them
  accusations::find(state, analysis);  // explicit (cue words) and implicit (wrongdoing in quotes)
  return analysis;
}

std::string analyze_to_json(std::string_view text, const Options& options) {
  return to_json(analyze(text, options), text, options.pretty);
}

}  // namespace saywho
