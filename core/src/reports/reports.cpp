#include "reports/reports.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "entities/phrase.hpp"
#include "reports/link.hpp"
#include "reports/word_table.hpp"
#include "syntax/read.hpp"

namespace saywho::reports {
namespace {

using pipeline::State;
using text::TokenKind;

// The tables of <lang>/reports.txt, read once per language.
const WordTables& tables(const std::string& lang) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<WordTables>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = cache[lang];
  if (!slot) slot = std::make_unique<WordTables>(load_tables(lang, "reports.txt", {"publish", "files"}));
  return *slot;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// One noun phrase naming a document: "un rapport intitulé", "the Amnesty report".
struct Candidate {
  uint32_t first = 0, head_b = 0, head_e = 0;  // tokens: [first, head_e) is the mention
  uint32_t sentence = 0;
  std::string lemma, family;
  bool strong = false, plural = false, definite = false, indefinite = false, named_premod = false;
  bool bare = false;  // no determiner: "..., says report"
  bool dated = false; // date_anchor is a publishing verb or cue: its date is the report's
  bool source_of_speech = false;  // "said in a letter": what is said comes from it
  std::optional<ByteSpan> title;
  std::vector<std::string> publishers;
  std::vector<std::string> evidence;  // which rules saw it as a cited document
  uint32_t date_anchor = 0;           // token near which its date is looked for
  int draft = -1;
};

// A cluster of candidates: one report.
struct Draft {
  std::vector<int> candidates;
  std::string lemma, family;
  bool plural = false, strong = false, speaks = false, bare_only = true, source_of_speech = false;
  // Only an indefinite mention inside a quotation so far ("come up with a
  // report in the next 30 days"): a document talked about, maybe to come.
  bool quoted_indefinite_only = true;
  std::optional<ByteSpan> title, date;
  std::vector<std::string> publishers;
  std::vector<std::string> evidence;
};

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

class Finder {
 public:
  Finder(const State& st, Analysis& out)
      : st_(st), out_(out), link_(st, out), tree_(st.tree, st.doc), t_(tables(st.pack.lang)) {}

  void run() {
    if (table("noun").empty()) return;
    for (uint32_t s = 0; s < st_.doc.sentences.size(); ++s) scan_sentence(s);
    index_by_sentence();
    for (auto& c : cands_) {
      publisher_after(c);
      if (!publisher_by_parse(c)) {
        publisher_by_verb(c);
        publisher_of_statement(c);
      }
      if (c.publishers.empty() && c.family == "legal" && c.definite) publisher_by_filing(c);
      if (subject_of_saying_verb(c)) c.source_of_speech = true;
    }
    cluster();
    link_speakers();
    publishers_of_possessives();
    output();
  }

 private:
  const State& st_;
  Analysis& out_;
  Linker link_;
  syntax::TreeReader tree_;
  const WordTables& t_;
  std::vector<Candidate> cands_;
  std::vector<Draft> drafts_;
  std::vector<std::pair<int, int>> speaking_;  // (quote index, draft)
  // Per sentence: the quotes whose cue starts there, and the candidates, so
  // that linking a candidate or a quote looks at its sentence, not the text.
  std::vector<std::vector<int>> cued_in_sentence_, cands_in_sentence_;

  void index_by_sentence() {
    cued_in_sentence_.assign(st_.doc.sentences.size(), {});
    cands_in_sentence_.assign(st_.doc.sentences.size(), {});
    for (std::size_t q = 0; q < out_.quotes.size() && q < st_.quotes.size(); ++q) {
      if (!out_.quotes[q].cue) continue;
      const uint32_t t = st_.token_at(out_.quotes[q].cue->begin);
      if (t < st_.ntok()) cued_in_sentence_[st_.tok(t).sentence].push_back(static_cast<int>(q));
    }
    for (std::size_t i = 0; i < cands_.size(); ++i) cands_in_sentence_[cands_[i].sentence].push_back(static_cast<int>(i));
  }
  // The sentence of token t, if there is such a token.
  std::optional<uint32_t> sentence_at(uint32_t t) const {
    if (t >= st_.ntok()) return std::nullopt;
    return st_.tok(t).sentence;
  }

  const WordTable& table(std::string_view type) const {
    static const WordTable none;
    auto it = t_.find(type);
    return it == t_.end() ? none : it->second;
  }
  const WordEntry* match(std::string_view type, uint32_t i, std::size_t* len = nullptr) const {
    if (!st_.is_word(i)) return nullptr;
    return table(type).match(st_.norms, i, len);
  }
  // A publishing verb's past participle at token i ("publié", "released").
  const WordEntry* publishing_participle(uint32_t i, std::size_t* len = nullptr) const {
    if (!st_.is_word(i)) return nullptr;
    return table("publish").match(st_.norms, i, len, "pp");
  }
  std::string_view norm(uint32_t i) const { return st_.norm(i); }
  bool word(uint32_t i) const { return st_.is_word(i); }
  bool cap(uint32_t i) const {
    return word(i) && (st_.tok(i).capitalized || st_.tok(i).all_caps) && !st_.tok(i).elided;
  }
  bool function_word(uint32_t i) const { return st_.pack.function_words.contains(norm(i)); }
  bool determiner(uint32_t i) const {
    return word(i) && (st_.pack.in("determiner", norm(i)) || match("det", i) != nullptr);
  }
  bool sentence_initial(uint32_t i) const {
    const auto& s = st_.sentence_of(i);
    for (uint32_t k = s.first_token; k < i; ++k)
      if (st_.tok(k).kind == TokenKind::Word || st_.tok(k).kind == TokenKind::Number) return false;
    return true;
  }
  uint32_t sentence_end(uint32_t i) const { return st_.sentence_of(i).end_token; }
  ByteSpan span(uint32_t b, uint32_t e) const { return ByteSpan{st_.tok(b).span.begin, st_.tok(e - 1).span.end}; }

  // End of a run of capitalised words starting at i (particles allowed inside).
  uint32_t name_run_end(uint32_t i) const {
    const uint32_t limit = sentence_end(i);
    uint32_t j = i, end = i;
    while (j < limit) {
      if (cap(j) && (j == i || !function_word(j) || st_.tok(j).all_caps)) {
        end = ++j;
        continue;
      }
      if (j > i && word(j) && st_.pack.in("name_particle", norm(j)) && cap(j + 1)) {
        ++j;
        continue;
      }
      break;
    }
    return end;
  }

  // --- candidates --------------------------------------------------------
  void scan_sentence(uint32_t si) {
    const auto& s = st_.doc.sentences[si];
    // "l'Institut national de la statistique et des études économiques": a
    // document noun inside an organisation's name is none.
    const std::vector<int> mentions = link_.mentions_inside(s.first_token, s.end_token);
    auto inside_organisation = [&](uint32_t t) {
      return std::any_of(mentions.begin(), mentions.end(), [&](int k) {
        const auto& m = st_.mentions[k];
        if (m.entity_kind != EntityKind::Organization || m.first_tok >= t || t >= m.end_tok) return false;
        const uint32_t first_word = determiner(m.first_tok) ? m.first_tok + 1 : m.first_tok;
        return m.kind == MentionKind::Name || cap(first_word);  // a name, or a capitalised institution's
      });
    };
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      std::size_t len = 0;
      const WordEntry* e = match("noun", i, &len);
      if (!e || i + len > s.end_token || inside_organisation(i)) continue;
      // "The charity reports that …": after a party's head, a verb of saying
      // before its clause, as the mentions stage reads it.
      if (len == 1 && i > s.first_token && st_.mention_ending_at(i) >= 0 && st_.saying_verb_before_content(i)) continue;
      // "le rapport d'enquête du BEA": a document noun that qualifies the
      // one before it, with no determiner of its own, is part of it; "an
      // audit report": the one before qualifies it, the head.
      if (!cands_.empty() && cands_.back().sentence == si && cands_.back().head_e + 1 == i && match("of", i - 1))
        continue;
      if (!cands_.empty() && cands_.back().sentence == si && cands_.back().head_e == i) {
        Candidate& before = cands_.back();
        before.head_e = i + static_cast<uint32_t>(len);
        before.lemma = e->lemma;
        before.family = e->attr("family", e->lemma);
        before.strong = before.strong || e->attr("strength") == "strong";
        before.plural = e->attr("number") == "p";
        if (!before.title) title_after(before);
        i = before.head_e - 1;
        continue;
      }
      Candidate c;
      c.head_b = i;
      c.head_e = i + static_cast<uint32_t>(len);
      c.sentence = si;
      c.lemma = e->lemma;
      c.family = e->attr("family", e->lemma);
      c.strong = e->attr("strength") == "strong";
      c.plural = e->attr("number") == "p";
      if (!opening(c, s.first_token)) continue;
      title_after(c);
      c.date_anchor = c.head_b;
      cands_.push_back(std::move(c));
      i = cands_.back().head_e - 1;
    }
  }

