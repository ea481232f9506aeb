#include "accusations/accusations.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "entities/phrase.hpp"
#include "pipeline/span_index.hpp"
#include "reports/link.hpp"
#include "reports/word_table.hpp"
#include "syntax/read.hpp"

namespace saywho::accusations {
namespace {

using pipeline::State;
using reports::Linker;
using reports::WordEntry;
using reports::WordTable;
using text::TokenKind;

using Tables = reports::WordTables;

// accusations.txt and wrongdoing.txt of a language, read once.
struct Lexicon {
  Tables acc, wrong;
  lexicon::StringSet finite_only;  // see finite_only_verb_forms()
};

lexicon::StringSet finite_only_forms(const std::vector<const Tables*>& all) {
  lexicon::StringSet finite, participle;
  for (const Tables* tables : all)
    for (const auto& [type, table] : *tables)
      table.for_each([&](const WordEntry& e) {
        if (e.tokens.size() != 1) return;
        if (e.form == "fin" && e.tokens.front() != e.lemma) finite.insert(e.tokens.front());
        if (e.form == "pp") participle.insert(e.tokens.front());
      });
  // English "accused", "falsified": a past tense that is a participle too
  // may be an adjective ("the accused man").
  for (const auto& p : participle) finite.erase(p);
  return finite;
}

const Lexicon& lexicon_of(const std::string& lang) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<Lexicon>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = cache[lang];
  if (!slot) {
    slot = std::make_unique<Lexicon>();
    slot->acc = reports::load_tables(lang, "accusations.txt", {"verb"});
    slot->wrong = reports::load_tables(lang, "wrongdoing.txt", {"verb"});
    slot->finite_only = finite_only_forms({&slot->acc, &slot->wrong});
  }
  return *slot;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

class Finder {
 public:
  Finder(const State& st, Analysis& out) : st_(st), out_(out), link_(st, out), tree_(st.tree, st.doc), lex_(lexicon_of(st.pack.lang)) {
    cue_at_.assign(st.ntok(), -1);
    for (std::size_t c = 0; c < st.cues.size(); ++c)
      if (st.cues[c].first_tok < st.ntok()) cue_at_[st.cues[c].first_tok] = static_cast<int>(c);
    index_quotes();
  }

  void run() {
    for (uint32_t i = 0; i < st_.ntok(); ++i) {
      std::size_t len = 0;
      std::size_t noun_len = 0;
      const WordEntry* v = match(lex_.acc, "verb", i, &len);
      const WordEntry* n = match(lex_.acc, "noun", i, &noun_len);
      // A word both lists hold ("charges") is read as the parse tags it:
      // "faces charges of fraud" holds the noun, "charges him with" the verb.
      if (v && n && len == 1 && noun_len == 1 && tree_.parsed() && st_.tree[i].upos == syntax::Upos::NOUN) v = nullptr;
      // After a determiner, the noun: "la mise en examen de X pour …", "the
      // arrest of X for …" (not the participle, nor the verb).
      if (v && n && i > 0 && st_.tok(i - 1).sentence == st_.tok(i).sentence && in("determiner", i - 1)) v = nullptr;
      if (v) {
        verb_accusation(i, static_cast<uint32_t>(len), *v);
      } else if (n) {
        noun_accusation(i, static_cast<uint32_t>(noun_len), *n);
      }
    }
    for (std::size_t q = 0; q < out_.quotes.size() && q < st_.quotes.size(); ++q) implicit_in_quote(q);
    output();
  }

 private:
  const State& st_;
  Analysis& out_;
  Linker link_;
  syntax::TreeReader tree_;
  const Lexicon& lex_;
  std::vector<int> cue_at_;
  // Quotes by their cue's bytes, by their content's bytes, and (those with a
  // cue and a speaker) by the sentence of their cue: look-ups per accusation
  // cue that do not scan every quote.
  pipeline::SpanIndex quote_cues_, quote_contents_;
  std::vector<std::vector<std::pair<uint32_t, int>>> spoken_in_sentence_;  // (cue token, quote)

  void index_quotes() {
    spoken_in_sentence_.assign(st_.doc.sentences.size(), {});
    for (std::size_t q = 0; q < out_.quotes.size(); ++q) {
      const Quote& oq = out_.quotes[q];
      quote_contents_.add(oq.content, q);
      if (!oq.cue) continue;
      quote_cues_.add(*oq.cue, q);
      const uint32_t c = st_.token_at(oq.cue->begin);
      if (oq.speaker && c < st_.ntok()) spoken_in_sentence_[st_.tok(c).sentence].emplace_back(c, static_cast<int>(q));
    }
  }
  std::vector<Accusation> found_;
  std::vector<ByteSpan> triggers_;  // per found_: the words that made it (implicit: the wrongdoing word)

  // --- token helpers ---------------------------------------------------------
  static const WordTable& table(const Tables& t, std::string_view type) {
    static const WordTable none;
    auto it = t.find(type);
    return it == t.end() ? none : it->second;
  }
  const WordEntry* match(const Tables& t, std::string_view type, uint32_t i, std::size_t* len = nullptr) const {
    if (!st_.is_word(i)) return nullptr;
    return table(t, type).match(st_.norms, i, len);
  }
  bool is(const Tables& t, std::string_view type, uint32_t i) const { return match(t, type, i) != nullptr; }
  std::string_view norm(uint32_t i) const { return st_.norm(i); }
  bool word(uint32_t i) const { return st_.is_word(i); }
  bool in(const char* cls, uint32_t i) const { return word(i) && st_.pack.in(cls, norm(i)); }
  ByteSpan span(uint32_t b, uint32_t e) const { return ByteSpan{st_.tok(b).span.begin, st_.tok(e - 1).span.end}; }
  const text::Sentence& sent(uint32_t i) const { return st_.sentence_of(i); }

  bool negation(uint32_t i) const {
    return word(i) && (is(lex_.wrong, "negation", i) || st_.pack.in("negation", norm(i)) || ends_with(norm(i), "n't"));
  }
  bool have_aux(uint32_t i) const {
    static const char* const forms[] = {"a", "ont", "avait", "avaient", "aurait", "auraient", "ayant", "avoir",
                                        "has", "have", "had", "having"};
    return word(i) && std::any_of(std::begin(forms), std::end(forms), [&](const char* f) { return norm(i) == f; });
  }
  // Token i follows an auxiliary "have" (adverbs between): "had falsified", "a menti".
  bool after_have(uint32_t i) const {
    const uint32_t j = skip_back(i, sent(i).first_token);
    return j > sent(i).first_token && have_aux(j - 1);
  }
  // A form of "be" that makes the participle after it a passive ("was
  // charged", "a été mis en examen", "stands accused"): grammar class be_passive.
  bool be_aux(uint32_t i) const { return word(i) && in("be_passive", i); }
  // Before token i, over adverbs, negations and object pronouns.
  uint32_t skip_back(uint32_t i, uint32_t floor) const {
    while (i > floor) {
      // (An adverb the lists lack, as the parse tags it: "a délibérément trompé".)
      const bool parsed_adverb = tree_.parsed() && st_.tree[i - 1].upos == syntax::Upos::ADV && word(i - 1) &&
                                 !st_.tok(i - 1).capitalized;
      if (in("adverb", i - 1) || parsed_adverb || is(lex_.acc, "reciprocal", i - 1) || negation(i - 1) ||
          in("object_pronoun", i - 1) ||
          in("reflexive", i - 1) || st_.is_punct(i - 1, "-t-") || st_.is_punct(i - 1, "-")) {
        --i;
        continue;
      }
      // "a au contraire dénoncé", "a à son tour accusé": a phrase adverb.
      if (i >= floor + 2 && in("adverbial_head", i - 1)) {
        const uint32_t p = in("possessive", i - 2) ? i - 3 : i - 2;
        if (p >= floor && p < i - 1 && in("preposition", p)) {
          i = p;
          continue;
        }
      }
      break;
    }
    return i;
  }
  uint32_t skip_forward(uint32_t i, uint32_t limit) const {
    while (i < limit) {
      if (in("adverb", i) || in("time_word", i) || st_.is_punct(i, ",")) {
        ++i;
        continue;
      }
      // "accuse en retour le gouvernement", "accuse à son tour la mairie".
      if (in("preposition", i)) {
        const uint32_t h = in("possessive", i + 1) ? i + 2 : i + 1;
        if (h < limit && in("adverbial_head", h)) {
          i = h + 1;
          continue;
        }
      }
      break;
    }
    return i;
  }

  // Is the word at i negated ("n'a jamais accusé", "did not accuse")?
  bool negated(uint32_t i) const {
    const uint32_t floor = sent(i).first_token;
    for (uint32_t k = i; k > floor && i - k < 4; --k) {
      if (st_.is_punct(k - 1, ",") || st_.is_punct(k - 1, ";")) break;
      if (negation(k - 1)) return true;
    }
    return false;
  }
  // "la lutte contre la corruption", "zero tolerance on doping": a topic
  // marker right before the word (a determiner between) makes it a subject
  // of policy, no deed asserted.
  bool topic(uint32_t i) const {
    const uint32_t floor = sent(i).first_token;
    uint32_t k = i;
    if (k > floor && in("determiner", k - 1)) --k;
    for (uint32_t b = i; b > floor && i - b < 5; --b) {
      std::size_t len = 0;
      if (match(lex_.wrong, "topic", b - 1, &len) && (b - 1 + len == k || b - 1 + len == i)) return true;
    }
    return false;
  }
  bool hedged(uint32_t i) const {
    const uint32_t floor = sent(i).first_token;
    for (uint32_t k = i; k > floor && i - k < 8; --k) {
      if (st_.is_punct(k - 1, ",") || st_.is_punct(k - 1, ";")) break;
      if (is(lex_.wrong, "hedge", k - 1)) return true;
    }
    return false;
  }

  // The end of the clause after the cue at [i, i + len): nothing when the
  // cue ends its sentence ("… porte plainte" in a headline has no charge in
  // the next sentence).
  uint32_t clause_after(uint32_t i, uint32_t len) const {
    const uint32_t send = sent(i).end_token;
    return i + len >= send ? send : clause_end(i + len);
  }
  // One past the last token of the clause starting at `start`: the sentence
  // end, a ";", the end of the quotation it sits in, or a comma before a
  // reporting cue (", explique une source").
  uint32_t clause_end(uint32_t start) const {
    if (start >= st_.ntok()) return start;
    uint32_t end = sent(start).end_token;
    const int q = st_.quote_containing(st_.tok(start).span.begin);
    const uint32_t limit = q >= 0 ? st_.doc.quotes[q].content.end : UINT32_MAX;
    for (uint32_t i = start; i < end; ++i) {
      if (st_.tok(i).span.begin >= limit) return i;
      if (i > start && st_.is_punct(i, ";")) return i;
      if (i > start && st_.is_punct(i, ",") && i + 1 < end && (cue_at_[i + 1] >= 0 || cue_after_mention(i + 1)))
        return i;
    }
    return end;
  }
  // "mis en examen pour « vol », « recel » et « escroquerie »": a charge
  // that ends on a quotation goes on over the quotations listed after it,
  // joined by commas or "et"/"and", up to `limit`; one past its last token.
  // (The stop may sit on the closing mark or past it.)
  uint32_t quoted_list_end(uint32_t stop, uint32_t limit) const {
    const uint32_t given = stop;
    if (stop < limit && st_.quote_closed_at(stop) >= 0) ++stop;
    while (stop < limit && stop > 0 && st_.quote_closed_at(stop - 1) >= 0) {
      uint32_t t = stop;
      if (st_.is_punct(t, ",")) ++t;
      if (t < limit && in("conjunction", t)) ++t;
      const int q = t > stop && t < limit ? st_.quote_opened_at(t) : -1;
      if (q < 0 || !st_.doc.quotes[q].closed) break;
      const uint32_t close = st_.token_at(st_.doc.quotes[q].close_mark.begin);
      if (close >= limit) break;
      stop = close + 1;
    }
    return stop == given + 1 ? given : stop;
  }
  bool cue_after_mention(uint32_t i) const {
    const int m = st_.mention_starting_at(i);
    if (m < 0) return false;
    uint32_t e = st_.mentions[m].end_tok;
    // "the Independent Police Complaints Commission (IPCC) has announced"
    if (st_.is_punct(e, "(")) {
      uint32_t close = e + 1;
      while (close < st_.ntok() && close < e + 6 && !st_.is_punct(close, ")")) ++close;
      if (st_.is_punct(close, ")")) e = close + 1;
    }
    return e < st_.ntok() && cue_at_[e] >= 0 && !st_.cues[cue_at_[e]].according;
  }
  // A year ("in 2019"): four digits from 1900 to 2099.
  bool year_at(uint32_t i) const {
    if (i >= st_.ntok() || st_.tok(i).kind != TokenKind::Number) return false;
    const auto w = norm(i);
    return w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
           std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  }
  // [b, e) without outer punctuation; empty when nothing is left.
  ByteSpan trimmed(uint32_t b, uint32_t e) const {
    // "…, des accusations aussitôt rejetées par Kiev": the writer's
    // apposition naming what came before is no part of it.
    for (uint32_t t = b + 1; t + 2 < e; ++t)
      if (st_.is_punct(t, ",") && in("determiner", t + 1) && is(lex_.acc, "noun", t + 2)) {
        e = t;
        break;
      }
    while (e > b && st_.tok(e - 1).kind == TokenKind::Punct) --e;
    while (b < e && st_.tok(b).kind == TokenKind::Punct) ++b;
    // When it happened is no part of the charge: "fraud charges on Monday",
    // "last week" (kept when nothing else is left).
    uint32_t t = e;
    while (t > b && (in("time_word", t - 1) || year_at(t - 1))) --t;
    if (t < e && t > b && in("preposition", t - 1)) --t;
    if (t < e && t > b) e = t;
    if (e <= b) return ByteSpan{0, 0};
    // A closing mark without its opening one (and the reverse) is left out.
    if (st_.is_quote_mark(e - 1) && st_.quote_closed_at(e - 1) >= 0 &&
        st_.doc.quotes[st_.quote_closed_at(e - 1)].open_mark.begin < st_.tok(b).span.begin)
      --e;
    if (e <= b) return ByteSpan{0, 0};
    // A quotation opened inside and closed right after: its closing mark too.
    if (e < st_.ntok() && st_.is_quote_mark(e) && st_.quote_closed_at(e) >= 0 &&
        st_.doc.quotes[st_.quote_closed_at(e)].open_mark.begin >= st_.tok(b).span.begin)
      ++e;
    return span(b, e);
  }

