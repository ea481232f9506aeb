#include "quotes/cues.hpp"

#include <algorithm>

#include "entities/phrase.hpp"

namespace saywho::quotes {
namespace {

using lexicon::VerbForm;
using lexicon::VerbInfo;
using pipeline::CueRec;
using pipeline::State;
using text::TokenKind;

class CueFinder {
 public:
  explicit CueFinder(State& st) : st_(st), pk_(st.pack) {}

  void run() {
    for (const auto& s : st_.doc.sentences) {
      sent_first_ = s.first_token;
      sent_end_ = s.end_token;
      uint32_t i = s.first_token;
      while (i < sent_end_) {
        uint32_t next = i + 1;
        if (!try_according(i, next) && !try_verb_group(i, next)) try_incise(i, next);
        i = std::max(next, i + 1);
      }
    }
  }

 private:
  State& st_;
  const lexicon::Pack& pk_;
  uint32_t sent_first_ = 0, sent_end_ = 0;

  std::string_view norm(uint32_t i) const { return st_.norm(i); }
  // "strongly", "publicly": English manner adverbs.
  // (Not a noun in -ly the parse reads as one: "The family says …", "the
  // assembly", "Italy".)
  bool manner_adverb(uint32_t i) const {
    const auto w = norm(i);
    if (!(pk_.lang == "en" && word(i) && w.size() > 4 && w.substr(w.size() - 2) == "ly")) return false;
    if (st_.tok(i).capitalized) return false;
    return st_.tree.size() != st_.ntok() || st_.tree[i].upos == syntax::Upos::ADV || st_.tree[i].upos == syntax::Upos::ADJ;
  }

  bool plural_subject_before(uint32_t i) const {
    uint32_t b = i;
    while (b > sent_first_ && (in("adverb", b - 1) || manner_adverb(b - 1))) --b;
    if (b == sent_first_) return false;
    if (in("plural_pronoun", b - 1)) return true;
    // "Lawyers for the family argue": the subject the parse gives, not the
    // word right before the verb.
    if (st_.tree.size() == st_.ntok()) {
      for (uint32_t k = sent_first_; k < i; ++k)
        if (st_.tree[k].head == static_cast<int32_t>(i) && st_.tree[k].rel.rel == syntax::Rel::nsubj &&
            (st_.plural_noun(k) || in("plural_pronoun", k)))
          return true;
    }
    const int m = st_.mention_ending_at(b);
    if (m >= 0) return st_.mentions[m].number == lexicon::Number::Plural;
    return st_.plural_noun(b - 1);  // "local fishermen say", "officials say"
  }

  // A document mention ends right before token i ("the statement read").
  bool document_before(uint32_t i) const {
    const int m = st_.mention_ending_at(i);
    return m >= 0 && st_.mentions[m].is_document;
  }

  bool has_subject_or_inversion(uint32_t i) const {
    uint32_t b = i;
    while (b > sent_first_ && (in("adverb", b - 1) || in("time_word", b - 1) || manner_adverb(b - 1))) --b;
    if (b == sent_first_) return false;
    const auto& prev = st_.tok(b - 1);
    if (prev.kind == TokenKind::QuoteMark || st_.is_punct(b - 1, ",")) return true;
    if (st_.mention_ending_at(b) >= 0) return true;
    if (b >= 2 && (st_.is_punct(b - 1, ",") || st_.is_punct(b - 1, ")")) && st_.mention_ending_at(b - 1) >= 0) return true;
    // "A report published on Monday says …", "A letter to ministers says
    // …": a verb by the parse, with its subject before it, further back.
    if (st_.tree.size() != st_.ntok() || st_.tree[i].upos != syntax::Upos::VERB) return false;
    for (uint32_t k = sent_first_; k < b; ++k)
      if (st_.tree[k].head == static_cast<int32_t>(i) && st_.tree[k].rel.rel == syntax::Rel::nsubj) return true;
    return false;
  }

  // The first word of its sentence (quote marks and punctuation aside).
  bool sentence_initial_word(uint32_t i) const {
    for (uint32_t k = sent_first_; k < i; ++k)
      if (st_.tok(k).kind == TokenKind::Word || st_.tok(k).kind == TokenKind::Number) return false;
    return true;
  }
  bool word(uint32_t i) const { return i < sent_end_ && st_.is_word(i); }
  bool in(const char* cls, uint32_t i) const { return word(i) && pk_.in(cls, norm(i)); }