  // A lower-case word (or a number like "64-page") that can modify a noun:
  // no function word, verb, determiner or speech cue.
  bool open_class_modifier(uint32_t t) const {
    if (st_.tok(t).kind == TokenKind::Number) return true;
    return word(t) && !cap(t) && !determiner(t) && !function_word(t) && !st_.pack.verb(norm(t)) &&
           !st_.pack.in("preposition", norm(t)) && !st_.pack.in("aux", norm(t));
  }

  // Walks left from the noun over adjectives and names to its determiner.
  // False when the noun does not open a document's noun phrase (a verb
  // "report", a name "Enquête …" with no determiner, "notre article").
  bool opening(Candidate& c, uint32_t sent_first) {
    uint32_t j = c.head_b;
    uint32_t name_b = 0, name_e = 0;
    bool genitive = false;
    uint32_t genitive_tok = 0;  // "the watchdog's": its token
    while (j > sent_first) {
      const uint32_t t = j - 1;
      if (match("premod", t)) {
        --j;
        continue;
      }
      // "the Human Rights Watch (HRW) report": the name before its acronym.
      if (name_e == 0 && t >= sent_first + 3 && st_.is_punct(t, ")") && st_.is_punct(t - 2, "(") &&
          st_.tok(t - 1).all_caps && cap(t - 3)) {
        j -= 3;
        continue;
      }
      const bool gen = st_.pack.lang == "en" && word(t) && (ends_with(norm(t), "'s"));
      if (cap(t) && !determiner(t) && !function_word(t) && !sentence_initial(t)) {
        if (name_e == 0) name_e = j;
        name_b = t;
        genitive = genitive || gen;
        --j;
        continue;
      }
      if (gen) {  // "the defendant's motion"
        genitive = true;
        genitive_tok = t;
        --j;
        continue;
      }
      break;
    }
    // English puts open-class modifiers before the noun: "its annual
    // surveillance report", "an internal transport memo", "the 64-page study".
    if (st_.pack.lang == "en" && !(j > sent_first && determiner(j - 1)) && name_e == 0) {
      uint32_t k = j;
      for (int n = 0; n < 2 && k > sent_first && open_class_modifier(k - 1); ++n) --k;
      if (k < j && k > sent_first && determiner(k - 1)) j = k;
    }
    // "Human Rights Watch documents dozens of killings": an English plural
    // right after a name, before the phrase it takes as object, is the
    // name's verb, no document.
    if (name_e != 0 && c.plural && st_.pack.lang == "en" && c.head_e < st_.ntok() && tree_.parsed() &&
        (st_.tok(c.head_e).kind == TokenKind::Number || determiner(c.head_e) ||
         st_.tree[c.head_e].upos == syntax::Upos::NUM || st_.tree[c.head_e].upos == syntax::Upos::NOUN))
      return false;
    const bool det = j > sent_first && determiner(j - 1);
    // "notre article" is the outlet's own; inside a quotation, "notre
    // rapport" is the speaker's, a cited document.
    const bool quoted = st_.quote_containing(st_.tok(c.head_b).span.begin) >= 0;
    if (det && match("not_cited", j - 1) && !quoted) return false;
    // "le cabinet Delmas Audit", "l'Enquête nationale": a capitalised noun
    // inside a name with no determiner of its own is no document.
    if (!det && cap(c.head_b) && !sentence_initial(c.head_b)) return false;
    const bool after_cue = c.head_b > sent_first && j == c.head_b && word(c.head_b - 1) &&
                           st_.pack.verb(norm(c.head_b - 1)) != nullptr;
    // "according to court documents": a bare plural right after the
    // marker, past two modifiers ("court"), is the source.
    bool after_according = false;
    if (!det && name_e == 0 && !genitive && !after_cue && c.plural) {
      uint32_t k = j;
      for (int n = 0; n < 2 && k > sent_first && open_class_modifier(k - 1); ++n) --k;
      for (uint32_t back = 1; back <= 3 && back <= k - sent_first && !after_according; ++back)
        after_according = st_.pack.according.match(st_.norms, k - back) == back;
      if (after_according) j = k;
    }
    if (!det && name_e == 0 && !genitive && !after_cue && !after_according) return false;
    c.first = det ? j - 1 : j;
    const WordEntry* extra = det ? match("det", j - 1) : nullptr;
    c.definite = genitive || name_e != 0 ||
                 (det && (st_.pack.in("definite", norm(j - 1)) || st_.pack.in("possessive", norm(j - 1)) ||
                          match("not_cited", j - 1) ||  // "notre rapport", "our report"
                          (extra && extra->attr("definite") == "1")));
    c.bare = !det && name_e == 0 && !genitive;
    c.indefinite = det && !c.definite;
    // "Amnesty's report" opening a sentence, "the watchdog's report": the
    // named owner, or an organisation owning a document that is surely one,
    // publishes it (not "the defendant's motion", which a lawyer may have
    // filed, nor "the watchdog's investigation", still under way).
    if (name_e == 0 && genitive && (cap(genitive_tok) || (c.strong && organisation_word_genitive(genitive_tok)))) {
      const uint32_t owner = genitive_tok > sent_first && determiner(genitive_tok - 1) ? genitive_tok - 1 : genitive_tok;
      if (auto id = link_.id_for_tokens(owner, genitive_tok + 1, EntityKind::Organization)) {
        add_unique(c.publishers, *id);
        c.evidence.push_back("genitive-owner");
      }
    }
    if (name_e > name_b) {
      ByteSpan name = span(name_b, name_e);
      const auto last = st_.doc.slice(st_.tok(name_e - 1).span);
      for (std::string_view g : {"'s", "\xE2\x80\x99s"})
        if (ends_with(last, g)) name.end -= static_cast<uint32_t>(g.size());
      if (auto id = link_.id_for_span(name, EntityKind::Organization)) {
        add_unique(c.publishers, *id);
        c.named_premod = true;
        c.evidence.push_back("name-before-noun");
      }
    }
    return true;
  }

  // "the watchdog's", "the agency's": a word of the organisation list with its "'s".
  bool organisation_word_genitive(uint32_t t) const {
    std::string_view w = norm(t);
    for (std::string_view g : {"'s", "\xE2\x80\x99s"})
      if (ends_with(w, g)) return st_.pack.organisations.contains(w.substr(0, w.size() - g.size()));
    return false;
  }

