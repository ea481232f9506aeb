#include "attribution/attribution.hpp"

#include <algorithm>
#include <unordered_map>

#include "entities/entities.hpp"
#include "syntax/read.hpp"

namespace saywho::attribution {
namespace {

using lexicon::Gender;
using lexicon::Number;
using pipeline::MentionRec;
using pipeline::QuoteRec;
using pipeline::SpeakerSlot;
using pipeline::State;
using text::TokenKind;

class Attributor {
 public:
  explicit Attributor(State& st) : st_(st), pk_(st.pack), tree_(st.tree, st.doc) {}

  void run() {
    build_indexes();
    for (std::size_t i = 0; i < st_.quotes.size(); ++i) attribute_one(static_cast<int>(i));
  }

 private:
  State& st_;
  const lexicon::Pack& pk_;
  syntax::TreeReader tree_;

  bool in(const char* cls, uint32_t i) const { return st_.is_word(i) && pk_.in(cls, st_.norm(i)); }
  bool prepositional(uint32_t first_tok) const {
    if (first_tok == 0) return false;
    const uint32_t p = first_tok - 1;
    if (st_.tok(p).sentence != st_.tok(first_tok).sentence) return false;
    return in("preposition", p) || in("np_link", p) || st_.norm(p) == "'s";
  }

  // The mention covering token i (the outermost one).
  int mention_at(uint32_t i) const { return i < cover_.size() ? cover_[i] : -1; }

  // Built once: the outermost mention covering each token, how many
  // mentions there were before attribution appended its own, and the nested
  // mentions in text order (a document's publisher is looked up among them).
  std::vector<int> cover_;
  std::size_t sorted_mentions_ = 0;
  std::vector<int> nested_;  // the nested mentions, by first token

  void build_indexes() {
    cover_.assign(st_.ntok(), -1);
    for (std::size_t m = 0; m < st_.mentions.size(); ++m) {
      const auto& mr = st_.mentions[m];
      if (mr.nested) {
        nested_.push_back(static_cast<int>(m));
        continue;
      }
      for (uint32_t t = mr.first_tok; t < mr.end_tok && t < cover_.size(); ++t)
        if (cover_[t] < 0) cover_[t] = static_cast<int>(m);
    }
    sorted_mentions_ = st_.mentions.size();
    std::stable_sort(nested_.begin(), nested_.end(),
                     [&](int a, int b) { return st_.mentions[a].first_tok < st_.mentions[b].first_tok; });
  }

  // The latest quote (by content start) before byte b that has a speaker;
  // with cue >= 0, the latest one of that cue: the quotes stage names the
  // quote a continued one goes on from (after “They called it ‘…,’” X said,
  // X's quote, not the nested one).
  int last_attributed_before(uint32_t b, int cue = -1) const {
    auto it = std::lower_bound(st_.quotes.begin(), st_.quotes.end(), b,
                               [](const QuoteRec& q, uint32_t x) { return q.content.begin < x; });
    for (int n = 0; it != st_.quotes.begin() && n < 64; ++n) {
      --it;
      if (it->speaker_entity >= 0 && (cue < 0 || it->cue == cue)) return static_cast<int>(it - st_.quotes.begin());
    }
    return cue < 0 ? -1 : last_attributed_before(b);
  }

  // The mention the parse gives as the subject of the verb at token `cue`
  // ("Parents whose children attended the school said…": Parents), or -1:
  // none, after the verb, or behind a colon, semicolon or quotation mark
  // (a headline's "Congo: rebels say" is two clauses).
  int subject_by_parse(uint32_t cue) const {
    if (!tree_.parsed() || cue >= st_.ntok()) return -1;
    uint32_t v = cue;
    if (st_.tree[v].rel.rel == syntax::Rel::aux && st_.tree[v].head > static_cast<int32_t>(v)) v = st_.tree[v].head;
    const int subject = tree_.subject(v);
    if (subject < static_cast<int>(st_.sentence_of(cue).first_token) || subject >= static_cast<int>(cue)) return -1;
    const int m = mention_at(static_cast<uint32_t>(subject));
    if (m < 0 || st_.mentions[m].end_tok > cue) return -1;
    // Quotation marks the parse puts inside the subject's phrase do not
    // separate it from its verb ("Un rapport intitulé « … », publié par X,
    // affirme", "Le document, rédigé … et intitulé « … », pointe").
    for (uint32_t k = st_.mentions[m].end_tok; k < cue; ++k)
      if (st_.is_punct(k, ":") || st_.is_punct(k, ";") ||
          (st_.tok(k).kind == TokenKind::QuoteMark && !syntax::under(st_.tree, k, static_cast<uint32_t>(subject))))
        return -1;
    // "Its ambassador to Manila, Mary Kay Carlson, said": the name set off
    // by commas between the role and the verb; or by one comma only ("Le
    // porte-parole du gouvernement et de l'Apr, Seydou Guèye a qualifié"),
    // which the parse reads as a second subject.
    if (st_.mentions[m].kind == MentionKind::Description && cue > 1) {
      const int name = mention_at(st_.is_punct(cue - 1, ",") ? cue - 2 : cue - 1);
      if (name >= 0 && name != m && st_.mentions[name].kind == MentionKind::Name &&
          st_.mentions[name].first_tok > st_.mentions[m].end_tok && st_.is_punct(st_.mentions[name].first_tok - 1, ","))
        return name;
    }
    return m;
  }

