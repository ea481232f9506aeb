#include "quotes/quotes.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "entities/entities.hpp"
#include "entities/phrase.hpp"
#include "syntax/read.hpp"
#include "text/chars.hpp"

namespace saywho::quotes {
namespace {

using lexicon::CueClass;
using lexicon::VerbForm;
using pipeline::CueRec;
using pipeline::QuoteRec;
using pipeline::SpeakerSlot;
using pipeline::State;
using text::TokenKind;

class QuoteFinder {
 public:
  explicit QuoteFinder(State& st)
      : st_(st), pk_(st.pack), tree_(st.tree, st.doc), claimed_(st.doc.quotes.size(), false) {
    cue_at_.assign(st.ntok(), -1);
    for (std::size_t c = 0; c < st.cues.size(); ++c) cue_at_[st.cues[c].first_tok] = static_cast<int>(c);
    index_subtrees();
  }

  void run() {
    add_cue_subjects();
    for (std::size_t c = 0; c < st_.cues.size(); ++c) {
      const auto& cue = st_.cues[c];
      if (cue.according) according_frame(static_cast<int>(c));
      else verb_frame(static_cast<int>(c));
    }
    uncued_quotes();
    dedupe();
  }

 private:
  State& st_;
  const lexicon::Pack& pk_;
  syntax::TreeReader tree_;
  std::vector<bool> claimed_;  // QuoteSpans used as a direct quote's content
  std::vector<int> cue_at_;    // token -> cue starting there

  // --- the parse -----------------------------------------------------------
  // Token range [sub_first_, sub_end_) of each token's subtree: the words a
  // head governs, where a clause starts and ends.
  std::vector<uint32_t> sub_first_, sub_end_;

  bool parsed() const { return st_.tree.size() == st_.ntok(); }
  int head_of(uint32_t i) const { return parsed() && i < st_.ntok() ? st_.tree[i].head : -1; }
  syntax::Rel rel_of(uint32_t i) const { return parsed() ? st_.tree[i].rel.rel : syntax::Rel::dep; }

  void index_subtrees() {
    const uint32_t n = st_.ntok();
    sub_first_.resize(n);
    sub_end_.resize(n);
    for (uint32_t i = 0; i < n; ++i) sub_first_[i] = i, sub_end_[i] = i + 1;
    if (!parsed()) return;
    for (uint32_t i = 0; i < n; ++i) {
      // Up the chain of heads (bounded: a malformed tree must not loop).
      int h = head_of(i);
      for (uint32_t steps = 0; h >= 0 && static_cast<uint32_t>(h) < n && steps < 256; ++steps, h = head_of(h)) {
        sub_first_[h] = std::min(sub_first_[h], i);
        sub_end_[h] = std::max(sub_end_[h], i + 1);
      }
    }
  }

  // The word that heads a cue's group in the parse ("déclaré" in "a
  // déclaré", "told" in "told reporters"): the group's word whose head lies
  // outside the group, a verb preferred; -1 if none.
  int cue_head(const CueRec& c) const {
    if (!parsed()) return -1;
    int best = -1;
    for (uint32_t k = c.first_tok; k < c.end_tok; ++k) {
      const int h = head_of(k);
      if (!word(k) || (h >= static_cast<int>(c.first_tok) && h < static_cast<int>(c.end_tok))) continue;
      if (best < 0 || (st_.tree[k].upos == syntax::Upos::VERB && st_.tree[best].upos != syntax::Upos::VERB))
        best = static_cast<int>(k);
    }
    return best;
  }

  // The clause a cue governs after its group: its clausal complement
  // (ccomp; in French also an infinitive xcomp, "a annoncé avoir déposé
  // plainte"), wherever adjuncts put it ("said in a statement the vessel
  // had…", "a indiqué mercredi avoir saisi…"). Where its subtree starts is
  // where the content starts; the clause cutter ends it (with the provisional
  // packs, LAS ~63, the subtree's end cut too short: dev F1 0.838 -> 0.792).
  // Returns the complement's head or -1.
  int complement_after(const CueRec& c) const {
    const int h = cue_head(c);
    if (h < 0) return -1;
    const uint32_t send = sent(c.first_tok).end_token;
    for (uint32_t k = c.end_tok; k < send; ++k) {
      if (head_of(k) != h) continue;
      const auto r = rel_of(k);
      // An infinitive, or a compound one ("avoir saisi": the participle
      // heads it, its auxiliary is the infinitive). The parse sometimes
      // calls it an adverbial clause; one that opens on the infinitive
      // itself, with no "pour"/"sans" before it, is the complement.
      // ("to continue": the particle right before the infinitive opens it.)
      const uint32_t opener = sub_first_[k];
      const bool opens_infinitive = st_.tree[opener].form == syntax::Form::Infinitive ||
                                    (st_.tree[opener].upos == syntax::Upos::PART && opener + 1 == k &&
                                     st_.tree[k].form == syntax::Form::Infinitive);
      const bool infinitive = (r == syntax::Rel::xcomp && (st_.tree[k].form == syntax::Form::Infinitive || opens_infinitive)) ||
                              (r == syntax::Rel::advcl && opens_infinitive);
      if (r != syntax::Rel::ccomp && !infinitive) continue;
      // A clause is headed by a verb (or a predicate with its copula); it
      // starts after the cue and not with a subordinator ("after the bureau
      // accused…" is an adjunct the parse mislabelled).
      const uint32_t first = sub_first_[k];
      const auto u = st_.tree[k].upos;
      const bool predicate = u == syntax::Upos::VERB || u == syntax::Upos::AUX || has_child(k, syntax::Rel::cop);
      if (first < c.end_tok || !predicate || in("subordinator", first)) return -1;
      // Behind a comma it is a clause of its own the parse mislabelled
      // ("said on Monday, warning that…"), not what is said; behind a free
      // relative, the relative clause of an object ("confirmed what its
      // members had been saying").
      for (uint32_t t = c.end_tok; t <= first; ++t)
        if (comma(t) || in("free_relative", t)) return -1;
      // An infinitive after the cue's object is the object's own ("denied
      // the motion to strike …"), unless the verb directs the object to act
      // ("urged the council to …", grammar class directive).
      if (infinitive && !pk_.in("directive", c.lemma))
        for (uint32_t t = c.end_tok; t < first; ++t)
          if (head_of(t) == h && rel_of(t) == syntax::Rel::obj) return -1;
      return static_cast<int>(k);
    }
    return -1;
  }
  // Token t lies in a clause the parse puts with the cue before it: in the
  // subtree of a ccomp or parataxis dependent of the cue's head (or of an
  // adverbial clause that opens with a quotation mark: « … » avec X, a
  // déclaré Z), or, as UD attaches "“…,” the mayor insisted", in the clause
  // whose parataxis the cue's own clause is.
  bool in_complement_before(const CueRec& c, uint32_t t) const {
    const int h = cue_head(c);
    if (h < 0) return false;
    for (uint32_t k = sent(c.first_tok).first_token; k < c.first_tok; ++k) {
      const auto r = rel_of(k);
      const bool said = r == syntax::Rel::ccomp || r == syntax::Rel::parataxis ||
                        (r == syntax::Rel::advcl && st_.is_quote_mark(sub_first_[k]));
      if (head_of(k) == h && said && sub_first_[k] <= t + 1 && t < sub_end_[k]) return true;
    }
    const int up = head_of(static_cast<uint32_t>(h));
    return up >= 0 && static_cast<uint32_t>(up) < c.first_tok && rel_of(static_cast<uint32_t>(h)) == syntax::Rel::parataxis &&
           sub_first_[static_cast<uint32_t>(up)] <= t + 1 && t < c.first_tok;
  }

  bool has_child(uint32_t h, syntax::Rel r) const {
    for (uint32_t k = sub_first_[h]; k < sub_end_[h]; ++k)
      if (head_of(k) == static_cast<int>(h) && rel_of(k) == r) return true;
    return false;
  }

  std::string_view norm(uint32_t i) const { return st_.norm(i); }
  bool word(uint32_t i) const { return st_.is_word(i); }
  bool in(const char* cls, uint32_t i) const { return word(i) && pk_.in(cls, norm(i)); }
  bool comma(uint32_t i) const { return st_.is_punct(i, ","); }
  const text::Sentence& sent(uint32_t i) const { return st_.sentence_of(i); }
  bool punct_or_mark(uint32_t i) const {
    return i < st_.ntok() && (st_.tok(i).kind == TokenKind::Punct || st_.tok(i).kind == TokenKind::QuoteMark);
  }

  uint32_t skip_adverbs(uint32_t j) const {
    for (int n = 0; n < 3 && (in("adverb", j) || in("time_word", j)); ++n) ++j;
    return j;
  }
  uint32_t skip_adverbs_back(uint32_t j) const {  // j: one past the last token
    for (int n = 0; n < 3 && j > 0 && (in("adverb", j - 1) || in("time_word", j - 1) || in("object_pronoun", j - 1)); ++n) --j;
    return j;
  }

  // A speech verb's subject that names no known person or organisation:
  // "the chief epidemiologist said", "two shareholder groups said". Such a
  // noun phrase becomes a description mention, so that the frames below and
  // attribution see the subject they need.
  void add_cue_subjects() {
    for (const CueRec& c : st_.cues) {
      if (c.according || c.passive || c.inverted_pronoun >= 0 || c.form == VerbForm::Gerund) continue;
      const uint32_t b = skip_adverbs_back(c.first_tok);
      if (b == 0 || st_.mention_ending_at(b) >= 0) continue;
      // "…, officials said.", "…, health agency says": with the cue closing
      // the sentence, a short noun phrase after a comma needs no article.
      const uint32_t after = skip_trailing_adjunct(skip_adverbs(c.end_tok), sent(c.first_tok).end_token);
      const bool final_cue = after >= sent(c.first_tok).end_token || st_.tok(after).kind == TokenKind::Punct;
      if (const auto first = subject_phrase_start(b, final_cue)) entities::add_source_phrase(st_, *first, b);
    }
  }
  // "Clearwater Cymru’s director" before the comma at token c: the start of
  // a genitive name and up to three words of role, when a comma or a quote
  // mark comes before it; 0 when there is none.
  uint32_t genitive_apposition_start(uint32_t c) const {
    uint32_t k = c;
    for (int n = 0; n < 3 && k > 0 && word(k - 1) && !st_.genitive(k - 1); ++n) --k;
    if (k == c || k == 0 || !st_.genitive(k - 1)) return 0;
    const int m = st_.mention_ending_at(k);
    if (m < 0) return 0;
    const uint32_t first = st_.mentions[m].first_tok;
    return first > 0 && (comma(first - 1) || st_.is_quote_mark(first - 1)) ? first : 0;
  }

  // A name's start, or the start of the determiner phrase before it:
  // "the country's Public Health Directorate" from "Public Health Directorate".
  uint32_t with_determiner_phrase(uint32_t first) const {
    if (first == 0 || comma(first - 1)) return first;
    const auto a = subject_phrase_start(first);
    return a ? *a : first;
  }
  // The first token of a noun phrase ending before token b that opens its
  // clause: a determiner or a quantity, then up to six words that are no
  // verb, preposition, conjunction or relative pronoun.
  std::optional<uint32_t> subject_phrase_start(uint32_t b, bool bare_after_comma = false) const {
    const auto& s = sent(b - 1);
    for (uint32_t k = b; k-- > s.first_token && k + 7 >= b;) {
      const bool number = st_.tok(k).kind == TokenKind::Number;
      if (!word(k) && !number) return std::nullopt;
      if (in("determiner", k) || in("quantifier", k) || number) {
        const bool opens = k == s.first_token || comma(k - 1) || st_.is_quote_mark(k - 1) ||
                           st_.is_punct(k - 1, ":") || in("conjunction", k - 1) || in("subordinator", k - 1);
        if (opens && k + 1 < b) return k;
        return std::nullopt;
      }
      if (in("relative", k) || in("preposition", k) || in("conjunction", k) || in("aux", k) ||
          in("complementizer", k) || pk_.verb(norm(k)) || in("stressed_pronoun", k) || in("plural_pronoun", k))
        return std::nullopt;
      if (bare_after_comma && k > s.first_token && comma(k - 1) && b - k <= 3) return k;
      // "Local fishermen say …": a short bare plural opening its sentence.
      if (k == s.first_token && b - k >= 1 && b - k <= 3 && st_.plural_noun(b - 1)) return k;
    }
    return std::nullopt;
  }

  uint32_t word_count(ByteSpan s) const {
    uint32_t n = 0;
    for (uint32_t i = st_.token_at(s.begin); i < st_.ntok() && st_.tok(i).span.end <= s.end; ++i)
      n += st_.tok(i).kind == TokenKind::Word ? 1 : 0;
    return n;
  }

  // A title in quotation marks, not a quotation: two to eight words, every
  // word of four letters or more capitalised ("Resistance Watch 2025", "The
  // Cost of Silence"), no punctuation.
  bool looks_like_title(ByteSpan s) const {
    uint32_t words = 0;
    for (uint32_t i = st_.token_at(s.begin); i < st_.ntok() && st_.tok(i).span.end <= s.end; ++i) {
      const auto& t = st_.tok(i);
      if (t.kind == TokenKind::Number) continue;
      if (t.kind != TokenKind::Word) return false;
      if (!t.capitalized && (words == 0 || t.span.size() >= 4)) return false;
      ++words;
    }
    return words >= 2 && words <= 8;
  }

  // The closing mark's token, or for an unclosed quotation its last token.
  uint32_t close_tok(const text::QuoteSpan& qs) const {
    if (!qs.close_mark.empty()) return st_.token_at(qs.close_mark.begin);
    const uint32_t after = st_.token_at(qs.content.end);
    return after > 0 ? after - 1 : 0;
  }