  // "un rapport intitulé « … »", "The report, “Teacher Crisis …”", or a
  // capitalised noun opening a title ("l'Enquête nationale sur …").
  void title_after(Candidate& c) {
    uint32_t k = c.head_e;
    const bool comma = st_.is_punct(k, ",");
    if (comma) ++k;
    std::size_t len = 0;
    const bool marker = match("title", k, &len) != nullptr;
    if (marker) {
      k += static_cast<uint32_t>(len);
      while (st_.is_punct(k, ":") || st_.is_punct(k, ",")) ++k;
    }
    const int q = st_.quote_opened_at(k);
    if (q >= 0 && (marker || (comma && !after_source_marker(c.first)))) {
      ByteSpan t = st_.doc.quotes[q].content;
      while (!t.empty() && (st_.doc.text[t.end - 1] == ',' || st_.doc.text[t.end - 1] == '.')) --t.end;
      if (!t.empty()) {
        c.title = t;
        c.evidence.push_back("title");
      }
      return;
    }
    // "a report titled Rivers at Risk": unquoted, the title is the
    // capitalised stretch after the marker, to a comma or the sentence end.
    if (marker && cap(k) && !function_word(k)) {
      uint32_t e = k;
      const uint32_t limit = sentence_end(k);
      // Lower-case words inside are function words ("Abuses in Nairobi and
      // Kenya"); the first other one ("claimed") ends it.
      while (e < limit && ((word(e) && (cap(e) || function_word(e))) || st_.tok(e).kind == TokenKind::Number ||
                           st_.is_punct(e, ":") || st_.is_punct(e, "-") || st_.is_punct(e, "–")))
        ++e;
      while (e > k && (!word(e - 1) || (function_word(e - 1) && !cap(e - 1))) &&
             st_.tok(e - 1).kind != TokenKind::Number)
        --e;
      if (e > k) {
        c.title = span(k, e);
        c.evidence.push_back("title");
      }
      return;
    }
    if (cap(c.head_b) && !sentence_initial(c.head_b) && c.head_e == c.head_b + 1) {
      // The title runs to the next punctuation of the sentence.
      uint32_t e = c.head_e;
      const uint32_t limit = sentence_end(c.head_b);
      while (e < limit && (word(e) || st_.tok(e).kind == TokenKind::Number)) ++e;
      if (e >= c.head_e + 2) {
        c.title = span(c.head_b, e);
        c.evidence.push_back("capitalised-title");
      }
    }
  }

  // "d'après ce rapport, 'X' ...": a quotation after the comma is what the
  // document says, not its title.
  bool after_source_marker(uint32_t first) const {
    for (uint32_t k = first > 3 ? first - 3 : 0; k < first; ++k) {
      if (st_.pack.according.match(st_.norms, k) == first - k) return true;
    }
    return first > 0 && st_.pack.in("preposition", norm(first - 1));
  }

  // The entity named by the noun phrase starting at token k, or nothing.
  std::optional<std::string> entity_at(uint32_t k, bool names_only) {
    if (k >= st_.ntok()) return std::nullopt;
    const uint32_t limit = sentence_end(k);
    if (k >= limit) return std::nullopt;
    const int m = link_.mention_within(k, std::min(limit, k + 14), false);
    if (m >= 0 && st_.mentions[m].first_tok <= k + 1) {
      const auto& mr = st_.mentions[m];
      const bool named = mr.kind == MentionKind::Name || mr.kind == MentionKind::TitledName ||
                         mr.entity_kind == EntityKind::Organization || mr.entity_kind == EntityKind::Country;
      if (!names_only || named) return link_.id_of_mention(m);
    }
    // A name no mention covers: the whole noun phrase the parse gives
    // ("l'Agence régionale de l'eau", "la Cour des comptes"), article kept.
    uint32_t b = k;
    if (determiner(b) && cap(b + 1)) ++b;
    if (cap(b) && !function_word(b)) {
      uint32_t e = std::max(entities::noun_phrase_end(st_, k, limit), name_run_end(b));
      // "de l'ONG Transparence Mer publié mardi", "de la Cour des comptes
      // relève des …": a publishing verb or a verb of saying is no part of
      // the name, however the parse tags it.
      for (uint32_t t = b + 1; t < e; ++t)
        if (publishing_participle(t) || (word(t) && !cap(t) && st_.pack.verb(norm(t)))) e = t;
      if (e > b) return link_.id_for_tokens(e > name_run_end(b) ? k : b, e, EntityKind::Organization);
    }
    // An institution named by its description ("un communiqué de la
    // préfecture", "a statement from the county police"): a definite
    // article, then an organisation head. (After "du", the article inside
    // the link, the phrase is left alone: "du parti" linked to the wrong
    // earlier mention on dev.)
    if (names_only && k + 1 < limit && st_.pack.in("definite", norm(k)) && st_.pack.organisations.match(st_.norms, k + 1) > 0) {
      const uint32_t e = entities::noun_phrase_end(st_, k, limit);
      // The bare head ("la préfecture") is the latest one of that head named
      // in the kLookBack tokens before (a window, through the sorted index:
      // a text of thousands of such reports stays near-linear).
      constexpr uint32_t kLookBack = 400;
      if (e == k + 2) {
        const std::vector<int> before = link_.mentions_inside(k > kLookBack ? k - kLookBack : 0, k);
        for (auto it = before.rbegin(); it != before.rend(); ++it) {
          const auto& mr = st_.mentions[*it];
          if (mr.end_tok <= k && mr.head == norm(k + 1) && mr.kind != MentionKind::Pronoun)
            if (auto id = link_.id_of_mention(*it)) return id;
        }
      }
      if (e > k + 1) return link_.id_for_tokens(k, e, EntityKind::Organization);
    }
    // The agent after "by"/"par" names its publisher whatever it is called
    // ("released Thursday by the watchdog"), when it is a noun phrase with
    // its determiner and no time ("by the end of March").
    if (!names_only && determiner(k)) {
      const uint32_t e = entities::noun_phrase_end(st_, k, limit);
      bool time = false;
      for (uint32_t t = k + 1; t < e; ++t) time = time || time_noun(t);
      if (e > k + 1 && !time) return link_.id_for_tokens(k, e, EntityKind::Organization);
    }
    return std::nullopt;
  }

  // A publisher named at token k, and the one a coordinator joins to its
  // name: "le rapport conjoint d'Amnesty International et de Human Rights
  // Watch", "publié par X et Y", "a report by X and Y" (both publish it).
  bool add_named_publisher(Candidate& c, uint32_t k, bool names_only, const char* evidence) {
    const auto id = entity_at(k, names_only);
    if (!id) return false;
    add_unique(c.publishers, *id);
    c.evidence.push_back(evidence);
    const uint32_t limit = sentence_end(k);
    const uint32_t b = determiner(k) && cap(k + 1) ? k + 1 : k;
    if (!cap(b)) return true;
    uint32_t j = name_run_end(b);
    if (j + 1 >= limit || !word(j) || !st_.pack.in("coordinator", norm(j))) return true;
    ++j;
    if (word(j) && st_.pack.in("np_link", norm(j))) ++j;
    // "the Health and Safety Executive": after a determiner, a bare
    // capitalised run is the rest of one name.
    if (b > k && !determiner(j)) return true;
    const bool named = cap(j) || (determiner(j) && (cap(j + 1) || st_.pack.organisations.match(st_.norms, j + 1) > 0));
    if (named && j < limit)
      if (const auto other = entity_at(j, true); other && *other != *id) add_unique(c.publishers, *other);
    return true;
  }