  // --- who -------------------------------------------------------------------
  // A quote whose cue sits at token i (the accusation verb is its cue).
  int quote_with_cue_at(uint32_t i) const {
    const auto q = quote_cues_.first_covering(st_.tok(i).span.begin);
    return q ? static_cast<int>(*q) : -1;
  }
  // The quote whose content holds token i, innermost first.
  int quote_holding(uint32_t i) const {
    // The shortest content holding it; of equal ones, the first quote.
    std::optional<std::pair<uint32_t, std::size_t>> best;
    quote_contents_.for_each_covering(st_.tok(i).span.begin, [&](ByteSpan c, std::size_t q) {
      const std::pair<uint32_t, std::size_t> key{c.size(), q};
      if (!best || key < *best) best = key;
    });
    return best ? static_cast<int>(best->second) : -1;
  }

  // The speaker of the quote holding token i when the speaker's phrase
  // names the prosecution (grammar class prosecution: "le parquet de
  // Niort", "prosecutors"); nothing otherwise.
  std::optional<std::string> prosecution_reporting(uint32_t i) const {
    const int q = quote_holding(i);
    if (q < 0 || !out_.quotes[q].speaker || !out_.quotes[q].speaker_mention) return std::nullopt;
    const ByteSpan m = *out_.quotes[q].speaker_mention;
    for (uint32_t t = st_.token_at(m.begin); t < st_.ntok() && st_.tok(t).span.begin < m.end; ++t)
      if (in("prosecution", t)) return out_.quotes[q].speaker;
    return std::nullopt;
  }

  // The subject of the verb group ending before token i.
  // Accuser and accused are entity ids or nothing (SCHEMA.md, index.d.ts).
  static std::optional<std::string> entity_only(const std::optional<std::string>& id) {
    if (id && !id->empty() && id->front() == 'E') return id;
    return std::nullopt;
  }

  std::optional<std::string> subject_of(uint32_t i) {
    const uint32_t floor = sent(i).first_token;
    uint32_t j = skip_back(i, floor);
    while (j > floor && (in("aux", j - 1) || have_aux(j - 1) || be_aux(j - 1))) j = skip_back(j - 1, floor);
    if (const int m = st_.mention_ending_at(j); m >= 0) {
      if (auto id = link_.id_of_mention(m)) return id;
    }
    // "Le maire, Paul Arnaud, accuse …": the apposition's comma (not a
    // place behind a preposition: "The lawsuit, filed in federal court in
    // Texas, alleges …").
    if (j > floor + 1 && st_.is_punct(j - 1, ",")) {
      if (const int m = st_.mention_ending_at(j - 1);
          m >= 0 && !(st_.mentions[m].first_tok > floor && in("preposition", st_.mentions[m].first_tok - 1))) {
        if (auto id = link_.id_of_mention(m)) return id;
      }
    }
    if (const int q = quote_with_cue_at(i); q >= 0 && out_.quotes[q].speaker) return out_.quotes[q].speaker;
    // "he has launched suspicions and publicly accused the Government": the
    // parse's subject, through the verbs it coordinates, when a mention
    // names it.
    // (The parse's subject, when it stands before the verb in its sentence.)
    const int parse_subject = tree_.parsed() ? tree_.subject(i) : -1;
    const bool subject_before = parse_subject >= static_cast<int>(floor) && static_cast<uint32_t>(parse_subject) < i;
    if (subject_before)
      for (const int k : link_.mentions_inside(floor, i)) {
        const auto& m = st_.mentions[k];
        const auto s = static_cast<uint32_t>(parse_subject);
        if (m.nested || m.is_document || m.first_tok > s || m.end_tok <= s) continue;
        if (auto id = link_.id_of_mention(k)) return id;
      }
    // "Un rapport de l'ONU publié lundi accuse …": the parse's subject is a
    // report's word; the report, through its publisher.
    if (subject_before) {
      const ByteSpan b = st_.tok(static_cast<uint32_t>(parse_subject)).span;
      for (const auto& r : out_.reports)
        for (const auto& m : r.mentions)
          if (m.begin <= b.begin && b.end <= m.end) return r.publishers.empty() ? r.id : r.publishers.front();
    }
    // "The Amnesty report also accused …": the report, through its publisher.
    if (j > floor) {
      const uint32_t end_byte = st_.tok(j - 1).span.end;
      for (const auto& r : out_.reports)
        for (const auto& m : r.mentions)
          if (m.end == end_byte) return r.publishers.empty() ? r.id : r.publishers.front();
    }
    // A participle clause (", dénonçant …"): the speaker of the sentence's quote.
    for (const auto& [c, q] : spoken_in_sentence_[st_.tok(i).sentence]) {
      const auto& oq = out_.quotes[q];
      if (c < i && !oq.content.contains(st_.tok(i).span.begin)) return oq.speaker;
    }
    // The sentence's subject: its first mention not inside a prepositional phrase.
    for (const int k : link_.mentions_inside(floor, i)) {
      const auto& m = st_.mentions[k];
      if (m.nested || m.is_document) continue;
      if (m.first_tok > floor && in("preposition", m.first_tok - 1)) continue;
      if (in("preposition", m.first_tok)) continue;
      if (auto id = link_.id_of_mention(k)) return id;
    }
    // "A former aide has filed a complaint …": a subject no list knows, as
    // the parse gives it, becomes a party.
    if (subject_before && (st_.tree[static_cast<uint32_t>(parse_subject)].upos == syntax::Upos::NOUN ||
                           st_.tree[static_cast<uint32_t>(parse_subject)].upos == syntax::Upos::PROPN))
      return party_of_token(parse_subject, std::nullopt);
    return std::nullopt;
  }

  // The party named in [b, e): a person or organisation name first.
  // The noun phrase at token t (looking back no further than b) hangs from
  // a preposition of place, time or target (grammar class not_doer_prep),
  // through the links of the phrase: "abuses in the port of Norvik",
  // "violences dans le port de Norvik" (not "abuses by the forces of X").
  bool place_or_target(uint32_t t, uint32_t b) const {
    while (t > b) {
      --t;
      if (in("not_doer_prep", t)) return true;
      const bool inside_phrase = in("np_link", t) || in("determiner", t) ||
                                 (word(t) && !in("preposition", t) && !st_.pack.verb(norm(t)) && !in("aux", t));
      if (!inside_phrase) return false;
    }
    return false;
  }
  std::optional<std::string> party_in(uint32_t b, uint32_t e, const std::optional<std::string>& not_this,
                                      bool prefer_names = false) const {
    std::optional<std::string> fallback;
    for (const int k : link_.mentions_inside(b, e)) {
      const auto& m = st_.mentions[k];
      if (m.is_document) continue;
      if (m.kind == MentionKind::Pronoun && is_first_person(m.first_tok)) continue;
      if (place_or_target(m.first_tok, b)) continue;
      auto id = link_.id_of_mention(k);
      if (!id || id == not_this) continue;
      if (!prefer_names || m.kind == MentionKind::Name || m.kind == MentionKind::TitledName) return id;
      if (!fallback) fallback = id;
    }
    return fallback;
  }
  // "him", "lui": the nearest person named before token i.
  std::optional<std::string> person_before(uint32_t i, const std::optional<std::string>& not_this = std::nullopt) const {
    for (std::size_t k = st_.mentions.size(); k-- > 0;) {
      const auto& m = st_.mentions[k];
      if (m.end_tok > i || m.kind == MentionKind::Pronoun || m.entity < 0) continue;
      if (st_.entities[m.entity].kind != EntityKind::Person) continue;
      // ("les faits lui valent une mise en examen, précise une source
      // judiciaire": not the source.)
      if (m.kind == MentionKind::Description && st_.pack.in("unnamed_source", m.head)) continue;
      if (auto id = link_.id_of_mention(static_cast<int>(k)); id && id != not_this) return id;
    }
    return std::nullopt;
  }
  // "X lashed out at the press, accusing reporters of …": a gerund or
  // present participle after a comma, an adjunct of the clause before.
  bool gerund_adjunct(uint32_t i, const WordEntry& v) const {
    if (v.form != "ger" || !tree_.parsed()) return false;
    const uint32_t floor = sent(i).first_token;
    const uint32_t before = skip_back(i, floor);
    const int32_t head = st_.tree[i].head;
    return before > floor && st_.is_punct(before - 1, ",") && head >= static_cast<int32_t>(floor) &&
           head < static_cast<int32_t>(i) && st_.tree[static_cast<uint32_t>(head)].upos == syntax::Upos::VERB;
  }
  // The subject of the verb an adjunct at i hangs from.
  std::optional<std::string> main_clause_subject(uint32_t i) {
    const auto head = static_cast<uint32_t>(st_.tree[i].head);
    const int s = tree_.subject(head);
    return s >= 0 && static_cast<uint32_t>(s) < head ? party_of_token(s, std::nullopt) : std::nullopt;
  }
  bool is_first_person(uint32_t i) const {
    const auto n = norm(i);
    return n == "je" || n == "j'" || n == "nous" || n == "i" || n == "we" || n == "on";
  }

  // A wrongdoing verb or word among tokens [b, e).
  bool wrong_between(uint32_t b, uint32_t e) const {
    for (uint32_t t = b; t < e; ++t)
      if (match(lex_.wrong, "verb", t) || match(lex_.wrong, "word", t) || match(lex_.wrong, "misconduct", t)) return true;
    return false;
  }

  // The speaker of the quotation that "je", "nous", "I", "we" at token t
  // speaks in ("on" stands for anyone).
  std::optional<std::string> first_person_speaker(uint32_t t) const {
    if (!in("first_person", t) || norm(t) == "on" || in("possessive", t)) return std::nullopt;
    const uint32_t at = st_.tok(t).span.begin;
    for (const Quote& q : out_.quotes)
      if (q.content.contains(at) && q.speaker && q.speaker->front() == 'E') return q.speaker;
    return std::nullopt;
  }

  // A determiner or a number opens a noun phrase at k ("the", "two", "12").
  // A noun phrase opens at k: a determiner, a quantifier, a number, or a
  // bare plural ("accused by unions of …").
  bool opens_noun_phrase(uint32_t k) const {
    if (k >= st_.ntok()) return false;
    return in("determiner", k) || in("quantifier", k) || st_.tok(k).kind == TokenKind::Number ||
           (tree_.parsed() && st_.tree[k].upos == syntax::Upos::NUM) || st_.plural_noun(k);
  }

  // The entity a noun phrase starting at k names (a mention there, else
  // the words up to `stop` as a new entity).
  std::optional<std::string> party_at(uint32_t k, uint32_t stop) {
    if (k >= stop) return std::nullopt;
    const int m = link_.mention_within(k, stop);
    if (m >= 0 && st_.mentions[m].first_tok <= k + 1) return link_.id_of_mention(m);
    // "du syndicat Solidarité Rail": from its first capitalised word.
    if (!in("determiner", k) && !st_.tok(k).capitalized) {
      uint32_t c = k;
      while (c < stop && c < k + 3 && !st_.tok(c).capitalized) ++c;
      if (c < stop && st_.tok(c).capitalized) k = c;
    }
    if (stop - k <= 8 && (opens_noun_phrase(k) || st_.tok(k).capitalized)) {
      uint32_t e = stop;
      while (e > k && st_.tok(e - 1).kind == TokenKind::Punct) --e;
      if (e > k) return link_.id_for_tokens(k, e, EntityKind::Unknown);
    }
    return std::nullopt;
  }

  // The party of the phrase at `target`, after "contre"/"against", up to
  // `send`: "against the mayor"; "against him", "contre lui": the person
  // named last before.
  std::optional<std::string> party_against(uint32_t target, uint32_t send) {
    if (in("stressed_pronoun", target)) return person_before(target);
    return party_at(target, entities::noun_phrase_end(st_, target, send));
  }

  // --- who, by the parse ---------------------------------------------------------
  // Token t starts something other than the phrase before it: punctuation,
  // a verb, a conjunction.
  bool clause_boundary(uint32_t t) const {
    if (!tree_.parsed() || t >= st_.ntok()) return true;
    const auto u = st_.tree[t].upos;
    // A verb form that modifies a noun opens no clause ("money laundering
    // failures", "laundering" read as a verb).
    if (u == syntax::Upos::VERB && (st_.tree[t].rel.rel == syntax::Rel::amod || st_.tree[t].rel.rel == syntax::Rel::compound))
      return false;
    return u == syntax::Upos::PUNCT || u == syntax::Upos::VERB || u == syntax::Upos::AUX ||
           u == syntax::Upos::CCONJ || u == syntax::Upos::SCONJ;
  }

  // The party token t of the parse stands for (Linker::id_for_tree_token),
  // other than `not_this`; nothing for a first-person pronoun (the speaker
  // is no party to their own charge).
  std::optional<std::string> party_of_token(int t, const std::optional<std::string>& not_this,
                                            uint32_t stop = UINT32_MAX) {
    if (t < 0 || is_first_person(static_cast<uint32_t>(t))) return std::nullopt;
    auto id = link_.id_for_tree_token(t, EntityKind::Group, stop);
    return id == not_this ? std::nullopt : id;
  }