  // The subject of a verb at token `cue`: the nearest mention before it in its
  // clause that is not inside a prepositional phrase, stepping over
  // appositions and relative clauses ("Okonkwo, who heads the central bank, said").
  int subject_before(uint32_t cue, const char** rule) const {
    const auto& s = st_.sentence_of(cue);
    // "…, the Police Complaints Commission (IPCC) has confirmed": the name
    // right before the cue, past its acronym in parentheses.
    if (const int m = st_.mention_before_parenthesis(cue); m >= 0) {
      *rule = "subject";
      return appositive_head(m);
    }
    // "Le syndicat, lui, dénonce": the emphatic pronoun between commas
    // stands for the subject before it.
    if (cue >= s.first_token + 4 && st_.is_punct(cue - 1, ",") && in("stressed_pronoun", cue - 2) &&
        st_.is_punct(cue - 3, ","))
      if (const int m = st_.mention_ending_at(cue - 3); m >= 0 && st_.mentions[m].kind != MentionKind::Pronoun) {
        *rule = "subject";
        return appositive_head(m);
      }
    // "Du côté de la CGT, on dénonce …", "Chez Renault, on assure que …":
    // the impersonal "on" speaks for the party the opening phrase names.
    {
      uint32_t j = cue;
      while (j > s.first_token && (in("adverb", j - 1) || in("negation", j - 1) || in("object_pronoun", j - 1))) --j;
      if (j >= s.first_token + 3 && in("indefinite_pronoun", j - 1) && st_.is_punct(j - 2, ",") &&
          in("preposition", s.first_token))
        if (const int m = st_.mention_ending_at(j - 2);
            m >= 0 && st_.mentions[m].kind != MentionKind::Pronoun && st_.mentions[m].first_tok > s.first_token) {
          *rule = "impersonal-at-party";
          return appositive_head(m);
        }
    }
    // "Norman Swan, an ABC health planner, warned": the name before an
    // apposition no list knows (a determiner's phrase between commas).
    if (st_.mention_ending_at(cue - 1) < 0)
      if (const int m = st_.mention_before_apposition(cue); m >= 0) {
        *rule = "subject";
        return appositive_head(m);
      }
    if (const int m = subject_by_parse(cue); m >= 0) {
      *rule = "subject-tree";
      return appositive_head(m);
    }
    uint32_t j = cue;
    for (int n = 0; n < 3 && j > s.first_token && (in("adverb", j - 1) || in("time_word", j - 1) || in("object_pronoun", j - 1) || in("negation", j - 1)); ++n) --j;
    const int direct = st_.mention_ending_at(j);
    // (Not the agent of a participle before it: "A leaked memo obtained by
    // the Guardian shows that …".)
    const bool agent = direct >= 0 && st_.mentions[direct].first_tok > s.first_token &&
                       in("by_agent", st_.mentions[direct].first_tok - 1) &&
                       !in("np_link", st_.mentions[direct].first_tok - 1);  // French "de" names, "par" is the agent
    // (Nor the complement of a participle before it: "Un rapport remis au
    // gouvernement recommande …", "the plan sent to ministers says …".)
    bool complement = false;
    if (direct >= 0 && prepositional(st_.mentions[direct].first_tok) && st_.tree.size() == st_.ntok()) {
      const uint32_t prep = st_.mentions[direct].first_tok - 1;
      for (uint32_t p = prep; p > s.first_token && prep - p < 3 && !complement; --p)
        complement = st_.tree[p - 1].upos == syntax::Upos::VERB && st_.tree[p - 1].form == syntax::Form::Participle;
    }
    if (direct >= 0 && j > s.first_token && !agent && !complement) {
      *rule = "subject";
      return appositive_head(direct);
    }
    // A relative clause or apposition between subject and verb.
    for (uint32_t k = j; k-- > s.first_token;) {
      if (in("relative", k) || (st_.is_punct(k, ",") && k + 1 < cue && in("relative", k + 1))) {
        const uint32_t before = st_.is_punct(k, ",") ? k : (k > 0 && st_.is_punct(k - 1, ",") ? k - 1 : k);
        int m = st_.mention_ending_at(before);
        // "Un audit interne, dont …": past up to two adjectives after the noun.
        for (uint32_t a = before; m < 0 && a > s.first_token && before - a < 2 && st_.is_word(a - 1) &&
                                  !st_.tok(a - 1).capitalized && !in("relative", a - 1);
             --a)
          m = st_.mention_ending_at(a - 1);
        if (m >= 0) {
          *rule = "subject-relative";
          return appositive_head(m);
        }
      }
      if (st_.tok(k).kind == TokenKind::QuoteMark) break;
    }
    // Otherwise the nearest mention not governed by a preposition.
    for (uint32_t k = j; k-- > s.first_token;) {
      if (st_.tok(k).kind == TokenKind::QuoteMark) break;
      const int m = mention_at(k);
      if (m < 0) continue;
      if (st_.mentions[m].end_tok > j) continue;
      if (!prepositional(st_.mentions[m].first_tok)) {
        *rule = "subject-nearest";
        return appositive_head(m);
      }
      k = st_.mentions[m].first_tok;
    }
    return -1;
  }

  // "Lin Jian, porte-parole…": prefer the name over its apposition.
  int appositive_head(int m) const {
    const auto& mr = st_.mentions[m];
    if (mr.same_as >= 0) return mr.same_as;
    return m;
  }