  // "le rapport de l'ONU", "report by X", "une dépêche AFP", "publié par X".
  void publisher_after(Candidate& c) {
    uint32_t k = c.head_e;
    if (c.title) {
      k = st_.token_at(c.title->end);
      while (k < st_.ntok() && (st_.tok(k).kind == TokenKind::QuoteMark || st_.tok(k).kind == TokenKind::Punct) &&
             !st_.is_punct(k, "."))
        ++k;
    }
    const uint32_t limit = sentence_end(c.head_b);
    if (k >= limit) return;
    // "le rapport annuel de l'ANAD", "the final report of": past an adjective
    // of the document's lexicon.
    for (int n = 0; n < 2 && k + 1 < limit && match("postmod", k); ++n) ++k;
    // "Le document, rédigé en janvier par X": past the comma before a participle.
    if (st_.is_punct(k, ",") && k + 1 < limit) {
      if (publishing_participle(k + 1)) ++k;
    }
    if (cap(k) && !function_word(k) && !determiner(k) && k == c.head_e) {
      // "son rapport Planète vivante": a document someone's own by its
      // possessive is named by the words after it, its title ("le rapport
      // Sauvé" names its author).
      if (st_.pack.in("possessive", norm(c.first))) {
        // (A French title goes on in lower case: "Planète vivante".)
        if (const int m = st_.mention_starting_at(k); m >= 0 && !c.title) {
          uint32_t e = st_.mentions[m].end_tok;
          while (e < limit && e < st_.mentions[m].end_tok + 3 && word(e) && !function_word(e) && !cap(e) &&
                 (st_.tree[e].upos == syntax::Upos::ADJ || st_.tree[e].upos == syntax::Upos::NOUN))
            ++e;
          c.title = span(k, e);
        }
        return;
      }
      if (auto id = entity_at(k, true)) {
        add_unique(c.publishers, *id);
        c.evidence.push_back("name-after-noun");
      }
      return;
    }
    // Twice at most: past one complement that names no one ("un rapport
    // d'observations définitives de la chambre…", "le rapport d'expertise
    // comptable remis au juge par X"), the same look again.
    for (int step = 0; step < 2 && k < limit; ++step) {
      std::size_t len = 0;
      if (publishing_participle(k, &len)) {
        // "un rapport publié lundi par X", "remis au juge en mars 2023 par X":
        // the agent within a few words, before any comma; "une étude publiée
        // dans la revue Nature", "published in The Lancet": the journal.
        for (uint32_t j = k + static_cast<uint32_t>(len); j < std::min(limit, k + 12); ++j) {
          // A comma, or another verb with complements of its own ("publié
          // mardi des exécutions commises par l'armée": the army's deed).
          // (A day the tagger reads as a verb, "publié lundi par", is none.)
          const bool verb = tree_.parsed() && st_.tree[j].upos == syntax::Upos::VERB && !time_noun(j) &&
                            !match("weekday", j) && !match("month", j);
          if (st_.is_punct(j, ",") || verb) break;
          std::size_t blen = 0;
          if (match("by", j, &blen)) {
            // The agent hangs from the participle or from words between
            // them (a misread "lundi"), not from an object: the participle
            // of a passive has none ("The report released last week
            // detailed abuses by the police": no agent of "released").
            if (!agent_between(j, k)) break;
            add_named_publisher(c, j + static_cast<uint32_t>(blen), false, "published-by");
            break;
          }
          if (match("in", j, &blen)) {
            uint32_t name = j + static_cast<uint32_t>(blen);
            if (determiner(name) && !cap(name + 1)) name += 2;  // "la revue", "the journal"
            if (cap(name) && !match("month", name) && !match("weekday", name) && !time_noun(name))
              if (auto id = entity_at(name, true)) {
                add_unique(c.publishers, *id);
                c.evidence.push_back("published-in");
              }
            break;
          }
        }
        c.date_anchor = k;
        c.dated = true;
        return;
      }
      if (match("by", k, &len)) {
        add_named_publisher(c, k + static_cast<uint32_t>(len), false, "by");
        return;
      }
      if (!match("of", k, &len)) return;
      const uint32_t np = k + static_cast<uint32_t>(len);
      if (add_named_publisher(c, np, true, "of")) return;  // "le rapport de l'ONU"
      k = np;
      for (int w = 0; w < 3 && k < limit && word(k) && !cap(k) && !match("of", k) && !function_word(k) &&
                      !match("publish", k);
           ++w)
        ++k;
      if (k == np) return;
    }
  }

  // The phrase that preposition p opens is the agent of the participle at
  // b: no object between them (a participle of the passive has none: an
  // object says the parse reads a finite verb and its own complements), and
  // p hangs from b or from a word between (a misread "lundi"), through its
  // noun or directly; true without a parse.
  bool agent_between(uint32_t p, uint32_t b) const {
    if (!tree_.parsed()) return true;
    for (uint32_t t = b + 1; t < p; ++t)
      if (st_.tree[t].rel.rel == syntax::Rel::obj) return false;
    int t = static_cast<int>(p);
    for (int up = 0; up < 2; ++up) {
      t = st_.tree[static_cast<uint32_t>(t)].head;
      if (t >= static_cast<int>(b) && t < static_cast<int>(p)) return true;
    }
    return false;
  }

  // --- publishers by the parse ----------------------------------------------
  // The candidate's noun in the tree: the word of [head_b, head_e) whose head
  // lies outside it ("dépêche" in "dépêche AFP"); -1 without a parse.
  int noun_token(const Candidate& c) const {
    if (!tree_.parsed()) return -1;
    for (uint32_t k = c.head_b; k < c.head_e; ++k) {
      const int h = st_.tree[k].head;
      if (h < static_cast<int>(c.head_b) || h >= static_cast<int>(c.head_e)) return static_cast<int>(k);
    }
    return -1;
  }
  int agent_of(uint32_t t) const {
    return tree_.agent(t, [&](uint32_t c) { return match("by", c) != nullptr; });
  }
  bool publishing_verb(int v) const {
    if (v < 0) return false;
    const WordEntry* p = match("publish", static_cast<uint32_t>(v));
    return p && p->form != "ger";  // "en publiant": whose subject is another clause's
  }
  // A subject and those coordinated with it ("X et Y ont publié").
  void add_subjects(Candidate& c, int subject, const char* evidence) {
    if (subject < 0) return;
    std::vector<int> parties{subject};
    for (const int also : tree_.conjuncts(static_cast<uint32_t>(subject))) parties.push_back(also);
    add_parties(c, parties, evidence);
  }
  // A word of time: "Thursday", "months", the "end" of "by the end of March".
  bool time_noun(uint32_t t) const {
    const auto w = norm(t);
    return st_.pack.in("time_word", w) || st_.pack.in("time_unit", w) || st_.pack.in("time_boundary", w);
  }

  void add_parties(Candidate& c, const std::vector<int>& tokens, const char* evidence) {
    bool any = false;
    for (const int t : tokens) {
      if (time_noun(static_cast<uint32_t>(t))) continue;  // "by the end of March"
      if (auto id = link_.id_for_tree_token(t, EntityKind::Organization)) {
        add_unique(c.publishers, *id);
        any = true;
      }
    }
    if (any) c.evidence.push_back(evidence);
  }
  // Token t lies within quotation marks or the content of a quote cued in
  // the sentence.
  bool inside_what_is_said(uint32_t t, uint32_t sentence) const {
    const uint32_t b = st_.tok(t).span.begin;
    if (st_.quote_containing(b) >= 0) return true;
    for (const int q : cued_in_sentence_[sentence])
      if (out_.quotes[q].content.begin <= b && b < out_.quotes[q].content.end) return true;
    return false;
  }
  // The quote whose cue is verb v or hangs from it ("quoted X as saying"),
  // with an entity as speaker; -1 if none.
  int quote_cued_at(uint32_t v, uint32_t sentence) const {
    for (const int q : cued_in_sentence_[sentence]) {
      const auto& oq = out_.quotes[q];
      if (!oq.speaker || oq.speaker->empty() || oq.speaker->front() != 'E') continue;
      const uint32_t b = st_.token_at(oq.cue->begin), e = st_.token_at(oq.cue->end);
      for (uint32_t k = b; k < e; ++k)
        if (k == v || st_.tree[k].head == static_cast<int32_t>(v)) return q;
    }
    return -1;
  }
  // "Dans son rapport annuel, la Cour …", "In its report, the agency …":
  // a possessive says the document is the clause subject's own.
  // (The clause's head must be a verb: a noun there is a misparse.)
  bool own_document(const Candidate& c, int v) const {
    return st_.pack.in("possessive", norm(c.first)) && st_.tree[static_cast<uint32_t>(v)].upos == syntax::Upos::VERB;
  }
  // "Dans ce rapport, Amnesty recense 50 morts", "Amnesty, qui s'appuie
  // dans cette enquête sur des témoignages": an active verb that does
  // something in the document besides (an object, a clause or a second
  // complement) has its author as subject. Without one the subject is only
  // found in it ("X figure dans le rapport").
  bool works_in_document(int n, int v) const {
    const auto& tv = st_.tree[static_cast<uint32_t>(v)];
    if (tv.upos != syntax::Upos::VERB) return false;
    const auto& s = st_.sentence_of(static_cast<uint32_t>(v));
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      const auto& tk = st_.tree[k];
      if (tk.head != v || static_cast<int>(k) == n) continue;
      if (tk.rel.rel == syntax::Rel::aux && tk.rel.passive) return false;
      // (A reflexive verb's "se" too: "qui s'appuie dans cette enquête sur
      // des témoignages", what it rests on read as the document's.)
      if (tk.rel.rel == syntax::Rel::obj || tk.rel.rel == syntax::Rel::ccomp || tk.rel.rel == syntax::Rel::expl ||
          (tk.rel.rel == syntax::Rel::obl && !tk.rel.agent && !time_noun(k)))
        return true;
    }
    return false;
  }