  // An infinitive at token t ("avoir", "d'avoir menti", "de mentir"), as the
  // grammar or the parse says.
  bool infinitive_at(uint32_t t) const {
    if (t >= st_.ntok()) return false;
    if (in("infinitive_marker", t)) return true;
    if (!tree_.parsed()) return false;
    const auto& ts = st_.tree[t];
    return (ts.upos == syntax::Upos::VERB || ts.upos == syntax::Upos::AUX) && ts.form == syntax::Form::Infinitive;
  }
  // A French verb quoted alone, which the tagger often reads as a noun:
  // "de « saboter »", "de « trahir »" (a lower-case word in -er or -ir
  // right before the closing mark).
  bool quoted_infinitive(uint32_t t) const {
    if (st_.pack.lang != "fr" || !word(t) || st_.tok(t).capitalized || t + 1 >= st_.ntok() || !st_.is_quote_mark(t + 1))
      return false;
    const auto w = norm(t);
    return w.size() > 4 && (ends_with(w, "er") || ends_with(w, "ir"));
  }
  // The noun a relative clause opened by "que"/"qu'" hangs on, when verb v
  // heads that clause (grammar class relative_object); -1 otherwise.
  // (When the parse misses the relative clause, "que" right after a comma
  // still takes up the noun before it: "La direction, que le syndicat
  // accuse de …, dément".)
  int relative_object_noun(uint32_t v) const {
    if (!tree_.parsed()) return -1;
    const auto& s = sent(v);
    for (uint32_t k = s.first_token; k < v; ++k) {
      if (st_.tree[k].head != static_cast<int32_t>(v) || !in("relative_object", k)) continue;
      if (st_.tree[v].rel.relcl && st_.tree[v].head >= 0 && static_cast<uint32_t>(st_.tree[v].head) < k)
        return st_.tree[v].head;
      if (k >= s.first_token + 2 && st_.is_punct(k - 1, ",") &&
          (st_.tree[k - 2].upos == syntax::Upos::NOUN || st_.tree[k - 2].upos == syntax::Upos::PROPN))
        return static_cast<int>(k - 2);
    }
    return -1;
  }
  // The phrase preposition q opens hangs from verb v in the parse.
  bool complement_of_verb(uint32_t q, uint32_t v) const {
    const int32_t h = st_.tree[q].head;
    return h >= 0 && st_.tree[static_cast<uint32_t>(h)].head == static_cast<int32_t>(v);
  }

  // --- explicit: verbs ---------------------------------------------------------
  void verb_accusation(uint32_t i, uint32_t len, const WordEntry& v) {
    if (negated(i)) return;
    const uint32_t floor = sent(i).first_token;
    const uint32_t send = sent(i).end_token;
    // "the arrested man", "India's smear campaign": a participle that only
    // qualifies the noun after it reports no step of its own ("alleged"
    // still names a charge).
    if ((v.form == "pp" || v.form == "fin") && len == 1 && i + 1 < send && tree_.parsed() &&
        st_.tree[i].head == static_cast<int32_t>(i + 1) && st_.tree[i + 1].upos == syntax::Upos::NOUN) {
      if (v.attr("frame") == "clause") alleged_noun(i);
      return;
    }
    const std::string_view frame = v.attr("frame");
    const bool legal = v.attr("legal") == "1";
    uint32_t before = skip_back(i, floor);
    const bool active_aux = before > floor && have_aux(before - 1);
    // "se sont accusés": a reflexive before "être" makes an active verb.
    const bool reflexive_be = before > floor + 1 && be_aux(before - 1) && in("reflexive", before - 2);
    // (Not before a gerund: "is suing", "are investigating" are active.)
    const bool be_before = before > floor && be_aux(before - 1) && !reflexive_be && v.form != "ger";
    // "comparaît pour favoritisme": the subject undergoes the step, as in a passive.
    // "The two men were remanded in custody, charged with arson": after a
    // comma, hung on the verb before, with no object, a past form is the
    // participle whatever the tagger reads.
    const bool comma_participle = (v.form == "pp" || v.form == "fin") && !active_aux && before > floor &&
                                  st_.is_punct(before - 1, ",") && tree_.parsed() &&
                                  st_.tree[i].head >= static_cast<int32_t>(floor) && st_.tree[i].head < static_cast<int32_t>(i) &&
                                  st_.tree[static_cast<uint32_t>(st_.tree[i].head)].upos == syntax::Upos::VERB &&
                                  tree_.dependent(i, syntax::Rel::obj) < 0 && tree_.subject(i) < 0;
    const bool passive = be_before || (v.form == "pp" && !active_aux && !reflexive_be) || v.attr("undergoes") == "1" ||
                         comma_participle;
    // "a été interpellé pour vol": a legal step only in the passive ("a
    // arrêté le projet", "interpelle les pouvoirs publics" are other verbs).
    if (v.attr("passive_only") == "1" && !passive) return;
    ByteSpan cue = span(active_aux ? before - 1 : i, i + len);
    const uint32_t k = skip_forward(i + len, send);

    Accusation a;
    a.kind = AccusationKind::Explicit;
    a.cue = cue;
    // "« … », accuse le député Paul Durand": the verb is the cue of the
    // quotation before it and what follows is its speaker, no accused; what
    // the quotation says is read for an implicit accusation.
    if (speaker_follows_cue(i, send)) return;
    if (frame == "charge") {
      const auto& preps = v.values("charge");
      const auto& acc_preps = v.values("accused");
      // A preposition of charge= at t; a phrase of several words ("_" for
      // the spaces: "on_suspicion_of") counts at its last word, where the
      // charge begins after it ("arrested a man on suspicion of arson").
      uint32_t prep_first = 0;  // the first word of the phrase the last match ended with
      auto is_charge_prep = [&](uint32_t t) {
        if (!word(t)) return false;
        for (const std::string& prep : preps) {
          std::string_view rest = prep;
          uint32_t at = t;
          bool ok = true;
          while (ok && !rest.empty()) {
            const auto cut = rest.rfind('_');
            const std::string_view last = cut == std::string_view::npos ? rest : rest.substr(cut + 1);
            ok = word(at) && norm(at) == last;
            rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(0, cut);
            if (ok && !rest.empty()) {
              if (at == 0) ok = false;
              else --at;
            }
          }
          if (ok) {
            prep_first = at;
            return true;
          }
        }
        return false;
      };
      uint32_t obj = k;
      const uint32_t end = clause_after(i, len);
      auto is_accused_prep = [&](uint32_t t) {
        return word(t) && std::find(acc_preps.begin(), acc_preps.end(), std::string(norm(t))) != acc_preps.end();
      };
      // "inflige une amende de 2 millions d'euros à l'armateur": the step's
      // own complement first, then the accused's preposition.
      if (!acc_preps.empty() && !is_accused_prep(obj) && !is_charge_prep(obj))
        for (uint32_t t = obj + 1; t < end && t < obj + 8 && !is_charge_prep(t); ++t)
          if (is_accused_prep(t)) {
            obj = t;
            break;
          }
      if (is_accused_prep(obj)) ++obj;
      // The charge preposition: the first one that does not open a name
      // ("accuse le procureur de la République de vouloir …").
      auto opens_name = [&](uint32_t t) {
        if (t + 1 >= st_.ntok()) return false;
        return st_.tok(t + 1).capitalized ||
               (in("determiner", t + 1) && t + 2 < st_.ntok() && st_.tok(t + 2).capitalized);
      };
      // The object before the verb ("s'accusent de", "se sont accusés de"):
      // the charge may come at once.
      bool reflexive_object = reflexive_be;
      for (uint32_t t = before; t < i; ++t) reflexive_object = reflexive_object || in("reflexive", t);
      // "porte plainte pour X contre Y": with its accused behind a
      // preposition, the charge may come first.
      const bool charge_first = !acc_preps.empty() && obj == k && is_charge_prep(k);
      // "which Tom Hale has accused of negligence": the object, a relative
      // pronoun, stands before the verb; the charge may come at once.
      const int tree_object = tree_.parsed() ? tree_.dependent(i, syntax::Rel::obj) : -1;
      // (French "que" opening the relative clause, however the parse labels
      // it: "la direction, qu'il accuse d'avoir ignoré les alertes": the
      // noun the clause hangs on is the object.)
      const int relative_que = relative_object_noun(i);
      const bool object_before = relative_que >= 0 ||
                                 (tree_object >= 0 && static_cast<uint32_t>(tree_object) < i &&
                                  st_.tree[static_cast<uint32_t>(tree_object)].upos == syntax::Upos::PRON);
      uint32_t p = passive || reflexive_object || charge_first || object_before ? obj : obj + 1;
      // The object's own links are no charge ("accuse le directeur de
      // l'usine de fraude"): its phrase, as the mentions stage cut it, first.
      // (Unless a charge preposition inside it opens a wrongdoing: "accuse
      // l'armée de crimes de guerre", the phrase cut as "l'armée de crimes".)
      bool wrong_inside_object = false;
      if (p == obj + 1)
        if (const int m = st_.mention_starting_at(obj); m >= 0 && st_.mentions[m].end_tok > p && st_.mentions[m].end_tok < end) {
          for (uint32_t q = p; q + 1 < st_.mentions[m].end_tok && !wrong_inside_object; ++q)
            if (is_charge_prep(q) && match(lex_.wrong, "word", q + 1)) {
              p = q;
              wrong_inside_object = true;
            }
          if (!wrong_inside_object) p = st_.mentions[m].end_tok;
        }
      // Nor one that opens a length of time ("jailed for six years for
      // fraud", "condamné à deux ans pour …").
      auto opens_duration = [&](uint32_t t) {
        uint32_t u = t + 1;
        while (u < end && u < t + 4 && !in("time_unit", u) &&
               (st_.tok(u).kind == TokenKind::Number || in("quantifier", u) || in("determiner", u)))
          ++u;
        return u > t + 1 && u < end && in("time_unit", u);
      };
      while (p < end && !(is_charge_prep(p) && p + 1 < end && !opens_name(p) && !opens_duration(p))) ++p;
      // Of several such prepositions, the one that opens an infinitive
      // ("la femme d'affaires … d'avoir commis"), else the one the parse
      // hangs from the verb; the first by default.
      {
        uint32_t by_tree = end;
        for (uint32_t q = p; q < end; ++q) {
          if (!(is_charge_prep(q) && q + 1 < end && !opens_name(q))) continue;
          // (behind a quotation mark too: "de « mépriser » les salariés")
          if (infinitive_at(q + 1) ||
              (q + 2 < end && st_.is_quote_mark(q + 1) && (infinitive_at(q + 2) || quoted_infinitive(q + 2)))) {
            p = q;
            by_tree = end;
            break;
          }
          if (by_tree == end && q > p && tree_.parsed() && complement_of_verb(q, i)) by_tree = q;
        }
        if (by_tree < end) p = by_tree;
      }
      // "reprochent à la direction son manque de transparence": the verb's
      // object stands between the accused and the preposition, which is
      // the object's own: the object is the charge, the accused comes before.
      // Without a charge preposition at all ("reproche au gouvernement son
      // inaction"), the same: the object after the accused is the charge.
      if (v.attr("object") == "1" && !passive && tree_.parsed() && obj > k) {
        const int o = tree_.dependent(i, syntax::Rel::obj);
        uint32_t object_first = p;
        if (o > static_cast<int>(obj) && static_cast<uint32_t>(o) < p && syntax::under(st_.tree, p, static_cast<uint32_t>(o)))
          object_first = entities::noun_phrase_headed_by(st_, static_cast<uint32_t>(o)).first;
        // The parse may hang the object on the accused ("à la SNCF un
        // manque de …" read as an apposition): a determiner after the
        // accused's phrase opens it.
        if (object_first == p)
          if (const uint32_t after = entities::noun_phrase_end(st_, obj, p);
              after > obj && after + 1 < p && in("determiner", after) && !in("np_link", after))
            object_first = after;
        // Or read "des"/"du" as "de" + article inside it ("reproche à son
        // adversaire des propos diffamatoires"): with no other object, and no
        // infinitive after the charge preposition ("des retards de
        // paiement": a noun's own "de"), the first such word past the
        // accused's head, before a noun, opens it.
        if (object_first == p && (p >= end || !infinitive_at(p + 1)) && st_.pack.lang == "fr" && tree_.parsed())
          for (uint32_t t = obj + 2; t + 1 < std::min(p, end); ++t)
            if (word(t) && in("determiner", t) && in("np_link", t) && st_.tree[t + 1].upos == syntax::Upos::NOUN) {
              object_first = t;
              break;
            }
        if (object_first < p) {
          const ByteSpan charge = trimmed(object_first, end);
          if (charge.empty()) return;
          a.charge = charge;
          a.accuser = subject_of(i);
          a.accused = party_at(obj, object_first);
          a.reason = "explicit/object-charge";
          a.confidence = 0.75;
          add(std::move(a));
          return;
        }
      }
      if (p >= end) {
        if (v.attr("object") == "1" && !passive) object_frame(i, len, k, v, a);
        else if (!passive) blamed_on(i, k, end, v, a);
        return;
      }
      // "a ouvert une enquête pour déterminer les causes": after a legal
      // step, a present infinitive says what for, no offence ("pour avoir
      // volé", a past one, does).
      if (legal && p + 1 < end && infinitive_at(p + 1) && !in("infinitive_marker", p + 1)) return;
      uint32_t charge_end = clause_end(p + 1);
      // A verb in a relative clause has no charge past it ("The officer who
      // arrested him is facing an investigation for misconduct"), nor does
      // its charge run past it ("The man who was arrested for fraud on
      // Monday was released").
      if (tree_.parsed() && st_.tree[i].rel.relcl) {
        if (!syntax::under(st_.tree, p, i)) return;
        uint32_t last = p;
        for (uint32_t t = p; t < charge_end; ++t)
          if (syntax::under(st_.tree, t, i)) last = t;
        charge_end = last + 1;
      }
      const uint32_t agent = passive ? agent_at(p + 1, charge_end) : charge_end;
      // The charge is the phrase after the preposition, as the parse cuts
      // it where a clause goes on ("soupçonné de favoritisme, a démissionné");
      // a boundary inside a run of words is more often a misattached
      // modifier ("hiding data from regulators") and is not trusted.
      uint32_t charge_stop = entities::phrase_end(st_, p + 1, agent);
      if (charge_stop < agent && !clause_boundary(charge_stop)) charge_stop = agent;
      // "de vouloir mettre …", the tagger taking "vouloir" for a noun: one
      // word before an infinitive opens a chain of verbs; the infinitive's
      // phrase belongs to the charge.
      // So does "d'avoir « bafoué les droits »": a participle after the
      // auxiliary's infinitive.
      if (tree_.parsed() && charge_stop == p + 2 && charge_stop < agent) {
        const uint32_t verb = st_.quote_opened_at(charge_stop) >= 0 ? charge_stop + 1 : charge_stop;  // « … »
        const auto form = verb < agent ? st_.tree[verb].form : syntax::Form::None;
        // (A word quoted right after the auxiliary is its participle,
        // however tagged: "d'avoir « bâclé » l'enquête".)
        const bool quoted_after_aux = verb != charge_stop && in("aux", p + 1);
        if (verb < agent && (quoted_after_aux || (st_.tree[verb].upos == syntax::Upos::VERB &&
                                                  (form == syntax::Form::Infinitive ||
                                                   (form == syntax::Form::Participle && in("aux", p + 1))))))
          charge_stop = std::max(entities::phrase_end(st_, charge_stop, agent), verb + 1);
      }
      // "de « mépriser » les salariés et de vouloir …", "d'avoir « bâclé »
      // leur travail": a quoted verb in the charge takes its object after the
      // closing mark (the tagger reads quoted words apart): up to the next comma.
      const uint32_t after_mark = charge_stop < agent && st_.quote_closed_at(charge_stop) >= 0 ? charge_stop + 1 : charge_stop;
      if (after_mark > p + 2 && after_mark < agent && st_.quote_closed_at(after_mark - 1) >= 0 && word(after_mark) &&
          !in("conjunction", after_mark)) {
        uint32_t t = after_mark;
        while (t < agent && !st_.is_punct(t, ",")) ++t;
        charge_stop = t;
      }
      charge_stop = quoted_list_end(charge_stop, agent);
      // "pour maltraitance contre la mairie", "pour escroquerie visant le
      // maire": the accused's preposition ends the charge and opens the
      // accused (right after the charge's phrase too).
      std::optional<std::string> accused_after;
      if (charge_first)
        for (uint32_t t = p + 2; t <= charge_stop && t < charge_end; ++t)
          if (word(t) && std::find(acc_preps.begin(), acc_preps.end(), std::string(norm(t))) != acc_preps.end()) {
            accused_after = party_at(t + 1, entities::noun_phrase_end(st_, t + 1, charge_end));
            charge_stop = t;
            break;
          }
      const ByteSpan charge = trimmed(p + 1, charge_stop);
      if (charge.empty()) return;
      // A sanction that names its reason, not always an offence ("suspendu
      // pour dopage", not "suspendu pour raisons de sécurité"): a word of
      // wrongdoing in the charge.
      if (v.attr("charge_wrong") == "1" && !wrong_between(p + 1, charge_stop)) return;
      a.charge = charge;
      // Accused: the passive subject ("X was charged with"), else the
      // object ("accused X of"), by the parse.
      // (A participle the parse read as an adjective after a copula, "is
      // being investigated": its plain subject.)
      int accused = passive ? tree_.subject(i, true) : tree_.dependent(i, syntax::Rel::obj);
      if (!passive && accused < 0) accused = relative_que;
      if (passive && accused < 0 && tree_.parsed() && st_.tree[i].upos == syntax::Upos::ADJ &&
          tree_.dependent(i, syntax::Rel::cop) >= 0)
        accused = tree_.subject(i);
      if (passive) {
        a.accused = party_of_token(accused, std::nullopt);
        // "Soupçonné de fraude, l'homme d'affaires a été placé …": a
        // participle opening the sentence says it of the main verb's subject.
        if (!a.accused && tree_.parsed() && i == floor && st_.tree[i].head > static_cast<int32_t>(i)) {
          const auto main = static_cast<uint32_t>(st_.tree[i].head);
          if (st_.tree[main].upos == syntax::Upos::VERB) {
            const int subj = tree_.subject(main, true);
            a.accused = party_of_token(subj >= 0 ? subj : tree_.subject(main), std::nullopt);
          }
        }
        // "The two men were remanded in custody, charged with arson": a
        // participle after a comma says it of the clause's subject.
        if (!a.accused && comma_participle) {
          const auto main = static_cast<uint32_t>(st_.tree[i].head);
          const int subj = tree_.subject(main, true);
          a.accused = party_of_token(subj >= 0 ? subj : tree_.subject(main), std::nullopt);
        }
        // "les trois accusés de la mort de …": the participle heads a
        // mention, the accused themselves.
        if (!a.accused)
          if (const int m = st_.mention_ending_at(i + len); m >= 0 && st_.mentions[m].first_tok < i)
            a.accused = link_.id_of_mention(m);
        // "« J'ai été accusé de vol », raconte X": the speaker.
        if (const int s = accused >= 0 ? accused : tree_.subject(i); !a.accused && s >= 0)
          a.accused = first_person_speaker(static_cast<uint32_t>(s));
        if (!a.accused) a.accused = subject_of(i);
        a.accuser = agent_in(agent, charge_end);
        if (!a.accuser) a.accuser = agent_in(obj, p);  // "accused by X of Z"
        a.reason = legal ? "explicit/legal-passive" : "explicit/passive";
      } else {
        a.accuser = gerund_adjunct(i, v) ? main_clause_subject(i) : std::nullopt;
        if (!a.accuser) a.accuser = subject_of(i);
        // "filed a complaint against X for", "opened an investigation into
        // X for": after the accused's preposition, the phrase up to the
        // charge (the parse's object is the cue's own noun).
        const bool accused_prep = obj > k;
        // (Before the whole of a preposition of several words: "found the
        // bank guilty of": the bank, also when the tagger reads "guilty" as
        // the object's head.)
        const uint32_t accused_stop = is_charge_prep(p) ? prep_first : p;
        const bool object_past_stop = accused >= static_cast<int>(accused_stop) && accused_stop > obj;
        a.accused = charge_first ? accused_after
                    : accused_prep || object_past_stop ? party_at(obj, accused_stop)
                                   : party_of_token(accused, a.accuser, accused_stop);
        if (!a.accused && accused_stop > obj) a.accused = party_at(obj, accused_stop);
        // "« Ils m'accusent de mentir », a déclaré X": the speaker.
        if (!a.accused && accused >= 0) a.accused = first_person_speaker(static_cast<uint32_t>(accused));
        // "accusing him of lying": the person named last before, not the accuser.
        if (!a.accused && accused >= 0 && in("stressed_pronoun", static_cast<uint32_t>(accused)))
          a.accused = person_before(static_cast<uint32_t>(accused), a.accuser);
        // "fined Northwind Energy $5m for …": a name right after the verb
        // is its first object, wherever the parse put the object (unless
        // the name is part of the object's phrase: "the Dusmari coast guard").
        if (!charge_first && !accused_prep && accused > static_cast<int>(k))
          if (const int m = st_.mention_starting_at(k);
              m >= 0 && !st_.mentions[m].is_document && st_.mentions[m].end_tok <= static_cast<uint32_t>(accused)) {
            bool inside_object = false;
            for (uint32_t t = st_.mentions[m].first_tok; t < st_.mentions[m].end_tok; ++t)
              inside_object = inside_object || syntax::under(st_.tree, t, static_cast<uint32_t>(accused));
            if (auto named = link_.id_of_mention(m); named && named != a.accuser && !inside_object) a.accused = std::move(named);
          }
        a.reason = legal ? "explicit/legal" : "explicit/verb";
      }
      // "X et Y s'accusent (mutuellement) de", "accused each other of".
      if (!passive && (reflexive_object || reciprocal_between(before > floor + 4 ? before - 4 : floor, p))) {
        a.accused.reset();  // "each other" names nobody
        a.confidence = legal ? 0.85 : 0.8;
        add_reciprocal(i, std::move(a));
        return;
      }
      // "accused Rwanda and Uganda of …": one accusation per party, in the
      // order of the text.
      std::vector<Accusation> also_accused;
      if (accused >= 0 && a.accused) {
        for (const int also : tree_.conjuncts(static_cast<uint32_t>(accused))) {
          Accusation more = a;
          more.accused = party_of_token(also, a.accuser);
          if (more.accused) also_accused.push_back(std::move(more));
        }
      }
      a.confidence = legal ? 0.85 : 0.8;
      add(std::move(a));
      for (Accusation& more : also_accused) add(std::move(more));
      return;
    }
    if (frame == "object") {
      if (passive) {
        passive_object_frame(i, len, a);
        return;
      }
      object_frame(i, len, k, v, a);
      return;
    }
    if (frame == "record") {
      record_frame(i, len, k, a);
      return;
    }
    if (frame == "clause") {
      uint32_t c = k;
      if (in("complementizer", c)) ++c;
      const ByteSpan charge = trimmed(c, clause_end(c));
      if (charge.empty()) return;
      a.charge = charge;
      a.accuser = subject_of(i);
      // The subject of the clause's verb in the parse ("allege that Hale
      // stole"), else the first party named in it.
      const uint32_t ce = clause_end(c);
      if (tree_.parsed())
        for (uint32_t t = c; t < ce && !a.accused; ++t) {
          const int32_t h = st_.tree[t].head;
          if (h >= static_cast<int32_t>(c) && h < static_cast<int32_t>(ce)) continue;  // not the clause's root
          if (st_.tree[t].upos == syntax::Upos::VERB || st_.tree[t].upos == syntax::Upos::ADJ)
            a.accused = party_of_token(tree_.subject(t, true) >= 0 ? tree_.subject(t, true) : tree_.subject(t), a.accuser);
          break;
        }
      if (!a.accused) a.accused = party_in(c, ce, a.accuser);
      a.reason = "explicit/clause";
      a.confidence = 0.75;
      add(std::move(a));
      return;
    }
    if (frame == "self") {
      const ByteSpan charge = trimmed(i, clause_end(i));
      if (charge.empty() || clause_end(i) <= i + len) return;
      a.charge = charge;
      a.cue = span(i, i + len);
      const int q = quote_holding(i);
      a.accuser = q >= 0 ? out_.quotes[q].speaker : subject_of(i);
      // The slanderer: "India's smear campaign", "the ministry slandered X",
      // "exhorte les Etats-Unis à arrêter de calomnier la Chine".
      a.accused = doer_of(i, a.accuser);
      if (!a.accused && tree_.parsed()) a.accused = party_of_token(controller_of(i), a.accuser);
      a.reason = "explicit/self";
      a.confidence = 0.7;
      add(std::move(a));
    }
  }