  // Does a cue (or ", he said" / ", selon X") start at token i?
  bool cue_starts(uint32_t i) const {
    if (i >= st_.ntok()) return false;
    if (cue_at_[i] >= 0) return true;
    const int m = st_.mention_starting_at(i);
    if (m >= 0) {
      const uint32_t e = skip_adverbs(st_.mentions[m].end_tok);
      if (e < st_.ntok() && cue_at_[e] >= 0 && !st_.cues[cue_at_[e]].according) return true;
    }
    return false;
  }

  // A present participle: a known gerund cue, or the language's ending.
  bool gerund_like(uint32_t i) const {
    if (!word(i)) return false;
    const auto w = norm(i);
    for (const auto& suffix : pk_.classes.count("gerund_suffix") ? pk_.classes.at("gerund_suffix")
                                                                  : lexicon::StringSet{}) {
      if (w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix) return true;
    }
    return false;
  }

  // The enclosing QuoteSpan's content end for a clause starting at token i.
  uint32_t enclosing_limit(uint32_t i) const {
    const int q = st_.quote_containing(st_.tok(i).span.begin);
    return q >= 0 ? st_.doc.quotes[q].content.end : UINT32_MAX;
  }

  // One past the last token of the clause that starts at `start`.
  uint32_t clause_end(uint32_t start) const {
    if (start >= st_.ntok()) return start;  // "… a affirmé que" ends the text: no clause
    const uint32_t limit = enclosing_limit(start);
    uint32_t end = sent(start).end_token;
    const uint32_t para = sent(start).paragraph;
    for (uint32_t i = start; i < end; ++i) {
      if (st_.tok(i).span.begin >= limit) return i;
      const int q = st_.quote_opened_at(i);
      // Skip over a closed quotation: its own sentence ends do not end the
      // clause. One never closed runs to the paragraph's end ("« n'a pas
      // cette pratique. Évoquant …"): there the sentence end still counts.
      if (q >= 0 && st_.doc.quotes[q].closed && st_.doc.quotes[q].content.end <= limit) {
        const auto& qs = st_.doc.quotes[q];
        const uint32_t close = close_tok(qs);
        if (close < st_.ntok() && sent(close).paragraph == para) {
          i = close;
          end = std::max(end, sent(close).end_token);
          continue;
        }
      }
      if (i > start && (st_.is_punct(i, ";") || st_.is_punct(i, "(")) ) return i;
      // What follows a comma, within the sentence, may close the clause.
      if (i > start && comma(i) && i + 1 < end && (cue_starts(i + 1) || time_adjunct_at(i + 1, end))) return i;
      // "avoir demandé une autopsie, laquelle révèle que …": a relative
      // clause with a verb of saying gives someone else's words.
      if (i > start && comma(i) && i + 2 < end && in("relative", i + 1) && cue_at_[i + 2] >= 0 &&
          !st_.cues[cue_at_[i + 2]].according)
        return i;
      // ", et politisant…", ", and accusing…": the main clause goes on.
      if (i > start && comma(i) && i + 2 < end && in("conjunction", i + 1) && gerund_like(i + 2)) return i;
      // "… and told reporters that": a second cue of the same subject.
      if (i > start && in("conjunction", i) && i + 1 < end && cue_at_[i + 1] >= 0) return i;
    }
    return end;
  }

  // ", mais refuse de démissionner", ", but declined to …": a comma, a
  // conjunction of contrast and a finite verb with no subject of its own go
  // on with the main clause's subject, not with what is reported (the parse
  // often hangs that verb inside the reported clause). The first such comma
  // in [b, e), or e.
  uint32_t shared_subject_predicate(uint32_t b, uint32_t e) const {
    if (!parsed()) return e;
    for (uint32_t k = b + 1; k + 2 < e; ++k) {
      if (!comma(k) || !in("contrast", k + 1)) continue;
      uint32_t v = k + 2;
      while (v < e && (in("negation", v) || in("adverb", v))) ++v;
      if (v >= e || st_.tree[v].upos != syntax::Upos::VERB || st_.tree[v].form != syntax::Form::Finite) continue;
      if (tree_.dependent(v, syntax::Rel::nsubj) < 0) return k;
    }
    return e;
  }

  // Where what is said ends when it starts at b and the parse gives `head`
  // as its clause's head (-1: none), before a predicate that goes on with
  // the main clause (shared_subject_predicate).
  uint32_t said_clause_end(uint32_t b, int head) const {
    return before_final_apposition(b, shared_subject_predicate(b, clause_or_subtree_end(b, head)));
  }
  // "… did not prove the language was prejudicial, a legal threshold that
  // must be met …", "…, sans plus de précisions": an indefinite noun phrase
  // or an aside after the comma that ends a clause with its verb is the
  // writer's comment on it, not what was said.
  uint32_t before_final_apposition(uint32_t b, uint32_t e) const {
    if (!parsed()) return e;
    bool verb = false;
    for (uint32_t k = b; k + 2 < e; ++k) {
      verb = verb || finite_verb_at(k);
      if (verb && k > b + 2 && comma(k) && in("indefinite_article", k + 1) &&
          (st_.tree[k + 2].upos == syntax::Upos::NOUN || st_.tree[k + 2].upos == syntax::Upos::ADJ))
        return k;
      if (verb && k > b + 2 && comma(k) && in("writer_aside", k + 1)) return k;
    }
    return e;
  }
  // The clause cutter's end, or further when the parse hangs more of the
  // sentence under `head` ("avoir saisi l'Inspection générale de la police
  // nationale (IGPN) pour enquêter…", where the cutter stops at the
  // parenthesis). Never past the sentence or the quotation the clause sits in.
  uint32_t clause_or_subtree_end(uint32_t b, int head) const {
    const uint32_t e = clause_end(b);
    // A comma the cutter stopped at comes before a new cue or a time
    // adjunct (", days after …"), which the parse often hangs inside; so
    // does "and" before a second cue ("said X and told reporters that").
    if (head < 0 || static_cast<uint32_t>(head) >= st_.ntok() || comma(e)) return e;
    if (in("conjunction", e) && e + 1 < st_.ntok() && cue_at_[e + 1] >= 0) return e;
    const uint32_t first = sub_first_[head], end = sub_end_[head];
    if (first > b + 1 || end <= e || end > sent(b).end_token) return e;
    if (st_.tok(end - 1).span.end > enclosing_limit(b)) return e;
    return end;
  }

  // Content [b, e) trimmed of outer punctuation; keeps a closing quote mark.
  ByteSpan content_span(uint32_t b, uint32_t e) const {
    while (e > b && st_.tok(e - 1).kind == TokenKind::Punct) --e;
    while (b < e && st_.tok(b).kind == TokenKind::Punct) ++b;
    if (e <= b) return ByteSpan{0, 0};
    return ByteSpan{st_.tok(b).span.begin, st_.tok(e - 1).span.end};
  }

  bool has_quote_mark(ByteSpan s) const {
    for (uint32_t i = st_.token_at(s.begin); i < st_.ntok() && st_.tok(i).span.end <= s.end; ++i)
      if (st_.tok(i).kind == TokenKind::QuoteMark) return true;
    return false;
  }

  // The QuoteSpan exactly spanning tokens [b, e) with its marks, or -1.
  int whole_quote(uint32_t b, uint32_t e) const {
    while (e > b && st_.tok(e - 1).kind == TokenKind::Punct) --e;
    const int q = st_.quote_opened_at(b);
    if (q < 0 || e == 0) return -1;
    const auto& qs = st_.doc.quotes[q];
    if (!qs.close_mark.empty() && st_.tok(e - 1).span.begin == qs.close_mark.begin) return q;
    return -1;
  }

  void add(QuoteType type, ByteSpan content, int cue, SpeakerSlot slot, uint32_t slot_tok,
           const char* frame, double conf, int quote_span = -1) {
    if (content.empty()) return;
    QuoteRec q;
    q.type = type;
    q.content = content;
    q.cue = cue;
    q.slot = slot;
    q.slot_tok = slot_tok;
    q.frame = frame;
    q.frame_confidence = conf;
    q.quote_span = quote_span;
    st_.quotes.push_back(std::move(q));
  }

  // « …, » / "…," : the comma that leads to the cue is not part of the words.
  ByteSpan without_trailing_comma(ByteSpan s) const {
    const auto text = st_.doc.slice(s);
    std::size_t n = text.size();
    while (n > 0 && (text[n - 1] == ',' || text[n - 1] == ' ')) --n;
    if (n == 0) return s;
    return ByteSpan{s.begin, s.begin + static_cast<uint32_t>(n)};
  }

  // The end of a mixed quote's object: the first comma after its last
  // quotation ("un « blocage illégal » des quais, au troisième jour…").
  uint32_t mixed_end(uint32_t b, uint32_t e) const {
    uint32_t last_close = b;
    for (uint32_t k = b; k < e; ++k) {
      // A comma then a clause of its own, whatever quotations follow: "s'est
      // dit « inquiet » de la montée des tensions, il faut « une pause »".
      if (k > b && comma(k) && last_close > b && k + 1 < e && parsed() &&
          (st_.tree[k + 1].rel.rel == syntax::Rel::nsubj || st_.tree[k + 1].rel.rel == syntax::Rel::expl) &&
          st_.tree[k + 1].head > static_cast<int32_t>(k + 1) && finite_verb_at(static_cast<uint32_t>(st_.tree[k + 1].head)))
        return k;
      if (st_.is_quote_mark(k)) last_close = k;
    }
    for (uint32_t k = last_close + 1; k < e; ++k)
      if (comma(k)) return k;
    return e;
  }

  // A direct quote over every piece of a (multi-paragraph) quotation.
  void add_direct(int q, int cue, SpeakerSlot slot, uint32_t slot_tok, const char* frame, double conf) {
    int root = q;
    while (st_.doc.quotes[root].continues >= 0) root = st_.doc.quotes[root].continues;
    // The pieces, paragraph after paragraph (each continued by one at most).
    for (int piece = root; piece >= 0; piece = st_.doc.quotes[piece].continued_by) {
      if (claimed_[piece]) continue;
      claimed_[piece] = true;
      add(QuoteType::Direct, without_trailing_comma(st_.doc.quotes[piece].content), cue, slot, slot_tok, frame, conf, piece);
    }
  }

  // A quotation coordinated with the one closing at `close` as one more
  // object of the same cue: "des « rumeurs » et une « campagne indigne »",
  // "“reckless” and “cruel”". Short (a name for something, not a sentence)
  // and in the same sentence.
  int coordinated_quote(uint32_t close) const {
    uint32_t k = close + 1;
    if (k >= st_.ntok() || !in("coordinator", k)) return -1;
    ++k;
    for (int n = 0; n < 2 && k < st_.ntok() && in("determiner", k); ++n) ++k;
    const int q = st_.quote_opened_at(k);
    if (q < 0 || claimed_[q] || st_.tok(k).sentence != st_.tok(close).sentence) return -1;
    return word_count(st_.doc.quotes[q].content) <= 8 ? q : -1;
  }

  // The last of the quotations coordinated with quotation q (q if none).
  int last_coordinated(int q) const {
    for (int next = coordinated_quote(close_tok(st_.doc.quotes[q])); next >= 0;
         next = coordinated_quote(close_tok(st_.doc.quotes[q])))
      q = next;
    return q;
  }

  // The cue's quoted object and those coordinated with it.
  void add_object_quotes(int q, int cue, SpeakerSlot slot, uint32_t slot_tok, const char* frame, double conf) {
    for (; q >= 0; q = coordinated_quote(close_tok(st_.doc.quotes[q]))) add_direct(q, cue, slot, slot_tok, frame, conf);
  }

  // Subject right before the cue (English "…,” Amnesty said"): its first token.
  int subject_before(const CueRec& c) const {
    const uint32_t b = skip_adverbs_back(c.first_tok);
    // "the Police Complaints Commission (IPCC) has confirmed": past its
    // acronym in parentheses.
    if (const int m = st_.mention_before_parenthesis(b); m >= 0) return m;
    return st_.mention_ending_at(b);
  }

  // A subject before the cue, maybe behind an apposition or a parenthesis:
  // "Amara Diallo Keita, said", "Okonkwo, who heads the central bank, said".
  bool has_subject_before(const CueRec& c) const {
    const uint32_t b = skip_adverbs_back(c.first_tok);
    if (st_.mention_ending_at(b) >= 0) return true;
    if (b == 0) return false;
    if (comma(b - 1) || st_.is_punct(b - 1, ")")) {
      if (st_.mention_ending_at(b - 1) >= 0) return true;
      // "Norman Swan, an ABC health planner, warned": an apposition no list knows.
      if (st_.mention_before_apposition(b) >= 0) return true;
      // A relative clause between commas: "X, who heads Y, said".
      const auto& s = sent(c.first_tok);
      for (uint32_t k = b - 1; k-- > s.first_token;)
        if (in("relative", k) && k > s.first_token && comma(k - 1)) return st_.mention_ending_at(k - 1) >= 0;
    }
    // A second verb of the sentence's subject: "X denied doping and said …".
    if (in("conjunction", b - 1)) return st_.mention_starting_at(sent(c.first_tok).first_token) >= 0;
    return in("relative", b - 1);
  }

  bool aux_within(uint32_t b, uint32_t e) const {
    const uint32_t end = std::min(e, sent(b - 1).end_token);
    for (uint32_t k = b; k < end; ++k) {
      if (comma(k)) return false;
      if (in("aux", k)) return true;
    }
    return false;
  }