  // The publishing participle that modifies document noun n ("une étude
  // publiée par X"), or -1. Also one right after the noun and its
  // adjectives that the parse hangs on the noun the document's phrase
  // modifies ("les conclusions de l'enquête administrative menée par X"):
  // what is published there is the document.
  int publishing_participle_of(uint32_t n) const {
    if (const int p = tree_.dependent(n, syntax::Rel::acl); p > static_cast<int>(n) && publishing_verb(p)) return p;
    const auto& tn = st_.tree[n];
    if (tn.rel.rel != syntax::Rel::nmod || tn.head < 0 || tn.head > static_cast<int>(n)) return -1;
    uint32_t p = n + 1;
    while (p < st_.ntok() && p < n + 3 && st_.tree[p].upos == syntax::Upos::ADJ) ++p;
    if (p >= st_.ntok() || st_.tree[p].head != tn.head || st_.tree[p].rel.rel != syntax::Rel::acl) return -1;
    return publishing_verb(static_cast<int>(p)) ? static_cast<int>(p) : -1;
  }

  // Who publishes the document, by its place in the tree:
  //  - the passive subject of a publishing verb, or the noun a publishing
  //    participle modifies: the agent ("le rapport a été rédigé par X", "a
  //    study published by X");
  //  - "in/dans" the document, beside a verb: its subject, else the speaker
  //    of that verb's quote ("a annoncé dans un communiqué", "souligne dans
  //    un communiqué l'Assurance-maladie", "said in a statement").
  // False when the parse places the document in neither (the window rules
  // then look: publisher_by_verb, publisher_of_statement). The object of a
  // publishing verb is left to publisher_by_verb: its parse-based twin did
  // no better on dev and worse on check.
  bool publisher_by_parse(Candidate& c) {
    const int n = noun_token(c);
    if (n < 0) return false;
    const auto& tn = st_.tree[static_cast<uint32_t>(n)];
    const int v = tn.head;
    if (tn.rel.rel == syntax::Rel::nsubj && tn.rel.passive && publishing_verb(v)) {
      if (const int agent = agent_of(static_cast<uint32_t>(v)); agent >= 0)
        add_parties(c, {agent}, "published-by-agent");
      c.date_anchor = static_cast<uint32_t>(v);
      c.dated = true;
      return true;
    }
    if (const int p = publishing_participle_of(static_cast<uint32_t>(n)); p >= 0) {
      if (const int agent = agent_of(static_cast<uint32_t>(p)); agent >= 0) {
        add_parties(c, {agent}, "published-by-agent");
        c.date_anchor = static_cast<uint32_t>(p);
        c.dated = true;
        return true;
      }
    }
    // "Réalisée par l'Ifop, cette enquête montre …", "Conducted by
    // researchers at Leeds, the study found …": a publishing participle
    // fronted before the clause the document is the subject of.
    if (tn.rel.rel == syntax::Rel::nsubj && !tn.rel.passive && v > n)
      if (const int p = tree_.dependent(static_cast<uint32_t>(v), syntax::Rel::advcl); p >= 0 && p < n && publishing_verb(p))
        if (const int agent = agent_of(static_cast<uint32_t>(p)); agent >= 0) {
          add_parties(c, {agent}, "published-by-agent");
          return true;
        }
    // The verb the document is "in" ("dans"/"in" before it): its head as the
    // parse hangs it, also when read as the verb's subject ("La Cour des
    // comptes, dans un rapport rendu public mercredi, critique …"); the verb
    // of the subject it follows, when hung on that subject ("L'Unicef, dans
    // un rapport publié lundi, estime …"), whose subject then wrote it.
    if (!(c.first > 0 && match("in", c.first - 1)) || v < 0) return false;
    int verb = -1, hung_on = -1;
    if ((tn.rel.rel == syntax::Rel::obl || (tn.rel.rel == syntax::Rel::nsubj && !tn.rel.passive)) &&
        st_.tree[static_cast<uint32_t>(v)].rel.rel == syntax::Rel::nsubj && st_.tree[static_cast<uint32_t>(v)].upos != syntax::Upos::VERB &&
        st_.tree[static_cast<uint32_t>(v)].head > v) {
      // "Dans un communiqué, la CGT et la CFDT dénoncent …" with the
      // document hung on the subject after it: the subject's verb.
      verb = st_.tree[static_cast<uint32_t>(v)].head;
      hung_on = v;
    } else if (tn.rel.rel == syntax::Rel::obl || (tn.rel.rel == syntax::Rel::nsubj && !tn.rel.passive)) {
      verb = v;
      // "UNICEF, in a report released on Monday, said …": the parse made
      // the document (behind its preposition) the subject of its own
      // participle, however tagged; the verb it is "in" is the one that
      // participle hangs from.
      const auto& tv = st_.tree[static_cast<uint32_t>(v)];
      if (tn.rel.rel == syntax::Rel::nsubj && v > n && publishing_verb(v) && tv.head > v &&
          st_.tree[static_cast<uint32_t>(tv.head)].upos == syntax::Upos::VERB)
        verb = tv.head;
    } else if (tn.rel.rel == syntax::Rel::nmod && v < n && c.first >= 2 && st_.is_punct(c.first - 2, ",")) {
      const auto& tv = st_.tree[static_cast<uint32_t>(v)];
      if (tv.rel.rel == syntax::Rel::nsubj && !tv.rel.passive && tv.head > n) {
        verb = tv.head;
        hung_on = v;
      }
    }
    if (verb >= 0) {
      // The verb's subject names the publisher ("The Hindu quoted an
      // official … in a report"). French may put it after the document
      // ("souligne dans un communiqué l'Agence régionale de l'eau"), which
      // the parse reads as the document's apposition. A subject inside what
      // is said is a misparse ("…, the agency said collisions had doubled");
      // a pronoun is better resolved by attribution, as the quote's speaker.
      // A passive verb's agent is its doer ("was exposed by EU DisinfoLab
      // … in its investigation").
      int subject = hung_on >= 0 ? hung_on : agent_of(static_cast<uint32_t>(verb));
      if (subject < 0) subject = tree_.subject(static_cast<uint32_t>(verb));
      if (subject == n) subject = -1;
      // "Dans un communiqué publié mardi, le ministère dément …": the
      // subject the parse hangs on the document's participle.
      if (subject < 0)
        if (const int p = tree_.dependent(static_cast<uint32_t>(n), syntax::Rel::acl); p > n && p < verb)
          if (const int ps = tree_.subject(static_cast<uint32_t>(p)); ps > p && ps < verb) subject = ps;
      if (subject < 0) subject = tree_.dependent(static_cast<uint32_t>(n), syntax::Rel::appos);
      if (subject >= 0 && inside_what_is_said(static_cast<uint32_t>(subject), c.sentence)) subject = -1;
      const int q = quote_cued_at(static_cast<uint32_t>(verb), c.sentence);
      const bool pronoun = subject >= 0 && st_.tree[static_cast<uint32_t>(subject)].upos == syntax::Upos::PRON;
      const bool speech = q >= 0 || st_.pack.verb(norm(static_cast<uint32_t>(verb)));
      // Words said in it: the document is a source of content, a report
      // even when it is a weak noun and nobody is named ("a-t-il écrit dans
      // une lettre").
      if (speech) c.source_of_speech = true;
      if (q >= 0 && (subject < 0 || pronoun)) {
        add_unique(c.publishers, *out_.quotes[q].speaker);
        c.evidence.push_back("statement-of-speaker");
      } else if (subject >= 0 && (speech || publishing_verb(verb) || own_document(c, verb))) {
        add_subjects(c, subject, "statement-of-subject");
      } else if (subject >= 0 && works_in_document(n, verb) && c.publishers.empty()) {
        add_subjects(c, subject, "works-in-document");
        if (c.publishers.empty()) return false;  // the window rules may still name one
      } else {
        return speech;
      }
      c.date_anchor = static_cast<uint32_t>(verb);
      c.dated = true;
      return true;
    }
    return false;
  }