  int subject_after(uint32_t tok) const {
    uint32_t j = tok;
    // (Not over a mention's first word: "affirme leur avocate", where
    // "leur" is also a clitic the adverb class lists.)
    for (int n = 0; n < 3 && st_.mention_starting_at(j) < 0 && (in("adverb", j) || in("time_word", j)); ++n) ++j;
    const int m = st_.mention_starting_at(j);
    if (m < 0 && in("determiner", j)) return st_.mention_starting_at(j + 1);
    if (m >= 0 && st_.genitive(st_.mentions[m].end_tok - 1)) {
      // "said Clearwater’s director, Dr Sian Probert": the person, not the owner.
      const auto& s = st_.sentence_of(j);
      uint32_t k = st_.mentions[m].end_tok;
      for (int n = 0; n < 3 && k < s.end_token && st_.is_word(k) && !st_.tok(k).capitalized; ++n) ++k;
      if (k > st_.mentions[m].end_tok) {
        if (const int d = st_.mention_starting_at(st_.mentions[m].end_tok); d >= 0) return d;
        if (k + 1 < s.end_token && st_.is_punct(k, ","))
          if (const int name = st_.mention_starting_at(k + 1); name >= 0) return name;
      }
    }
    return m;
  }


  // A subject no lexicon knew ("The utility denied…"): the noun phrase from
  // the clause start to the verb, when it opens with a determiner.
  int subject_phrase(uint32_t cue) {
    const auto& s = st_.sentence_of(cue);
    uint32_t b = cue;
    while (b > s.first_token && st_.tok(b - 1).kind == TokenKind::Word && cue - b < 6) --b;
    if (b > s.first_token && !st_.is_punct(b - 1, ",") && st_.tok(b - 1).kind != TokenKind::QuoteMark) return -1;
    // "As the …", "tandis que le patronat …", "while the employers …": the
    // words that open the clause (the parse's subordinators) are not its subject.
    auto opener = [&](uint32_t k) {
      const auto r = tree_.parsed() ? st_.tree[k].rel.rel : syntax::Rel::dep;
      return in("conjunction", k) || in("adverb", k) || in("as_marker", k) || r == syntax::Rel::mark ||
             r == syntax::Rel::fixed;
    };
    while (b < cue && opener(b)) ++b;
    if (b >= cue || !in("determiner", b)) return -1;
    // "Ce que confirme le procureur : …": after "que" the subject comes
    // after the verb; "Ce que" is its object.
    for (uint32_t k = b; k < cue; ++k)
      if (in("complementizer", k)) return -1;
    return entities::add_source_phrase(st_, b, cue);
  }

  // An inverted subject no lexicon knew ("…, assure le nouveau trésorier,
  // Paul-Henri de Villiers."): the noun phrase after the cue, or the name in
  // apposition to it.
  int inverted_phrase(uint32_t tok) {
    uint32_t j = tok;
    for (int n = 0; n < 3 && (in("adverb", j) || in("time_word", j)); ++n) ++j;
    // "said village elder Joseph Mwangi", "said local farmer Ana Ruiz": a
    // bare description in lower case no lexicon knew, then the name.
    if (!in("determiner", j) && !in("quantifier", j)) {
      const auto& s = st_.sentence_of(tok);
      uint32_t k = j;
      while (k < s.end_token && k < j + 4 && st_.is_word(k) && !st_.tok(k).capitalized && !st_.tok(k).all_caps &&
             !st_.pack.function_words.contains(st_.norm(k)))
        ++k;
      if (k == j) return -1;
      const int name = st_.mention_starting_at(k);
      const bool named = name >= 0 && st_.mentions[name].entity >= 0 &&
                         (st_.mentions[name].kind == MentionKind::Name || st_.mentions[name].kind == MentionKind::TitledName);
      return named ? name : -1;
    }
    // "the …", "one resident", "deux habitants".
    const int p = entities::add_source_phrase(st_, j);
    if (p < 0) return -1;
    const uint32_t e = st_.mentions[p].end_tok;
    if (st_.is_punct(e, ",")) {
      const int name = st_.mention_starting_at(e + 1);
      if (name >= 0 && st_.mentions[name].kind != MentionKind::Pronoun && st_.mentions[name].entity >= 0 &&
          st_.mentions[name].kind != MentionKind::Description) {
        // The phrase describes the named one: one entity.
        entities::merge(st_, st_.mentions[p].entity, st_.mentions[name].entity);
        return name;
      }
    }
    return p;
  }

  bool compatible(const MentionRec& pron, int entity) const {
    if (entity < 0) return false;
    const auto& e = st_.entities[entity];
    if (e.mentions.empty()) return false;
    // Groups are plural ("les enquêteurs": "ils") unless a singular noun names
    // them ("l'opposition": "elle").
    const bool plural_entity = e.number == Number::Plural;
    if ((pron.number == Number::Plural) != plural_entity) {
      // "they"/"ils" may stand for an organisation.
      if (!(pron.number == Number::Plural && e.kind == EntityKind::Organization)) return false;
    }
    if (pron.entity_kind == EntityKind::Person && e.kind != EntityKind::Person && e.kind != EntityKind::Unknown) return false;
    if (pron.head == "thing" && e.kind == EntityKind::Person) return false;
    if (pron.gender != Gender::Any && e.gender != Gender::Any && pron.gender != e.gender) return false;
    return true;
  }