  // The full stop at token k closes an initial or an initialism written with
  // stops ("J.", "U.N.", "U.S."), not a sentence.
  bool ends_initialism(uint32_t k) const {
    if (k == 0 || st_.tok(k - 1).span.end != st_.tok(k).span.begin || !word(k - 1)) return false;
    const std::string_view w = st_.doc.slice(st_.tok(k - 1).span);
    return w.find('.') != std::string_view::npos || (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z');
  }

  // Where the clause holding token i starts: its sentence's start, or after
  // a sentence-final mark the segmenter kept inside the sentence.
  uint32_t clause_start(uint32_t i) const {
    const auto& s = sent(i);
    for (uint32_t k = i; k-- > s.first_token;) {
      if (st_.is_punct(k, ".") && ends_initialism(k)) continue;  // "the U.N. Security Council"
      if (st_.is_punct(k, ".") || st_.is_punct(k, "!") || st_.is_punct(k, "?") || st_.is_punct(k, ";")) {
        if (k + 1 < i && st_.tok(k + 1).capitalized) return k + 1;
      }
    }
    return s.first_token;
  }

  // "explique vouloir aller plus loin", "dit craindre des retards": a French
  // infinitive right after the cue, as the parse tags it (the grammar's
  // infinitive markers list the perfect ones, "avoir", "être").
  bool infinitive_complement_at(uint32_t j) const {
    if (st_.pack.lang != "fr" || j >= st_.tree.size() || !word(j)) return false;
    const auto& t = st_.tree[j];
    return (t.upos == syntax::Upos::VERB || t.upos == syntax::Upos::AUX) && t.form == syntax::Form::Infinitive;
  }

  // --- verbs of saying ---------------------------------------------------
  void verb_frame(int ci) {
    const CueRec& c = st_.cues[ci];
    const bool gerund = c.form == VerbForm::Gerund && norm(c.first_tok) != "as";
    if (!gerund && quote_then_cue(ci)) return;
    if (!gerund && as_cue_then_content(ci)) return;
    if (cue_then_content(ci, gerund)) return;
    if (!gerund) clause_then_cue(ci);
  }

  // "Comme l'a souligné la ministre, le budget sera tenu.", "As the
  // minister said, the budget will hold.": a clause that opens on "comme" /
  // "as" and the cue, its subject inverted (French) or before the cue; what
  // follows its comma is what is said.
  bool as_cue_then_content(int ci) {
    const CueRec& c = st_.cues[ci];
    if (c.according || c.passive || c.purpose) return false;
    const uint32_t first = clause_start(c.first_tok);
    SpeakerSlot slot;
    uint32_t slot_tok = 0, after = 0;
    uint32_t k = c.first_tok;
    while (k > first && in("object_pronoun", k - 1)) --k;  // "comme l'a dit"
    if (k == first + 1 && in("as_marker", first)) {
      slot = post_slot(c, slot_tok);
      if (slot == SpeakerSlot::InCue) {
        after = c.end_tok;
      } else {
        const int m = st_.mention_starting_at(skip_adverbs(slot_tok));
        if (m < 0) return false;
        after = st_.mentions[m].end_tok;
      }
    } else {
      // The subject: a mention, else the noun phrase the parse gives ("the
      // harbour master", which no list knows).
      const int subj = subject_before(c);
      uint32_t subj_start = subj >= 0 ? with_determiner_phrase(st_.mentions[subj].first_tok) : 0;
      if (const int h = subj < 0 ? cue_head(c) : -1; h >= 0) {
        const int ns = tree_.dependent(static_cast<uint32_t>(h), syntax::Rel::nsubj);
        if (ns >= 0) subj_start = entities::noun_phrase_headed_by(st_, static_cast<uint32_t>(ns)).first;
      }
      if (subj_start != first + 1 || !in("as_marker", first)) return false;
      slot = SpeakerSlot::BeforeCue;
      slot_tok = c.first_tok;
      after = c.end_tok;
    }
    after = skip_trailing_adjunct(skip_adverbs(after), sent(c.first_tok).end_token);  // "said on Monday"
    if (!comma(after)) return false;
    const uint32_t b = after + 1;
    const ByteSpan content = content_span(b, said_clause_end(b, -1));
    if (word_count(content) < 3) return false;
    claim_inside(content);
    add(has_quote_mark(content) ? QuoteType::Mixed : QuoteType::Indirect, content, ci, slot, slot_tok, "as-cue", 0.75);
    return true;
  }

  SpeakerSlot post_slot(const CueRec& c, uint32_t& slot_tok) const {
    if (c.inverted_pronoun >= 0) {
      slot_tok = static_cast<uint32_t>(c.inverted_pronoun);
      return SpeakerSlot::InCue;
    }
    slot_tok = c.end_tok;
    if (const int m = person_past_adjunct(c.end_tok); m >= 0) slot_tok = st_.mentions[m].first_tok;
    return SpeakerSlot::AfterCue;
  }

  // "…, a expliqué lors d'une conférence de presse Paul Arnaud.": an
  // inverted subject behind a phrase of circumstance. The last mention of a
  // person, a titled name or an organisation that ends the clause, when no mention starts
  // right after the cue and a preposition opens what is between; -1 if none.
  int person_past_adjunct(uint32_t j) const {
    j = skip_adverbs(j);
    // A preposition opens it ("à", "devant" by the parse, "lors de": a word before one).
    if (j >= st_.ntok() || st_.mention_starting_at(j) >= 0) return -1;
    const bool adp = parsed() && st_.tree[j].upos == syntax::Upos::ADP;
    if (!(in("preposition", j) || adp || (word(j) && in("preposition", j + 1)))) return -1;
    const uint32_t send = sent(j).end_token;
    for (uint32_t k = j + 1; k < send && k <= j + 8; ++k) {
      if (!word(k) && st_.tok(k).kind != TokenKind::Number) return -1;  // "en 2019"
      const int m = st_.mention_starting_at(k);
      if (m < 0) continue;
      const auto& mr = st_.mentions[m];
      const uint32_t e = mr.end_tok;
      // It ends the clause, or a relative clause about it follows ("raconte
      // dans un article paru mercredi le Canard, qui a pu consulter …").
      if (e < send && st_.tok(e).kind != TokenKind::Punct && !in("relative", e)) continue;
      // A person, an organisation or a name ("a indiqué dans un communiqué le
      // ministère de la Santé", "souligne dans un communiqué l'Assurance-maladie"),
      // not the object of the phrase's preposition.
      const bool speaker_like = mr.entity_kind == EntityKind::Person || mr.kind == MentionKind::TitledName ||
                                mr.entity_kind == EntityKind::Organization || mr.kind == MentionKind::Name;
      if (speaker_like && !in("preposition", k - 1)) return m;  // else maybe a name inside ("les élus Hélène Varda")
    }
    return -1;
  }

  // « … », a déclaré X. / "…," said X. / "…," X said. / « …, » elle a dit.
  bool quote_then_cue(int ci) {
    const CueRec& c = st_.cues[ci];
    uint32_t k = c.first_tok;
    SpeakerSlot slot = SpeakerSlot::None;
    uint32_t slot_tok = 0;
    int subj = subject_before(c);
    // "…," the agency's chief epidemiologist, Dr. Holm, said: a name between commas.
    if (const uint32_t b = skip_adverbs_back(c.first_tok); subj < 0 && b > 1 && comma(b - 1))
      subj = st_.mention_ending_at(b - 1);
    bool subject_path = false;
    // "“…,” Amnesty quoted a detainee as saying": the one quoted speaks;
    // the clause starts at the subject of "quoted".
    if (const int quoted = quoted_as_saying(c); quoted >= 0) {
      const int by = st_.mention_ending_at(st_.mentions[quoted].first_tok - 1);
      if (by >= 0 && st_.mentions[by].first_tok > 0) {
        k = st_.mentions[by].first_tok;
        slot = SpeakerSlot::Source;
        slot_tok = st_.mentions[quoted].first_tok;
        subject_path = true;
        subj = by;
      }
    }
    if (!subject_path && subj >= 0 && c.inverted_pronoun < 0 && st_.mentions[subj].first_tok > 0 &&
        (comma(st_.mentions[subj].first_tok - 1) || st_.is_quote_mark(st_.mentions[subj].first_tok - 1))) {
      k = st_.mentions[subj].first_tok;
      // Behind the name, its apposition: "…," the party's spokeswoman, Maja Lind, said.
      if (k > 1 && comma(k - 1) && !st_.is_quote_mark(k - 2)) {
        const int described = st_.mention_ending_at(k - 1);  // "its director of policy"
        const uint32_t d = described >= 0 ? st_.mentions[described].first_tok : 0;
        if (const auto a = subject_phrase_start(k - 1); a && *a > 0 && (comma(*a - 1) || st_.is_quote_mark(*a - 1)))
          k = *a;
        else if (const uint32_t g = genitive_apposition_start(k - 1); g > 0)
          k = g;  // "…," Clearwater’s director, Sian Probert, said.
        else if (d > 0 && (comma(d - 1) || st_.is_quote_mark(d - 1)))
          k = d;  // "…," its director of policy, Rocio Concha, told the BBC.
      }
      slot = SpeakerSlot::BeforeCue;
      slot_tok = c.first_tok;
      subject_path = true;
    } else if (!subject_path) {
      slot = post_slot(c, slot_tok);
    }
    bool saw_comma = false;
    // Up to two of "," and a closing mark, in either order.
    for (int n = 0; n < 3 && k > 0; ++n) {
      const uint32_t t = k - 1;
      const int q = st_.quote_closed_at(t);
      if (q >= 0) {
        if (claimed_[q]) return false;
        const auto& qs = st_.doc.quotes[q];
        if (word_count(qs.content) == 0 || looks_like_title(qs.content)) return false;
        if (sent(t).paragraph != sent(c.first_tok).paragraph) return false;
        // ", X said" needs its comma: «…» then a new sentence "X said" is not this.
        // (The comma may sit inside a nested quotation: "… ‘pulling revenue forward,’" X said.)
        uint32_t before_marks = t;
        while (before_marks > 0 && st_.is_quote_mark(before_marks - 1)) --before_marks;
        const bool comma_inside = before_marks > 0 && comma(before_marks - 1);
        // Without it, a lower-case pronoun still goes on the sentence:
        // "\"… these claims\" he said".
        const bool lower_pronoun = subject_path && st_.mentions[subj].kind == MentionKind::Pronoun &&
                                   !st_.tok(st_.mentions[subj].first_tok).capitalized;
        if (subject_path && !saw_comma && !comma_inside && !lower_pronoun) return false;
        // The quotation opens its clause: not a name inside a noun phrase
        // ("du parti « Les Démocrates », a répondu…").
        if (!opens_clause(st_.token_at(qs.open_mark.begin))) return false;
        add_direct(q, ci, c.passive ? SpeakerSlot::None : slot, slot_tok, "quote-then-cue", 0.9);
        const uint32_t open = st_.token_at(qs.open_mark.begin);
        quoted_stretches(ci, clause_start(open), open, slot, slot_tok);
        quotation_after_incise(ci, c.passive ? SpeakerSlot::None : slot, slot_tok);
        return true;
      }
      if (!comma(t)) return false;
      saw_comma = true;
      k = t;
    }
    return false;
  }

  // The mention quoted by "X quoted Y as saying" whose cue ("as saying") is
  // c: Y, right before the cue, after a quoting verb (grammar class
  // quoting_verb) that follows X; -1 otherwise.
  int quoted_as_saying(const CueRec& c) const {
    if (c.form != VerbForm::Gerund || c.end_tok != c.first_tok + 2) return -1;  // "as" + "saying"
    const int y = st_.mention_ending_at(c.first_tok);
    if (y < 0 || st_.mentions[y].first_tok < 2) return -1;
    return in("quoting_verb", st_.mentions[y].first_tok - 1) ? y : -1;
  }

  // "“We are ready,” she said, “and we will win.”", « A », a-t-il dit, « B »:
  // the quotation that goes on after the incise of the cue, in the same
  // sentence, is the cue's second direct quote.
  void quotation_after_incise(int ci, SpeakerSlot slot, uint32_t slot_tok) {
    const CueRec& c = st_.cues[ci];
    const uint32_t send = sent(c.first_tok).end_token;
    for (uint32_t k = c.end_tok; k < send && k <= c.end_tok + 8; ++k) {
      if (st_.is_quote_mark(k) || cue_at_[k] >= 0) return;
      if (!comma(k)) continue;
      const int q = k + 1 < send ? st_.quote_opened_at(k + 1) : -1;
      if (q >= 0 && !claimed_[q] && word_count(st_.doc.quotes[q].content) >= 2)
        add_direct(q, ci, slot, slot_tok, "quote-after-incise", 0.85);
      return;
    }
  }

  // Token i (an opening mark) starts a clause: sentence or paragraph start,
  // after punctuation, a quote mark or a conjunction.
  bool opens_clause(uint32_t i) const {
    if (i == 0) return true;
    const uint32_t p = i - 1;
    if (st_.tok(p).sentence != st_.tok(i).sentence) return true;
    const auto kind = st_.tok(p).kind;
    if (kind == TokenKind::Punct || kind == TokenKind::QuoteMark) return true;
    return in("conjunction", p);
  }

  // X a déclaré : « … » / X a dénoncé des propos « … » / X a ajouté que … /
  // X said the report was biased / …, ajoutant que …
  bool cue_then_content(int ci, bool gerund) {
    const CueRec& c = st_.cues[ci];
    const uint32_t send = sent(c.first_tok).end_token;
    uint32_t slot_tok = c.first_tok;
    SpeakerSlot slot = SpeakerSlot::BeforeCue;
    // A gerund, a purpose infinitive or a bare participle ("des propos jugés
    // « … »") has the main clause's subject as speaker.
    const bool bare_participle = c.form == VerbForm::Participle && !c.has_aux;
    if (gerund || c.purpose || bare_participle) slot = SpeakerSlot::SameSubject;
    else if (c.passive) slot = SpeakerSlot::None;
    else if (c.inverted_pronoun >= 0) {
      slot = SpeakerSlot::InCue;
      slot_tok = static_cast<uint32_t>(c.inverted_pronoun);
    } else if (c.impersonal) {
      slot = SpeakerSlot::InCue;  // the document named after the cue, if any
      slot_tok = c.end_tok;
    }
    uint32_t j = c.end_tok;
    j = skip_adverbs(j);
    // "said privately that …": an adverb no list holds, as the parse tags
    // it, right before the complementizer.
    if (parsed() && j + 1 < send && st_.tree[j].upos == syntax::Upos::ADV && in("complementizer", j + 1)) ++j;
    // "Ce que confirme le procureur : « … »": after "que" (French), the
    // subject follows the verb; what is said comes after it.
    if (slot == SpeakerSlot::BeforeCue && st_.pack.lang == "fr" && c.first_tok > sent(c.first_tok).first_token &&
        in("complementizer", c.first_tok - 1))
      if (const int m = st_.mention_starting_at(j); m >= 0 && st_.mentions[m].kind != MentionKind::Pronoun) {
        slot = SpeakerSlot::AfterCue;
        slot_tok = j;
        j = st_.mentions[m].end_tok;
        // and its name in apposition ("la maire, Odile Perrin : …")
        if (const int name = comma(j) ? st_.mention_starting_at(j + 1) : -1;
            name >= 0 && st_.mentions[name].end_tok < send && st_.is_punct(st_.mentions[name].end_tok, ":"))
          j = st_.mentions[name].end_tok;
      }
    if (c.passive && pk_.in("naming_verb", c.lemma)) return passive_naming(ci, j, send);
    // An incise between the cue and what is said: "a déclaré, juste après les
    // faits, que". A longer one only when "que"/"that" or a quotation follows
    // it ("estime, dans une déclaration publiée mardi soir, que").
    if (comma(j)) {
      for (uint32_t k = j + 1; k < send && k <= j + 16; ++k) {
        if (comma(k)) {
          const bool content_follows =
              k + 1 < send && (in("complementizer", k + 1) || st_.quote_opened_at(k + 1) >= 0);
          if (k + 1 < send && !cue_starts(k + 1) && (k <= j + 7 || content_follows)) j = k + 1;
          break;
        }
        if (st_.tok(k).kind != TokenKind::Word && st_.tok(k).kind != TokenKind::Number) break;
      }
    }
    if (j >= st_.ntok()) return false;
    // "a répondu avec prudence : « … »": a short adverbial before the colon.
    for (uint32_t k = j; k < send && k <= j + 4; ++k) {
      if (st_.is_punct(k, ":")) {
        if (st_.quote_opened_at(k + 1) >= 0) j = k;
        break;
      }
      if (st_.tok(k).kind != TokenKind::Word) break;
    }
    // "a déclaré au magazine Science que", "told the court that",
    // "il ressort du rapport de la Cour des comptes que".
    if (in("preposition", j) && !in("complementizer", j)) {
      for (uint32_t k = j + 1; k < send && k <= j + 8; ++k) {
        if (in("complementizer", k)) {
          j = k;
          break;
        }
        if (st_.tok(k).kind != TokenKind::Word && st_.tok(k).kind != TokenKind::Number) break;
      }
    }
    // Colon: a quotation or a clause follows.
    if (st_.is_punct(j, ":")) {
      const int q = st_.quote_opened_at(j + 1);
      if (q >= 0 && !claimed_[q]) {
        add_direct(q, ci, slot, slot_tok, "cue-colon-quote", 0.9);
        return true;
      }
      if (j + 1 < send && q < 0) {
        const uint32_t e = clause_end(j + 1);
        const ByteSpan s = content_span(j + 1, e);
        if (word_count(s) >= 3) {
          add(has_quote_mark(s) ? QuoteType::Mixed : QuoteType::Indirect, s, ci, slot, slot_tok, "cue-colon-clause", 0.7);
          return true;
        }
      }
      return false;
    }
    // A quotation right after the cue, maybe behind a small word:
    // "qualifiant « … »", "parle de « … »", "called it a “…”", "dénonce une « … »".
    {
      uint32_t k = j;
      bool determiner = false, pronoun = false, qualifying = false;
      // "as saying that « … »": the complementizer, not a determiner.
      const bool that_quote = in("complementizer", j) && st_.quote_opened_at(j + 1) >= 0;
      if (that_quote) ++k;
      for (int n = 0; n < 2 && k < send && word(k) && !st_.is_quote_mark(k); ++n) {
        // "adding that it « strongly disagrees »": a complementizer opens a
        // clause (below), no object.
        if (n == 0 && in("complementizer", k) && !that_quote && (!parsed() || st_.tree[k].upos == syntax::Upos::SCONJ)) break;
        const auto w = norm(k);
        if (w == "as" || w == "comme" || (in("np_link", k) && n == 0 && !in("determiner", k + 1))) qualifying = true;
        else if (in("determiner", k)) determiner = true;
        else if (w == "it" || w == "them" || in("object_pronoun", k)) pronoun = true;
        else break;
        ++k;
      }
      const int q = st_.quote_opened_at(k);
      // "a promis de « tout faire » pour …": after "de" an infinitive in the
      // quotation opens the verb's clause, no name for a thing ("parle de
      // « trahison »").
      if (qualifying && q >= 0 && parsed() && in("np_link", j))
        for (uint32_t t = k + 1; t < std::min(send, k + 4) && !st_.is_quote_mark(t); ++t)
          if (st_.tree[t].upos == syntax::Upos::VERB && st_.tree[t].form == syntax::Form::Infinitive) qualifying = false;
      // A bare participle ("des propos jugés « … »") qualifies what it follows.
      if (c.form == VerbForm::Participle && !c.has_aux) qualifying = true;
      if (q >= 0 && !claimed_[q] && sent(k).paragraph == sent(c.first_tok).paragraph) {
        const auto& qs = st_.doc.quotes[q];
        const uint32_t close = close_tok(qs);
        uint32_t after = close + 1;
        while (after < st_.ntok() && (st_.tok(after).kind == TokenKind::Punct || st_.is_quote_mark(after)) &&
               !st_.is_punct(after, "(")) {
          if (comma(after) || st_.is_punct(after, ".") || st_.is_punct(after, ";")) break;
          ++after;
        }
        const bool clause_ends = after >= st_.ntok() || sent(after).paragraph != sent(c.first_tok).paragraph ||
                                 st_.tok(after).kind == TokenKind::Punct || cue_starts(after);
        // "a jugé « arbitraires » ou « ubuesques » les chefs d'accusation":
        // a naming verb's quoted words before the object they name.
        const uint32_t after_last = close_tok(st_.doc.quotes[last_coordinated(q)]) + 1;
        const bool names_object_after = !determiner && !pronoun && pk_.in("naming_verb", c.lemma) &&
                                        after_last < send && in("determiner", after_last);
        if (qualifying || names_object_after || (clause_ends && (!determiner || pronoun))) {
          add_object_quotes(q, ci, slot, slot_tok, "cue-then-quote", 0.85);
          return true;
        }
        const uint32_t from = that_quote ? j + 1 : j;
        const uint32_t e = mixed_end(from, clause_end(from));
        const ByteSpan s = content_span(from, e);
        if (!s.empty()) {
          add(QuoteType::Mixed, s, ci, slot, slot_tok, "cue-then-mixed", 0.75);
          claim_inside(s);
          return true;
        }
      }
    }
    // "Les syndicats se disent prêts à reprendre les négociations": a
    // reflexive cue of the grammar's class self_predicate and an adjective
    // say what the subject declares itself.
    if (in("reflexive", c.first_tok) && pk_.in("self_predicate", c.lemma) && parsed() && j < send &&
        st_.tree[j].upos == syntax::Upos::ADJ) {
      const ByteSpan s = content_span(j, said_clause_end(j, -1));
      if (word_count(s) >= 2) {
        claim_inside(s);
        add(has_quote_mark(s) ? QuoteType::Mixed : QuoteType::Indirect, s, ci, slot, slot_tok, "self-predicate", 0.7);
        return true;
      }
    }
    // que / qu' / that + clause; a reported question ("s'est demandé s'il",
    // "asked whether") after a cue that asks.
    // Not "(When) asked whether …, the spokesman said": the one who asks is
    // the cue's subject, before it.
    const int asker = cue_head(c) >= 0 ? tree_.subject(static_cast<uint32_t>(cue_head(c))) : -1;
    const bool question = in("question_word", j) && pk_.in("question_cue", c.lemma) && !c.passive &&
                          (has_subject_before(c) || (asker >= 0 && asker < static_cast<int>(c.first_tok)));
    if ((in("complementizer", j) || question) && !(st_.pack.lang == "en" && c.cls == CueClass::Act)) {
      const uint32_t b = j + 1;
      const uint32_t e = said_clause_end(b, rel_of(j) == syntax::Rel::mark ? head_of(j) : -1);
      const ByteSpan s = content_span(b, e);
      if (word_count(s) >= 2) {
        claim_inside(s);
        add(has_quote_mark(s) ? QuoteType::Mixed : QuoteType::Indirect, s, ci, slot, slot_tok, "cue-that-clause", 0.85);
        return true;
      }
      return false;
    }
    // A clause without "que" or "that": "a déclaré avoir porté plainte",
    // "Ms. X said data on shortages are unreliable" right after the cue; or,
    // behind adjuncts, the cue's clausal complement in the parse ("said in a
    // statement the vessel had…", "a indiqué mercredi avoir saisi…").
    if (c.cls == CueClass::Say && !c.passive && !pk_.in("directive", c.lemma)) {
      // "vowed to “fully cooperate”": "to", a quotation mark, (adverbs,) a
      // verb, which after "to" is its infinitive however tagged.
      bool quoted_infinitive = false;
      if (parsed() && j + 2 < st_.ntok() && st_.tree[j].upos == syntax::Upos::PART && st_.is_quote_mark(j + 1)) {
        uint32_t v = j + 2;
        while (v + 1 < st_.ntok() && st_.tree[v].upos == syntax::Upos::ADV) ++v;
        quoted_infinitive = st_.tree[v].upos == syntax::Upos::VERB;
      }
      // "assure ne pas avoir été informé": the negation opens the infinitive
      // clause; "se défend d'avoir menti": so does French "de", which is no
      // part of what is said.
      uint32_t inf = j;
      while (inf < st_.ntok() && in("negation", inf)) ++inf;
      bool after_de = false;
      if (inf == j && in("infinitive_de", j)) {
        inf = j + 1;
        while (inf < st_.ntok() && in("negation", inf)) ++inf;
        after_de = in("infinitive_marker", inf) || infinitive_complement_at(inf);
        if (!after_de) inf = j;
      }
      const bool infinitive = in("infinitive_marker", inf) ||
                              (in("reflexive", inf) && in("infinitive_marker", inf + 1)) ||
                              infinitive_complement_at(inf) || quoted_infinitive;
      uint32_t b = after_de ? j + 1 : j;
      // (The cue's adverbs, skipped above, hold "ne pas": they are the infinitive's.)
      if (infinitive && !after_de)
        while (b > c.end_tok && in("negation", b - 1)) --b;
      const char* frame = infinitive ? "cue-infinitive" : "cue-bare-clause";
      const int d = complement_after(c);
      if (!infinitive && !zero_that_clause(c, j, gerund)) {
        b = d >= 0 ? sub_first_[d] : st_.ntok();
        // "A source close to the investigation said the works could take
        // months": the parse may hang the complement's subject on the cue
        // (a subject after an uninverted verb); the clause starts there.
        if (b < st_.ntok() && b > j && st_.pack.lang == "en" && misplaced_subject(c, j, b)) b = j;
        while (b < st_.ntok() && (st_.tok(b).kind == TokenKind::Punct || in("complementizer", b))) ++b;
        frame = "cue-complement";
      }
      // "agreed to pay a penalty": with an infinitive, such a verb commits
      // to an act; only its that-clause is something said (grammar class
      // clause_only).
      uint32_t v = b;
      if (v < st_.ntok() && parsed() && st_.tree[v].upos == syntax::Upos::PART) ++v;  // "to"
      const bool infinitive_content =
          infinitive || (v < st_.ntok() && parsed() && st_.tree[v].form == syntax::Form::Infinitive);
      if (infinitive_content && pk_.in("clause_only", c.lemma)) b = st_.ntok();
      if (b < st_.ntok()) {
        uint32_t e = said_clause_end(b, d);
        // "se défend d'être un donneur de leçons, de s'en tenir …": after
        // "de", the infinitive's own phrase in the parse (its predicate's
        // when it is a copula), not a next "de" that hangs elsewhere.
        if (after_de && parsed()) {
          const int h = rel_of(inf) == syntax::Rel::cop || rel_of(inf) == syntax::Rel::aux ? head_of(inf)
                                                                                             : static_cast<int>(inf);
          if (h >= 0 && sub_first_[h] >= j && sub_end_[h] > inf) e = std::min(e, sub_end_[h]);
        }
        const ByteSpan s = content_span(b, e);
        if (word_count(s) >= (infinitive || subject_and_verb(b, e) ? 2u : 3u)) {
          const int wq = whole_quote(b, e);
          if (wq >= 0 && !claimed_[wq]) {
            add_direct(wq, ci, slot, slot_tok, "cue-then-quote", 0.8);
            return true;
          }
          claim_inside(s);
          add(has_quote_mark(s) ? QuoteType::Mixed : QuoteType::Indirect, s, ci, slot, slot_tok, frame, 0.7);
          return true;
        }
      }
    }
    // "recommande de ne plus donner …", "urged the mayor to publish …": a
    // directive and its infinitive, with the object before it, if any.
    // Not inside a quotation (the speaker's own words); a headline with its
    // cue counts like any sentence (GUIDELINES: headlines carrying a cue).
    if (pk_.in("directive", c.lemma) && !c.passive && st_.quote_containing(c.span.begin) < 0 &&
        !indefinite_subject(c) && (!pk_.in("directive_with_particle", c.lemma) || in("preposition", j))) {
      const uint32_t e = clause_end(j);
      for (uint32_t k = j; k < e && k <= j + 6; ++k) {
        if (comma(k) || st_.is_quote_mark(k)) break;
        if (!in("directive_marker", k)) continue;
        uint32_t v = k + 1;
        while (v < e && in("negation", v)) ++v;
        // "demander à l'administration de revenir": "à" names the addressee
        // here; the infinitive's marker comes later.
        if (v >= e || !infinitive_like(v)) continue;
        // "who asked not to be named", "a demandé à ne pas être cité": a
        // source asking for anonymity says nothing.
        if (v + 1 < e && in("anonymity", v + 1)) break;
        // "called on the council to…": the particle belongs to the cue, the
        // addressee to the content.
        const uint32_t b = k == j ? k + 1 : (in("preposition", j) && j + 1 < k ? j + 1 : j);
        const ByteSpan s = content_span(b, e);
        if (word_count(s) < 3) break;
        if (b == j + 1 && k != j) {
          st_.cues[ci].end_tok = b;
          st_.cues[ci].span.end = st_.tok(j).span.end;
        }
        claim_inside(s);
        add(has_quote_mark(s) ? QuoteType::Mixed : QuoteType::Indirect, s, ci, slot, slot_tok, "directive-infinitive", 0.7);
        return true;
      }
    }
    // A speech act whose object carries quoted words: "accuse X de … « … »".
    // A reporting verb that also names ("a jugé ces propos « inacceptables »")
    // takes only the naming reading below.
    const bool speech_act = c.cls == CueClass::Act || c.form == VerbForm::Gerund;
    if (speech_act || pk_.in("naming_verb", c.lemma)) {
      const uint32_t e = mixed_end(j, clause_end(j));
      // The quotation must sit in the verb's own object: within a few words,
      // before any comma; or further, behind the object's "of"/"de"
      // complement, past an apposition or a relative clause between commas
      // ("accused the regulator, the X Authority, of “…”", "accuse la
      // société X, qui exploite le site, d'avoir « … »").
      uint32_t first_mark = e;
      int commas = 0;
      bool linked = false;  // an "of"/"de" (right after the last comma, if any)
      for (uint32_t k = j; k < e; ++k) {
        if (st_.is_quote_mark(k)) {
          // A closing mark: the cue is inside someone's quoted words
          // ("said it \"strongly rejects\" the allegations"), no object quote.
          if (st_.quote_opened_at(k) >= 0) first_mark = k;
          break;
        }
        if (comma(k)) {
          if (++commas > 2) break;
          linked = false;
        } else if (in("np_link", k) && (commas == 0 || comma(k - 1))) {
          linked = true;
        }
      }
      const bool in_object = first_mark < e && (commas == 0 ? first_mark <= j + 8 || (linked && first_mark <= j + 16)
                                                            : linked && first_mark <= j + 24);
      const ByteSpan s = content_span(j, e);
      // "called the decision « a disgrace »", "a qualifié ces faits de « … »":
      // what the quotation names the object, the quoted words only.
      if (in_object && first_mark <= j + 8 && pk_.in("naming_verb", c.lemma)) {
        const int q = st_.quote_opened_at(first_mark);
        if (q >= 0 && !claimed_[q]) {
          add_object_quotes(q, ci, slot, slot_tok, "naming-quote", 0.8);
          return true;
        }
      }
      // "termed the findings as one-sided and misguided": unquoted, the
      // words after "as" say what the speaker calls the object (grammar
      // class naming_as: not "call", whose "as" summons: "called him as a
      // witness").
      if (first_mark == e && pk_.in("naming_as", c.lemma)) {
        for (uint32_t k = j + 1; k < e && k <= j + 8 && word(k); ++k) {
          if (!in("as_marker", k)) continue;
          const ByteSpan named = content_span(k + 1, e);
          if (named.empty()) break;
          claim_inside(named);
          add(QuoteType::Indirect, named, ci, slot, slot_tok, "naming-as", 0.7);
          return true;
        }
      }
      if (!s.empty() && in_object && speech_act) {
        // "a exprimé dans un communiqué « ses regrets … »": a phrase of
        // circumstance before the quoted object is no part of what is said.
        if (commas == 0 && first_mark > j && in("preposition", j) && !in("np_link", j)) {
          const int wq = whole_quote(first_mark, e);
          if (wq >= 0 && !claimed_[wq]) {
            add_direct(wq, ci, slot, slot_tok, "act-object-quote", 0.7);
            return true;
          }
        }
        claim_inside(s);
        add(QuoteType::Mixed, s, ci, slot, slot_tok, "act-object-quote", 0.7);
        return true;
      }
    }
    return false;
  }

  // "The plan was labeled misleading by the union", "was called “a
  // disgrace” by the mayor", "a été qualifié d'« irresponsable » par le
  // maire": a naming verb in the passive. What it calls its subject is said
  // by its agent, the phrase after "by"/"par" (grammar class by_agent).
  bool passive_naming(int ci, uint32_t j, uint32_t send) {
    const uint32_t b = in("np_link", j) ? j + 1 : j;  // "qualifié de …"
    for (uint32_t k = b + 1; k + 1 < send && k <= b + 10; ++k) {
      if (comma(k) || cue_starts(k)) return false;
      if (!in("by_agent", k) || in("np_link", k)) continue;  // French "de" is the naming "de"
      int m = st_.mention_starting_at(k + 1);
      if (m < 0 && in("determiner", k + 1)) m = entities::add_source_phrase(st_, k + 1);
      if (m < 0) return false;
      const uint32_t source = st_.mentions[m].first_tok;
      const int q = whole_quote(b, k);
      if (q >= 0 && !claimed_[q]) {
        add_object_quotes(q, ci, SpeakerSlot::Source, source, "passive-naming-quote", 0.8);
        return true;
      }
      const ByteSpan named = content_span(b, k);
      if (named.empty()) return false;
      claim_inside(named);
      add(has_quote_mark(named) ? QuoteType::Mixed : QuoteType::Indirect, named, ci, SpeakerSlot::Source, source,
          "passive-naming", 0.7);
      return true;
    }
    return false;
  }

  // "on lui a demandé de…": the subject before the cue (past object pronouns
  // and auxiliaries) is an indefinite pronoun.
  bool indefinite_subject(const CueRec& c) const {
    uint32_t k = c.first_tok;
    for (int n = 0; n < 3 && k > 0 && (in("object_pronoun", k - 1) || in("aux", k - 1)); ++n) --k;
    return k > 0 && in("indefinite_pronoun", k - 1);
  }

  // ", days after …", ", two weeks before …", ", quelques jours après …":
  // a time adjunct that starts at token k, before the sentence end `end`,
  // and closes the reported clause.
  bool time_adjunct_at(uint32_t k, uint32_t end) const {
    for (int n = 0; n < 2 && k < end && (in("quantifier", k) || in("determiner", k) || st_.tok(k).kind == TokenKind::Number); ++n)
      ++k;
    return k + 1 < end && in("time_unit", k) && in("time_relation", k + 1);
  }

  // A verb in the infinitive after "to" / "de": a lower-case word that is no
  // determiner or preposition, in French with an infinitive's ending.
  bool infinitive_like(uint32_t v) const {
    if (!word(v) || st_.tok(v).capitalized || in("determiner", v) || in("preposition", v)) return false;
    if (st_.pack.lang != "fr") return !in("object_pronoun", v) && !in("plural_pronoun", v);
    const auto w = norm(v);
    return w.ends_with("er") || w.ends_with("ir") || w.ends_with("re") || w.ends_with("oir") ||
           in("reflexive", v) || in("object_pronoun", v);
  }

  // English zero "that" right after the cue: "Ms. X said data on shortages
  // are unreliable". Guessed from words, where the parse finds no complement.
  bool zero_that_clause(const CueRec& c, uint32_t j, bool gerund) const {
    if (st_.pack.lang != "en" || !word(j) || in("preposition", j) || in("adverb", j) || in("particle", j) ||
        in("time_word", j) || norm(j) == "to" || st_.tok(j).sentence != st_.tok(c.first_tok).sentence ||
        !bare_clause_verb(c))
      return false;
    // "found no evidence that …": a noun with its own "that" clause is an object.
    if (in("complementizer", j + 1) || in("complementizer", j + 2)) return false;
    // "…, saying budgets had risen": a gerund's clause needs an auxiliary
    // soon, or "saying nothing about it" would be content; or, by the parse,
    // a subject with its finite verb ("saying it ignored the evidence").
    // Any clause needs a verb: "have said little about the cause" reports
    // no clause. The tagger misses verbs right after a quotation mark
    // ("the study “flies in the face” of"): a quotation or a clausal
    // complement of the cue in the parse will do.
    // The verb comes before a conjunction: "has said little about the cause
    // but confirmed that …" coordinates a second verb of the cue's subject.
    const int h = cue_head(c);
    uint32_t window = j + 16;
    for (uint32_t k = j; parsed() && k < window && k < st_.ntok(); ++k)
      if (st_.tree[k].upos == syntax::Upos::CCONJ) window = k;
    if (!verb_within(j, window) && !(h >= 0 && has_child(static_cast<uint32_t>(h), syntax::Rel::ccomp)) &&
        st_.quote_opened_at(j) < 0 && st_.quote_opened_at(j + 1) < 0 && st_.quote_opened_at(j + 2) < 0)
      return false;
    if (gerund)
      return aux_within(j + 1, j + 6) ||
             (parsed() && st_.tree[j].rel.rel == syntax::Rel::nsubj && st_.tree[j].head > static_cast<int32_t>(j) &&
              finite_verb_at(static_cast<uint32_t>(st_.tree[j].head)) && st_.tree[j].head <= static_cast<int32_t>(j) + 4);
    return has_subject_before(c);
  }
  // A verb or an auxiliary in [b, e), as the parse or the grammar says; or
  // an "adjective" between a subject and its object, the verb the tagger
  // misread ("the company misled investors").
  bool verb_within(uint32_t b, uint32_t e) const {
    if (!parsed()) return true;  // no parse to ask: as before it
    const uint32_t end = std::min(e, sent(b).end_token);
    auto nominal = [&](uint32_t k) {
      const auto u = st_.tree[k].upos;
      return u == syntax::Upos::NOUN || u == syntax::Upos::PROPN || u == syntax::Upos::PRON;
    };
    for (uint32_t k = b; k < end; ++k) {
      if (st_.tree[k].upos == syntax::Upos::VERB || st_.tree[k].upos == syntax::Upos::AUX || in("aux", k)) return true;
      if (st_.tree[k].upos == syntax::Upos::ADJ && k > b && k + 1 < end && nominal(k - 1) &&
          (nominal(k + 1) || st_.tree[k + 1].upos == syntax::Upos::DET))
        return true;
    }
    return false;
  }

  // [b, e) holds a finite verb and its subject, as the parse says: a clause
  // however short ("said exports fell").
  bool subject_and_verb(uint32_t b, uint32_t e) const {
    if (!parsed()) return false;
    for (uint32_t k = b; k < e && k < st_.ntok(); ++k)
      if (finite_verb_at(k))
        if (const int s = tree_.subject(k); s >= static_cast<int>(b) && s < static_cast<int>(k)) return true;
    return false;
  }

  // English verbs that take a clause without "that" ("said the report was…").
  bool bare_clause_verb(const CueRec& c) const { return pk_.in("zero_that", c.lemma); }

  // Document quotes are sorted by their opening mark: only those opening
  // inside s are looked at (a scan of all of them per quote was quadratic).
  void claim_inside(ByteSpan s) {
    const auto& dq = st_.doc.quotes;
    auto it = std::lower_bound(dq.begin(), dq.end(), s.begin,
                               [](const text::QuoteSpan& q, uint32_t b) { return q.open_mark.begin < b; });
    for (; it != dq.end() && it->open_mark.begin < s.end; ++it)
      if (it->content.end <= s.end) claimed_[it - dq.begin()] = true;
  }

  // …, a indiqué M. Lin. / …, he said. / Le 22 mars, souligne ce rapport, …
  // Past a short phrase of time or circumstance that ends the clause after a
  // cue: "said on Monday.", "said in a statement.", "a indiqué lundi soir.";
  // j itself when what follows is not such a phrase.
  uint32_t skip_trailing_adjunct(uint32_t j, uint32_t send) const {
    if (!(in("preposition", j) || in("time_word", j))) return j;
    for (uint32_t k = j; k < send && k <= j + 8; ++k) {
      if (st_.tok(k).kind == TokenKind::Punct) return k;
      if (!word(k) && st_.tok(k).kind != TokenKind::Number) return j;
      if (in("complementizer", k) || in("relative", k) || cue_starts(k) || pk_.verb(norm(k))) return j;
      // "agreed to stop making such advertisements": an infinitive or a
      // finite verb makes it a clause, no adjunct ("in a statement released
      // Monday" keeps its participle).
      if (finite_verb_at(k) || (parsed() && st_.tree[k].form == syntax::Form::Infinitive)) return j;
    }
    return j;
  }

  // The quoted stretches between tokens [b, e) that the parse puts in the
  // cue's clause: "« … » avec X et Y, a déclaré Z", "\"…\" but, if …, \"…,\"
  // the mayor insisted". Each is a direct quote of the cue; returns how many.
  int quoted_stretches(int ci, uint32_t b, uint32_t e, SpeakerSlot slot, uint32_t slot_tok) {
    const CueRec& c = st_.cues[ci];
    int n = 0;
    for (uint32_t t = b; t < e; ++t) {
      const int q = st_.quote_opened_at(t);
      if (q < 0) continue;
      const auto& qs = st_.doc.quotes[q];
      const uint32_t close = close_tok(qs);
      if (close >= e || qs.depth > 0 || claimed_[q] || word_count(qs.content) == 0 || looks_like_title(qs.content))
        continue;
      if (!in_complement_before(c, t)) continue;
      add_direct(q, ci, c.passive ? SpeakerSlot::None : slot, slot_tok, "quote-then-cue", 0.85);
      ++n;
      t = close;
    }
    return n;
  }

  // Where the subject of mention m starts: its determiner phrase, or the
  // bare description the parse hangs before its name ("Polish state news
  // agency PAP reported"), which has no determiner to open it.
  uint32_t described_subject_start(int m) const {
    const auto& mr = st_.mentions[m];
    const uint32_t first = with_determiner_phrase(mr.first_tok);
    if (first == 0 || comma(first - 1) || st_.tree.size() != st_.ntok()) return first;
    uint32_t head = mr.end_tok - 1;
    for (uint32_t k = mr.first_tok; k < mr.end_tok; ++k) {
      const int32_t h = st_.tree[k].head;
      if (h < static_cast<int32_t>(mr.first_tok) || h >= static_cast<int32_t>(mr.end_tok)) head = k;
    }
    const uint32_t described = entities::noun_phrase_headed_by(st_, head).first;
    return described < first && described > 0 && comma(described - 1) ? described : first;
  }

  void clause_then_cue(int ci) {
    const CueRec& c = st_.cues[ci];
    uint32_t k = c.first_tok;
    SpeakerSlot slot;
    uint32_t slot_tok = 0;
    uint32_t after_subject = 0;
    const int subj = subject_before(c);
    const uint32_t after_cue = skip_trailing_adjunct(skip_adverbs(c.end_tok), sent(c.first_tok).end_token);
    const bool cue_ends_clause = after_cue >= st_.ntok() || st_.tok(after_cue).kind == TokenKind::Punct ||
                                 sent(after_cue).paragraph != sent(c.first_tok).paragraph;
    const uint32_t subj_start = subj >= 0 ? described_subject_start(subj) : 0;
    if (st_.pack.lang == "en" && subj >= 0 && c.inverted_pronoun < 0 && cue_ends_clause && subj_start > 0 &&
        comma(subj_start - 1)) {
      k = subj_start;
      slot = SpeakerSlot::BeforeCue;
      slot_tok = c.first_tok;
      after_subject = skip_adverbs(c.end_tok);
    } else {
      slot = post_slot(c, slot_tok);
      if (slot == SpeakerSlot::AfterCue) {
        const uint32_t j = skip_adverbs(slot_tok);
        if (const int m = st_.mention_starting_at(j); m >= 0) {
          after_subject = st_.mentions[m].end_tok;
        } else {
          // "…, témoigne une riveraine", "…, ajoute le texte du communiqué":
          // an inverted subject no list knows, a determiner's noun phrase
          // (by the parse) that ends the sentence; the attribution stage
          // names it. Anything else after the cue: not this pattern.
          if (!parsed() || !(in("determiner", j) || in("quantifier", j))) return;
          // Not when the sentence opens on the cue's subject ("Le rapport,
          // que X a pu consulter, pointe des manquements"): that phrase is
          // its object.
          const int h = cue_head(c);
          const int before = h >= 0 ? tree_.subject(static_cast<uint32_t>(h)) : -1;
          if (before >= 0 && before < static_cast<int>(std::min(c.first_tok, sent(c.first_tok).first_token + 4))) return;
          // (However the parse reads the relative clause after that phrase:
          // "Le document, dont franceinfo a obtenu une copie, détaille …".)
          {
            const uint32_t first = sent(j).first_token;
            const uint32_t np_end = entities::noun_phrase_end(st_, first);
            if (np_end > first && np_end + 1 < c.first_tok && comma(np_end) &&
                (in("relative", np_end + 1) || in("relative_object", np_end + 1)))
              return;
          }
          const uint32_t e = entities::noun_phrase_end(st_, j);
          if (e <= j + 1 || !(e >= sent(j).end_token || st_.is_punct(e, ".") || st_.is_punct(e, "!"))) return;
          // Nor when nothing before the cue is a clause or a quotation
          // ("Le Haut Conseil …, dans son rapport annuel, juge les efforts
          // insuffisants", the parse lost in it): no verb, no mark. A bare
          // participle is no clause: "Le rapport, publié jeudi, juge …".
          bool clause_before = false;
          for (uint32_t t = sent(j).first_token; t < c.first_tok && !clause_before; ++t) {
            const auto& n = st_.tree[t];
            clause_before = st_.is_quote_mark(t) || n.upos == syntax::Upos::AUX ||
                            (n.upos == syntax::Upos::VERB && n.form != syntax::Form::Participle);
          }
          if (!clause_before) return;
          after_subject = e;
        }
        // "…, an ABC health reporter, warned people will die": a verb after
        // the phrase makes it the subject of the cue's own clause, not an
        // inverted subject.
        if (finite_verb_at(after_subject)) return;
      } else {
        after_subject = skip_adverbs(c.end_tok);
      }
    }
    if (k == 0 || !comma(k - 1)) return;
    if (c.passive) slot = SpeakerSlot::None;
    const uint32_t comma_tok = k - 1;
    const auto& s = sent(comma_tok);
    // Inside a quotation: « A, a-t-il dit, B » -> two direct quotes.
    const int q = st_.quote_containing(st_.tok(comma_tok).span.begin);
    if (q >= 0 && !claimed_[q]) {
      const auto& qs = st_.doc.quotes[q];
      const ByteSpan first{qs.content.begin, st_.tok(comma_tok - 1).span.end};
      uint32_t b2 = after_subject;
      // "« A, a précisé son PDG, Laurent Vasseur, joint par téléphone. B »":
      // an incise that ends its sentence inside the quotation; B is the next one.
      const uint32_t incise_end = sent(c.first_tok).end_token;
      if (incise_end < st_.ntok() && st_.tok(incise_end).span.begin < qs.content.end) b2 = std::max(b2, incise_end);
      while (b2 < st_.ntok() && st_.tok(b2).kind == TokenKind::Punct) ++b2;
      claimed_[q] = true;
      add(QuoteType::Direct, without_trailing_comma(first), ci, slot, slot_tok, "split-quote", 0.85, q);
      if (b2 < st_.ntok() && st_.tok(b2).span.begin < qs.content.end)
        add(QuoteType::Direct, ByteSpan{st_.tok(b2).span.begin, qs.content.end}, ci, slot, slot_tok, "split-quote", 0.85, q);
      return;
    }
    (void)s;
    const uint32_t start = clause_start(comma_tok);
    // "Le rapport de l'ONG, rendu public mardi, accuse la police de …": what
    // comes before the comma has no finite verb and holds the cue's own
    // subject in the parse: a noun phrase, not a clause it reports.
    if (parsed() && slot == SpeakerSlot::AfterCue) {
      const int subject = tree_.subject(cue_head(c) >= 0 ? static_cast<uint32_t>(cue_head(c)) : c.first_tok);
      bool finite = false;
      for (uint32_t t = start; t < comma_tok && !finite; ++t) finite = finite_verb_at(t);
      if (!finite && subject >= static_cast<int>(start) && subject < static_cast<int>(comma_tok)) return;
    }
    const ByteSpan before = content_span(start, comma_tok);
    // An incise after a short opening: "Le 22 mars, souligne ce rapport, certains corps…".
    if (word_count(before) < 4 && comma(after_subject)) {
      const uint32_t b = after_subject + 1;
      const uint32_t e = clause_end(b);
      const ByteSpan after = content_span(b, e);
      if (word_count(after) >= 3) {
        claim_inside(after);
        add(has_quote_mark(after) ? QuoteType::Mixed : QuoteType::Indirect, after, ci, slot, slot_tok, "incise-cue", 0.75);
        return;
      }
    }
    if (word_count(before) < 2) return;
    // A clause that opens on a quotation the parse puts under the cue.
    if (st_.quote_opened_at(start) >= 0 && quoted_stretches(ci, start, comma_tok, slot, slot_tok) > 0) return;
    // A clause that is one whole quotation is a direct quote.
    const int wq = whole_quote(start, comma_tok);
    if (wq >= 0 && !claimed_[wq]) {
      if (looks_like_title(st_.doc.quotes[wq].content)) return;
      add_direct(wq, ci, slot, slot_tok, "quote-then-cue", 0.85);
      return;
    }
    claim_inside(before);
    add(has_quote_mark(before) ? QuoteType::Mixed : QuoteType::Indirect, before, ci, slot, slot_tok, "clause-then-cue", 0.8);
  }

  // Words [j, b) between the cue and its complement that hold the cue's
  // subject in the parse, and nothing but words: that subject is the
  // complement's.
  bool misplaced_subject(const CueRec& c, uint32_t j, uint32_t b) const {
    if (!parsed()) return false;
    bool subject = false;
    for (uint32_t k = j; k < b; ++k) {
      if (!word(k)) return false;
      const auto& n = st_.tree[k];
      if (n.rel.rel == syntax::Rel::nsubj && n.head >= static_cast<int32_t>(c.first_tok) &&
          n.head < static_cast<int32_t>(c.end_tok))
        subject = true;
    }
    return subject;
  }

  // A finite verb or an auxiliary at token k, by the parse.
  bool finite_verb_at(uint32_t k) const {
    if (!parsed() || k >= st_.ntok()) return false;
    const auto& n = st_.tree[k];
    return n.upos == syntax::Upos::AUX || (n.upos == syntax::Upos::VERB && n.form == syntax::Form::Finite);
  }


  // "Pour Sandrine Morel, ancienne ingénieure du groupe, ces écarts …": past
  // an apposition that names a role (within its first three words) and ends
  // at a comma; b itself when there is none.
  uint32_t after_role_apposition(uint32_t b, uint32_t send) const {
    if (!word(b) || st_.tok(b).capitalized || in("determiner", b)) return b;
    bool role = false;
    for (uint32_t k = b; k < send && k <= b + 10; ++k) {
      if (comma(k)) return role && k + 1 < send ? k + 1 : b;
      if (!word(k) || cue_starts(k) || in("complementizer", k) || in("relative", k)) return b;
      if (k < b + 3 && pk_.roles.match(st_.norms, k) > 0) role = true;
    }
    return b;
  }

  bool lower_noun(uint32_t k) const {
    return word(k) && !st_.tok(k).capitalized && k < st_.tree.size() && st_.tree.size() == st_.ntok() &&
           st_.tree[k].upos == syntax::Upos::NOUN;
  }

  // "figures from the Home Office", "les chiffres du ministère" at t: the
  // token where the mention of whose data they are starts (grammar classes
  // data_noun, data_link), else -1.
  int owner_of_data(uint32_t t) const {
    const uint32_t end = sent(t).end_token;
    uint32_t n = in("determiner", t) ? t + 1 : t;
    if (n + 1 < end && !in("data_noun", n) && parsed() && st_.tree[n].upos == syntax::Upos::ADJ) ++n;  // "official"
    if (n + 2 >= end || !in("data_noun", n) || !in("data_link", n + 1)) return -1;
    const uint32_t a = in("determiner", n + 2) && st_.mention_starting_at(n + 2) < 0 ? n + 3 : n + 2;
    // "un décompte de l'ONG Amnesty International": the name may follow a
    // word that says what the owner is.
    for (uint32_t k = a; k < end && k < a + 3 && word(k); ++k)
      if (st_.mention_starting_at(k) >= 0) return static_cast<int>(k);
    return -1;
  }

  // --- selon / d'après / according to ------------------------------------
  // What source src_tok says in [b, e) after cue ci: the whole quotation
  // there, else the words (two at least).
  void add_according(int ci, uint32_t src_tok, uint32_t b, uint32_t e, const char* frame) {
    const int wq = whole_quote(b, e);
    if (wq >= 0 && !claimed_[wq]) {
      claimed_[wq] = true;
      add(QuoteType::According, without_trailing_comma(st_.doc.quotes[wq].content), ci, SpeakerSlot::Source, src_tok,
          frame, 0.85, wq);
      return;
    }
    const ByteSpan sp = content_span(b, e);
    if (word_count(sp) < 2) return;
    claim_inside(sp);
    add(QuoteType::According, sp, ci, SpeakerSlot::Source, src_tok, frame, 0.8);
  }
  // "contestée par l'avocat de la famille, pour qui « rien ne prouve … »":
  // the phrase before the comma is the source, what follows "qui" is said.
  void relative_source_frame(int ci) {
    const CueRec& c = st_.cues[ci];
    const int m = st_.mention_ending_at(c.first_tok - 1);
    if (m >= 0) add_according(ci, st_.mentions[m].first_tok, c.end_tok, clause_end(c.end_tok), "according-relative");
  }

  void according_frame(int ci) {
    const CueRec& c = st_.cues[ci];
    if (c.relative_source) {
      relative_source_frame(ci);
      return;
    }
    const lexicon::WordInfo* marker = nullptr;
    pk_.according.match(st_.norms, c.first_tok, &marker);
    uint32_t src_tok = c.end_tok;
    int m = -1;
    uint32_t src_end = c.end_tok;
    bool bare_source = false;
    int data_owner = -1;
    if (marker && marker->possessive_source) {
      // "à ses yeux", "in his view": the marker's possessive is the source.
      for (uint32_t k = c.first_tok; k < c.end_tok; ++k)
        if (in("possessive", k)) src_tok = k;
      if (src_tok == c.end_tok) return;
    } else {
      // "D'après nos informations", "according to our sources": the
      // outlet's own reporting, no one's words.
      // ("Selon Me Paul Girard": the lawyer's title, no pronoun.)
      m = st_.mention_starting_at(src_tok);
      if (in("first_person", src_tok) && !(m >= 0 && st_.mentions[m].kind == MentionKind::TitledName)) return;
      // A marker that is also an everyday word ("Pour la première fois, …")
      // introduces only a person or an organisation already recognised.
      const bool start_only = marker && marker->where == "start";
      // "Pour le docteur Marc Aubry": a name behind its article and title.
      // "Pour le sociologue Jean Viard": or behind a lower-case noun the parse
      // tags (a profession no list holds).
      if (m < 0 && start_only && in("determiner", src_tok)) {
        uint32_t k = src_tok + 1;
        while (k < src_tok + 3 && (pk_.titles.match(st_.norms, k) > 0 || lower_noun(k))) ++k;
        if (st_.mention_starting_at(k) >= 0) m = st_.mention_starting_at(src_tok = k);
      }
      if (m < 0 && start_only && !in("stressed_pronoun", src_tok)) return;  // "Pour elle, …" goes on
      // "selon le décompte …", "according to figures compiled by …": a
      // phrase no list knows (a bare noun only with its agent, below).
      bare_source = m < 0 && !in("determiner", src_tok) &&
                    (lower_noun(src_tok) || (word(src_tok) && !st_.tok(src_tok).capitalized && src_tok < st_.tree.size() &&
                                             st_.tree[src_tok].upos == syntax::Upos::ADJ && lower_noun(src_tok + 1) &&
                                             in("data_noun", src_tok + 1)));  // "official figures"
      data_owner = owner_of_data(src_tok);
      if (m < 0 && data_owner >= 0) m = st_.mention_starting_at(static_cast<uint32_t>(data_owner));
      if (m < 0 && (in("determiner", src_tok) || bare_source)) m = entities::add_source_phrase(st_, src_tok);
      if (m < 0 && !in("stressed_pronoun", src_tok)) return;
      src_end = m >= 0 ? st_.mentions[m].end_tok : src_tok + 1;
    }
    // "according to a report by the state auditor, …": the source runs to
    // the comma, over an acronym in brackets ("de l'Organisation mondiale
    // de la santé (OMS), …").
    if (!comma(src_end)) {
      for (uint32_t k = src_end; k < sent(src_tok).end_token && k <= src_end + 12; ++k) {
        if (comma(k)) {
          src_end = k;
          break;
        }
        if (st_.is_punct(k, "(") && k + 2 < st_.ntok() && st_.is_punct(k + 2, ")") && st_.tok(k + 1).all_caps) {
          k += 2;
          continue;
        }
        if (st_.tok(k).kind != TokenKind::Word || cue_at_[k] >= 0) break;
      }
    }
    // "Selon Le Canard enchaîné, qui a révélé l'affaire, …", "according to
    // the NGO, which tracks the strikes, …": the relative clause on the
    // source is no part of what it says.
    // "Mais pour Michaël Zemmour, économiste à l'université Paris 1, ce
    // chiffrage est …": the source's apposition (a description, then a
    // comma) is no part of it either.
    if (comma(src_end) && m >= 0)
      if (const int a = st_.mention_starting_at(src_end + 1); a >= 0 && st_.mentions[a].kind == MentionKind::Description)
        for (uint32_t k = st_.mentions[a].end_tok; k < sent(src_tok).end_token && k <= src_end + 12; ++k) {
          if (comma(k)) {
            src_end = k;
            break;
          }
          if (finite_verb_at(k) || st_.is_quote_mark(k)) break;
        }
    if (comma(src_end) && in("relative", src_end + 1)) {
      for (uint32_t k = src_end + 2; k < sent(src_tok).end_token && k <= src_end + 24; ++k)
        if (comma(k)) {
          src_end = k;
          break;
        }
    }
    // "according to figures compiled by AFP", "selon un décompte établi par
    // l'AFP": the agent of the participle stands for the source.
    bool agent = false;
    if (parsed())
      for (uint32_t k = src_tok + 2; k + 1 < src_end; ++k) {
        if (!in("by_agent", k) || st_.tree[k - 1].upos != syntax::Upos::VERB ||
            st_.tree[k - 1].form != syntax::Form::Participle)
          continue;
        // "un document consulté par Le Monde": who read it did not write it.
        if (in("access_participle", k - 1)) break;
        const uint32_t a = in("determiner", k + 1) && st_.mention_starting_at(k + 1) < 0 ? k + 2 : k + 1;
        if (a < src_end && st_.mention_starting_at(a) >= 0) {
          src_tok = a;
          agent = true;
        }
        break;
      }
    if (data_owner >= 0) {
      src_tok = static_cast<uint32_t>(data_owner);
      agent = true;
    }
    // "according to common practice, …" names no source; "according to
    // official figures, …" does, figures no one is named for.
    bool bare_data = false;
    for (uint32_t k = src_tok; bare_source && k < src_end && !bare_data; ++k) bare_data = in("data_noun", k);
    if (bare_source && !agent && !bare_data) return;
    const auto& s = sent(c.first_tok);
    const int encl = st_.quote_containing(st_.tok(c.first_tok).span.begin);
    const uint32_t clause_first =
        encl >= 0 ? std::max(clause_start(c.first_tok), st_.token_at(st_.doc.quotes[encl].content.begin))
                  : clause_start(c.first_tok);
    // Marker at the clause start (after conjunctions, marks): content after the source.
    bool at_start = true;
    for (uint32_t k = clause_first; k < c.first_tok; ++k)
      if (!(punct_or_mark(k) || in("conjunction", k))) at_start = false;
    // "…, mais selon X, …": a new clause starts at the conjunction.
    if (!at_start && c.first_tok >= 2 && in("conjunction", c.first_tok - 1) && comma(c.first_tok - 2)) at_start = true;
    auto emit = [&](uint32_t b, uint32_t e, const char* frame) { add_according(ci, src_tok, b, e, frame); };
    const bool relative_after = comma(src_end) && in("relative", src_end + 1);
    if (at_start) {
      if (!comma(src_end)) return;
      uint32_t b = src_end + 1;
      // "Selon son secrétaire général, Karim Benslimane, …": skip the apposition.
      const int appo = st_.mention_starting_at(b);
      if (appo >= 0 && comma(st_.mentions[appo].end_tok) &&
          (st_.mentions[appo].same_as >= 0 || (m >= 0 && st_.mentions[m].same_as == appo)))
        b = st_.mentions[appo].end_tok + 1;
      else if (m >= 0) b = after_role_apposition(b, s.end_token);
      // "Selon le parquet, cité par l'AFP, trois suspects …": a participle's
      // apposition on the source is no part of what it says.
      if (parsed() && b < s.end_token && st_.tree[b].upos == syntax::Upos::VERB &&
          st_.tree[b].form == syntax::Form::Participle)
        for (uint32_t k = b + 1; k < s.end_token && k <= b + 6; ++k)
          if (comma(k)) {
            b = k + 1;
            break;
          }
      const uint32_t e = clause_end(b);
      // "Pour le deuxième prévenu, son avocate a déclaré …": "as for X";
      // the clause reports someone else's words.
      if (marker && marker->where == "start")
        for (uint32_t k = b; k < e; ++k)
          if (cue_at_[k] >= 0 && !st_.cues[cue_at_[k]].according) return;
      emit(b, e, "according-first");
      return;
    }
    // "“There is no evidence of fraud,” according to the board.": the comma
    // inside the closing mark.
    if (c.first_tok >= 2 && st_.quote_closed_at(c.first_tok - 1) >= 0 && comma(c.first_tok - 2)) {
      emit(clause_first, c.first_tok, "according-last");
      return;
    }
    // "la grève, « une catastrophe » selon lui, …", "…, « une contrition
    // apparente », pour le magistrat.": a quotation set off by a comma, its
    // own marker right after it: what the source calls the thing named
    // before, the quoted words only.
    const uint32_t mark_before = c.first_tok >= 2 && comma(c.first_tok - 1) ? c.first_tok - 2 : c.first_tok - 1;
    if (const int q = c.first_tok >= 1 ? st_.quote_closed_at(mark_before) : -1;
        q >= 0 && !st_.doc.quotes[q].open_mark.empty()) {
      const uint32_t open = st_.token_at(st_.doc.quotes[q].open_mark.begin);
      if (open > s.first_token && comma(open - 1)) {
        emit(open, mark_before + 1, "according-apposition");
        return;
      }
    }
    if (c.first_tok == 0 || !comma(c.first_tok - 1)) {
      if (source_ends_sentence(m, src_end, relative_after, s) && !(marker && marker->where == "start"))
        for (uint32_t k = clause_first; k < c.first_tok; ++k)
          if (finite_verb_at(k)) {
            emit(clause_first, c.first_tok, "according-last");
            break;
          }
      return;
    }
    // "X, according to Y, has made …": an incise; the content is what follows.
    // (Not a name in apposition that ends the sentence: "« … », selon le
    // préfet, Jean Marchetti.")
    const int appo = comma(src_end) ? st_.mention_starting_at(src_end + 1) : -1;
    const bool final_apposition = appo >= 0 && (st_.mentions[appo].end_tok >= s.end_token ||
                                                 (st_.mentions[appo].end_tok + 1 == s.end_token &&
                                                  st_.tok(st_.mentions[appo].end_tok).kind == TokenKind::Punct));
    if (comma(src_end) && !relative_after && !final_apposition && src_end + 3 < s.end_token) {
      const uint32_t b = src_end + 1;
      emit(b, clause_end(b), "according-incise");
      return;
    }
    emit(clause_first, c.first_tok - 1, "according-last");
  }

  // "Au moins 40 personnes ont été tuées selon l'ONG", "… according to
  // police.": with no comma before the marker, only a source that is a
  // person, an organisation or a country, last in its sentence (or before
  // its relative clause), makes the clause a claim ("classés selon leur
  // âge" is no one's words).
  bool source_ends_sentence(int m, uint32_t src_end, bool relative_after, const text::Sentence& s) const {
    if (m < 0) return false;
    const auto kind = st_.mentions[m].entity_kind;
    if (kind != EntityKind::Person && kind != EntityKind::Organization && kind != EntityKind::Country) return false;
    if (relative_after) return true;
    uint32_t e = src_end;
    while (e < s.end_token && st_.tok(e).kind == TokenKind::Punct && !comma(e)) ++e;
    return e >= s.end_token;
  }

  // --- quotations with no cue -------------------------------------------
  void uncued_quotes() {
    // What the loop asks about the quotes found so far, computed once.
    inside_reported_.assign(st_.ntok() + 1, 0);
    para_has_quote_.assign(st_.doc.paragraphs.size(), 0);
    cued_direct_.clear();
    for (std::size_t k = 0; k < st_.quotes.size(); ++k) {
      const auto& q = st_.quotes[k];
      const uint32_t first = st_.token_at(q.content.begin);
      if (first < st_.ntok()) para_has_quote_[sent(first).paragraph] = 1;
      if (q.type != QuoteType::Direct) {
        for (uint32_t t = first; t < st_.ntok() && st_.tok(t).span.begin < q.content.end; ++t) inside_reported_[t] = 1;
      } else if (q.cue >= 0) {
        cued_direct_.push_back({q.content.begin, static_cast<int>(k)});
      }
    }
    std::sort(cued_direct_.begin(), cued_direct_.end());
    for (std::size_t qi = 0; qi < st_.doc.quotes.size(); ++qi) {
      if (claimed_[qi]) continue;
      const auto& qs = st_.doc.quotes[qi];
      if (qs.depth > 0 || word_count(qs.content) < 3) continue;  // scare quotes, names
      if (inside_a_quote(qs.content)) continue;
      const uint32_t open = st_.token_at(qs.open_mark.begin);
      const uint32_t close = close_tok(qs);
      const auto& s_open = sent(open);
      const uint32_t para = s_open.paragraph;
      const auto& p = st_.doc.paragraphs[para];
      // The quotation fills its sentence(s): nothing but punctuation around.
      bool starts_sentence = true, ends_sentence = true;
      for (uint32_t k = s_open.first_token; k < open; ++k) starts_sentence &= punct_or_mark(k);
      const uint32_t close_end = close < st_.ntok() ? sent(close).end_token : st_.ntok();
      for (uint32_t k = close + 1; k < close_end; ++k) ends_sentence &= punct_or_mark(k);
      // "Réponse du porte-parole du gouvernement : « … »", "Reaction of the
      // mayor: “…”": a noun of reply, its source, a colon (grammar class
      // reply_noun); the source is the speaker, there is no verb to cue.
      if (ends_sentence && open >= s_open.first_token + 4 && st_.is_punct(open - 1, ":") &&
          in("reply_noun", s_open.first_token) && in("np_link", s_open.first_token + 1)) {
        const uint32_t at = s_open.first_token + 2;  // after "du", "de", "of"
        const int m = st_.mention_starting_at(at);
        if (m >= 0 && st_.mentions[m].end_tok == open - 1) {
          add_direct(static_cast<int>(qi), -1, SpeakerSlot::Source, at, "reply-noun-quote", 0.75);
          para_has_quote_[para] = 1;
          continue;
        }
      }
      // "Le ministre a été clair : « … »", "The mayor was blunt: “…”": a
      // party's clause, a colon, then the quotation to the sentence's end;
      // no verb of saying, the clause's subject speaks.
      if (ends_sentence && open > s_open.first_token + 2 && st_.is_punct(open - 1, ":"))
        if (const int verb = colon_clause_verb(s_open.first_token, open - 1); verb >= 0) {
          add_direct(static_cast<int>(qi), -1, SpeakerSlot::BeforeCue, static_cast<uint32_t>(verb), "party-colon-quote", 0.6);
          para_has_quote_[para] = 1;
          continue;
        }
      // "…, souligne la SACD, qui « s'interroge sur … »", "L'organisation
      // entend « faire valoir cet argument »": the quotation is the predicate
      // of a party (a relative clause's, or the infinitive after its verb);
      // the party speaks it.
      if (const int m = predicate_quote_party(open); m >= 0) {
        add_direct(static_cast<int>(qi), -1, SpeakerSlot::Source, st_.mentions[m].first_tok, "predicate-quote", 0.6);
        para_has_quote_[para] = 1;
        continue;
      }
      if (!starts_sentence || !ends_sentence) continue;
      // A previous quote in this paragraph: the same voice goes on ("…," said X. "…").
      const int prev = previous_quote_in(para, qs.open_mark.begin);
      if (prev >= 0) {
        add_direct(static_cast<int>(qi), st_.quotes[prev].cue, SpeakerSlot::Context, open, "continued-quote", 0.7);
        para_has_quote_[para] = 1;
        continue;
      }
      // A paragraph that opens on a quotation, after a paragraph that quotes
      // or introduces a speaker: the speaker goes on.
      const bool opens_paragraph = open == st_.token_at(p.span.begin);
      if (opens_paragraph && para > 0 && paragraph_has_speaker(para - 1)) {
        add_direct(static_cast<int>(qi), -1, SpeakerSlot::Context, open, "floating-quote", 0.6);
        para_has_quote_[para] = 1;
        continue;
      }
      // A quoted paragraph after its speaker's sentence ("X a réagi lundi
      // soir.\n« … »"): the subject of that sentence's cue, else of its
      // main verb ("X refuse tout rôle de médiateur.\n« … »"); no cue of its own.
      if (opens_paragraph && para > 0) {
        const int ci = last_sentence_speaker_cue(para - 1);
        const int verb = ci >= 0                        ? static_cast<int>(st_.cues[ci].first_tok)
                         : first_person_in(qs.content) ? party_verb_of(last_sentence_of(para - 1))
                                                       : -1;
        if (verb >= 0) {
          add_direct(static_cast<int>(qi), -1, SpeakerSlot::BeforeCue, static_cast<uint32_t>(verb), "quote-after-speaker", 0.6);
          para_has_quote_[para] = 1;
          continue;
        }
      }
      // A paragraph that opens on a quotation, then names who speaks: "« … »
      // L'association a annoncé lundi dans un communiqué …", "« … » Les
      // parents d'élèves n'ont rien obtenu …" (the subject of its main verb).
      if (opens_paragraph) {
        const int ci = next_sentence_speaker_cue(close_end, para);
        const bool next_in_para = close_end < st_.ntok() && sent(close_end).paragraph == para;
        const int verb = ci >= 0 ? static_cast<int>(st_.cues[ci].first_tok)
                         : next_in_para && first_person_in(qs.content) ? party_verb_of(sent(close_end), close_end) : -1;
        if (verb >= 0) {
          add_direct(static_cast<int>(qi), ci, SpeakerSlot::BeforeCue, static_cast<uint32_t>(verb), "lead-quote", 0.65);
          para_has_quote_[para] = 1;
          continue;
        }
      }
      // "« … » Un engagement réaffirmé mardi par la direction.": a sentence
      // with no verb of its own after the quotation, whose participle's
      // agent is a party: that party said it.
      if (close_end < st_.ntok() && sent(close_end).paragraph == para)
        if (const int agent = agent_of_verbless(sent(close_end)); agent >= 0) {
          add_direct(static_cast<int>(qi), -1, SpeakerSlot::Source, static_cast<uint32_t>(agent), "quote-then-agent", 0.6);
          para_has_quote_[para] = 1;
        }
    }
  }

  // The first token of the party that is the agent of a participle of
  // saying in sentence s when s has no finite verb ("Un engagement réaffirmé mardi par
  // la direction."), else -1.
  int agent_of_verbless(const text::Sentence& s) const {
    if (!parsed() || st_.has_finite_verb(s)) return -1;
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (st_.is_quote_mark(k)) return -1;
      if (st_.tree[k].upos != syntax::Upos::VERB || st_.tree[k].form != syntax::Form::Participle) continue;
      // (A verb of saying: "réaffirmé par", not "saluée par", whose agent only welcomed it.)
      const auto* says = pk_.verb(norm(k));
      if (!says || std::none_of(says->begin(), says->end(), [](const lexicon::VerbInfo& v) { return v.cls == lexicon::CueClass::Say; }))
        continue;
      const int a = tree_.agent(k, [&](uint32_t c) { return in("by_agent", c); });
      if (a < 0) continue;
      const int m = party_holding(static_cast<uint32_t>(a));
      return m >= 0 ? static_cast<int>(st_.mentions[m].first_tok) : -1;
    }
    return -1;
  }