  // "The lawsuit accuses the airline of …", "La plainte dénonce …": the
  // document is the active subject of a verb of saying or accusing (the
  // cues' list), a source even when no quote comes of it.
  bool subject_of_saying_verb(const Candidate& c) const {
    const int n = noun_token(c);
    if (n < 0) return false;
    const auto& tn = st_.tree[static_cast<uint32_t>(n)];
    if (tn.rel.rel != syntax::Rel::nsubj || tn.rel.passive || tn.head <= n) return false;
    const auto v = static_cast<uint32_t>(tn.head);
    return st_.tree[v].upos == syntax::Upos::VERB && st_.pack.verb(norm(v)) != nullptr;
  }

  // "X et Y ont publié le 15 avril un rapport", "Amnesty released a report";
  // "La Cour des comptes épingle, dans un rapport, …": a document "in"
  // which the subject of a verb of saying or acting does so (the parse may
  // miss that verb).
  void publisher_by_verb(Candidate& c) {
    const auto& s = st_.doc.sentences[c.sentence];
    const uint32_t lowest = c.first > 12 + s.first_token ? c.first - 12 : s.first_token;
    const bool in_document = c.first > s.first_token && match("in", c.first - 1);
    for (uint32_t t = c.first; t-- > lowest;) {
      if (st_.is_punct(t, ";") || st_.is_punct(t, ":") || st_.is_quote_mark(t)) return;
      // Another document in between is the verb's object ("filed a motion to strike … the indictment").
      if (t < c.first && match("noun", t) && t + 1 < c.head_b) return;
      std::size_t len = 0;
      const WordEntry* v = match("publish", t, &len);
      if (!v && in_document && t + 1 < c.first && word(t) && st_.pack.verb(norm(t)) && !inside_what_is_said(t, c.sentence)) {
        const auto subjects = subjects_before(t, s.first_token);
        for (const auto& id : subjects) add_unique(c.publishers, id);
        if (!subjects.empty()) c.evidence.push_back("subject-of-verb-in-document");
        return;
      }
      // "en publiant": whose subject is another clause's; "se réserve le
      // droit de déposer une plainte": a document still to come, not cited.
      if (!v || v->form == "ger" || v->form == "inf") continue;
      if (t + len > c.first) continue;
      // "a déposé une motion réclamant un audit": the verb's object is
      // another noun, not this document.
      if (tree_.parsed() && object_noun_between(t + static_cast<uint32_t>(len), c.first)) return;
      if (v->form == "pp" && t > s.first_token && (norm(t - 1) == "été" || norm(t - 1) == "been" ||
                                                    norm(t - 1) == "was" || norm(t - 1) == "were"))
        return;  // passive: the agent follows, if any
      const auto subjects = subjects_before(t, s.first_token);
      for (const auto& id : subjects) add_unique(c.publishers, id);
      if (!subjects.empty()) c.evidence.push_back("publishing-verb");
      c.date_anchor = t;
      c.dated = true;
      return;
    }
  }

  // "The family sued the operator … According to the lawsuit, …", "La
  // famille a porté plainte … Selon la plainte, …": a legal document taken
  // up ("the", "la", "cette") was filed by the subject of the last verb of
  // filing (type=files) in its sentence or the two before.
  void publisher_by_filing(Candidate& c) {
    const uint32_t s = c.sentence;
    const uint32_t from = st_.doc.sentences[s >= 2 ? s - 2 : 0].first_token;
    for (uint32_t t = c.first; t-- > from;) {
      const WordEntry* v = match("files", t);
      if (!v || v->form == "ger" || v->form == "inf") continue;
      const auto subjects = subjects_before(t, st_.sentence_of(t).first_token);
      for (const auto& id : subjects) add_unique(c.publishers, id);
      if (!subjects.empty()) c.evidence.push_back("filed-before");
      return;
    }
  }

  // A noun in [b, e) that is no word of time ("publié jeudi un rapport").
  bool object_noun_between(uint32_t b, uint32_t e) const {
    for (uint32_t t = b; t < e; ++t)
      if (st_.tree[t].upos == syntax::Upos::NOUN && !time_noun(t) && !match("weekday", t) && !match("month", t))
        return true;
    return false;
  }

  // The subject of the verb at token v: the nearest mentions before it,
  // with those coordinated to it ("X et Y ont publié").
  std::vector<std::string> subjects_before(uint32_t v, uint32_t sent_first) const {
    std::vector<std::string> ids;
    int last = -1;
    for (const int k : link_.mentions_inside(sent_first, v)) {
      const auto& m = st_.mentions[k];
      if (m.nested || m.is_document) continue;
      if (st_.pack.in("preposition", norm(m.first_tok))) continue;  // a time: In October
      if (m.first_tok > sent_first && st_.pack.in("preposition", norm(m.first_tok - 1)) &&
          !st_.pack.in("conjunction", norm(m.first_tok - 1)))
        continue;
      last = k;
    }
    if (last < 0) return ids;
    std::vector<int> chosen{last};
    for (int k = last - 1; k >= 0; --k) {
      const auto& m = st_.mentions[k];
      if (m.nested || m.is_document) continue;
      const auto& next = st_.mentions[chosen.back()];
      if (m.end_tok > next.first_tok || next.first_tok - m.end_tok > 6) break;
      // Coordinated: an "et"/"and" (or a comma) between them, no verb.
      bool joined = false, verb = false;
      for (uint32_t g = m.end_tok; g < next.first_tok; ++g) {
        if (st_.pack.in("conjunction", norm(g)) || st_.is_punct(g, ",")) joined = true;
        if (st_.pack.verb(norm(g)) || st_.pack.in("aux", norm(g)) || st_.is_punct(g, ";")) verb = true;
      }
      if (!joined || verb) break;
      chosen.push_back(k);
    }
    for (int k : chosen)
      if (auto id = link_.id_of_mention(k)) add_unique(ids, *id);
    return ids;
  }