  // Salience: the speaker of the latest quote before `pos` if compatible,
  // else the nearest compatible subject-like mention in the last paragraphs.
  // "Ce dernier", "the latter": the last one named before it, whatever its
  // role in its sentence ("a répondu au député Marc Petit. Ce dernier…").
  int resolve_latter(const MentionRec& pron, const char** rule) const {
    auto from = std::lower_bound(st_.mentions.begin(), st_.mentions.begin() + static_cast<std::ptrdiff_t>(sorted_mentions_),
                                 pron.first_tok, [](const MentionRec& x, uint32_t t) { return x.first_tok < t; });
    const uint32_t para = st_.sentence_of(pron.first_tok).paragraph;
    for (auto mit = from; mit != st_.mentions.begin();) {
      --mit;
      const auto& mr = *mit;
      if (st_.sentence_of(mr.first_tok).paragraph + 1 < para) break;
      if (mr.kind == MentionKind::Pronoun || mr.entity < 0 || mr.nested || mr.is_document) continue;
      if (st_.quote_containing(mr.span.begin) >= 0 || !compatible(pron, mr.entity)) continue;
      *rule = "latter-last-named";
      return mr.entity;
    }
    return -1;
  }

  // `said`: the content of the quote the pronoun speaks; no mention in it
  // is its speaker ("Trois jours après que la mairie a retiré la barrière,
  // regrette-t-elle": not the town hall).
  int resolve_pronoun(int pron_mention, uint32_t pos, const char** rule, ByteSpan said = {}) const {
    const auto& pron = st_.mentions[pron_mention];
    if (pron.head == "latter") return resolve_latter(pron, rule);
    const uint32_t para = st_.sentence_of(pos).paragraph;
    const uint32_t pos_byte = st_.tok(pos).span.begin;
    const int best_q = last_attributed_before(pos_byte);
    int best = -1, gendered = -1;
    uint32_t best_tok = 0;
    bool best_is_subject = false;
    // Mentions are in text order (up to sorted_mentions_): walk back from the
    // pronoun through the last two paragraphs.
    auto from = std::lower_bound(st_.mentions.begin(), st_.mentions.begin() + static_cast<std::ptrdiff_t>(sorted_mentions_),
                                 pron.first_tok, [](const MentionRec& x, uint32_t t) { return x.first_tok < t; });
    // "Le Tessinois n'a, à ses yeux, jamais réussi": whose eyes the marker
    // names is not who the sentence is about.
    const bool possessive_source = in("possessive", pron.first_tok);
    for (auto mit = from; mit != st_.mentions.begin();) {
      --mit;
      const std::size_t m = static_cast<std::size_t>(mit - st_.mentions.begin());
      const auto& mr = *mit;
      if (st_.sentence_of(mr.first_tok).paragraph + 2 < para) break;
      if (mr.kind == MentionKind::Pronoun || mr.entity < 0 || mr.first_tok >= pron.first_tok) continue;
      if (possessive_source && st_.tok(mr.first_tok).sentence == st_.tok(pron.first_tok).sentence) continue;
      if (said.contains(mr.span.begin)) continue;
      if (!compatible(pron, mr.entity)) continue;
      if (mr.nested || mr.is_document) continue;
      // A speaker is not named inside their own or another's quotation.
      if (st_.quote_containing(mr.span.begin) >= 0) continue;
      // One named behind a preposition is no subject; the nearest whose
      // gender is known to be the pronoun's is kept in case no subject fits
      // ("Paul Roux a répondu à Anne Morel. « … », a-t-elle lancé").
      if (prepositional(mr.first_tok)) {
        if (gendered < 0 && pron.gender != Gender::Any && st_.entities[mr.entity].gender == pron.gender &&
            st_.sentence_of(mr.first_tok).paragraph + 1 >= para)
          gendered = mr.entity;
        continue;
      }
      // The nearest sentence with a candidate decides; in it, its subject
      // before any other mention ("Marie Dupont dirige l'association. Elle
      // affirme …": Marie Dupont).
      if (best >= 0 && mr.first_tok < best_tok) {
        if (st_.tok(mr.first_tok).sentence != st_.tok(best_tok).sentence) break;
        if (best_is_subject || !st_.is_subject(mr)) continue;
      }
      best = static_cast<int>(m);
      best_tok = mr.first_tok;
      best_is_subject = st_.is_subject(mr);
    }
    if (best_q >= 0 && compatible(pron, st_.quotes[best_q].speaker_entity)) {
      const auto& q = st_.quotes[best_q];
      // The last speaker wins unless a compatible mention came after their quote's cue.
      const uint32_t qpos = q.speaker_mention >= 0 ? st_.mentions[q.speaker_mention].first_tok : st_.token_at(q.content.begin);
      if (best < 0 || best_tok <= std::max(qpos, st_.token_at(q.content.end)) ||
          st_.mentions[best].entity == q.speaker_entity) {
        *rule = "pronoun-last-speaker";
        return q.speaker_entity;
      }
    }
    if (best >= 0) {
      *rule = "pronoun-nearest";
      return st_.mentions[best].entity;
    }
    if (gendered >= 0) *rule = "pronoun-gender";
    return gendered;
  }