  // A cue whose subject before it is its speaker: not "selon", a passive, a
  // purpose infinitive, an inverted pronoun or a participle clause.
  static bool subject_speaks(const CueRec& c) {
    return !(c.according || c.passive || c.purpose || c.inverted_pronoun >= 0 || c.form == VerbForm::Gerund);
  }

  // The cue of the last sentence of paragraph `para` whose subject is named
  // before it (has_subject_before); -1 if none.
  int last_sentence_speaker_cue(uint32_t para) const {
    const auto& p = st_.doc.paragraphs[para];
    const uint32_t end = st_.token_at(p.span.end);
    if (end == 0 || end > st_.ntok()) return -1;
    const auto& s = sent(end - 1);
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (cue_at_[k] < 0) continue;
      const CueRec& c = st_.cues[cue_at_[k]];
      if (!subject_speaks(c)) continue;
      if (st_.quote_containing(c.span.begin) >= 0) continue;
      if (has_subject_before(c)) return cue_at_[k];
    }
    return -1;
  }

  // The party whose predicate a quotation opening at token `open` is, or -1:
  // after "qui"/"who" whose antecedent is a party ("la SACD, qui « s'interroge
  // … »"), or an infinitive right after a verb whose subject is a party
  // ("L'organisation entend, en tout cas, « faire valoir … »").
  int predicate_quote_party(uint32_t open) const {
    if (!parsed() || open < 2 || open + 1 >= st_.ntok()) return -1;
    const uint32_t first_word = open + 1;
    const auto& fw = st_.tree[first_word];
    auto party = [&](int m) {
      return m >= 0 && st_.mentions[m].kind != MentionKind::Pronoun && !st_.mentions[m].is_document &&
             st_.mentions[m].entity_kind != EntityKind::Unknown;
    };
    if (in("relative", open - 1) && open >= 3 && st_.is_punct(open - 2, ",")) {
      // The relative clause's verb opens the quotation: "s'interroge", "is".
      const uint32_t v = in("reflexive", first_word) || in("object_pronoun", first_word) ? first_word + 1 : first_word;
      if (v >= st_.ntok() || !(st_.tree[v].upos == syntax::Upos::VERB || st_.tree[v].upos == syntax::Upos::AUX)) return -1;
      const int m = st_.mention_ending_at(open - 2);
      return party(m) ? m : -1;
    }
    if (!(fw.upos == syntax::Upos::VERB && fw.form == syntax::Form::Infinitive)) return -1;
    // Back over an adverbial phrase between commas to the verb.
    uint32_t v = open - 1;
    if (st_.is_punct(v, ",")) {
      uint32_t k = v;
      while (k > sent(open).first_token && !st_.is_punct(k - 1, ",") && v - k < 5) --k;
      if (k < sent(open).first_token + 2 || !st_.is_punct(k - 1, ",")) return -1;  // a verb before the comma
      v = k - 2;
    }
    if (st_.tree[v].upos == syntax::Upos::VERB && st_.tree[v].form == syntax::Form::Finite) {
      const int subj = tree_.subject(v);
      if (subj < 0 || static_cast<uint32_t>(subj) > v) return -1;
      const int m = mention_holding(static_cast<uint32_t>(subj));
      return party(m) ? m : -1;
    }
    // The tagger missed the sentence's verb: the word right after a party
    // that opens the sentence ("La fédération souhaite « faire … »").
    const auto& s = sent(open);
    if (st_.has_finite_verb(s)) return -1;
    const int m = st_.mention_ending_at(v);
    return party(m) && st_.mentions[m].first_tok == s.first_token ? m : -1;
  }