  // "expelled over alleged espionage", "his alleged role in the raid": the
  // noun after "alleged" (token i) is a charge brought by nobody named,
  // against whose it is; not a party ("the alleged victims").
  void alleged_noun(uint32_t i) {
    if (st_.mention_ending_at(i + 2) >= 0 || st_.pack.roles.match(st_.norms, i + 1) == 1) return;
    uint32_t end = clause_end(i + 1);  // the noun phrase: up to a comma at most
    for (uint32_t t = i + 1; t < end; ++t)
      if (st_.is_punct(t, ",")) end = t;
    Accusation a;
    a.kind = AccusationKind::Explicit;
    a.cue = span(i, i + 1);
    a.charge = trimmed(i + 1, end);
    if (a.charge.empty()) return;
    a.accused = doer_of(i, std::nullopt);
    a.reason = "explicit/alleged";
    a.confidence = 0.6;
    add(std::move(a));
  }

  // Is there an "each other" / "mutuellement" in [b, e)?
  bool reciprocal_between(uint32_t b, uint32_t e) const {
    for (uint32_t t = b; t < e; ++t)
      if (is(lex_.acc, "reciprocal", t)) return true;
    return false;
  }
  // "The Philippines and China accused each other of Z": every party of the
  // subject of verb v accuses every other, one accusation per pair. With
  // fewer than two parties found, one accusation by the subject, accused
  // unknown.
  void add_reciprocal(uint32_t v, Accusation a) {
    std::vector<std::optional<std::string>> parties;
    auto note = [&](int t) {
      auto id = entity_only(party_of_token(t, std::nullopt));
      if (id && std::find(parties.begin(), parties.end(), id) == parties.end()) parties.push_back(std::move(id));
    };
    if (const int s = tree_.subject(v); s >= 0) {
      note(s);
      for (const int c : tree_.conjuncts(static_cast<uint32_t>(s))) note(c);
    }
    if (parties.size() < 2) {
      add(std::move(a));
      return;
    }
    for (const auto& accuser : parties)
      for (const auto& accused : parties) {
        if (accuser == accused) continue;
        Accusation one = a;
        one.accuser = accuser;
        one.accused = accused;
        add(std::move(one));
      }
  }

  // "X dénonce Z": the object is the charge; the party named in it is accused.
  // Verb i is the cue of a quotation and its speaker's mention starts after
  // it, within the sentence (ending at token `send`): "« … », dénonce Julie
  // Caradec, déléguée syndicale".
  bool speaker_follows_cue(uint32_t i, uint32_t send) const {
    const int q = quote_with_cue_at(i);
    if (q < 0 || !out_.quotes[q].speaker_mention || send == 0) return false;
    const uint32_t b = out_.quotes[q].speaker_mention->begin;
    return b > st_.tok(i).span.begin && b < st_.tok(send - 1).span.end;
  }

  // "condamnant ces propos", "condemned these remarks": a demonstrative
  // takes up a deed named in the three sentences before; its accused is the
  // one of the latest accusation whose charge names it ("les propos tenus
  // par Jean Ping").
  std::optional<std::string> accused_of_taken_up(uint32_t k) const {
    if (!in("demonstrative", k) || !word(k + 1)) return std::nullopt;
    const std::string_view noun = norm(k + 1);
    const uint32_t sentence = st_.tok(k).sentence;
    for (auto it = found_.rbegin(); it != found_.rend(); ++it) {
      if (!it->accused || it->charge.empty()) continue;
      const uint32_t b = st_.token_at(it->charge.begin);
      if (b >= k) continue;
      if (st_.tok(b).sentence + 3 < sentence) break;
      for (uint32_t t = b; t < st_.ntok() && st_.tok(t).span.begin < it->charge.end; ++t)
        if (word(t) && norm(t) == noun) return it->accused;
    }
    return std::nullopt;
  }