  // The speaker of the nearest earlier quote in the same sentence, else the
  // sentence's subject ("…, a poursuivi M. Lin, ajoutant que…").
  void same_subject(QuoteRec& q) {
    const uint32_t cue_tok = q.cue >= 0 ? st_.cues[q.cue].first_tok : st_.token_at(q.content.begin);
    const uint32_t sentence = st_.tok(cue_tok).sentence;
    int best = -1;
    // Only quotes that start in this paragraph can have a cue in this sentence.
    const auto& para = st_.doc.paragraphs[st_.sentence_of(cue_tok).paragraph].span;
    auto lo = std::lower_bound(st_.quotes.begin(), st_.quotes.end(), para.begin,
                               [](const QuoteRec& x, uint32_t b) { return x.content.begin < b; });
    for (auto it = lo; it != st_.quotes.end() && it->content.begin < para.end; ++it) {
      const std::size_t k = static_cast<std::size_t>(it - st_.quotes.begin());
      const auto& o = *it;
      if (&o == &q || o.cue < 0 || o.speaker_entity < 0) continue;
      const uint32_t ot = st_.cues[o.cue].first_tok;
      if (ot >= cue_tok || st_.tok(ot).sentence != sentence) continue;
      if (best < 0 || ot > st_.cues[st_.quotes[best].cue].first_tok) best = static_cast<int>(k);
    }
    if (best >= 0) {
      take_speaker_of(q, best, "same-subject-as-previous-cue", 0.9);
      return;
    }
    const auto& s = st_.sentence_of(cue_tok);
    // "Des informations confirmées mercredi par une source judiciaire,
    // précisant que …": the agent of the participle the clause follows.
    if (cue_tok > s.first_token + 2 && st_.is_punct(cue_tok - 1, ",")) {
      for (uint32_t k = cue_tok - 1; k-- > s.first_token + 1;) {
        if (!in("by_agent", k) || in("np_link", k) || st_.tree.size() != st_.ntok()) continue;
        // A past participle shortly before ("confirmées mercredi par").
        bool participle = false;
        for (uint32_t p = k; p-- > s.first_token && k - p <= 3;)
          participle = participle || (st_.tree[p].upos == syntax::Upos::VERB && st_.tree[p].form == syntax::Form::Participle);
        if (!participle) continue;
        const int m = st_.mention_starting_at(k + 1);
        if (m >= 0 && st_.mentions[m].end_tok == cue_tok - 1 && st_.mentions[m].kind != MentionKind::Pronoun) {
          set_speaker(q, m, "agent-of-participle", 0.8);
          return;
        }
        break;
      }
    }
    // The subject of the sentence: its first mention outside a prepositional phrase.
    if (const int m = first_ungoverned_mention(s.first_token, cue_tok); m >= 0) {
      set_speaker(q, appositive_head(m), "same-sentence-subject", 0.8);
      return;
    }
    // "Et d'ajouter : « … »": an infinitive opening its sentence goes on
    // with the last speaker, else with the previous sentence's subject.
    if (opens_sentence(cue_tok)) {
      const int last = last_attributed_before(q.content.begin);
      if (last >= 0 && st_.sentence_of(st_.token_at(st_.quotes[last].content.begin)).paragraph + 1 >= s.paragraph) {
        take_speaker_of(q, last, "previous-speaker", 0.7);
        return;
      }
      const uint32_t si = st_.tok(cue_tok).sentence;
      if (si > 0 && st_.doc.sentences[si - 1].paragraph + 1 >= s.paragraph) {
        const auto& prev = st_.doc.sentences[si - 1];
        if (const int m = first_ungoverned_mention(prev.first_token, prev.end_token); m >= 0) {
          set_speaker(q, appositive_head(m), "previous-sentence-subject", 0.7);
          return;
        }
      }
    }
    q.reason = q.frame + "/no-subject";
    q.confidence = q.frame_confidence * 0.4;
  }

  // The first mention in [b, e) outside a prepositional phrase, before any
  // quotation mark (a sentence's subject, roughly), or -1.
  int first_ungoverned_mention(uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; ++k) {
      if (st_.tok(k).kind == TokenKind::QuoteMark) break;
      const int m = st_.mention_starting_at(k);
      if (m < 0) continue;
      if (!prepositional(k)) return m;
      k = st_.mentions[m].end_tok - 1;
    }
    return -1;
  }

  // q's speaker is that of quote `other`.
  void take_speaker_of(QuoteRec& q, int other, const char* rule, double factor) {
    q.speaker_entity = st_.quotes[other].speaker_entity;
    q.speaker_mention = st_.quotes[other].speaker_mention;
    q.reason = q.frame + "/" + rule;
    q.confidence = q.frame_confidence * factor;
  }

  // Only words of linking ("Et", "Puis") and punctuation before token t in
  // its sentence.
  bool opens_sentence(uint32_t t) const {
    for (uint32_t k = st_.sentence_of(t).first_token; k < t; ++k)
      if (!(st_.tok(k).kind == TokenKind::Punct || in("conjunction", k) || in("np_link", k))) return false;
    return true;
  }