  const VerbInfo* reading(uint32_t i, VerbForm form) const {
    if (!word(i)) return nullptr;
    const auto* readings = pk_.verb(norm(i));
    if (!readings) return nullptr;
    for (const auto& r : *readings)
      if (r.form == form) return &r;
    return nullptr;
  }

  // Skips adverbs and time words ("a également ajouté", "a annoncé lundi").
  uint32_t skip_adverbs(uint32_t j, int max = 3) const {
    for (int n = 0; n < max && (in("adverb", j) || in("time_word", j)); ++n) ++j;
    return j;
  }

  // The verb at v's object by the parse, starting at e and short (at most
  // three words: "shareholders", "its shareholders"), with a clause after
  // it (a subject, then its verb): the end of that object, else e.
  uint32_t object_phrase_end(uint32_t v, uint32_t e) const {
    if (st_.tree.size() != st_.ntok()) return e;
    for (uint32_t k = e; k < sent_end_ && k < e + 3; ++k) {
      if (!word(k)) return e;
      const auto& t = st_.tree[k];
      if (t.head != static_cast<int32_t>(v) || (t.rel.rel != syntax::Rel::obj && t.rel.rel != syntax::Rel::iobj)) continue;
      const uint32_t after = k + 1;
      const bool clause_after = after + 1 < sent_end_ && word(after) && st_.tree[after].rel.rel == syntax::Rel::nsubj;
      return clause_after ? after : e;
    }
    return e;
  }

  // "-t-il", "-elle": the inverted subject after a verb; returns its token or -1.
  int inversion_at(uint32_t j, uint32_t& after) const {
    uint32_t k = j;
    while (k < sent_end_ && st_.tok(k).kind == TokenKind::Punct && !st_.tok(k).space_before && k < j + 2) ++k;
    if (k > j && word(k) && st_.tok(k).inverted_subject) {
      after = k + 1;
      return static_cast<int>(k);
    }
    return -1;
  }

  void emit(uint32_t b, uint32_t e, const VerbInfo& v, bool aux, int inverted) {
    // "il ressort du rapport que", "a-t-on appris": a cue only with its
    // impersonal subject, before it or inverted.
    if (!v.impersonal.empty() && !(b > sent_first_ && norm(b - 1) == v.impersonal) &&
        !(inverted >= 0 && norm(static_cast<uint32_t>(inverted)) == v.impersonal))
      return;
    // "pointed out": the verb is a cue only with its particle, which is part of it.
    if (!v.particle.empty()) {
      if (!word(e) || norm(e) != v.particle) return;
      ++e;
    }
    // The preposition that belongs to the cue ("appeler à", "parle de").
    if (!v.prep.empty() && word(e) && norm(e) == v.prep) ++e;
    // "told reporters the state would…": a short object is part of the cue.
    if (v.takes_object && (in("tell_object", e) || st_.mention_starting_at(e) >= 0)) {
      const int m = st_.mention_starting_at(e);
      e = m >= 0 ? st_.mentions[m].end_tok : e + 1;
    } else if (const uint32_t o = object_phrase_end(e - 1, e); v.takes_object && o > e) {
      e = o;  // "told shareholders it expected …", "told its shareholders …"
    } else if (v.takes_object || v.object_before_that) {
      // "told reporters that" / "told reporters:", "warned investors that":
      // the object is part of the cue.
      for (uint32_t k = e; k < sent_end_ && k <= e + 3; ++k) {
        if (in("complementizer", k) || st_.is_punct(k, ":")) {
          if (k > e) e = k;
          break;
        }
        if (!word(k)) break;
      }
    }
    CueRec c;
    c.first_tok = b;
    c.end_tok = e;
    c.span = ByteSpan{st_.tok(b).span.begin, st_.tok(e - 1).span.end};
    c.lemma = v.lemma;
    c.cls = v.cls;
    c.form = v.form;
    c.has_aux = aux;
    c.inverted_pronoun = inverted;
    c.impersonal = !v.impersonal.empty();
    st_.cues.push_back(std::move(c));
  }

  // "a fait savoir que", "fait savoir que": faire with the infinitive that
  // makes the pair a verb of saying (the grammar's causative classes).
  bool causative_cue(uint32_t b, uint32_t j, bool aux, int inv, uint32_t& next) {
    if (!in("causative", j) || !in("causative_cue", j + 1)) return false;
    if (!aux && (sentence_initial_word(j) || (j > sent_first_ && in("determiner", j - 1)))) return false;
    VerbInfo v;
    v.lemma = std::string(norm(j + 1));
    v.form = aux ? VerbForm::Participle : VerbForm::Finite;
    emit(b, j + 2, v, aux, inv);
    next = j + 2;
    return true;
  }