  void object_frame(uint32_t i, uint32_t len, uint32_t k, const WordEntry& v, Accusation& a) {
    const uint32_t end = clause_after(i, len);
    if (k >= end) return;
    // A noun phrase or a quotation, not a clause ("dénonce que"); English
    // also has bare plurals ("denounced abuses"): a plural noun, or a noun
    // or adjective opening the verb's object in the parse.
    const int object = tree_.dependent(i, syntax::Rel::obj);
    const bool bare_object = st_.plural_noun(k) ||
                             (object >= static_cast<int>(k) && static_cast<uint32_t>(object) < end &&
                              (st_.tree[k].upos == syntax::Upos::NOUN || st_.tree[k].upos == syntax::Upos::ADJ));
    if (!(in("determiner", k) || st_.is_quote_mark(k) || st_.tok(k).capitalized || bare_object)) return;
    // "a dénoncé des accusations « fabriquées »": rejecting accusations is no accusation.
    if (match(lex_.acc, "noun", in("determiner", k) ? k + 1 : k)) return;
    // "Le tribunal a condamné le prévenu (mardi)", "… l'État à verser
    // 10 000 euros": an object that opens on a party names no deed
    // (sentenced, with no offence named).
    if (const int m = st_.mention_starting_at(k);
        m >= 0 && st_.mentions[m].entity >= 0 && st_.entities[st_.mentions[m].entity].kind != EntityKind::Unknown) {
      // (The party is the whole object: nothing of its phrase follows,
      // as "'s actions" does, only a time, a preposition or the end.)
      const uint32_t after = st_.mentions[m].end_tok;
      // "met en cause la mairie pour sa gestion des déchets", "dénonce le
      // maire pour son inaction": a preposition of the entry's
      // party_charge= after the party opens the charge.
      const auto& party_preps = v.values("party_charge");
      // (What the party did: its own deed, "son inaction", "avoir menti", or
      // a wrong; not "pour la troisième fois".)
      const bool deed = after + 1 < end && (in("possessive", after + 1) || infinitive_at(after + 1) ||
                                            wrong_between(after + 1, end));
      if (deed && word(after) &&
          std::find(party_preps.begin(), party_preps.end(), norm(after)) != party_preps.end()) {
        const ByteSpan charge = trimmed(after + 1, end);
        if (charge.empty()) return;
        a.charge = charge;
        a.accuser = subject_of(i);
        a.accused = link_.id_of_mention(m);
        a.reason = "explicit/party-then-charge";
        a.confidence = 0.7;
        add(std::move(a));
        return;
      }
      if (after >= end || !word(after) || in("time_word", after) || in("preposition", after)) return;
    }
    // "imputent les inondations à la mairie": the verb's accused= link ends
    // the charge and opens the accused.
    uint32_t charge_end = end;
    const auto& acc_preps = v.values("accused");
    for (uint32_t t = k + 1; t + 1 < end && !acc_preps.empty(); ++t)
      if (word(t) && std::find(acc_preps.begin(), acc_preps.end(), norm(t)) != acc_preps.end()) {
        a.accused = party_at(t + 1, entities::noun_phrase_end(st_, t + 1, end));
        if (a.accused) charge_end = t;
        break;
      }
    const ByteSpan charge = trimmed(k, charge_end);
    if (charge.empty()) return;
    a.charge = charge;
    a.accuser = subject_of(i);
    // The doer of the deed the object names, by the parse: "China's
    // actions", "les propos tenus par Jean Ping".
    // (A quoted object the parse hangs on the verb otherwise counts too:
    // "a dénoncé « des violences » commises par des casseurs".)
    int deed = object;
    if (deed < static_cast<int>(k) || static_cast<uint32_t>(deed) >= end)
      for (uint32_t t = k; t < end && deed < static_cast<int>(k); ++t)
        if (st_.tree[t].head == static_cast<int32_t>(i) && st_.tree[t].upos == syntax::Upos::NOUN) deed = static_cast<int>(t);
    if (!a.accused && deed >= static_cast<int>(k) && static_cast<uint32_t>(deed) < end)
      a.accused = doer_of(static_cast<uint32_t>(deed), a.accuser);
    if (!a.accused) a.accused = party_in(k, end, a.accuser, true);
    if (!a.accused) a.accused = complement_party(k, end);
    if (!a.accused) a.accused = accused_of_taken_up(k);
    a.reason = "explicit/object";
    a.confidence = 0.7;
    add(std::move(a));
  }

  // "The report detailed human rights violations by the police", "Amnesty
  // a documenté des exactions commises par l'armée": a record of wrongs
  // whose doer the text names (their agent) is an implicit accusation by
  // whoever records them (a report through its publisher).
  void record_frame(uint32_t i, uint32_t len, uint32_t k, Accusation& a) {
    const uint32_t end = clause_after(i, len);
    for (uint32_t t = k; t < end; ++t) {
      if (!match(lex_.wrong, "word", t)) continue;
      const auto accuser = subject_of(i);
      // Its agent, however the parse hangs it: in the active "documented
      // abuses by X", "by" can only be the wrongs' ("commises par X").
      a.accused = doer_of(t, accuser);
      if (const uint32_t by = agent_at(t + 1, std::min(end, t + 4)); !a.accused && by < std::min(end, t + 4)) {
        std::size_t by_len = 1;
        match(lex_.acc, "by", by, &by_len);
        const uint32_t first = by + static_cast<uint32_t>(by_len);
        a.accused = party_at(first, entities::noun_phrase_end(st_, first, end));
      }
      if (!a.accused) continue;
      a.kind = AccusationKind::Implicit;
      a.charge = trimmed(k, end);
      a.accuser = accuser;
      a.reason = "implicit/record";
      a.confidence = 0.6;
      add(std::move(a), span(t, t + 1));
      return;
    }
  }

  // "la gestion est mise en cause dans le rapport": the subject is the charge.
  void passive_object_frame(uint32_t i, uint32_t len, Accusation& a) {
    const uint32_t floor = sent(i).first_token;
    uint32_t j = skip_back(i, floor);
    while (j > floor && (be_aux(j - 1) || have_aux(j - 1))) j = skip_back(j - 1, floor);
    uint32_t b = j;
    while (b > floor && j - b < 6 && word(b - 1) && !in("relative", b - 1)) {
      --b;
      // ("La gestion de la crise": on over "de" to the phrase it completes.)
      if (in("determiner", b) && !in("np_link", b) && !(b > floor + 1 && in("np_link", b - 1))) break;
    }
    if (b >= j || !in("determiner", b)) return;
    const uint32_t end = clause_after(i, len);
    // "La ministre a été mise en cause pour sa gestion de la crise": a party
    // as the subject is the accused, the phrase after "pour"/"for" the
    // charge; a party alone is no charge.
    if (const int m = st_.mention_starting_at(b); m >= 0 && st_.mentions[m].end_tok == j && !st_.mentions[m].is_document &&
                                                   st_.mentions[m].entity >= 0 &&
                                                   st_.entities[st_.mentions[m].entity].kind != EntityKind::Unknown) {
      uint32_t k = skip_forward(i + len, end);
      a.accuser = agent_in(i + len, end);
      // ("mis en cause par l'opposition pour …": past the agent.)
      if (k < end && is(lex_.acc, "by", k))
        if (const int by = link_.mention_within(k + 1, std::min(end, k + 8)); by >= 0 && st_.mentions[by].first_tok <= k + 2)
          k = st_.mentions[by].end_tok;
      std::size_t link = 0;
      if (k >= end || !match(lex_.acc, "about", k, &link)) return;
      const uint32_t c = k + static_cast<uint32_t>(link);
      const uint32_t agent = agent_at(c, end);
      a.charge = trimmed(c, entities::phrase_end(st_, c, agent));
      if (a.charge.empty()) return;
      a.accused = link_.id_of_mention(m);
      if (!a.accuser) a.accuser = agent_in(c, end);
      a.reason = "explicit/passive-object-party";
      a.confidence = 0.7;
      add(std::move(a));
      return;
    }
    a.charge = span(b, j);
    a.accuser = agent_in(i + len, end);
    if (!a.accuser) a.accuser = publisher_of_report_in(i + len, end);
    a.reason = "explicit/passive-object";
    a.confidence = 0.6;
    add(std::move(a));
  }

  // The token of "par"/"by" in [b, e), or e.
  // Only before a party: "par conjoint" is a manner, "par le parquet" an agent.
  uint32_t agent_at(uint32_t b, uint32_t e) const {
    for (uint32_t t = b; t < e; ++t) {
      if (!is(lex_.acc, "by", t) || t + 1 >= e) continue;
      // "… à une entreprise dirigée par son beau-frère": the agent of a
      // participle inside the charge, not of the accusation.
      if (t > b && tree_.parsed() && st_.tree[t - 1].upos == syntax::Upos::VERB &&
          st_.tree[t - 1].form == syntax::Form::Participle)
        continue;
      // "… constitutive d'un « délit de banqueroute par moyens ruineux »":
      // quoted words name the offence, not who brings the charge (unless
      // the accusation itself is quoted: "« J'ai été accusé par … »").
      if (const int q = st_.quote_containing(st_.tok(t).span.begin);
          q >= 0 && b > 0 && q != st_.quote_containing(st_.tok(b - 1).span.begin))
        continue;
      const int m = link_.mention_within(t + 1, std::min(e, t + 8));
      if ((m >= 0 && st_.mentions[m].first_tok <= t + 2) || st_.tok(t + 1).capitalized || opens_noun_phrase(t + 1))
        return t;
    }
    return e;
  }

  // "… par X" / "… by X" in [b, e).
  std::optional<std::string> agent_in(uint32_t b, uint32_t e) {
    const uint32_t t = agent_at(b, e);
    if (t >= e) return std::nullopt;
    std::size_t len = 0;
    match(lex_.acc, "by", t, &len);
    return party_at(t + static_cast<uint32_t>(len), e);
  }

  // "dans le rapport de la Cour": the report's publisher, else the report.
  std::optional<std::string> publisher_of_report_in(uint32_t b, uint32_t e) const {
    if (b >= e) return std::nullopt;
    const ByteSpan range = span(b, e);
    for (const auto& r : out_.reports) {
      for (const auto& m : r.mentions) {
        if (!m.overlaps(range)) continue;
        if (!r.publishers.empty()) return r.publishers.front();
        return r.id;
      }
    }
    return std::nullopt;
  }

  // "les marges excessives de la grande distribution": the party after the
  // last "de"/"of" with a determiner.
  std::optional<std::string> complement_party(uint32_t b, uint32_t e) {
    for (uint32_t t = e; t-- > b + 1;) {
      if (!in("np_link", t)) continue;
      uint32_t n = t + 1;
      if (!in("definite", n)) continue;
      uint32_t stop = n + 1;
      while (stop < e && word(stop) && !in("preposition", stop)) ++stop;
      if (stop - n > 5 || stop < e) return std::nullopt;
      return link_.id_for_tokens(n, stop, EntityKind::Group);
    }
    return std::nullopt;
  }

  // --- explicit: nouns ---------------------------------------------------------
  // "les accusations de fraude lancées par l'AMA", "allegations of fraud
  // made by X", the participle hung on the charge's noun: a participle with
  // its agent inside the charge [c, stop). Its agent accuses (unless an
  // accuser is known) and the charge stops before it: the new stop.
  uint32_t agent_in_charge(uint32_t c, uint32_t stop, uint32_t send, Accusation& a) {
    if (!tree_.parsed()) return stop;
    for (uint32_t t = c + 1; t + 1 < stop; ++t) {
      std::size_t bl = 0;
      if (st_.tree[t].upos != syntax::Upos::VERB || st_.tree[t].form != syntax::Form::Participle ||
          !match(lex_.acc, "by", t + 1, &bl))
        continue;
      const uint32_t agent = t + 1 + static_cast<uint32_t>(bl);
      if (!a.accuser) a.accuser = party_at(agent, entities::noun_phrase_end(st_, agent, send));
      return a.accuser ? t : stop;
    }
    return stop;
  }

  // Whom a legal noun at i targets when no phrase after it names them:
  // "en vue de sa mise en examen pour …", "his arrest for …", the owner of
  // the possessive (a person who is the sentence's subject first: "Michèle
  // Roux, gérante du constructeur Mia, a été présentée … en vue de sa mise en
  // examen"); "Ces faits lui valent une mise en examen", the person the
  // dative pronoun before its verb stands for.
  std::optional<std::string> target_of_legal_noun(uint32_t i, uint32_t floor, const std::optional<std::string>& accuser) {
    if (i > floor && in("possessive", i - 1)) {
      if (tree_.parsed())
        for (uint32_t t = floor; t < i; ++t) {
          if (st_.tree[t].head >= 0) continue;  // the sentence's root
          int subj = tree_.subject(t, true);
          if (subj < 0) subj = tree_.subject(t);
          if (subj >= 0 && static_cast<uint32_t>(subj) < i)
            for (const int mi : link_.mentions_inside(floor, i)) {
              const auto& m = st_.mentions[mi];
              if (m.first_tok <= static_cast<uint32_t>(subj) && static_cast<uint32_t>(subj) < m.end_tok &&
                  m.entity >= 0 && st_.entities[m.entity].kind == EntityKind::Person)
                return link_.id_of_mention(mi);
            }
          break;
        }
      return link_.owner_of_possessive(i - 1);
    }
    if (tree_.parsed() && st_.tree[i].rel.rel == syntax::Rel::obj)
      if (const int v = st_.tree[i].head; v > static_cast<int>(floor))
        for (uint32_t t = static_cast<uint32_t>(v); t-- > floor && static_cast<uint32_t>(v) - t <= 2;)
          if (in("object_pronoun", t) && st_.tree[t].upos == syntax::Upos::PRON) return person_before(t, accuser);
    return std::nullopt;
  }

  // The first token in [b, e) of noun i's own passive verb group ("a
  // complaint of harassment was filed …"), or e.
  uint32_t passive_group_in(uint32_t b, uint32_t e, uint32_t i) const {
    for (uint32_t t = b; t < e && tree_.parsed(); ++t)
      if (passive_of_noun(t, i)) return t;
    return e;
  }
  // After noun i's passive verb group starting at t ("a été déposée"),
  // "contre"/"against" and the party it opens; nothing otherwise.
  std::optional<std::string> accused_after_passive_of_noun(uint32_t t, uint32_t i, uint32_t send) {
    if (!tree_.parsed() || t >= send || !passive_of_noun(t, i)) return std::nullopt;
    while (t < send && (in("time_word", t) || in("aux", t) || passive_of_noun(t, i))) ++t;
    std::size_t l = 0;
    if (t >= send || !match(lex_.acc, "against", t, &l)) return std::nullopt;
    return party_against(t + static_cast<uint32_t>(l), send);
  }