  // Words in the first person ("nous", "we") in byte span c: a quotation
  // that speaks for someone, not a title or a slogan.
  bool first_person_in(ByteSpan c) const {
    for (uint32_t t = st_.token_at(c.begin); t < st_.ntok() && st_.tok(t).span.end <= c.end; ++t)
      if (in("first_person", t)) return true;
    return false;
  }

  const text::Sentence& last_sentence_of(uint32_t para) const {
    const uint32_t end = st_.token_at(st_.doc.paragraphs[para].span.end);
    return sent(end > 0 ? end - 1 : 0);
  }

  // The main verb of sentence s when its subject, before it, is a party the
  // text names (a name or a description, not a document, not a pronoun) and
  // the sentence quotes nobody; `first` is where its subject must start (the
  // sentence's first token by default). -1 otherwise.
  int party_verb_of(const text::Sentence& s, uint32_t first = UINT32_MAX) const {
    if (!parsed()) return -1;
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (st_.tree[k].head >= 0 || st_.tree[k].upos != syntax::Upos::VERB) continue;
      const int subj = tree_.subject(k);
      if (subj < 0 || static_cast<uint32_t>(subj) > k) return -1;
      for (uint32_t t = s.first_token; t < s.end_token; ++t)
        if (st_.is_quote_mark(t) || cue_at_[t] >= 0) return -1;
      const int m = mention_holding(static_cast<uint32_t>(subj));
      if (m < 0 || st_.mentions[m].kind == MentionKind::Pronoun || st_.mentions[m].is_document) return -1;
      if (first != UINT32_MAX && st_.mentions[m].first_tok != first) return -1;
      return static_cast<int>(k);
    }
    return -1;
  }
  // The head of the clause in [first, colon) when its subject, before it,
  // is a party the mentions stage names (not a document): "Le ministre a
  // été clair", "Paul Roux, lui, se veut rassurant"; -1 otherwise (a clause
  // with a cue or a quotation of its own is read elsewhere).
  int colon_clause_verb(uint32_t first, uint32_t colon) const {
    if (!parsed()) return -1;
    for (uint32_t t = first; t < colon; ++t)
      if (st_.is_quote_mark(t) || cue_at_[t] >= 0) return -1;
    for (uint32_t k = first; k < colon; ++k) {
      const int32_t h = st_.tree[k].head;
      if (h >= static_cast<int32_t>(first) && h < static_cast<int32_t>(colon)) continue;  // not the clause's head
      const auto u = st_.tree[k].upos;
      // (A predicate the tagger reads as a noun has its copula: "was blunt".)
      if (u != syntax::Upos::VERB && u != syntax::Upos::ADJ &&
          !(u == syntax::Upos::NOUN && tree_.dependent(k, syntax::Rel::cop) >= 0))
        return -1;
      const int subj = tree_.subject(k);
      if (subj < static_cast<int>(first) || static_cast<uint32_t>(subj) > k) return -1;
      return party_holding(static_cast<uint32_t>(subj)) >= 0 ? static_cast<int>(k) : -1;
    }
    return -1;
  }
  // The outermost mention holding token t when it names a party of a known
  // kind (no document), or -1.
  int party_holding(uint32_t t) const {
    const int m = mention_holding(t);
    return m >= 0 && !st_.mentions[m].is_document && st_.mentions[m].entity_kind != EntityKind::Unknown ? m : -1;
  }
  // The outermost mention holding token t, or -1.
  int mention_holding(uint32_t t) const {
    for (uint32_t b = t + 1; b-- > sent(t).first_token;) {
      const int m = st_.mention_starting_at(b);
      if (m >= 0 && st_.mentions[m].end_tok > t) return m;
    }
    return -1;
  }

