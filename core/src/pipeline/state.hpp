// The state the pipeline's stages share: the segmented document, the language
// pack, and what each stage found, in the engine's internal form (token
// indices next to byte spans). Later stages (accusations, reports) may read
// everything here; assemble.hpp turns it into the public Analysis.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/pack.hpp"
#include "saywho/analysis.hpp"
#include "syntax/tree.hpp"
#include "text/document.hpp"

namespace saywho::pipeline {

using lexicon::Gender;
using lexicon::Number;

// A noun phrase that may stand for a source: a name, a titled name, a role
// or organisation description, a document, a pronoun.
struct MentionRec {
  ByteSpan span;
  uint32_t first_tok = 0, end_tok = 0;  // token range [first, end)
  MentionKind kind = MentionKind::Name;
  EntityKind entity_kind = EntityKind::Unknown;  // the stage's guess
  Gender gender = Gender::Any;
  Number number = Number::Singular;
  std::vector<std::string> name_tokens;  // folded tokens of the name part (clustering key)
  std::string head;                      // role / organisation / document head noun
  std::string country;                   // places: the country it stands for
  std::optional<ByteSpan> description;   // the role part of "le procureur Hugo Vallet"
  bool definite = false;   // "le porte-parole", "the report" (not "un", "a")
  bool indefinite = false; // "une source", "a spokesman"
  bool is_document = false;     // "le communiqué", "the report": a cited document
  bool generic_org = false;     // "l'organisation": the last organisation named
  bool nested = false;          // inside a larger mention ("Amnesty" in "un décompte d'Amnesty")
  int same_as = -1;             // apposition: the mention this one describes
  int entity = -1;              // index into State::entities, once clustered
};

struct EntityRec {
  std::string name;
  EntityKind kind = EntityKind::Unknown;
  Gender gender = Gender::Any;
  Number number = Number::Singular;
  std::vector<int> mentions;  // indices into State::mentions, text order
  std::vector<std::vector<std::string>> names;  // the distinct name token lists seen
};

// A reporting expression: "a déclaré", "a-t-il ajouté", "said", "told reporters".
struct CueRec {
  ByteSpan span;
  uint32_t first_tok = 0, end_tok = 0;
  std::string lemma;
  lexicon::CueClass cls = lexicon::CueClass::Say;
  lexicon::VerbForm form = lexicon::VerbForm::Finite;  // of the head verb
  bool has_aux = false;        // compound tense
  int inverted_pronoun = -1;   // token of "il" in "a-t-il déclaré"
  bool according = false;      // "selon", "according to"
  bool relative_source = false;  // ", pour qui « … »": the source is the phrase before the comma
  bool passive = false;        // "was told": the subject is not the speaker
  bool purpose = false;        // "pour dénoncer", "to deny": the main clause's subject speaks
  bool impersonal = false;     // "il ressort du rapport que": the document after the cue speaks
};

// Where a quote's speaker is to be found.
enum class SpeakerSlot : uint8_t {
  None,         // no source in the text
  BeforeCue,    // "M. Lin a ajouté que…": the subject before the cue
  AfterCue,     // "…, a indiqué M. Lin.": the inverted subject after it
  InCue,        // "a-t-il déclaré": the pronoun inside the cue
  Source,       // "selon X": the mention after the marker
  SameSubject,  // ", ajoutant que…": the subject of the main clause
  Context,      // a quote with no cue: the current speaker
};

struct QuoteRec {
  QuoteType type = QuoteType::Direct;
  ByteSpan content;
  int cue = -1;  // index into State::cues
  SpeakerSlot slot = SpeakerSlot::None;
  uint32_t slot_tok = 0;   // BeforeCue: the token before which the subject ends; else where it starts
  int quote_span = -1;     // index into Document::quotes for direct quotes
  std::string frame;       // which detection rule produced it ("quote-then-cue", …)
  double frame_confidence = 0.0;
  // Filled by attribution:
  int speaker_mention = -1;  // index into State::mentions
  int speaker_entity = -1;   // index into State::entities
  double confidence = 0.0;
  std::string reason;
};

struct State {
  const text::Document& doc;
  const lexicon::Pack& pack;
  const syntax::Tree& tree;             // part of speech, head and relation of every token
  std::vector<std::string_view> norms;  // Token::norm of every token, for phrase look-ups
  std::vector<MentionRec> mentions;     // text order, nested ones after their parent
  std::vector<EntityRec> entities;
  std::vector<CueRec> cues;
  std::vector<QuoteRec> quotes;

  State(const text::Document& d, const lexicon::Pack& p, const syntax::Tree& t);