  // Token k is an auxiliary or the participle of a passive whose subject is
  // noun i ("a été ouverte" after "une enquête").
  bool passive_of_noun(uint32_t k, uint32_t i) const {
    const auto& tk = st_.tree[k];
    if (tk.upos == syntax::Upos::AUX) {
      const int h = tk.head;
      return h > static_cast<int>(k) && st_.tree[static_cast<uint32_t>(h)].form == syntax::Form::Participle &&
             tree_.subject(static_cast<uint32_t>(h), true) == static_cast<int>(i);
    }
    return tk.upos == syntax::Upos::VERB && tk.form == syntax::Form::Participle &&
           tree_.subject(k, true) == static_cast<int>(i);
  }

  void noun_accusation(uint32_t i, uint32_t len, const WordEntry& n) {
    const uint32_t floor = sent(i).first_token;
    if (negated(i)) return;
    // "X rejette les accusations de Y …": X does not accuse; Y may.
    int denial = -1;
    for (uint32_t k = i; k > floor && i - k < 4; --k)
      if (is(lex_.acc, "denial", k - 1)) denial = static_cast<int>(k - 1);
    const bool denied = denial >= 0;
    // "dénonce des accusations « fabriquées de toutes pièces »": the object of
    // an accusing verb, the accusations are rejected, and their words are no charge.
    if (i > floor + 1 && (match(lex_.acc, "verb", i - 1) || match(lex_.acc, "verb", i - 2))) return;
    // "Il a qualifié ces accusations de « grotesques »": a demonstrative
    // takes up accusations already made (marked where they are stated).
    if (i > floor && in("demonstrative", i - 1)) return;
    const bool legal = n.attr("legal") == "1";
    const uint32_t send = sent(i).end_token;
    Accusation a;
    a.kind = AccusationKind::Explicit;
    a.cue = span(i, i + len);
    // "the government's accusations": a genitive before the noun.
    if (i > floor && st_.pack.lang == "en" && ends_with(norm(i - 1), "'s")) {
      const ByteSpan g = st_.tok(i - 1).span;
      a.accuser = link_.id_at(g.begin);
      if (!a.accuser) a.accuser = party_of_token(static_cast<int>(i - 1), std::nullopt);  // "the union's"
    }
    // "les accusations de corruption portées par l'opposition": the
    // participle's agent accuses, and the charge stops before the participle.
    int made_by = -1;
    if (tree_.parsed())
      if (const int p = tree_.dependent(i, syntax::Rel::acl); p > static_cast<int>(i) && st_.tree[p].form == syntax::Form::Participle)
        if (const int agent = agent_of(static_cast<uint32_t>(p)); agent >= 0) {
          made_by = p;
          if (!a.accuser) a.accuser = party_of_token(agent, std::nullopt);
        }
    uint32_t k = i + len;
    // Closing quote marks and a few adjectives ("accusations répétées").
    for (int n_adj = 0; k < send && n_adj < 3; ++n_adj) {
      if (st_.is_quote_mark(k)) {
        ++k;
        continue;
      }
      if (word(k) && !st_.tok(k).capitalized && !st_.pack.function_words.contains(norm(k)) &&
          !match(lex_.acc, "that", k) && !match(lex_.acc, "about", k) && !match(lex_.acc, "against", k) &&
          !match(lex_.acc, "of", k) && !in("preposition", k) && !in("determiner", k) && st_.pack.lang == "fr") {
        ++k;
        continue;
      }
      break;
    }
    // "an investigation for gross misconduct": a noun with charge= takes its
    // charge only after those words ("an investigation into the crash", "une
    // enquête pour déterminer les causes" charge nobody).
    const auto& charge_links = n.values("charge");
    const bool own_links = n.attrs->count("charge") > 0;
    auto opens_charge = [&](uint32_t t, std::size_t* l) {
      if (!own_links) return match(lex_.acc, "that", t, l) || match(lex_.acc, "about", t, l);
      *l = 1;
      return word(t) && std::find(charge_links.begin(), charge_links.end(), norm(t)) != charge_links.end() &&
             !infinitive_at(t + 1);
    };
    for (int steps = 0; steps < 6 && k < send && a.charge.empty(); ++steps) {
      std::size_t l = 0;
      // "Une enquête a été ouverte contre X pour Y": the passive verb group
      // whose subject the noun is, and a word of time after it.
      if (tree_.parsed() && passive_of_noun(k, i)) {
        k = skip_forward(k + 1, send);
        while (k < send && (in("time_word", k) || in("aux", k) || passive_of_noun(k, i))) ++k;
        continue;
      }
      if (opens_charge(k, &l)) {
        const uint32_t c = k + static_cast<uint32_t>(l);
        // "the indictment that included …": a relative clause, not the charge.
        if (c < send && word(c) &&
            (st_.pack.verb(norm(c)) || in("aux", c) || (st_.pack.lang == "en" && ends_with(norm(c), "ed"))))
          break;
        // The phrase after the link, as the parse cuts it where a clause
        // goes on ("a lawsuit for damages was filed": "damages").
        const uint32_t ce = clause_end(c);
        uint32_t stop = entities::phrase_end(st_, c, ce);
        if (stop < ce && !clause_boundary(stop)) stop = ce;
        // "Une plainte pour harcèlement a été déposée contre X": the charge
        // stops at the noun's own passive verb group, and "contre"/"against"
        // after that group opens the accused.
        stop = passive_group_in(c + 1, stop, i);
        if (!a.accused) a.accused = accused_after_passive_of_noun(stop, i, send);
        // "les accusations de fraude lancées par l'AMA", the participle hung
        // on the charge's noun: its agent accuses, the charge stops before it.
        // "une plainte pour diffamation contre le journal": the charge stops
        // before "contre"/"against", whose phrase is the accused.
        for (uint32_t t = c + 1; t < stop && !a.accused; ++t) {
          std::size_t tl = 0;
          if (!match(lex_.acc, "against", t, &tl)) continue;
          const uint32_t target = t + static_cast<uint32_t>(tl);
          a.accused = party_against(target, send);
          if (a.accused) stop = t;
        }
        stop = agent_in_charge(c, stop, send, a);
        a.charge = trimmed(c, stop);
        break;
      }
      if (match(lex_.acc, "against", k, &l)) {
        const uint32_t np = k + static_cast<uint32_t>(l);
        const int m = link_.mention_within(np, std::min(send, np + 10));
        if (m >= 0 && st_.mentions[m].first_tok <= np + 1) {
          a.accused = link_.id_of_mention(m);
          k = st_.mentions[m].end_tok;
          continue;
        }
        if (in("stressed_pronoun", np) || in("object_pronoun", np)) {  // "against him"
          a.accused = person_before(np);
          k = np + 1;
          continue;
        }
        break;
      }
      // "allegations by the dockers' union of …"
      if (match(lex_.acc, "by", k, &l) && !a.accuser) {
        const uint32_t np = k + static_cast<uint32_t>(l);
        uint32_t stop = np;
        while (stop < send && stop < np + 8 && !st_.is_punct(stop, ",") && !match(lex_.acc, "of", stop) &&
               !match(lex_.acc, "about", stop) && !match(lex_.acc, "that", stop) && !match(lex_.acc, "against", stop))
          ++stop;
        a.accuser = party_at(np, stop);
        if (!a.accuser) break;
        k = stop;
        continue;
      }
      // "the trial of Tom Hale for fraud", "of the former harbour master, Tom
      // Hale, for fraud": after a legal noun with its own charge links, the
      // phrase between "of" and the link names the party it targets.
      if (own_links && legal && !a.accused && match(lex_.acc, "of", k, &l)) {
        const uint32_t np = k + static_cast<uint32_t>(l);
        uint32_t link = np;
        std::size_t link_len = 0;
        while (link < send && link < np + 12 && !opens_charge(link, &link_len)) ++link;
        if (link >= send || link >= np + 12) break;
        const int m = link_.mention_within(np, link, false);
        // (A noun phrase no list knows, "the ferry captain", is the party too.)
        if (m >= 0 && st_.mentions[m].entity_kind != EntityKind::Unknown) a.accused = link_.id_of_mention(m);
        else if (m < 0 && in("determiner", np)) a.accused = party_at(np, link);
        if (!a.accused) break;
        k = link;
        continue;
      }
      if (!own_links && match(lex_.acc, "of", k, &l)) {
        const uint32_t np = k + static_cast<uint32_t>(l);
        const int m = link_.mention_within(np, std::min(send, np + 10), false);
        const bool named = m >= 0 && st_.mentions[m].first_tok <= np + 1 &&
                           st_.mentions[m].entity_kind != EntityKind::Unknown;
        if (named && !a.accuser) {
          a.accuser = link_.id_of_mention(m);
          k = st_.mentions[m].end_tok;
          continue;
        }
        // "les accusations de l'opposition contre le ministre": the phrase
        // before "contre"/"against" is the accuser, whatever its kind.
        {
          uint32_t t = np;
          std::size_t tl = 0;
          while (t < send && t < np + 8 && word(t) && !match(lex_.acc, "against", t, &tl)) ++t;
          if (t > np && t < send && match(lex_.acc, "against", t, &tl)) {
            if (auto who = a.accuser ? std::nullopt : party_at(np, t)) {
              a.accuser = std::move(who);
              k = t;
              continue;
            }
            // "les accusations de corruption contre le maire": the charge
            // stops before "contre", whose phrase is the accused (and
            // before the noun's passive verb group: "a complaint of
            // harassment was filed against …").
            a.charge = trimmed(np, agent_in_charge(np, passive_group_in(np + 1, t, i), send, a));
            const uint32_t target = t + static_cast<uint32_t>(tl);
            a.accused = party_against(target, send);
            break;
          }
        }
        // "les accusations du syndicat X selon lesquelles …": the accuser
        // the engine did not list, then the clause.
        uint32_t ce = clause_end(np);
        if (made_by > static_cast<int>(np) && static_cast<uint32_t>(made_by) < ce) ce = static_cast<uint32_t>(made_by);
        uint32_t t = np;
        std::size_t tl = 0;
        while (t < ce && !match(lex_.acc, "that", t, &tl)) ++t;
        if (t < ce && t > np) {
          if (!a.accuser) a.accuser = party_at(np, t);
          a.charge = trimmed(t + static_cast<uint32_t>(tl), clause_end(t + static_cast<uint32_t>(tl)));
          break;
        }
        // "les accusations du syndicat X sur la gestion": the accuser, then
        // what they are about (only when a party opens it: "accusations de
        // corruption sur le chantier" is one charge).
        t = np;
        while (t < ce && !match(lex_.acc, "about", t, &tl)) ++t;
        if (!a.accuser && t < ce && t > np) {
          if (auto who = party_at(np, t)) {
            a.accuser = std::move(who);
            a.charge = trimmed(t + static_cast<uint32_t>(tl), ce);
            break;
          }
        }
        if (!legal) a.charge = trimmed(np, ce);  // "accusations de corruption"
        break;
      }
      // (After a denial, ", saying …" is the denier's answer, not the charge.)
      if (!denied && st_.is_punct(k, ",") && k + 1 < send && word(k + 1) &&
          (ends_with(norm(k + 1), "ant") || ends_with(norm(k + 1), "ing"))) {
        a.charge = trimmed(k + 1, clause_end(k + 1));  // ", qualifiant l'agression de …"
        break;
      }
      break;
    }
    if (a.charge.empty()) return;
    // The subject of the sentence makes the accusation ("X a fait des
    // accusations …"), not for a legal document ("the indictment against him").
    // (Not the subject of a verb that undergoes it: "the company settled
    // allegations that it overcharged customers" is accused.)
    // (The tagger may read "the mayor faces charges" as one noun phrase:
    // a word of "undergo" one or two words before the noun, as below.)
    bool undergone = tree_.parsed() && st_.tree[i].head >= 0 &&
                     (st_.tree[i].rel.rel == syntax::Rel::obj || st_.tree[i].rel.rel == syntax::Rel::obl) &&
                     is(lex_.acc, "undergo", static_cast<uint32_t>(st_.tree[i].head));
    // "fait face à des accusations de …": the noun hangs on the undergo word
    // "face", itself the object of the verb whose subject undergoes it.
    int undergo_verb = -1;
    if (tree_.parsed() && st_.tree[i].head >= 0 && st_.tree[i].rel.rel == syntax::Rel::nmod) {
      const auto h = static_cast<uint32_t>(st_.tree[i].head);
      if (is(lex_.acc, "undergo", h) && st_.tree[h].rel.rel == syntax::Rel::obj && st_.tree[h].head >= 0)
        undergo_verb = st_.tree[h].head;
    }
    undergone = undergone || undergo_verb >= 0;
    for (uint32_t u = i; u > floor && i - u < 2; --u) undergone = undergone || is(lex_.acc, "undergo", u - 1);
    if (!a.accuser && !denied && !legal && !undergone) a.accuser = subject_of(i);
    // "Le maire a déposé une plainte pour diffamation", "regulators opened an
    // investigation for fraud": who takes the legal step, the subject of the
    // verb it is the object of (not "X faces charges", who undergoes them).
    if (!a.accuser && !denied && legal && tree_.parsed() && st_.tree[i].rel.rel == syntax::Rel::obj) {
      const int v = st_.tree[i].head;
      if (v >= 0 && st_.tree[static_cast<uint32_t>(v)].upos == syntax::Upos::VERB &&
          !is(lex_.acc, "undergo", static_cast<uint32_t>(v)) && !is(lex_.acc, "cause", static_cast<uint32_t>(v)))
        a.accuser = party_of_token(tree_.subject(static_cast<uint32_t>(v)), std::nullopt);
    }
    // "X is on trial for fraud": the legal noun is a copula's predicate,
    // and its subject is who is tried.
    if (!a.accused && legal && tree_.parsed() && tree_.dependent(i, syntax::Rel::cop) >= 0)
      a.accused = party_of_token(tree_.subject(i), a.accuser);
    if (!a.accused) {
      const uint32_t cb = st_.token_at(a.charge.begin), ce = st_.token_at(a.charge.end);
      a.accused = party_in(cb, ce, a.accuser);
    }
    // "X faces charges of fraud", "faces accusations of": who undergoes them is accused.
    if (!a.accused && tree_.parsed()) {
      const int v = st_.tree[i].head;
      // The legal noun is the verb's object, or its agent ("visé par une plainte").
      const auto rel = st_.tree[i].rel.rel;
      if (v >= 0 && (rel == syntax::Rel::obj || rel == syntax::Rel::obl) && is(lex_.acc, "undergo", static_cast<uint32_t>(v)))
        for (const bool passive : {false, true})  // "is facing" may be read as a passive
          if (!a.accused) a.accused = party_of_token(tree_.subject(static_cast<uint32_t>(v), passive), a.accuser);
    }
    if (!a.accused && undergo_verb >= 0)
      a.accused = party_of_token(tree_.subject(static_cast<uint32_t>(undergo_verb)), a.accuser);
    // The tagger may read "the mayor faces charges" as one noun phrase: a
    // word of "undergo" one or two words before the noun, and who stands
    // before it ("faces fraud charges", "faces new charges").
    for (uint32_t u = i; !a.accused && u > floor && i - u < 2; --u) {
      if (!is(lex_.acc, "undergo", u - 1)) continue;
      a.accused = subject_of(u - 1);
      // (A phrase the mentions stage did not list, "the harbour master":
      // the words before, back to the determiner that opens them.)
      const uint32_t verb = u - 1;
      uint32_t start = verb;
      while (start > floor && start + 4 > verb && word(start - 1) && !in("determiner", start)) --start;
      if (!a.accused && start < verb && in("determiner", start)) a.accused = party_at(start, verb);
    }
    // "The government rejects X's accusations of …": who denies them is
    // who they accuse, when they name no one else.
    if (!a.accused && denied) {
      const auto d = static_cast<uint32_t>(denial);
      a.accused = party_of_token(tree_.subject(d), a.accuser);
      if (!a.accused) a.accused = subject_of(d);
    }
    if (!a.accused && legal) a.accused = target_of_legal_noun(i, floor, a.accuser);
    // A legal step that names nobody it targets ("additional charges were
    // tacked on") is a fee or a procedure, not an accusation.
    if (legal && !a.accused) return;
    a.reason = legal ? "explicit/legal-noun" : "explicit/noun";
    a.confidence = 0.7;
    add(std::move(a));
  }