  // The cue of the sentence starting at token b, in paragraph `para`, when
  // the sentence opens on its subject: a mention, then the cue (past a
  // parenthesis, adverbs and an auxiliary); -1 otherwise.
  int next_sentence_speaker_cue(uint32_t b, uint32_t para) const {
    if (b >= st_.ntok() || sent(b).paragraph != para) return -1;
    const int m = st_.mention_starting_at(b);
    if (m < 0 || st_.mentions[m].kind == MentionKind::Pronoun || st_.mentions[m].is_document) return -1;
    uint32_t k = st_.mentions[m].end_tok;
    if (st_.is_punct(k, "(")) {  // "Paris Animaux Zoopolis (PAZ)"
      while (k < sent(b).end_token && !st_.is_punct(k, ")")) ++k;
      ++k;
    }
    k = skip_adverbs(k);
    if (k >= st_.ntok() || cue_at_[k] < 0) return -1;
    return subject_speaks(st_.cues[cue_at_[k]]) ? cue_at_[k] : -1;
  }

  std::vector<uint8_t> inside_reported_;  // token inside an indirect/mixed/according content
  std::vector<uint8_t> para_has_quote_;
  std::vector<std::pair<uint32_t, int>> cued_direct_;  // (content begin, quote) sorted

  // Inside the content of a reported (not direct) quote: part of it.
  bool inside_a_quote(ByteSpan s) const {
    const uint32_t t = st_.token_at(s.begin);
    return t < inside_reported_.size() && inside_reported_[t];
  }