  // "a déclaré X dans un communiqué", "X said in a statement": the speaker
  // of the quote whose cue is in the same sentence publishes the document.
  void publisher_of_statement(Candidate& c) {
    const auto& s = st_.doc.sentences[c.sentence];
    if (c.first <= s.first_token || !match("in", c.first - 1)) return;
    const ByteSpan here = span(c.first, c.head_e);
    // "Dans un communiqué publié jeudi, l'agence précise que …", "In a
    // statement, the company said …": the sentence opens with the document;
    // the speaker of its first cue after it publishes it.
    if (c.first - 1 == s.first_token) {
      int first_after = -1;
      for (const int q : cued_in_sentence_[c.sentence]) {
        const auto& oq = out_.quotes[q];
        if (!oq.speaker || oq.speaker->empty() || oq.speaker->front() != 'E' || oq.content.overlaps(here)) continue;
        if (oq.cue->begin < here.end) continue;
        if (first_after < 0 || oq.cue->begin < out_.quotes[first_after].cue->begin) first_after = q;
      }
      if (first_after >= 0) {
        add_unique(c.publishers, *out_.quotes[first_after].speaker);
        c.evidence.push_back("opening-statement-of-speaker");
        return;
      }
    }
    int best = -1;
    uint32_t best_dist = UINT32_MAX;
    for (const int q : cued_in_sentence_[c.sentence]) {
      const auto& oq = out_.quotes[q];
      if (!oq.speaker || oq.speaker->empty() || oq.speaker->front() != 'E') continue;
      if (oq.content.overlaps(here)) continue;  // the document is named inside what is said
      // Right after the cue or its speaker: "said in a statement", "a déclaré X dans un communiqué".
      uint32_t after = st_.token_at(oq.cue->end);
      if (oq.speaker_mention && oq.speaker_mention->end > oq.cue->end)
        after = std::max(after, st_.token_at(oq.speaker_mention->end));
      if (c.first < after || c.first - after > 4) continue;
      const uint32_t dist = c.first - after;
      if (dist < best_dist) {
        best_dist = dist;
        best = static_cast<int>(q);
      }
    }
    if (best < 0) return;
    add_unique(c.publishers, *out_.quotes[best].speaker);
    c.evidence.push_back("statement-of-speaker");
    c.date_anchor = st_.token_at(out_.quotes[best].cue->begin);
    c.dated = true;
  }

  // --- clustering --------------------------------------------------------
  static bool compatible(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return true;
    return std::any_of(a.begin(), a.end(), [&](const std::string& x) {
      return std::find(b.begin(), b.end(), x) != b.end();
    });
  }

  // The latest draft a definite candidate takes up; one only talked about
  // in a quotation yields to an earlier one that fits.
  int most_recent(const Candidate& c, bool same_lemma) const {
    int talked_about = -1;
    for (int d = static_cast<int>(drafts_.size()) - 1; d >= 0; --d) {
      const Draft& dr = drafts_[d];
      if (dr.plural) continue;
      if (same_lemma && dr.lemma != c.lemma) continue;
      if (!same_lemma && dr.family != c.family && c.family != "any") continue;
      if (!compatible(dr.publishers, c.publishers)) continue;
      if (c.title && dr.title) continue;
      if (dr.quoted_indefinite_only) {
        if (talked_about < 0) talked_about = d;
        continue;
      }
      return d;
    }
    return talked_about;
  }

  void cluster() {
    for (std::size_t i = 0; i < cands_.size(); ++i) {
      Candidate& c = cands_[i];
      int d = -1;
      if (!c.indefinite && !c.plural) {
        d = most_recent(c, true);
        // "… published a report. The 64-page study, titled « … »": a definite
        // noun of the family, even with a title, when the report has none yet.
        if (d < 0 && !c.named_premod) {
          const int f = most_recent(c, false);
          if (f >= 0 && (!c.title || !drafts_[f].title)) d = f;
        }
        // "L'étude a été menée dans le cadre de l'Enquête nationale …": a
        // capitalised title in the sentence that introduced the report names it.
        const bool capitalised_title =
            std::find(c.evidence.begin(), c.evidence.end(), "capitalised-title") != c.evidence.end();
        if (d < 0 && capitalised_title && !drafts_.empty()) {
          const int last = static_cast<int>(drafts_.size()) - 1;
          const Draft& dr = drafts_[last];
          if (!dr.title && !dr.plural && dr.family == c.family &&
              cands_[dr.candidates.back()].sentence == c.sentence)
            d = last;
        }
      } else if (c.indefinite && !c.plural) {
        // "..., says report" then "according to a report": the headline's
        // bare noun announces the report the text then introduces.
        d = most_recent(c, true);
        if (d >= 0 && !drafts_[d].bare_only) d = -1;
      }
      if (d < 0) {
        drafts_.emplace_back();
        d = static_cast<int>(drafts_.size() - 1);
        drafts_[d].lemma = c.lemma;
        drafts_[d].family = c.family;
        drafts_[d].plural = c.plural;
      }
      drafts_[d].bare_only = drafts_[d].bare_only && c.bare;
      drafts_[d].quoted_indefinite_only = drafts_[d].quoted_indefinite_only && c.indefinite &&
                                          st_.quote_containing(st_.tok(c.head_b).span.begin) >= 0;
      c.draft = d;
      Draft& dr = drafts_[d];
      dr.candidates.push_back(static_cast<int>(i));
      dr.strong = dr.strong || c.strong;
      dr.source_of_speech = dr.source_of_speech || c.source_of_speech;
      if (c.title && !dr.title) dr.title = c.title;
      for (const auto& p : c.publishers) add_unique(dr.publishers, p);
      for (const auto& e : c.evidence) add_unique(dr.evidence, e);
    }
  }

  // "His audit said …", "selon son rapport": a cited report no rule gave a
  // publisher is the owner's its possessive refers back to. (After the
  // clustering: a possessive misread cannot split one report in two; after
  // the rules that read "In its report, the agency said", where the owner
  // comes after; and an owner makes no document cited: "false information
  // on his documents".) "« … dans notre rapport », a indiqué le
  // porte-parole de la Finma": a first-person possessive in a quotation
  // says whose, over what the other rules found (the speaker).
  void publishers_of_possessives() {
    for (Draft& dr : drafts_) {
      if (!cited(dr)) continue;
      for (const int i : dr.candidates) {
        const Candidate& c = cands_[i];
        if (c.first >= c.head_b || !match("not_cited", c.first)) continue;
        if (auto speaker = speaker_quoting(c.first)) {
          dr.publishers = {*speaker};
          add_unique(dr.evidence, "speaker-possessive");
          break;
        }
      }
      if (!dr.publishers.empty()) continue;
      for (const int i : dr.candidates) {
        const Candidate& c = cands_[i];
        if (c.first >= c.head_b) continue;  // no determiner
        // "Dans son rapport annuel, la Cour des comptes épingle …": opening
        // the sentence, the possessive is the subject's after the comma.
        if (auto subject = subject_after_opening(c)) {
          dr.publishers.push_back(*subject);
          add_unique(dr.evidence, "possessive-subject-after");
          break;
        }
        if (auto owner = link_.owner_of_possessive(c.first)) {
          dr.publishers.push_back(*owner);
          add_unique(dr.evidence, "possessive-owner");
          break;
        }
      }
    }
  }

  // Candidate c opens its sentence behind "in"/"dans" and a possessive:
  // the first mention after the next comma, not behind a preposition.
  std::optional<std::string> subject_after_opening(const Candidate& c) const {
    const auto& s = st_.doc.sentences[c.sentence];
    if (c.first != s.first_token + 1 || !match("in", s.first_token) || !st_.pack.in("possessive", norm(c.first)))
      return std::nullopt;
    auto comma_from = [&](uint32_t from) {
      uint32_t k = from;
      while (k < s.end_token && k < from + 8 && !st_.is_punct(k, ",")) ++k;
      return k < s.end_token && st_.is_punct(k, ",") ? k : s.end_token;
    };
    uint32_t comma = comma_from(c.head_e);
    // "Dans son dernier rapport, publié lundi, l'Observatoire …": past the
    // participle's phrase.
    if (comma + 1 < s.end_token && publishing_participle(comma + 1)) comma = comma_from(comma + 1);
    if (comma >= s.end_token) return std::nullopt;
    for (const int k : link_.mentions_inside(comma + 1, std::min(s.end_token, comma + 10))) {
      const auto& m = st_.mentions[k];
      if (m.nested || m.is_document || m.first_tok != comma + 1) continue;
      return link_.id_of_mention(k);
    }
    return std::nullopt;
  }