  bool try_according(uint32_t i, uint32_t& next) {
    const lexicon::WordInfo* info = nullptr;
    const std::size_t l = pk_.according.match(st_.norms, i, &info);
    if (l == 0 || i + l > sent_end_) return false;
    // "selon lesquelles/laquelle": a relative, not a source; but "l'avocat
    // de la famille, pour qui « … »": the phrase before the comma is.
    const uint32_t e = i + static_cast<uint32_t>(l);
    if (in("relative", e)) {
      if (!in("relative_person", e) || i <= sent_first_ || !st_.is_punct(i - 1, ",") || st_.mention_ending_at(i - 1) < 0)
        return false;
      CueRec c;
      c.first_tok = i;
      c.end_tok = e + 1;
      c.span = ByteSpan{st_.tok(i).span.begin, st_.tok(e).span.end};
      c.lemma = std::string(norm(i));
      c.according = true;
      c.relative_source = true;
      st_.cues.push_back(std::move(c));
      next = e + 1;
      return true;
    }
    if (info && info->where == "start") {
      // "Pour X, …": only at a sentence start, before a name or a noun phrase
      // (the quotes stage then asks for a known mention there) and a comma;
      // or right after a quotation and its comma ("« … », pour le magistrat.").
      uint32_t k = sent_first_;
      while (k < i && (st_.tok(k).kind != TokenKind::Word || in("conjunction", k))) ++k;
      const bool after_quotation = i >= 2 && st_.is_punct(i - 1, ",") && st_.quote_closed_at(i - 2) >= 0;
      if ((k != i && !after_quotation) || !(st_.tok(e).capitalized || in("determiner", e) || in("stressed_pronoun", e)))
        return false;
    }
    CueRec c;
    c.first_tok = i;
    c.end_tok = e;
    c.span = ByteSpan{st_.tok(i).span.begin, st_.tok(e - 1).span.end};
    c.lemma = std::string(norm(i));
    c.according = true;
    st_.cues.push_back(std::move(c));
    next = e;
    return true;
  }