  // Token i; past the last token, an empty end-of-text token (see end_token_).
  // Rules look ahead (i + 1, i + 2, …) and back (i - 1 wraps to a huge index):
  // every such read comes here, so none can leave the token vector.
  const text::Token& tok(uint32_t i) const { return i < ntok() ? doc.tokens[i] : end_token_; }
  std::string_view norm(uint32_t i) const { return i < norms.size() ? norms[i] : std::string_view(); }
  uint32_t ntok() const { return static_cast<uint32_t>(doc.tokens.size()); }
  bool is_word(uint32_t i) const { return i < ntok() && doc.tokens[i].kind == text::TokenKind::Word; }
  bool is_punct(uint32_t i, std::string_view p) const;
  bool is_quote_mark(uint32_t i) const {
    return i < ntok() && doc.tokens[i].kind == text::TokenKind::QuoteMark;
  }
  // The token that starts at or contains byte `b` (or the first after it).
  uint32_t token_at(uint32_t b) const;
  // The QuoteSpan whose opening (or closing) mark is token i, or -1.
  int quote_opened_at(uint32_t i) const;
  int quote_closed_at(uint32_t i) const;
  // The innermost QuoteSpan whose content contains byte b, or -1.
  int quote_containing(uint32_t b) const;
  // The mention that starts (or ends) at token i, not nested; -1 if none.
  int mention_starting_at(uint32_t i) const;
  int mention_ending_at(uint32_t end_tok) const;
  // The mention right before an acronym in parentheses that ends at
  // end_tok ("the Police Complaints Commission (IPCC)"); -1 if none.
  int mention_before_parenthesis(uint32_t end_tok) const;
  // Token i is a verb of saying of the lexicon right before what it says (a
  // complementizer, a quotation mark or a colon in its sentence): a verb,
  // however the tagger reads it ("la préfecture précise que", "the charity
  // reports that").
  bool saying_verb_before_content(uint32_t i) const;
  // The name before an apposition between commas that ends at end_tok
  // ("Norman Vale, an ABC health planner,"): a determiner's phrase no list
  // need know; -1 if none.
  int mention_before_apposition(uint32_t end_tok) const;
  // The sentence holding token i (past the last token: the last sentence).
  const text::Sentence& sentence_of(uint32_t i) const {
    const uint32_t s = tok(i).sentence;
    return s < doc.sentences.size() ? doc.sentences[s] : no_sentence_;
  }
  // Token i looks like a plural noun no lexicon lists ("fishermen",
  // "officials", "riverains"): no function word, verb or preposition, and a
  // plural ending of the pack's grammar (classes plural_ending,
  // singular_ending, irregular_plural).
  bool plural_noun(uint32_t i) const;
  // Token i is a word ending with one of the endings of grammar class `cls`
  // (and longer than it): "officials" of plural_ending, "London-based" of
  // based_suffix.
  bool ends_with_one_of(uint32_t i, std::string_view cls) const;
  // The parse finds a finite verb or auxiliary in sentence s; when it finds
  // none, the tagger missed one ("Une association porte plainte").
  bool has_finite_verb(const text::Sentence& s) const;
  // The parse makes mention m the subject of a word outside it.
  bool is_subject(const MentionRec& m) const;
  // Token i opens a sum of money: a currency sign ("£2m", "$5m", "5 000 €"
  // read from the sign), a figure with a multiplier in it ("5m", "2bn"), or
  // a figure before a word of grammar class money_word ("2 millions
  // d'euros", "300 pounds"). No party ("fined X £2m for …").
  bool amount_at(uint32_t i) const;
  // Token i is an English genitive: "Cymru's", "the country's".
  bool genitive(uint32_t i) const { return norm(i).ends_with("'s"); }

 private:
  // What tok() and sentence_of() return past the end: an empty Symbol token
  // at the text's end (no rule looks for a symbol, and it has no norm, so no
  // rule matches it) in the last sentence; an empty sentence when there is none.
  text::Token end_token_;
  text::Sentence no_sentence_{};
  // Token -> QuoteSpan / mention tables behind the look-ups above, so that a
  // stage asking once per token stays linear (a scan of every quote or
  // mention per token made long texts quadratic). The quote tables are built
  // once; the mention tables follow `mentions`, which stages only append to.
  std::vector<int> quote_opened_, quote_closed_, quote_innermost_;
  mutable std::vector<int> mention_starting_, mention_ending_;
  mutable std::size_t mentions_indexed_ = 0;
  void index_mentions() const;
};

}  // namespace saywho::pipeline