  void set_speaker(QuoteRec& q, int m, const std::string& rule, double factor) {
    q.speaker_mention = m;
    auto& mr = st_.mentions[m];
    q.reason = q.frame + "/" + rule;
    q.confidence = q.frame_confidence * factor;
    if (mr.kind == MentionKind::Pronoun) {
      const char* prule = "";
      const int e = resolve_pronoun(m, mr.first_tok, &prule, q.content);
      if (e >= 0) {
        entities::attach(st_, m, e);
        q.reason += std::string("+") + prule;
        // "L'ancien ambassadeur s'interroge … « … », dit-il": the
        // description the pronoun stands for may name the last speaker.
        int speaker = e;
        const auto& ms = st_.entities[e].mentions;
        for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
          if (st_.mentions[*it].kind == MentionKind::Pronoun || st_.mentions[*it].first_tok >= mr.first_tok) continue;
          speaker = join_last_speaker(*it, q.reason);
          break;
        }
        q.speaker_entity = speaker;
        q.confidence *= 0.85;
      } else {
        q.confidence *= 0.5;
      }
      return;
    }
    if (mr.is_document) {
      // The document speaks; the reports stage sets the report as speaker.
      // Meanwhile its publisher named inside it ("un décompte d'Amnesty") stands for it.
      auto it = std::lower_bound(nested_.begin(), nested_.end(), mr.first_tok,
                                 [&](int k, uint32_t t) { return st_.mentions[k].first_tok < t; });
      for (; it != nested_.end() && st_.mentions[*it].first_tok < mr.end_tok; ++it) {
        const auto& n = st_.mentions[*it];
        if (n.end_tok <= mr.end_tok && n.entity >= 0 && n.entity_kind != EntityKind::Country) {
          q.speaker_entity = n.entity;
          q.reason += "+document-publisher";
          return;
        }
      }
      const int pub = document_publisher(m);
      if (pub >= 0) {
        q.speaker_entity = pub;
        q.reason += "+document-publisher";
        q.confidence *= 0.8;
        return;
      }
      q.reason += "+document";
      return;
    }
    q.speaker_entity = join_last_speaker(m, q.reason);
  }

  // When description m stands for the last speaker (last_speaker_described),
  // its entity joins theirs. Returns m's entity. Called before the quote
  // being attributed has a speaker, so it is not taken for the last one.
  int join_last_speaker(int m, std::string& reason) {
    const int named = last_speaker_described(m);
    if (named >= 0) {
      entities::merge(st_, st_.mentions[m].entity, named);
      reason += "+description-last-speaker";
    }
    return st_.mentions[m].entity;
  }

  // "« … », s'alarme l'ONG" after quotes of the WWF; "L'ancien ambassadeur
  // s'interroge" after Georges Martin's: a speaker named only by a bare
  // definite description ("l'ONG", "le diplomate", not "le ministre de la
  // Justice", which can bring in someone new) that no earlier mention names
  // and that no indefinite one brought in ("an unnamed official … the
  // official") is the last speaker before it (same or previous two
  // paragraphs), when that speaker has a name and is of the same kind,
  // gender and number.
  // Returns that speaker's entity, or -1.
  int last_speaker_described(int m) const {
    const auto& mr = st_.mentions[m];
    if (mr.entity < 0 || mr.is_document || mr.number != Number::Singular || mr.same_as >= 0) return -1;
    if (mr.entity_kind != EntityKind::Person && mr.entity_kind != EntityKind::Organization) return -1;
    if (mr.kind != MentionKind::Description || !mr.definite) return -1;
    const auto& described = st_.entities[mr.entity];
    if (!described.names.empty()) return -1;
    // "an unnamed security official … the official": brought in as someone new.
    if (std::any_of(described.mentions.begin(), described.mentions.end(),
                    [&](int k) { return st_.mentions[k].indefinite; }))
      return -1;
    for (uint32_t t = mr.first_tok + 1; t < mr.end_tok; ++t)
      if (in("preposition", t) || in("np_link", t) || !st_.is_word(t)) return -1;
    const int qi = last_attributed_before(mr.span.begin);
    if (qi < 0) return -1;
    const auto& q = st_.quotes[qi];
    const int e = q.speaker_entity;
    if (e == mr.entity || !compatible(mr, e) || st_.entities[e].names.empty()) return -1;
    if (st_.entities[e].kind != mr.entity_kind) return -1;
    // "Son directeur général, Rafael Grossi … le président ukrainien": a
    // speaker already described by another role is not this one; nor is a
    // description that qualifies its role after it ("ukrainien"), which
    // brings someone in.
    for (const int k : st_.entities[e].mentions) {
      const auto& other = st_.mentions[k];
      if (other.kind == MentionKind::Description && !other.is_document && !other.head.empty() && other.head != mr.head)
        return -1;
    }
    const std::string_view head_end = std::string_view(mr.head).substr(mr.head.rfind(' ') + 1);
    if (!mr.head.empty() && st_.norm(mr.end_tok - 1) != head_end && mr.entity_kind == EntityKind::Person) return -1;
    // A role narrowed by a noun before it ("The opposition leader said")
    // brings someone in, unless the last speaker's mentions carry that role
    // word, as a title or a description ("Mayor Lopez … the mayor"); a bare
    // role ("a ajouté le directeur") is still the one who just spoke.
    bool narrowed = false;
    for (uint32_t t = mr.first_tok + 1; t + 1 < mr.end_tok && st_.tree.size() == st_.ntok(); ++t)
      narrowed = narrowed || st_.tree[t].upos == syntax::Upos::NOUN || st_.tree[t].upos == syntax::Upos::PROPN;
    if (narrowed && mr.entity_kind == EntityKind::Person && !mr.head.empty() &&
        std::none_of(st_.entities[e].mentions.begin(), st_.entities[e].mentions.end(), [&](int k) {
          const auto& other = st_.mentions[k];
          for (uint32_t t = other.first_tok; t < other.end_tok; ++t)
            if (st_.norm(t) == head_end) return true;
          return false;
        }))
      return -1;
    if (st_.sentence_of(st_.token_at(q.content.begin)).paragraph + 2 < st_.sentence_of(mr.first_tok).paragraph) return -1;
    return e;
  }