  // --- implicit ----------------------------------------------------------------
  void implicit_in_quote(std::size_t qi) {
    const Quote& q = out_.quotes[qi];
    if (!q.speaker) return;
    const auto& rec = st_.quotes[qi];
    if (rec.cue >= 0) {
      const auto& cue = st_.cues[rec.cue];
      if (cue.first_tok < st_.ntok() && is(lex_.acc, "denial", cue.first_tok)) return;
      for (uint32_t t = cue.first_tok; t < cue.end_tok; ++t)
        if (is(lex_.acc, "denial", t)) return;
    }
    const uint32_t b = st_.token_at(q.content.begin);
    uint32_t e = b;
    while (e < st_.ntok() && st_.tok(e).span.end <= q.content.end) ++e;
    const std::size_t found_before = found_.size();
    uint32_t done_sentence = UINT32_MAX;
    for (uint32_t t = b; t < e; ++t) {
      if (st_.tok(t).sentence == done_sentence) continue;
      std::size_t len = 0;
      const WordEntry* w = match(lex_.wrong, "verb", t, &len);
      // A finite form the tagger reads as an adjective or a noun is no verb
      // ("choc violent": not "ils violent"; "heart attacks"); the word
      // list may still hold it. After "had", "a", it is the participle,
      // however tagged ("had falsified safety records").
      const bool misread_past = w && w->form == "fin" && tree_.parsed() &&
                                (st_.tree[t].upos == syntax::Upos::ADJ || st_.tree[t].upos == syntax::Upos::NOUN) &&
                                past_tense_read_as_adjective(t, b, e);
      if (w && w->form == "fin" && len == 1 && tree_.parsed() &&
          (st_.tree[t].upos == syntax::Upos::ADJ || st_.tree[t].upos == syntax::Upos::NOUN) &&
          !after_have(t) && !misread_past)
        w = nullptr;
      if (!w) w = match(lex_.wrong, "word", t, &len);
      if (!w || negated(t) || hedged(t) || topic(t)) continue;
      if (w->form == "pp" && !agentive_participle(t, static_cast<uint32_t>(len))) continue;
      // The charge: the part of the quote in this sentence.
      const auto& s = sent(t);
      const uint32_t cb = std::max(b, s.first_token), ce = std::min(e, s.end_token);
      ByteSpan charge = trimmed(cb, ce);
      charge.begin = std::max(charge.begin, q.content.begin);
      charge.end = std::min(charge.end, q.content.end);
      if (charge.empty()) continue;
      Accusation a;
      a.kind = AccusationKind::Implicit;
      a.accuser = q.speaker;
      a.charge = charge;
      a.cue = q.cue;
      a.quote = q.id;
      // (The noun before a misread past form is its subject.)
      a.accused = misread_past ? party_of_token(static_cast<int>(t - 1), a.accuser) : doer_of(t, a.accuser);
      // Before a passive verb of wrongdoing stands its victim ("at least 12
      // people were killed"), not its doer. A present participle is no
      // passive, however the parse labels its subject ("troops were killing
      // civilians", "it was misleading").
      const bool passive = tree_.parsed() && st_.tree[t].form == syntax::Form::Participle && !ends_with(norm(t), "ing") &&
                           !after_have(t) && tree_.dependent(t, syntax::Rel::nsubj, true) >= 0;
      if (!a.accused && !passive) a.accused = party_nearest_before(cb, t, a.accuser);
      // After an active verb of wrongdoing stands its victim, not its doer
      // ("officers killed 11 people").
      const bool verb = misread_past || (tree_.parsed() && st_.tree[t].upos == syntax::Upos::VERB);
      if (!a.accused && !verb) a.accused = party_in(t, ce, a.accuser);
      // A noun or adjective of wrongdoing with no doer names an event, not
      // an accusation ("the attack was on Friday", "arrests based on little
      // information"); a verb of wrongdoing asserts a deed even when the
      // doer is left to the context.
      if (!a.accused && !verb) continue;
      // "frapper": a wrong only when a party does it ("la police a frappé
      // les manifestants"), not a crisis or a drought ("la crise frappe les
      // ménages").
      if (w->attr("doer") == "party" && !names_a_party(a.accused)) continue;
      a.confidence = a.accused ? 0.6 : 0.45;
      a.reason = "implicit/wrongdoing:" + w->lemma;
      add(std::move(a), span(t, t + static_cast<uint32_t>(len)));
      done_sentence = st_.tok(t).sentence;
    }
    if (found_.size() == found_before && rec.cue >= 0) accused_by_cue(qi, b, e);
  }

  // "blamed the delays on the council": with no charge preposition, the
  // object is the charge and the party after the entry's blame_on=
  // preposition the accused.
  void blamed_on(uint32_t i, uint32_t k, uint32_t end, const WordEntry& v, Accusation& a) {
    const std::string_view on = v.attr("blame_on");
    if (on.empty()) return;
    for (uint32_t t = k + 1; t + 1 < end; ++t) {
      if (!(word(t) && norm(t) == on)) continue;
      const ByteSpan charge = trimmed(k, t);
      if (charge.empty()) return;
      a.charge = charge;
      a.accuser = subject_of(i);
      // A cause that is no party ("on years of underinvestment by the
      // council") leaves the accused to its agent, if any.
      a.accused = party_at(t + 1, entities::noun_phrase_end(st_, t + 1, end));
      if (!names_a_party(a.accused)) {
        a.accused.reset();
        for (uint32_t by = t + 2; by + 1 < end && !a.accused; ++by)
          if (is(lex_.acc, "by", by)) a.accused = party_at(by + 1, entities::noun_phrase_end(st_, by + 1, end));
      }
      if (!a.accused) return;  // "blamed the floods on climate change": a cause, no party
      a.reason = "explicit/blamed-on";
      a.confidence = 0.7;
      add(std::move(a));
      return;
    }
  }

  // "« Le préfet a laissé mourir ces gens », accuse Marie Le Goff": a cue
  // that is itself a verb of accusing (cue_accuses=1) makes what is quoted
  // the charge, whatever its words; the accused is the subject of its first
  // clause, when a party (not the speaker, not "we").
  void accused_by_cue(std::size_t qi, uint32_t b, uint32_t e) {
    const Quote& q = out_.quotes[qi];
    const auto& cue = st_.cues[st_.quotes[qi].cue];
    bool accusing = false;
    for (uint32_t t = cue.first_tok; t < cue.end_tok && !accusing; ++t)
      if (const WordEntry* v = match(lex_.acc, "verb", t)) accusing = v->attr("cue_accuses") == "1";
    if (!accusing || b >= e) return;
    Accusation a;
    a.kind = AccusationKind::Explicit;
    a.accuser = q.speaker;
    a.charge = trimmed(b, std::min(e, sent(b).end_token));
    a.charge.begin = std::max(a.charge.begin, q.content.begin);
    a.charge.end = std::min(a.charge.end, q.content.end);
    if (a.charge.empty()) return;
    a.cue = q.cue;
    a.quote = q.id;
    // The head of the quoted clause (its head outside the quotation), and
    // its subject when it stands before it.
    const auto last = static_cast<int>(std::min(e, sent(b).end_token));
    if (tree_.parsed())
      for (uint32_t t = b; static_cast<int>(t) < last; ++t) {
        const int h = st_.tree[t].head;
        if (st_.tree[t].upos == syntax::Upos::PUNCT || (h >= static_cast<int>(b) && h < last)) continue;
        const int subject = tree_.subject(t);
        if (subject >= static_cast<int>(b) && subject < static_cast<int>(t)) a.accused = party_of_token(subject, a.accuser);
        break;
      }
    a.confidence = a.accused ? 0.6 : 0.45;
    a.reason = "explicit/accusing-cue";
    add(std::move(a), *q.cue);
  }

  // Whether entity `id` has a mention that the mentions stage read as a
  // party: a name, or a role or organisation word ("la police", "des
  // policiers"), not a phrase read from the parse alone ("la crise").
  bool names_a_party(const std::optional<std::string>& id) const {
    if (!id) return false;
    for (std::size_t m = 0; m < st_.mentions.size(); ++m) {
      const auto& mr = st_.mentions[m];
      const bool party = mr.kind == MentionKind::Name || mr.kind == MentionKind::TitledName ||
                         (mr.kind == MentionKind::Description && !mr.is_document && mr.entity_kind != EntityKind::Unknown);
      if (party && link_.id_of_mention(static_cast<int>(m)) == id) return true;
    }
    return false;
  }

  // "the managers falsified time sheets", the tagger reading the verb as an
  // adjective of the noun after it: an English past form right after a
  // noun, in a clause (of the quote [b, e)) with no other verb.
  bool past_tense_read_as_adjective(uint32_t t, uint32_t b, uint32_t e) const {
    if (st_.pack.lang != "en" || !ends_with(norm(t), "ed") || t == 0) return false;
    const auto before = st_.tree[t - 1].upos;
    if (before != syntax::Upos::NOUN && before != syntax::Upos::PROPN && before != syntax::Upos::PRON) return false;
    const auto& s = sent(t);
    for (uint32_t k = std::max(b, s.first_token); k < std::min(e, s.end_token); ++k)
      if (k != t && (st_.tree[k].upos == syntax::Upos::AUX ||
                     (st_.tree[k].upos == syntax::Upos::VERB && st_.tree[k].form == syntax::Form::Finite)))
        return false;  // (a participle after it, "journalists covering the protest", is no clause verb)
    return true;
  }