  bool try_verb_group(uint32_t i, uint32_t& next) {
    if (!word(i)) return false;
    uint32_t b = i;
    // A reflexive before the group: "se dit", "s'est dit".
    const bool reflexive_before = i > sent_first_ && in("reflexive", i - 1);
    if (in("aux", i)) {
      // Not "a" as a noun: the aux must be followed by (inversion,) adverbs, a participle.
      uint32_t j = i + 1;
      int inv = inversion_at(j, j);
      j = skip_adverbs(j);
      // "a par ailleurs indiqué", "a de son côté affirmé": a short adverbial
      // phrase of small lower-case words between the auxiliary and the
      // participle.
      if (!reading(j, VerbForm::Participle) && !st_.is_punct(j, ",")) {
        for (uint32_t k = j; k < sent_end_ && k < j + 3; ++k) {
          // Not a passive's auxiliary ("a été qualifié", "has been told"):
          // that group is passive, read below at its participle.
          // Nor a verb of its own ("a dissimulé les relevés": "relevés" is
          // the object, no participle of saying).
          if (!word(k) || st_.tok(k).capitalized || pk_.verb(norm(k)) || in("passive_aux", k) || tagged_verb(k)) break;
          if (reading(skip_adverbs(k + 1), VerbForm::Participle)) {
            j = skip_adverbs(k + 1);
            break;
          }
        }
      }
      // "avait, pour sa part, déploré": an incise between commas.
      if (st_.is_punct(j, ",")) {
        for (uint32_t k = j + 1; k < sent_end_ && k <= j + 7; ++k) {
          if (st_.is_punct(k, ",")) {
            if (k > j + 1 && reading(skip_adverbs(k + 1), VerbForm::Participle)) j = skip_adverbs(k + 1);
            break;
          }
          if (!word(k)) break;
        }
      }
      // Passive "a été cité", "was told": not a cue of the subject's words.
      if (word(j) && (norm(j) == "été" || norm(j) == "been" || norm(j) == "being")) return false;
      if (const auto* v = reading(j, VerbForm::Participle)) {
        // English "was/is + participle" is passive: "was labeled", "is said".
        const auto a = norm(i);
        if (pk_.lang == "en" && (a == "was" || a == "were" || a == "is" || a == "are")) return false;
        if (reflexive_before) b = i - 1;
        emit(b, j + 1, *v, true, inv);
        next = j + 1;
        return true;
      }
      if (causative_cue(b, j, true, inv, next)) return true;
      // "a tenu à préciser", "a voulu rappeler".
      if (in("semi_aux", j)) {
        uint32_t k = j + 1;
        if (in("semi_aux_link", k)) ++k;
        k = skip_adverbs(k);
        if (const auto* v = reading(k, VerbForm::Infinitive)) {
          emit(b, k + 1, *v, true, inv);
          next = k + 1;
          return true;
        }
      }
      return false;
    }
    if (causative_cue(b, i, false, -1, next)) return true;
    // "pour dénoncer « … »", "to deny that…", "avant d'ajouter :": the subject
    // of the main clause speaks.
    if (const auto* v = reading(i, VerbForm::Infinitive)) {
      const bool with_de = i > sent_first_ + 1 && (norm(i - 1) == "de" || norm(i - 1) == "d'") && in("purpose_de", i - 2);
      // Not "declined to say how many …": nothing was said.
      const bool refused = i > sent_first_ + 1 && in("refusal", i - 2);
      if (((i > sent_first_ && in("purpose", i - 1)) || with_de) && !refused) {
        emit(i, i + 1, *v, false, -1);
        st_.cues.back().purpose = true;
        next = i + 1;
        return true;
      }
    }
    // "peut-on lire dans le rapport": a modal, its inverted pronoun, the cue's infinitive.
    if (in("modal", i)) {
      uint32_t k = i + 1;
      const int inv = inversion_at(i + 1, k);
      k = skip_adverbs(k);
      if (const auto* v = inv >= 0 ? reading(k, VerbForm::Infinitive) : nullptr) {
        emit(i, k + 1, *v, false, inv);
        next = k + 1;
        return true;
      }
    }
    // "a-t-il" handled above; a finite verb, maybe inverted: "déclare-t-elle", "dit-il".
    if (const auto* v = reading(i, VerbForm::Finite)) {
      uint32_t probe = i + 1;
      const bool inverted = inversion_at(i + 1, probe) >= 0;
      // A sentence cannot open on a finite verb of saying without inversion:
      // "Fears that…" is a noun.
      if (!inverted && sentence_initial_word(i)) return false;
      // English "estimates", "claims", "reports" are nouns as often as verbs:
      // a verb needs a subject right before it, or an inverted position.
      if (pk_.lang == "en" && norm(i).size() > 1 && norm(i).back() == 's' && !has_subject_or_inversion(i)) return false;
      // The plain form ("critics argue") is a verb only after a plural
      // subject, or as a past that looks the same after a document ("the
      // statement read:"; "he read « … »" reads a title).
      if (pk_.lang == "en" && norm(i) == v->lemma && !plural_subject_before(i) &&
          !(v->plain_is_past && document_before(i)))
        return false;
      // After a determiner it is a noun: "la note", "the report", "the claims".
      if (i > sent_first_ && (in("determiner", i - 1) && !in("object_pronoun", i - 1))) return false;
      // Capitalised mid-sentence: a name ("Washington Post Reports").
      if (i > sent_first_ && st_.tok(i).capitalized && st_.tok(i - 1).kind == TokenKind::Word) return false;
      uint32_t after = i + 1;
      const int inv = inversion_at(i + 1, after);
      if (reflexive_before) b = i - 1;
      emit(b, inv >= 0 ? after : i + 1, *v, false, inv);
      // "was told", "is said": passive, the subject is not the speaker.
      if (i > sent_first_ && in("passive_aux", i - 1)) st_.cues.back().passive = true;
      next = inv >= 0 ? after : i + 1;
      return true;
    }
    if (const auto* v = reading(i, VerbForm::Gerund)) {
      // A gerund of saying opens a clause: ", ajoutant que", ", saying",
      // "as saying", "en expliquant". Not "no warning", "the meaning".
      // Also a participle clause on a noun ("un communiqué qualifiant…",
      // "a statement calling…") and one with its object pronoun before it
      // ("le qualifiant de…").
      uint32_t p = i;
      while (p > sent_first_ && (in("adverb", p - 1) || manner_adverb(p - 1) || in("object_pronoun", p - 1))) --p;
      const bool after_noun = p > sent_first_ && p - 1 < st_.tree.size() && st_.tree[p - 1].upos == syntax::Upos::NOUN;
      if (p > sent_first_ && !st_.is_punct(p - 1, ",") && !in("gerund_intro", p - 1) && !after_noun) return false;
      // "as saying": the "as" belongs to the cue.
      if (i > sent_first_ && norm(i - 1) == "as") b = i - 1;
      emit(b, i + 1, *v, false, -1);
      next = i + 1;
      return true;
    }
    // A bare participle right before a quotation: "des propos jugés « … »";
    // a naming verb's after a passive auxiliary: "a été qualifié de …" (the
    // quotes stage reads its agent, "par X").
    if (const auto* v = reading(i, VerbForm::Participle)) {
      const bool passive_naming = i > sent_first_ && in("passive_aux", i - 1) && pk_.in("naming_verb", v->lemma);
      const bool so_called = in("so_called", i) && !passive_naming;
      if ((st_.is_quote_mark(i + 1) && st_.quote_opened_at(i + 1) >= 0 && !so_called) || passive_naming) {
        emit(b, i + 1, *v, false, -1);
        st_.cues.back().passive = passive_naming;
        next = i + 1;
        return true;
      }
    }
    return false;
  }