  // Who published the document of mention m, when the text says it: a name
  // inside the mention ("The Amnesty report"), "by/de X" after it, another
  // mention of a document of the same kind that says so, or the subject of
  // the sentence that first brings a document in as an object ("X a publié
  // une déclaration"). The reports stage refines this; -1 when unknown.
  std::unordered_map<std::string, int> publisher_by_head_;  // memo of the search below

  int document_publisher(int m) {
    auto named_in = [&](int d) -> int {
      const auto& dm = st_.mentions[d];
      const auto sorted_end = st_.mentions.begin() + static_cast<std::ptrdiff_t>(sorted_mentions_);
      for (auto it = std::lower_bound(st_.mentions.begin(), sorted_end, dm.first_tok,
                                      [](const MentionRec& x, uint32_t t) { return x.first_tok < t; });
           it != sorted_end && it->first_tok < dm.end_tok; ++it) {
        const auto& n = *it;
        if (n.nested && n.end_tok <= dm.end_tok && n.entity >= 0 && n.entity_kind != EntityKind::Country) return n.entity;
      }
      // "the report by R. Alice Marchetti"
      const uint32_t e = dm.end_tok;
      if (st_.is_word(e) && pk_.in("by_agent", st_.norm(e))) {
        const int a = st_.mention_starting_at(e + 1);
        if (a >= 0 && st_.mentions[a].entity >= 0) return st_.mentions[a].entity;
      }
      return -1;
    };
    if (int e = named_in(m); e >= 0) return e;
    const auto& head = st_.mentions[m].head;
    auto cached = publisher_by_head_.find(head);
    if (cached == publisher_by_head_.end()) {
      int found = -1;
      for (std::size_t d = 0; d < st_.mentions.size() && found < 0; ++d) {
        const auto& dm = st_.mentions[d];
        if (!dm.is_document || static_cast<int>(d) == m || dm.head != head) continue;
        found = named_in(static_cast<int>(d));
      }
      cached = publisher_by_head_.emplace(head, found).first;
    }
    if (cached->second >= 0) return cached->second;
    for (std::size_t d = 0; d < st_.mentions.size(); ++d) {
      const auto& dm = st_.mentions[d];
      if (!dm.is_document || dm.nested) continue;
      const auto& s = st_.sentence_of(dm.first_tok);
      for (uint32_t k = s.first_token; k < dm.first_tok; ++k) {
        const int sm = st_.mention_starting_at(k);
        if (sm < 0) continue;
        const auto& smr = st_.mentions[sm];
        if (smr.is_document || smr.kind == MentionKind::Pronoun || prepositional(k) || smr.entity < 0) break;
        return st_.entities[smr.entity].kind == EntityKind::Country ? -1 : smr.entity;
      }
      break;  // only the first document of the text
    }
    return -1;
  }

  void attribute_one(int qi) {
    QuoteRec& q = st_.quotes[qi];
    const char* rule = "";
    switch (q.slot) {
      case SpeakerSlot::BeforeCue: {
        // "… and told reporters that": the subject of the earlier verb.
        const uint32_t t = q.slot_tok;
        if (t > 0 && in("conjunction", t - 1)) {
          same_subject(q);
          if (q.speaker_entity >= 0 || q.speaker_mention >= 0) return;
        }
        const int m = subject_before(q.slot_tok, &rule);
        if (m >= 0) set_speaker(q, m, rule, 1.0);
        else if (const int p = subject_phrase(q.slot_tok); p >= 0) set_speaker(q, p, "subject-phrase", 0.8);
        else context(q);
        return;
      }
      case SpeakerSlot::AfterCue: {
        int m = subject_after(q.slot_tok);
        if (m < 0) m = inverted_phrase(q.slot_tok);
        if (m >= 0) set_speaker(q, m, "inverted-subject", 1.0);
        else context(q);
        return;
      }
      case SpeakerSlot::InCue: {
        const int m = st_.mention_starting_at(q.slot_tok);
        if (m >= 0) {
          // "a-t-il dit"; "il ressort du rapport que": the document itself.
          set_speaker(q, m, st_.mentions[m].is_document ? "impersonal-in-document" : "inverted-pronoun", 1.0);
        } else if (const int d = q.cue >= 0 ? document_after(st_.cues[q.cue].end_tok) : -1; d >= 0) {
          set_speaker(q, d, "impersonal-in-document", 1.0);  // "lit-on dans le rapport"
        } else if (const int src = q.cue >= 0 ? source_after(st_.cues[q.cue].end_tok) : -1; src >= 0) {
          set_speaker(q, src, "impersonal-source", 1.0);  // "a-t-on appris auprès de la préfecture"
        } else {  // "a-t-on appris": impersonal, nobody named
          q.reason = q.frame + "/impersonal";
          q.confidence = q.frame_confidence * 0.5;
        }
        return;
      }
      case SpeakerSlot::Source: {
        int m = st_.mention_starting_at(q.slot_tok);
        if (m < 0) {
          // "selon lui", "à ses yeux": a pronoun; resolve it like a subject pronoun.
          add_source_pronoun(q.slot_tok);
          m = st_.mention_starting_at(q.slot_tok);
        }
        if (m >= 0) set_speaker(q, m, "according-source", 1.0);
        return;
      }
      case SpeakerSlot::SameSubject:
        same_subject(q);
        return;
      case SpeakerSlot::Context:
        context(q);
        return;
      case SpeakerSlot::None:
        q.confidence = q.frame_confidence * 0.5;
        q.reason = q.frame + "/no-source";
        return;
    }
  }