  // Who did the wrong that token t names, by the parse: the subject of an
  // active verb, the agent of a passive one ("were killed by X"), the agent
  // or owner of a noun ("abuses by the police", "China's aggression").
  int agent_of(uint32_t t) const {
    return tree_.agent(t, [&](uint32_t c) { return is(lex_.acc, "by", c); });
  }
  std::optional<std::string> doer_of(uint32_t t, const std::optional<std::string>& not_this) {
    if (!tree_.parsed()) return std::nullopt;
    // "smear campaign": the deed is the head the word modifies.
    if (st_.tree[t].rel.rel == syntax::Rel::compound && st_.tree[t].head > static_cast<int32_t>(t))
      t = static_cast<uint32_t>(st_.tree[t].head);
    // "had falsified safety records", the participle tagged as an adjective
    // of the noun after it: the doer is the phrase before the auxiliary.
    if (after_have(t) && st_.tree[t].upos != syntax::Upos::VERB) {
      const uint32_t aux = skip_back(t, sent(t).first_token) - 1;
      if (aux > sent(t).first_token) {
        const auto& before = st_.tree[aux - 1];
        if (before.upos == syntax::Upos::NOUN || before.upos == syntax::Upos::PROPN || before.upos == syntax::Upos::PRON)
          return party_of_token(static_cast<int>(aux - 1), not_this);
      }
    }
    // "have unlawfully killed", "unlawful manoeuvres": the manner word's doer
    // is its verb's or noun's.
    const bool modifier = (st_.tree[t].rel.rel == syntax::Rel::advmod || st_.tree[t].rel.rel == syntax::Rel::amod) &&
                          st_.tree[t].head >= 0;
    if (modifier) t = static_cast<uint32_t>(st_.tree[t].head);
    // "a licencié des salariés en toute illégalité": a manner phrase (its
    // case word of grammar class manner_case) on a verb; the doer is the verb's.
    // (The parse may hang it on the verb's object instead.)
    if (!modifier && st_.tree[t].upos == syntax::Upos::NOUN && st_.tree[t].head >= 0 &&
        (st_.tree[t].rel.rel == syntax::Rel::obl || st_.tree[t].rel.rel == syntax::Rel::nmod))
      if (const int c = tree_.dependent(t, syntax::Rel::case_); c >= 0 && in("manner_case", static_cast<uint32_t>(c))) {
        auto h = static_cast<uint32_t>(st_.tree[t].head);
        if (st_.tree[h].upos == syntax::Upos::NOUN && st_.tree[h].rel.rel == syntax::Rel::obj && st_.tree[h].head >= 0)
          h = static_cast<uint32_t>(st_.tree[h].head);
        if (st_.tree[h].upos == syntax::Upos::VERB) t = h;
      }
    const auto& ts = st_.tree[t];
    if (ts.upos == syntax::Upos::VERB || ts.upos == syntax::Upos::AUX) {
      if (const int agent = agent_of(t); agent >= 0) return party_of_token(agent, not_this);
      // The passive subject is the victim; after "avoir"/"have" the parse
      // misread an active one ("les forces ont tué": the doer).
      if (const int s = tree_.dependent(t, syntax::Rel::nsubj, true); s >= 0) {
        if (!after_have(t) || static_cast<uint32_t>(s) > t) return std::nullopt;
        return party_of_token(s, not_this);
      }
      // A subject after its verb is a misparse here (wrongdoing verbs are
      // not inverted in news prose): "killed 11 people" has no doer.
      // An infinitive or a verb completing another, without a subject of
      // its own: the one the chain of verbs addresses or starts from.
      if (tree_.dependent(t, syntax::Rel::nsubj) < 0 &&
          (ts.form == syntax::Form::Infinitive || ts.rel.rel == syntax::Rel::xcomp))
        if (const int c = controller_of(t); c >= 0) return party_of_token(c, not_this);
      const int subject = tree_.subject(t);
      return subject >= 0 && static_cast<uint32_t>(subject) < t ? party_of_token(subject, not_this) : std::nullopt;
    }
    // "the report was biased": whose the thing is that the wrong word
    // describes; a document's is its publisher's.
    const bool predicate = (ts.upos == syntax::Upos::ADJ && ts.rel.rel != syntax::Rel::amod) ||
                           tree_.dependent(t, syntax::Rel::cop) >= 0;  // "était mensonger", however tagged
    if (predicate) {
      const int subject = tree_.subject(t);
      if (subject < 0 || static_cast<uint32_t>(subject) > t) return std::nullopt;
      if (auto publisher = publisher_of_report_in(static_cast<uint32_t>(subject), static_cast<uint32_t>(subject) + 1))
        return *publisher == not_this ? std::nullopt : publisher;
      // "la procédure était illégale": a thing said to be wrong is criticism;
      // only a party the text names (a mention, a pronoun for one) did wrong.
      if (!covered_by_mention(static_cast<uint32_t>(subject))) return std::nullopt;
      return party_of_token(subject, not_this);
    }
    if (ts.upos == syntax::Upos::NOUN) {
      if (const int agent = agent_of(t); agent >= 0) return party_of_token(agent, not_this);
      // "les propos tenus par X", "statements made by X": a participle's
      // agent, however the tagger reads the participle after a quotation
      // ("« des violences » commises par des casseurs": a noun in
      // apposition; "the 'violence' committed by rioters": an adjective).
      if (const int agent = agent_of_modifier(t); agent >= 0) return party_of_token(agent, not_this);
      // "encountered aggressive manoeuvres by Chinese vessels": a "by"
      // phrase after the object of an active verb, which the parse hangs on
      // the verb, is the object's agent.
      if (ts.rel.rel == syntax::Rel::obj && ts.head >= 0 &&
          tree_.dependent(static_cast<uint32_t>(ts.head), syntax::Rel::nsubj, true) < 0)
        if (const int agent = agent_of(static_cast<uint32_t>(ts.head)); agent > static_cast<int>(t))
          return party_of_token(agent, not_this);
      for (uint32_t k = sent(t).first_token; k < sent(t).end_token; ++k) {
        const auto& tk = st_.tree[k];
        if (tk.head != static_cast<int32_t>(t)) continue;
        // "by"/"par" before the noun's complement, or an English genitive
        // (which the parse may also read as a compound: "the army's actions").
        const bool by = tk.rel.rel == syntax::Rel::nmod && k > 0 && is(lex_.acc, "by", k - 1);
        const bool genitive = k < t && st_.genitive(k) &&
                              (tk.rel.rel == syntax::Rel::nmod || tk.rel.rel == syntax::Rel::compound);
        if (by) return party_of_token(static_cast<int>(k), not_this);
        if (genitive) return genitive_party(k, not_this);
      }
      // "ont eu recours aux armes de manière illégale": the wrong word
      // describes a manner, no deed of its own; the doer is the one of the
      // verb the phrase hangs from, through the nouns the parse may hang it
      // on ("usage de leurs armes de manière illégale").
      if (modifier && !is(lex_.wrong, "word", t)) {
        int up = static_cast<int>(t);
        for (int hops = 0; hops < 3 && st_.tree[static_cast<uint32_t>(up)].upos == syntax::Upos::NOUN &&
                           (st_.tree[static_cast<uint32_t>(up)].rel.rel == syntax::Rel::obl ||
                            st_.tree[static_cast<uint32_t>(up)].rel.rel == syntax::Rel::nmod) &&
                           st_.tree[static_cast<uint32_t>(up)].head >= 0;
             ++hops)
          up = st_.tree[static_cast<uint32_t>(up)].head;
        if (st_.tree[static_cast<uint32_t>(up)].upos == syntax::Upos::VERB) return doer_of(static_cast<uint32_t>(up), not_this);
      }
    }
    return std::nullopt;
  }

  // The agent of a participle that modifies noun t after it ("par X", "by
  // X" hanging from it as an oblique or a nominal complement), or -1.
  int agent_of_modifier(uint32_t t) const {
    const auto& s = sent(t);
    for (uint32_t p = t + 1; p < s.end_token; ++p) {
      const auto& tp = st_.tree[p];
      if (tp.head != static_cast<int32_t>(t) ||
          !(tp.rel.rel == syntax::Rel::acl || tp.rel.rel == syntax::Rel::amod || tp.rel.rel == syntax::Rel::appos))
        continue;
      const bool participle = tp.upos == syntax::Upos::VERB && tp.form == syntax::Form::Participle;
      const bool misread = st_.quote_closed_at(p - 1) >= 0 || tp.rel.rel == syntax::Rel::amod;
      if (!participle && !misread) continue;
      if (const int agent = agent_of(p); agent >= 0) return agent;
      // "par"/"by" right after it, whatever the parse hangs its noun on
      // ("des violences commises par des casseurs", read as the verb's).
      if (p + 1 < s.end_token && is(lex_.acc, "by", p + 1) && st_.tree[p + 1].rel.rel == syntax::Rel::case_ &&
          st_.tree[p + 1].head > static_cast<int32_t>(p + 1))
        return st_.tree[p + 1].head;
      for (uint32_t k = p + 1; k < s.end_token; ++k)
        if (st_.tree[k].head == static_cast<int32_t>(p) && st_.tree[k].rel.rel == syntax::Rel::nmod)
          if (const int c = tree_.dependent(k, syntax::Rel::case_); c >= 0 && is(lex_.acc, "by", static_cast<uint32_t>(c)))
            return static_cast<int>(k);
    }
    return -1;
  }

  // The party an English genitive names, "the army's actions": the
  // genitive and the words before it that the parse hangs on it or on the
  // noun it qualifies (the determiner, modifiers), without its "'s".
  std::optional<std::string> genitive_party(uint32_t g, const std::optional<std::string>& not_this) {
    const int owner = st_.tree[g].head;
    uint32_t first = g;
    while (first > sent(g).first_token && g - first < 4 && word(first - 1) && !st_.genitive(first - 1)) {
      const auto& before = st_.tree[first - 1];
      const bool attached = before.head == owner || before.head == static_cast<int32_t>(g);
      const auto rel = before.rel.rel;
      if (!attached || (rel != syntax::Rel::det && rel != syntax::Rel::amod && rel != syntax::Rel::compound)) break;
      --first;
    }
    auto id = link_.id_for_tokens(first, g + 1, EntityKind::Group);
    return id == not_this ? std::nullopt : id;
  }

  // Token t lies inside a mention the engine found (a name, a role, a pronoun).
  bool covered_by_mention(uint32_t t) const {
    for (const int k : link_.mentions_inside(sent(t).first_token, t + 1))
      if (st_.mentions[k].end_tok > t && !st_.mentions[k].is_document) return true;
    return false;
  }

  // Who does what an infinitive says, when it has no subject of its own: up
  // its chain of verbs ("à cesser … et à arrêter de calomnier"), the one a
  // directive addresses ("exhorte les Etats-Unis à", "urged the US to"; the
  // parse may hang the infinitive on that noun), else the subject of the
  // verb it completes ("a promis de"); -1 if none.
  int controller_of(uint32_t t) const {
    uint32_t v = t;
    for (int step = 0; step < 5; ++step) {
      const auto& n = st_.tree[v];
      if (n.head < 0) return -1;
      const auto up = static_cast<uint32_t>(n.head);
      const auto& h = st_.tree[up];
      if (n.rel.rel == syntax::Rel::acl && (h.upos == syntax::Upos::NOUN || h.upos == syntax::Upos::PROPN))
        return static_cast<int>(up);
      if (n.rel.rel != syntax::Rel::xcomp && n.rel.rel != syntax::Rel::conj && n.rel.rel != syntax::Rel::obl &&
          n.rel.rel != syntax::Rel::advcl)
        return -1;
      if (h.upos == syntax::Upos::VERB) {
        const auto* verb = st_.pack.verb(norm(up));
        if (verb && !verb->empty() && st_.pack.in("directive", verb->front().lemma))
          for (const auto r : {syntax::Rel::obj, syntax::Rel::iobj})
            if (const int o = tree_.dependent(up, r); o >= 0) return o;
        if (const int subj = tree_.subject(up); subj >= 0 && static_cast<uint32_t>(subj) < up) return subj;
      }
      v = up;
    }
    return -1;
  }

  // The party nearest before token t in its clause (the doer of the wrong).
  std::optional<std::string> party_nearest_before(uint32_t b, uint32_t t,
                                                  const std::optional<std::string>& not_this) const {
    uint32_t from = b;
    for (uint32_t k = t; k > b; --k)
      if (st_.is_punct(k - 1, ",") || st_.is_punct(k - 1, ";") || st_.is_punct(k - 1, "-") ||
          st_.is_punct(k - 1, "\xE2\x80\x93") || st_.is_punct(k - 1, ":")) {
        from = k;
        break;
      }
    std::optional<std::string> best;
    uint32_t best_end = 0;
    for (const int k : link_.mentions_inside(from, t)) {
      const auto& m = st_.mentions[k];
      if (m.is_document || m.nested) continue;
      if (m.kind == MentionKind::Pronoun && is_first_person(m.first_tok)) continue;
      if (place_or_target(m.first_tok, b)) continue;
      auto id = link_.id_of_mention(k);
      if (!id || id == not_this || m.end_tok < best_end) continue;
      best = id;
      best_end = m.end_tok;
    }
    return best;
  }

  // "ont tué", "killed by": a past participle that says someone did it
  // (not "les personnes tuées").
  bool agentive_participle(uint32_t t, uint32_t len) const {
    const uint32_t floor = sent(t).first_token;
    const uint32_t j = skip_back(t, floor);
    if (j > floor && have_aux(j - 1)) return true;
    for (uint32_t k = t + len; k < std::min(sent(t).end_token, t + len + 3); ++k)
      if (is(lex_.acc, "by", k)) return true;
    return false;
  }

  // --- output ------------------------------------------------------------------
  void add(Accusation a, std::optional<ByteSpan> trigger = std::nullopt) {
    if (a.charge.empty()) return;
    // "blaming us for it": a pronoun says no charge.
    if (const uint32_t c = st_.token_at(a.charge.begin);
        tree_.parsed() && c < st_.ntok() && st_.tok(c).span.end >= a.charge.end &&
        st_.tree[c].upos == syntax::Upos::PRON)
      return;
    // Several paths can yield a report ("R1": a quote's speaker, a report
    // with no publisher); accuser and accused are entity ids or nothing. A
    // report that accuses does so through its publisher ("a report by HRW
    // found that police had killed …").
    if (a.accuser && !a.accuser->empty() && a.accuser->front() == 'R')
      for (const auto& r : out_.reports)
        if (r.id == *a.accuser && !r.publishers.empty()) a.accuser = r.publishers.front();
    // "…, a été mis en examen pour …, a annoncé le parquet", "prosecutors
    // said X was charged with …": a legal step the prosecution reports is
    // the prosecution's.
    if (!a.accuser && a.cue && a.reason.starts_with("explicit/legal"))
      a.accuser = prosecution_reporting(st_.token_at(a.cue->begin));
    a.accuser = entity_only(a.accuser);
    a.accused = entity_only(a.accused);
    if (a.accused && a.accused == a.accuser) a.accused.reset();
    triggers_.push_back(trigger ? *trigger : a.charge);
    found_.push_back(std::move(a));
  }

  void output() {
    // Explicit ones first: an implicit one whose wrongdoing word an explicit
    // charge already holds adds nothing; nor does a second implicit one over
    // the same words, or an explicit one found twice.
    std::vector<std::size_t> order(found_.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
      return found_[x].kind == AccusationKind::Explicit && found_[y].kind != AccusationKind::Explicit;
    });
    std::vector<Accusation> kept;
    for (std::size_t k : order) {
      const Accusation& a = found_[k];
      const ByteSpan trigger = triggers_[k];
      const bool dup = std::any_of(kept.begin(), kept.end(), [&](const Accusation& o) {
        if (!o.charge.overlaps(a.charge)) return false;
        if (a.kind == AccusationKind::Implicit)
          return o.kind == AccusationKind::Implicit || (o.charge.begin <= trigger.begin && trigger.end <= o.charge.end);
        // "expelled over alleged espionage": the charge of a step already holds it.
        if (a.reason == "explicit/alleged" && o.kind == AccusationKind::Explicit && a.cue &&
            o.charge.begin <= a.cue->begin && a.charge.end <= o.charge.end)
          return true;
        // One charge against two parties named separately is two accusations.
        if (o.accused && a.accused && o.accused != a.accused) return false;
        return o.kind == AccusationKind::Explicit && (o.cue == a.cue || o.charge == a.charge);
      });
      if (!dup) kept.push_back(a);
    }
    std::stable_sort(kept.begin(), kept.end(),
              [](const Accusation& x, const Accusation& y) { return x.charge.begin < y.charge.begin; });
    for (std::size_t k = 0; k < kept.size(); ++k) {
      kept[k].id = "A" + std::to_string(k + 1);
      out_.accusations.push_back(std::move(kept[k]));
    }
  }
};

}  // namespace

void find(const State& st, Analysis& analysis) {
  Finder f(st, analysis);
  f.run();
}

const lexicon::StringSet& finite_only_verb_forms(const std::string& lang) { return lexicon_of(lang).finite_only; }

}  // namespace saywho::accusations