  // True when token k closes a quotation that a comma follows or ends
  // ("« … »," / "“…,”"), so that the next word opens an incise.
  bool quotation_then_comma_before(uint32_t i) const {
    if (i < sent_first_ + 2) return false;
    if (st_.is_punct(i - 1, ",")) return st_.quote_closed_at(i - 2) >= 0;
    return st_.quote_closed_at(i - 1) >= 0 && st_.is_punct(i - 2, ",");
  }
  bool tagged_verb(uint32_t i) const { return word(i) && i < st_.tree.size() && st_.tree[i].upos == syntax::Upos::VERB; }
  // An inverted subject at token k that ends the clause: a determiner, a
  // name or a known mention opening a noun phrase followed by punctuation or
  // the sentence's end ("…, a tonné la maire de Rennes, Claire Balan."), not
  // an object that runs on ("…, loved the book and lent it").
  bool inverted_subject_at(uint32_t k) const {
    if (!word(k)) return false;
    if (!(in("determiner", k) || st_.tok(k).capitalized || st_.mention_starting_at(k) >= 0)) return false;
    uint32_t e = entities::noun_phrase_end(st_, k, sent_end_);
    if (e == k) return false;
    // The name in apposition ("le député Paul Morin").
    while (e < sent_end_ && st_.tree[e].upos == syntax::Upos::PROPN) ++e;
    return e >= sent_end_ || st_.tok(e).kind == TokenKind::Punct;
  }

  // "« … », a tonné la maire", "“…,” fumed the mayor": right after a
  // quotation and its comma, a verb followed by its subject is the
  // quotation's cue whatever the verb, since that inverted word order is
  // the incise of reported speech. The lexicon lists the verbs of the other
  // positions; this one needs none. The parse must tag the word a verb.
  bool try_incise(uint32_t i, uint32_t& next) {
    if (!quotation_then_comma_before(i) || !word(i)) return false;
    if (subject_then_incise(i, next)) return true;
    if (st_.tok(i).capitalized) return false;
    // "s'est emporté", "s'insurge": the reflexive belongs to the cue.
    const uint32_t b = i;
    if (in("reflexive", i)) ++i;
    uint32_t head = i;
    bool aux = false;
    int inv = -1;
    uint32_t after = i + 1;
    if (in("aux", i)) {
      uint32_t j = i + 1;
      inv = inversion_at(j, j);
      j = skip_adverbs(j);
      if (!tagged_verb(j) || norm(j) == "été" || norm(j) == "been") return false;
      head = j;
      aux = true;
      after = j + 1;
    } else if (!tagged_verb(i)) {
      return false;
    }
    if (inv < 0) inv = inversion_at(after, after);
    if (inv < 0 && !inverted_subject_at(skip_adverbs(after))) return false;
    VerbInfo v;
    v.lemma = std::string(norm(head));
    v.form = aux ? VerbForm::Participle : VerbForm::Finite;
    emit(b, after, v, aux, inv);
    next = after;
    return true;
  }

  // "“…,” the senator quipped.": the subject, then a verb that ends the
  // clause (a full stop or a comma after it).
  bool subject_then_incise(uint32_t i, uint32_t& next) {
    const int m = st_.mention_starting_at(i);
    if (m < 0) return false;
    const uint32_t k = st_.mentions[m].end_tok;
    if (!tagged_verb(k) || st_.tok(k).capitalized) return false;
    if (k + 1 < sent_end_ && !st_.is_punct(k + 1, ",") && !st_.is_punct(k + 1, ".")) return false;
    VerbInfo v;
    v.lemma = std::string(norm(k));
    emit(k, k + 1, v, false, -1);
    next = k + 1;
    return true;
  }
};

}  // namespace

void find_cues(State& st) {
  CueFinder f(st);
  f.run();
}

}  // namespace saywho::quotes