  // "…, lit-on dans le rapport", "…, peut-on lire dans l'arrêt": the
  // document named right after an impersonal cue, behind its preposition.
  int document_after(uint32_t tok) const {
    const uint32_t end = tok < st_.ntok() ? st_.sentence_of(tok).end_token : tok;
    for (uint32_t k = tok; k < end && k < tok + 3; ++k) {
      const int m = st_.mention_starting_at(k);
      if (m >= 0) return st_.mentions[m].is_document && k > tok && in("preposition", k - 1) ? m : -1;
    }
    return -1;
  }

  // "auprès de la préfecture" right after an impersonal cue: who told.
  int source_after(uint32_t tok) {
    // Past a word of time: "a-t-on appris vendredi de source judiciaire".
    while (tok + 1 < st_.ntok() && (in("time_word", tok) || in("adverb", tok))) ++tok;
    // "martèle-t-on à l'Inspection", "explique-t-on au ministère": the
    // organisation where "on" speaks.
    if (tok + 1 < st_.ntok() && in("place_of_source", tok)) {
      const int m = st_.mention_starting_at(tok + 1);
      return m >= 0 && st_.mentions[m].entity_kind == EntityKind::Organization ? m : -1;
    }
    // "a-t-on appris de source judiciaire": the bare source after "de".
    if (tok + 2 < st_.ntok() && in("np_link", tok) && in("bare_source", tok + 1)) {
      const int m = st_.mention_starting_at(tok + 1);
      return m >= 0 ? m : entities::add_source_phrase(st_, tok + 1);
    }
    if (tok + 2 >= st_.ntok() || !in("source_marker", tok) || !st_.is_word(tok + 1)) return -1;
    const uint32_t k = tok + 1;  // "de", "du", "des"
    if (!in("np_link", k)) return -1;
    const int m = st_.mention_starting_at(k + 1);
    if (m >= 0) return m;
    if (st_.norm(k) == "du" || st_.norm(k) == "des" || in("determiner", k + 1))
      return entities::add_source_phrase(st_, st_.norm(k) == "du" || st_.norm(k) == "des" ? k : k + 1);
    return -1;
  }

  // A stressed pronoun ("selon lui") or the possessive of a marker ("à ses
  // yeux", "in his view") as a pronoun mention.
  void add_source_pronoun(uint32_t tok) {
    if (!in("stressed_pronoun", tok) && !in("possessive", tok)) return;
    MentionRec m;
    m.span = st_.tok(tok).span;
    m.first_tok = tok;
    m.end_tok = tok + 1;
    m.kind = MentionKind::Pronoun;
    const auto w = st_.norm(tok);
    m.number = (w == "eux" || w == "elles" || w == "them" || w == "leur" || w == "leurs" || w == "their")
                   ? Number::Plural
                   : Number::Singular;
    // French possessives agree with the thing owned, not the owner: no gender.
    m.gender = (w == "elle" || w == "elles" || w == "her") ? Gender::Feminine
               : (w == "lui" || w == "him" || w == "his") ? Gender::Masculine : Gender::Any;
    st_.mentions.push_back(std::move(m));
    // Keep entity mention indices valid: the new mention goes last.
  }

  // A quote with no usable cue subject: the speaker of the quote before it
  // (same or previous paragraph), else nobody.
  void context(QuoteRec& q) {
    const int best = last_attributed_before(q.content.begin, q.cue);
    if (best >= 0) {
      const auto& o = st_.quotes[best];
      const uint32_t para_o = st_.sentence_of(st_.token_at(o.content.begin)).paragraph;
      const uint32_t para_q = st_.sentence_of(st_.token_at(q.content.begin)).paragraph;
      if (para_q <= para_o + 1) {
        take_speaker_of(q, best, "previous-speaker", 0.8);
        return;
      }
    }
    // "La juge X a lu sa décision :" then a quoted paragraph: the subject of
    // the sentence that introduces it.
    const uint32_t first = st_.token_at(q.content.begin);
    const uint32_t para = st_.sentence_of(first).paragraph;
    if (para > 0) {
      const auto& prev = st_.doc.paragraphs[para - 1];
      const uint32_t last = st_.token_at(prev.span.end) - 1;
      if (last < st_.ntok() && st_.is_punct(last, ":")) {
        const auto& s = st_.sentence_of(last);
        for (uint32_t k = s.first_token; k < last; ++k) {
          const int m = st_.mention_starting_at(k);
          if (m < 0) continue;
          if (!prepositional(k)) {
            set_speaker(q, appositive_head(m), "introducing-sentence-subject", 0.75);
            return;
          }
          k = st_.mentions[m].end_tok - 1;
        }
      }
    }
    q.reason = q.frame + "/unattributed";
    q.confidence = q.frame_confidence * 0.4;
  }
};

}  // namespace

void attribute(State& st) {
  Attributor a(st);
  a.run();
}

}  // namespace saywho::attribution