  // The latest cued direct quote before byte `before`, in paragraph `para`.
  int previous_quote_in(uint32_t para, uint32_t before) const {
    auto it = std::lower_bound(cued_direct_.begin(), cued_direct_.end(), std::make_pair(before, -1));
    if (it == cued_direct_.begin()) return -1;
    --it;
    const uint32_t first = st_.token_at(it->first);
    if (first >= st_.ntok() || sent(first).paragraph != para) return -1;
    // Not a quotation nested in the previous one: the one that holds it.
    int best = it->second;
    for (int n = 0; n < 8 && it != cued_direct_.begin(); ++n) {
      --it;
      const ByteSpan outer = st_.quotes[it->second].content, inner = st_.quotes[best].content;
      if (outer.begin <= inner.begin && inner.end <= outer.end) best = it->second;
    }
    return best;
  }

  bool paragraph_has_speaker(uint32_t para) const {
    const auto& p = st_.doc.paragraphs[para];
    if (para_has_quote_[para]) return true;
    // Ends with a colon: "… said in a filing:".
    const uint32_t last = st_.token_at(p.span.end) - 1;
    return last < st_.ntok() && st_.is_punct(last, ":");
  }

  // Two rules may produce the same span: keep the first (most confident) one.
  void dedupe() {
    std::vector<QuoteRec> out;
    std::set<std::pair<uint32_t, uint32_t>> seen;  // content spans kept so far
    for (auto& q : st_.quotes)
      if (seen.insert({q.content.begin, q.content.end}).second) out.push_back(std::move(q));
    std::stable_sort(out.begin(), out.end(), [](const QuoteRec& a, const QuoteRec& b) {
      return a.content.begin < b.content.begin;
    });
    // A directive inside another quote's content is part of what that quote
    // reports ("a annoncé que la Chine exhorte les Etats-Unis à …").
    std::vector<QuoteRec> kept;
    kept.reserve(out.size());
    uint32_t reach = 0;  // the furthest content end so far
    for (auto& q : out) {
      const bool nested = !kept.empty() && q.content.end <= reach;
      if (nested && q.frame == "directive-infinitive") continue;
      reach = std::max(reach, q.content.end);
      kept.push_back(std::move(q));
    }
    st_.quotes = std::move(kept);
  }
};

}  // namespace

void find_quotes(State& st) {
  QuoteFinder f(st);
  f.run();
}

}  // namespace saywho::quotes