  // Whose "our" the quotation token t is in says: the organisation its
  // speaker speaks for, when the speaker's mention names one ("le
  // porte-parole de la Finma", "a spokesman for the regulator"), else the
  // speaker.
  std::optional<std::string> speaker_quoting(uint32_t t) const {
    const uint32_t b = st_.tok(t).span.begin;
    for (const auto& q : out_.quotes) {
      if (!q.content.contains(b) || !q.speaker || q.speaker->empty() || q.speaker->front() != 'E') continue;
      // The speaker's latest eight mentions up to the sentence after the
      // quotation: "Tobias Lux, le porte-parole de la Finma".
      const uint32_t here = st_.tok(t).sentence;
      for (const Entity& e : out_.entities) {
        if (e.id != *q.speaker) continue;
        int examined = 0;
        for (auto it = e.mentions.rbegin(); it != e.mentions.rend() && examined < 8; ++it) {
          const Mention& said_by = *it;
          if (said_by.span.empty()) continue;
          const uint32_t first = st_.token_at(said_by.span.begin);
          if (first >= st_.ntok() || st_.tok(first).sentence > here + 1) continue;
          ++examined;
          for (uint32_t k = first; k < st_.ntok() && st_.tok(k).span.begin < said_by.span.end; ++k)
            for (const std::size_t other : link_.entities_at(st_.tok(k).span.begin)) {
              const Entity& o = out_.entities[other];
              if (o.id != e.id && o.kind != EntityKind::Person && o.kind != EntityKind::Group) return o.id;
            }
        }
        break;
      }
      return q.speaker;
    }
    return std::nullopt;
  }

  // Quotes whose source is a document mention: the report speaks.
  void link_speakers() {
    for (std::size_t q = 0; q < out_.quotes.size(); ++q) {
      const auto& oq = out_.quotes[q];
      // The sentences where such a candidate can be: those of the speaker
      // mention, else those on either side of the cue.
      std::vector<uint32_t> sentences;
      uint32_t cb = 0, ce = 0;
      if (oq.speaker_mention) {
        if (oq.speaker_mention->empty()) continue;  // overlaps nothing
        const uint32_t first = st_.token_at(oq.speaker_mention->begin);
        const uint32_t last = st_.token_at(oq.speaker_mention->end - 1);
        for (uint32_t t = first; t <= last && t < st_.ntok(); ++t)
          if (sentences.empty() || sentences.back() != st_.tok(t).sentence) sentences.push_back(st_.tok(t).sentence);
      } else if (oq.cue) {
        // "says report", "the report said": the document right at the cue.
        cb = st_.token_at(oq.cue->begin);
        ce = st_.token_at(oq.cue->end);
        if (cb > 0)
          if (auto s = sentence_at(cb - 1)) sentences.push_back(*s);
        if (auto s = sentence_at(ce)) sentences.push_back(*s);
      }
      const bool party_speaks = oq.speaker && std::any_of(out_.entities.begin(), out_.entities.end(), [&](const Entity& e) {
        return e.id == *oq.speaker && e.kind != EntityKind::Unknown;
      });
      int found = -1;
      for (const uint32_t s : sentences)
        for (const int i : cands_in_sentence_[s]) {
          if (found >= 0 && i >= found) break;
          const auto& c = cands_[i];
          // A document inside what is said is no source of it ("said the
          // report confirmed …").
          if (oq.content.contains(st_.tok(c.first).span.begin)) continue;
          // "The report titled Deaths in North-Eastern Kenya claimed …": a
          // name inside the document's title is the document.
          // A document further into a party's phrase is only what the party
          // is near ("une source proche de l'enquête"; "le texte du
          // communiqué" is the document).
          const bool at = oq.speaker_mention
                              ? (oq.speaker_mention->overlaps(span(c.first, c.head_e)) &&
                                 (!party_speaks || st_.tok(c.first).span.begin <= oq.speaker_mention->begin)) ||
                                    (c.title && c.title->overlaps(*oq.speaker_mention))
                              : (c.head_e == cb || c.first == ce);
          if (at) found = i;
        }
      if (found < 0) continue;
      speaking_.emplace_back(static_cast<int>(q), cands_[found].draft);
      drafts_[cands_[found].draft].speaks = true;
      add_unique(drafts_[cands_[found].draft].evidence, "speaks");
    }
  }

  // --- dates ---------------------------------------------------------------
  // A date expression starting at token i: its end token (i when none).
  uint32_t date_at(uint32_t i, uint32_t limit) const {
    std::size_t len = 0;
    if (match("relative_date", i, &len)) return i + static_cast<uint32_t>(len);
    uint32_t j = i;
    auto number = [&](uint32_t k, std::size_t max_len) {
      return k < limit && st_.tok(k).kind == TokenKind::Number && st_.tok(k).span.size() <= max_len;
    };
    if (number(j, 2) && match("month", j + 1)) {  // "15 avril (2024)"
      j += 2;
      if (number(j, 4)) ++j;
      return j;
    }
    if (match("month", j)) {  // "April 15, 2024", "March 2024"
      ++j;
      if (number(j, 2)) ++j;
      if (st_.is_punct(j, ",") && number(j + 1, 4)) j += 2;
      else if (number(j, 4)) ++j;
      // A bare month needs a preposition before it ("in November").
      if (j == i + 1 && !(i > 0 && match("date_before", i - 1))) return i;
      return j;
    }
    if (match("weekday", j)) {  // "lundi (dernier)", "on Tuesday"
      ++j;
      if (j < limit && match("date_after", j)) ++j;
      return j;
    }
    return i;
  }

  std::optional<ByteSpan> date_near(uint32_t anchor) const {
    const auto& s = st_.sentence_of(anchor);
    std::optional<ByteSpan> best;
    uint32_t best_dist = UINT32_MAX;
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const uint32_t e = date_at(i, s.end_token);
      if (e == i) continue;
      uint32_t b = i;
      if (b > s.first_token && match("date_before", b - 1) && !match("relative_date", i)) --b;
      const uint32_t dist = b > anchor ? b - anchor : anchor - b;
      if (dist < best_dist && dist <= 12) {
        best_dist = dist;
        best = span(b, e);
      }
      i = e - 1;
    }
    return best;
  }

  // --- output --------------------------------------------------------------
  // A draft the text cites: a strong document noun, or one with a title, a
  // publisher or words it says.
  // (A document only talked about in a quotation is not cited for being
  // a strong noun.)
  static bool cited(const Draft& dr) {
    return (dr.strong && !dr.quoted_indefinite_only) || dr.title || !dr.publishers.empty() || dr.speaks ||
           dr.source_of_speech;
  }

  void output() {
    std::vector<int> id_of(drafts_.size(), -1);
    int next = 0;
    for (std::size_t d = 0; d < drafts_.size(); ++d) {
      Draft& dr = drafts_[d];
      if (!cited(dr)) continue;
      id_of[d] = next++;
      Report r;
      r.id = "R" + std::to_string(id_of[d] + 1);
      for (int ci : dr.candidates) r.mentions.push_back(span(cands_[ci].first, cands_[ci].head_e));
      r.title = dr.title;
      r.publishers = dr.publishers;
      for (int ci : dr.candidates) {
        if (!cands_[ci].dated) continue;
        if (auto dt = date_near(cands_[ci].date_anchor)) {
          r.date = dt;
          break;
        }
      }
      r.confidence = dr.strong ? (dr.publishers.empty() ? 0.75 : 0.9) : 0.6;
      r.reason = std::string(dr.strong ? "document-noun" : "weak-document-noun");
      for (const auto& e : dr.evidence) r.reason += "+" + e;
      out_.reports.push_back(std::move(r));
    }
    for (const auto& [q, d] : speaking_) {
      if (id_of[d] < 0) continue;
      out_.quotes[q].speaker = "R" + std::to_string(id_of[d] + 1);
      out_.quotes[q].reason += "+report-speaker";
    }
  }
};

}  // namespace

void find(const State& st, Analysis& analysis) {
  Finder f(st, analysis);
  f.run();
}

}  // namespace saywho::reports
