#include "mentions/mentions.hpp"

#include <algorithm>
#include <unordered_set>

#include "lexicon/fold.hpp"
#include "text/dateline.hpp"

namespace saywho::mentions {
namespace {

using pipeline::MentionRec;
using pipeline::State;
using text::TokenKind;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

class Finder {
 public:
  explicit Finder(State& st) : st_(st), pk_(st.pack) {
    collect_mid_sentence_capitals();
    collect_charge_verb_forms();
  }

  void run() {
    for (const auto& s : st_.doc.sentences)
      if (!is_dateline(s)) scan_sentence(s);
    std::stable_sort(st_.mentions.begin(), st_.mentions.end(),
                     [](const MentionRec& a, const MentionRec& b) { return a.first_tok < b.first_tok; });
    link_appositions();
  }

 private:
  State& st_;
  const lexicon::Pack& pk_;
  uint32_t sent_first_ = 0, sent_end_ = 0;

  // "DOVER, England (Reuters) -": a place and an agency saying where the
  // story was filed, nobody in it (the splitter made it a sentence).
  bool is_dateline(const text::Sentence& s) const {
    const auto& p = st_.doc.paragraphs[s.paragraph];
    if (s.span.begin != p.span.begin) return false;
    const uint32_t story = text::dateline_end(st_.doc.text, p.span);
    return story > p.span.begin && s.span.end <= story;
  }

  std::string_view norm(uint32_t i) const { return st_.norm(i); }
  bool word(uint32_t i) const { return i < sent_end_ && st_.is_word(i); }
  bool cap(uint32_t i) const {
    return word(i) && (st_.tok(i).capitalized || st_.tok(i).all_caps) && !st_.tok(i).elided;
  }
  // Folded words seen capitalised away from a sentence start: names the text uses.
  std::unordered_set<std::string> mid_capitals_;
  // The inflected forms of the verbs of grammar class charge_after_object.
  std::unordered_set<std::string> charge_verb_forms_;
  void collect_charge_verb_forms() {
    const auto cls = pk_.classes.find("charge_after_object");
    if (cls == pk_.classes.end()) return;
    for (const auto& lemma : cls->second) {
      const lexicon::Forms f = lexicon::inflect(pk_.lang, lemma);
      for (const auto* list : {&f.finite, &f.participle, &f.gerund})
        for (const auto& form : *list) charge_verb_forms_.insert(form);
    }
  }
  // Words the text writes in lower case somewhere (views of the tokens' norms).
  std::unordered_set<std::string_view> lower_case_words_;

  // (A pronoun with its verb in one token, "I'll", "I'm", is one too.)
  bool function_word(uint32_t i) const {
    const auto w = norm(i);
    return pk_.function_words.contains(w) || w.starts_with("i'") || w.starts_with("i\u2019");
  }
  syntax::Upos upos(uint32_t i) const { return i < st_.tree.size() ? st_.tree[i].upos : syntax::Upos::X; }
  // The parse says token i cannot open a name: a pronoun ("We're"), a verb
  // ("Provided"), an adverb, a number word ("Two executives"), or a
  // function word ("The", "Selon").
  bool no_name_start(uint32_t i) const {
    using syntax::Upos;
    switch (upos(i)) {
      case Upos::PRON: case Upos::VERB: case Upos::AUX: case Upos::ADV: case Upos::DET:
      case Upos::ADP: case Upos::SCONJ: case Upos::CCONJ: case Upos::PART: case Upos::INTJ: case Upos::NUM:
        return true;
      default:
        return false;
    }
  }
  bool verbish(uint32_t i) const {
    return pk_.verb(norm(i)) != nullptr || pk_.in("aux", norm(i));
  }
  // A verb the parse reads as finite ("arrested" in "Police arrested two
  // dock workers"): no noun phrase runs over it, whatever the word lists say.
  bool finite_by_parse(uint32_t i) const {
    if (st_.tree.size() != st_.ntok() || i >= st_.ntok()) return false;
    const auto& t = st_.tree[i];
    return (t.upos == syntax::Upos::VERB || t.upos == syntax::Upos::AUX) && t.form == syntax::Form::Finite;
  }
  // A conjugated verb or an auxiliary ("state" the noun is fine, "states" is not).
  bool finite_verb(uint32_t i) const {
    if (pk_.in("aux", norm(i))) return true;
    const auto* readings = pk_.verb(norm(i));
    if (!readings) return false;
    for (const auto& r : *readings)
      if (r.form != lexicon::VerbForm::Infinitive) return true;
    return false;
  }

  bool is_head(uint32_t i, std::size_t* len = nullptr) const {
    if (len) *len = 0;
    if (compound_tail(i)) return false;  // "coup d'État", not "l'État"
    const lexicon::WordInfo* org = nullptr;
    std::size_t org_len = pk_.organisations.match(st_.norms, i, &org);
    if (org_len > 0 && org && org->name_only && !st_.tok(i).capitalized) org_len = 0;  // "le mouvement de grève"
    std::size_t l = std::max({pk_.roles.match(st_.norms, i), org_len, pk_.documents.match(st_.norms, i)});
    if (len) *len = l;
    return l > 0 && i + l <= sent_end_;
  }
  // Only quote marks, brackets or dashes before i in its sentence.
  bool sentence_initial(uint32_t i) const {
    for (uint32_t k = sent_first_; k < i; ++k) {
      const auto kind = st_.tok(k).kind;
      if (kind != TokenKind::QuoteMark && kind != TokenKind::Punct) return false;
    }
    return true;
  }

  void collect_mid_sentence_capitals() {
    for (const auto& s : st_.doc.sentences) {
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        const auto& t = st_.tok(i);
        if (t.kind == TokenKind::Word && !t.capitalized && !t.all_caps) lower_case_words_.insert(norm(i));
        if (i == s.first_token || t.kind != TokenKind::Word || !t.capitalized) continue;
        const auto& prev = st_.tok(i - 1);
        if (prev.kind == TokenKind::QuoteMark) continue;  // a quotation's first word
        if (prev.kind == TokenKind::Punct && st_.doc.slice(prev.span) == ":") continue;
        mid_capitals_.insert(lexicon::fold(t.norm));
      }
    }
  }

  // End of a capitalised name starting at i (i itself when none).
  uint32_t name_end(uint32_t i) const {
    uint32_t j = i, end = i;
    // "à l'AFP Sophie Marchand": an acronym behind its article, then a full
    // name of two capitalised words or more, is two names ("la BNP Paribas"
    // stays one).
    if (i > 0 && st_.tok(i).all_caps && pk_.in("definite", norm(i - 1)) && cap(i + 1) && cap(i + 2) &&
        !st_.tok(i + 1).all_caps && !st_.tok(i + 2).all_caps)
      return i + 1;
    while (j < sent_end_) {
      if (cap(j) && (j == i || !function_word(j) || st_.tok(j).all_caps) && !(j > i && verbish(j) && !st_.tok(j).all_caps)) {
        ++j;
        // An initial: "C." / "R."
        if (st_.doc.slice(st_.tok(j - 1).span).size() <= 2 && st_.is_punct(j, ".") && !st_.tok(j).space_before) ++j;
        end = j;
        continue;
      }
      // "Halloway & Breck", "Marceau & Associés": an ampersand between two
      // capitalised words joins them into one firm's name.
      if (j > i && j == end && st_.tok(j).kind == TokenKind::Symbol && st_.doc.slice(st_.tok(j).span) == "&" && cap(j + 1) &&
          !function_word(j + 1)) {
        ++j;
        continue;
      }
      // Particles inside a name: "Cour des Comptes", "Charles de Gaulle".
      if (j > i && word(j) && pk_.in("name_particle", norm(j)) && cap(j + 1)) {
        ++j;
        continue;
      }
      if (j > i && word(j) && st_.tok(j).elided && pk_.in("name_particle", norm(j)) && cap(j + 1)) {
        ++j;
        continue;
      }
      // "the Bank of England", "the Port of Dover": "of" (grammar class
      // name_link) after an organisation's word joins the rest of its name;
      // not after a person's ("M. Abbas of Social Democratic Party").
      if (j > i && j == end && word(j) && pk_.in("name_link", norm(j)) && cap(j + 1) && !function_word(j + 1) &&
          !verbish(j + 1) && (pk_.organisations.match(st_.norms, j - 1) == 1 || pk_.in("place_head", norm(j - 1)))) {
        ++j;
        continue;
      }
      // "Santé publique France": a French adjective between two capitalised
      // words of one name, as the parse tags it.
      if (j > i && j == end && st_.pack.lang == "fr" && word(j) && !st_.tok(j).capitalized && cap(j + 1) &&
          !function_word(j + 1) && st_.tree.size() == st_.ntok() && st_.tree[j].upos == syntax::Upos::ADJ) {
        ++j;
        continue;
      }
      // "Médecins sans frontières", "Reporters Without Borders": one
      // capitalised word, "sans"/"without" (grammar class name_without) and
      // the noun it goes without, as the parse tags it.
      if (j == i + 1 && j == end && j + 1 < sent_end_ && word(j) && pk_.in("name_without", norm(j)) &&
          word(j + 1) && !function_word(j + 1) && st_.tree.size() == st_.ntok() &&
          (st_.tree[j + 1].upos == syntax::Upos::NOUN || st_.tree[j + 1].upos == syntax::Upos::PROPN) &&
          pk_.places.match(st_.norms, i) == 0) {
        j += 2;
        end = j;
        break;
      }
      // "France 24": a short number right after a name (not a sum: "fined
      // Coastline Ferries 2 million pounds").
      if (j > i && j < sent_end_ && st_.tok(j).kind == TokenKind::Number &&
          st_.tok(j).span.size() <= 3 && j == end && !st_.amount_at(j)) {
        ++j;
        end = j;
        continue;
      }
      break;
    }
    return end;
  }

  std::vector<std::string> folded_words(uint32_t b, uint32_t e) const {
    std::vector<std::string> out;
    for (uint32_t k = b; k < e; ++k) {
      if (!st_.is_word(k)) continue;
      if (!st_.tok(k).capitalized && !st_.tok(k).all_caps) continue;  // particles
      if (pk_.in("determiner", norm(k))) continue;                       // "The", "La"
      out.push_back(lexicon::fold(norm(k)));
    }
    return out;
  }

  ByteSpan span(uint32_t b, uint32_t e) const {
    return ByteSpan{st_.tok(b).span.begin, st_.tok(e - 1).span.end};
  }

  // "the South China Sea", "la mer Rouge": a place, which names no party
  // (and "China" in it names no country): its last word (grammar class
  // geo_last) or the lower-case word before it (geo_before) is a feature of
  // the land or sea, as the language orders them.
  bool names_geography(uint32_t b, uint32_t e) const {
    return pk_.in("geo_last", norm(e - 1)) || (b > 0 && word(b - 1) && !cap(b - 1) && pk_.in("geo_before", norm(b - 1)));
  }

  EntityKind name_kind(uint32_t b, uint32_t e) const {
    if (pk_.places.match(st_.norms, b) == e - b) return EntityKind::Country;
    for (uint32_t k = b; k < e; ++k) {
      if (pk_.organisations.match(st_.norms, k) > 0) return EntityKind::Organization;
      if (st_.tok(k).kind == TokenKind::Number) return EntityKind::Organization;
      // "the Port of Dover", "Medical Journal of Australia": no person's name;
      // nor "Halloway & Breck", a firm's.
      if (k > b && (pk_.in("name_link", norm(k)) || st_.tok(k).kind == TokenKind::Symbol)) return EntityKind::Organization;
    }
    // "AFP", and "EU DisinfoLab", "UN Women": an acronym opening a name
    // makes it no person's.
    if (st_.tok(b).all_caps) return EntityKind::Organization;
    // "l'ONG Mer Libre", "the charity Blue Coast": the kind of organisation
    // just before the name says what it names.
    if (b > 0 && word(b - 1) && (!cap(b - 1) || st_.tok(b - 1).all_caps) && pk_.organisations.match(st_.norms, b - 1) == 1)
      return EntityKind::Organization;
    uint32_t words = 0;
    for (uint32_t k = b; k < e; ++k) words += cap(k) ? 1 : 0;
    return words >= 2 ? EntityKind::Person : EntityKind::Unknown;
  }

  int add(MentionRec m) {
    // "Beijing's plan", "China's actions": the mention names Beijing, China;
    // the genitive's "'s" is no part of the name.
    if (m.end_tok > m.first_tok && st_.genitive(m.end_tok - 1) && m.span.end == st_.tok(m.end_tok - 1).span.end) {
      const auto last = st_.doc.slice(st_.tok(m.end_tok - 1).span);
      const uint32_t suffix = last.ends_with("'s") ? 2 : last.ends_with("\xE2\x80\x99s") ? 4 : 0;
      if (suffix && m.span.end - m.span.begin > suffix) {
        m.span.end -= suffix;
        if (!m.name_tokens.empty() && m.name_tokens.back().ends_with("'s")) m.name_tokens.back().resize(m.name_tokens.back().size() - 2);
      }
    }
    st_.mentions.push_back(std::move(m));
    return static_cast<int>(st_.mentions.size() - 1);
  }

  // The capitalised tail of a compound noun after an elided word ("coup
  // d'État", "secrétaire d'État"; grammar class compound_tail): no name.
  bool compound_tail(uint32_t k) const {
    return k > sent_first_ && st_.tok(k - 1).elided && pk_.in("np_link", norm(k - 1)) && pk_.in("compound_tail", norm(k));
  }

  // Names inside a description ("d'Amnesty", "The Amnesty report"): nested mentions.
  void add_nested_names(uint32_t b, uint32_t e) {
    for (uint32_t k = b; k < e;) {
      // "le dernier bilan du ministère de la Santé": the organisation named
      // by its complement runs to the mention's end.
      if (k > b && word(k) && pk_.in("np_link", norm(k))) {
        uint32_t j = k + 1;
        if (j < e && word(j) && pk_.in("definite", norm(j))) ++j;
        const lexicon::WordInfo* info = nullptr;
        if (j < e && !cap(j) && pk_.organisations.match(st_.norms, j, &info) > 0 && info && !info->generic) {
          MentionRec m;
          m.first_tok = k + 1;
          m.end_tok = e;
          m.span = span(k + 1, e);
          m.kind = MentionKind::Description;
          m.entity_kind = EntityKind::Organization;
          m.head = std::string(norm(j));
          m.definite = true;
          m.nested = true;
          add(std::move(m));
        }
      }
      // "le chef d'État", "the London-based organization": no name inside.
      if (compound_tail(k) || st_.ends_with_one_of(k, "based_suffix")) {
        ++k;
        continue;
      }
      // "Two lawyers" opening a sentence: a number word is no name.
      // (An organisation word in capitals opens one when a lower-case tail
      // makes it a name: "d'un rapport de la Fondation pour la recherche
      // médicale".)
      // So does one before a name of its own ("une étude de l'Institut
      // Pasteur", "la Fondation Abbé Pierre"): one name, not "Pasteur".
      const bool org_word = cap(k) && !st_.tok(k).all_caps && pk_.organisations.match(st_.norms, k) == 1;
      const bool org_with_tail = org_word && lower_case_name_tail(after_adjectives(k + 1)) > after_adjectives(k + 1);
      const bool org_with_name = org_word && k + 1 < e && cap(k + 1) && !function_word(k + 1) && !is_head(k + 1);
      if (cap(k) && !function_word(k) && (!is_head(k) || org_with_tail || org_with_name || name_without(k)) &&
          !pk_.in("quantifier", norm(k))) {
        uint32_t ne = name_end(k);
        // "Dock workers" opening a sentence: a lone capitalised word the
        // text writes nowhere else with a capital, and the parse does not
        // read as a proper noun, is a common word.
        const bool common_opener = ne == k + 1 && sentence_initial(k) && !mid_capitals_.contains(lexicon::fold(norm(k))) &&
                                   upos(k) != syntax::Upos::PROPN;
        // "le ministère de la Santé", "the Bank of England": a name that
        // completes an organisation word is part of its name, no party.
        uint32_t before = k;
        if (before > b && word(before - 1) && pk_.in("definite", norm(before - 1))) --before;
        // (The organisation word may carry an adjective: "le ministère
        // ukrainien des Affaires étrangères".)
        const bool completes_org = before >= b + 2 && word(before - 1) && pk_.in("np_link", norm(before - 1)) &&
                                   (pk_.organisations.match(st_.norms, before - 2) == 1 ||
                                    (before >= b + 3 && !cap(before - 2) && pk_.organisations.match(st_.norms, before - 3) == 1)) &&
                                   pk_.places.match(st_.norms, k) != ne - k;
        // "The Haldane Dockers' Union": a plural genitive inside the
        // description names its members, no party either.
        if (ne > k && (completes_org || plural_genitive_mark(ne) || names_geography(k, ne))) {
          k = ne;
          continue;
        }
        if (ne > k && !common_opener) {
          MentionRec m;
          m.entity_kind = name_without(k) ? EntityKind::Organization : name_kind(k, ne);
          if (m.entity_kind == EntityKind::Organization && org_with_tail) ne = std::min(e, lower_case_name_tail(after_adjectives(ne)));
          else if (m.entity_kind == EntityKind::Organization) ne = std::min(e, lower_case_name_tail(ne));
          m.span = span(k, ne);
          m.first_tok = k;
          m.end_tok = ne;
          m.kind = MentionKind::Name;
          m.name_tokens = folded_words(k, ne);
          m.nested = true;
          const lexicon::WordInfo* info = nullptr;
          if (pk_.places.match(st_.norms, k, &info) == ne - k && info) {
            m.country = info->canonical.empty() ? lexicon::fold(norm(k)) : lexicon::fold(info->canonical);
          }
          add(std::move(m));
          k = ne;
          continue;
        }
      }
      ++k;
    }
  }

  // An inflected form of a verb of saying ("reads", "says", "said"), not its
  // bare lemma, which is as often a noun ("report", "claim").
  // A role word that is also a finite verb ("juge", "garde"), followed by a
  // determiner that opens its object ("juge les efforts insuffisants"): the
  // verb, not one more word of a name ("Le ministre juge").
  bool verb_before_object(uint32_t i) const {
    return inflected_cue(i) && i + 1 < sent_end_ && pk_.in("determiner", norm(i + 1)) && !cap(i + 1);
  }
  bool inflected_cue(uint32_t i) const {
    const auto* readings = pk_.verb(norm(i));
    if (!readings) return false;
    for (const auto& r : *readings)
      if (r.form == lexicon::VerbForm::Finite && r.lemma != norm(i)) return true;
    return false;
  }

  // An according marker ("according to", "selon") ends right before token i.
  bool according_ends_at(uint32_t i) const {
    for (uint32_t k = i > sent_first_ + 3 ? i - 3 : sent_first_; k < i; ++k)
      if (pk_.according.match(st_.norms, k) == i - k) return true;
    return false;
  }

  // The apostrophe of an English plural genitive, a token of its own: "the
  // dockers' union" (glued to a word in -s, a word after it).
  bool plural_genitive_mark(uint32_t k) const {
    if (st_.pack.lang != "en" || k == 0 || k + 1 >= st_.ntok() || st_.tok(k).kind != TokenKind::Punct || norm(k) != "'")
      return false;
    if (st_.tok(k).space_before || !word(k - 1) || !norm(k - 1).ends_with("s")) return false;
    return word(k + 1) && st_.tok(k + 1).space_before;
  }

  bool possible_adjective(uint32_t i) const {
    if (!word(i) || st_.tok(i).capitalized || function_word(i) || verbish(i) || is_head(i)) return false;
    const auto n = norm(i);
    if (pk_.in("relative", n) || pk_.in("complementizer", n) || pk_.in("preposition", n)) return false;
    if (n.size() < 3) return false;
    // The tag decides ("l'ancien maire devant le tribunal": "devant" is no
    // adjective, though no list of ours holds it); without a parse, nothing is.
    // It must also hang from a word before it, the noun it follows: "impute"
    // misread as an adjective of the "responsabilité" after it ("dont
    // l'association impute la responsabilité") is no part of the mention.
    if (st_.tree.size() != st_.ntok()) return false;
    // A participle that opens its own complement ("réunis à Lyon"), or a
    // word before a quotation ("intitulé « … »"), is a clause on the noun,
    // not a word of its name.
    const bool modifies_left = st_.tree[i].head >= 0 && static_cast<uint32_t>(st_.tree[i].head) < i;
    const bool participle = st_.tree[i].upos == syntax::Upos::VERB && st_.tree[i].form == syntax::Form::Participle;
    if (i + 1 < st_.ntok() && (st_.is_quote_mark(i + 1) || (participle && pk_.in("preposition", norm(i + 1)))))
      return false;
    // French adjectives agree with their noun: after a plural noun, a word
    // without the plural's -s/-x is the verb the tagger misread ("des
    // inégalités publie").
    if (st_.pack.lang == "fr" && i > 0 && word(i - 1)) {
      const auto before = norm(i - 1);
      const bool plural_noun = before.size() > 3 && (before.back() == 's' || before.back() == 'x');
      if (plural_noun && n.back() != 's' && n.back() != 'x') return false;
    }
    // A sentence the parse finds no finite verb in has one the tagger
    // missed, most often the word right after its subject ("L'organisation
    // entend, …", "Une association porte plainte …"): no adjective there.
    if (i > sent_first_ && st_.tree[i - 1].upos == syntax::Upos::NOUN && !has_finite_verb()) return false;
    return modifies_left && (st_.tree[i].upos == syntax::Upos::ADJ || participle);
  }
  bool has_finite_verb() const { return st_.has_finite_verb(st_.sentence_of(sent_first_)); }

  // The phrase starting at `first` and ending at e runs on over its links
  // ("la direction de l'usine"). The object of a verb that names its charge
  // after it ("accuse la direction de fraude", "accused the company of tax
  // evasion") leaves its last link to the charge when no other comes after
  // ("accuse le directeur de l'usine de fraude": the director of the plant).
  uint32_t links_of_phrase(uint32_t first, uint32_t e) const {
    std::vector<uint32_t> ends{e};
    for (int n = 0; n < 3; ++n) {
      const uint32_t next = np_links(ends.back(), 1);
      if (next == ends.back()) break;
      ends.push_back(next);
    }
    if (ends.size() > 1 && object_of_charge_verb(first)) {
      bool link_after = false;
      for (uint32_t t = ends.back(); t < sent_end_ && !st_.is_punct(t, ",") && !st_.is_punct(t, ";"); ++t)
        link_after = link_after || (word(t) && pk_.in("np_link", norm(t)));
      if (!link_after) return ends[ends.size() - 2];
    }
    return ends.back();
  }
  // The phrase at `first` follows a verb whose lemma is of the grammar class
  // charge_after_object ("accuse", "accuser").
  bool object_of_charge_verb(uint32_t first) const {
    if (first <= sent_first_ || !word(first - 1)) return false;
    return charge_verb_forms_.contains(std::string(norm(first - 1)));
  }

  // "du gouvernement", "de la Justice", "des Affaires étrangères", "of State".
  uint32_t np_links(uint32_t e, uint32_t max_links) const {
    for (uint32_t n = 0; n < max_links; ++n) {
      uint32_t j = e;
      if (!word(j) || !pk_.in("np_link", norm(j))) break;
      ++j;
      bool bare = true;
      if (word(j) && pk_.in("definite", norm(j))) {
        ++j;
        bare = false;
      }
      // "de l'un des prévenus", "of one of the defendants": the phrase runs
      // on to the group the one belongs to.
      if (word(j) && pk_.in("partitive_one", norm(j)) && word(j + 1) && pk_.in("np_link", norm(j + 1))) {
        j += 2;
        if (word(j) && pk_.in("definite", norm(j))) ++j;
        bare = false;
      }
      // "les familles des quatre marins", "the families of the six
      // passengers": a number before the noun.
      if (j + 1 < sent_end_ && (st_.tok(j).kind == TokenKind::Number || (word(j) && pk_.in("quantifier", norm(j)))) &&
          word(j + 1) && !function_word(j + 1) && !st_.tok(j + 1).capitalized && !verbish(j + 1)) {
        ++j;
        bare = false;
      }
      if (cap(j) && !verbish(j)) {
        uint32_t ne = name_end(j);
        if (st_.pack.lang == "fr" && possible_adjective(ne)) ++ne;  // "Affaires étrangères"
        e = ne;
        continue;
      }
      if (word(j) && !function_word(j) && !verbish(j) && !st_.tok(j).capitalized) {
        const auto w = norm(j);
        // "de vouloir": an infinitive; not after "du", "des" ("du dossier").
        const bool fused = norm(e) == "du" || norm(e) == "des";
        if (bare && !fused && (ends_with(w, "er") || ends_with(w, "ir") || ends_with(w, "oir"))) break;
        if (bare && st_.pack.lang == "en" && ends_with(w, "ing")) break;  // "of hiding"
        if (pk_.in("relative", w) || pk_.in("complementizer", w)) break;
        e = j + 1;
        // "la mère du jeune homme", "the mother of the young man": an
        // adjective before its noun, as the parse reads it.
        if (e < sent_end_ && st_.tree.size() == st_.ntok() && st_.tree[j].upos == syntax::Upos::ADJ &&
            st_.tree[j].head == static_cast<int32_t>(e) && st_.tree[e].upos == syntax::Upos::NOUN && word(e) &&
            !st_.tok(e).capitalized && !verbish(e))
          ++e;
        if (st_.pack.lang == "fr" && possible_adjective(e)) ++e;
        continue;
      }
      break;
    }
    return e;
  }

  // "Elle le juge « responsable »", "Il ne la trouve pas": after a subject
  // pronoun (and a negation), "le"/"la"/"les" is the verb's object pronoun,
  // not an article (the tagger can read "le juge" as a noun phrase).
  bool object_clitic(uint32_t i) const {
    if (!pk_.in("object_pronoun", norm(i))) return false;
    uint32_t k = i;
    while (k > sent_first_ && word(k - 1) && pk_.in("negation", norm(k - 1))) --k;
    return k > sent_first_ && word(k - 1) && pk_.pronouns.match(st_.norms, k - 1) == 1;
  }

  // A description starting at i: [det|possessor] premodifiers head [adjectives] [links] [Name].
  // "Médecins sans frontières" at i: a name of the name_without shape,
  // whose first word may be a role ("Médecins", "Doctors").
  bool name_without(uint32_t i) const {
    return cap(i) && i + 1 < sent_end_ && word(i + 1) && pk_.in("name_without", norm(i + 1)) && name_end(i) == i + 3;
  }

  bool try_description(uint32_t i, uint32_t& out_end) {
    if (name_without(i)) return false;  // a name (try_name)
    uint32_t j = i;
    bool definite = false, indefinite = false, has_det = false;
    if (word(j) && pk_.in("determiner", norm(j))) {
      // "found that police had killed": "that" opening a clause, as the parse reads it.
      if (st_.tree.size() == st_.ntok() && st_.tree[j].upos == syntax::Upos::SCONJ) return false;
      // "said Thursday that troops …", however the parse reads "that": after
      // a verb of saying, or a word of time after one, it opens the clause.
      if (pk_.in("complementizer", norm(j)) && j > sent_first_ &&
          (pk_.verb(norm(j - 1)) || (pk_.in("time_word", norm(j - 1)) && j - 1 > sent_first_ && pk_.verb(norm(j - 2)))))
        return false;
      if (object_clitic(j)) return false;
      has_det = true;
      definite = pk_.in("definite", norm(j)) || pk_.in("possessive", norm(j));
      indefinite = !definite && (norm(j) == "un" || norm(j) == "une" || norm(j) == "a" || norm(j) == "an");
      ++j;
    }
    // "du conseil municipal", "au ministre": a preposition fused with its
    // article (so the parse reads it) opens the phrase but is no part of it.
    const uint32_t first = has_det && st_.tree.size() == st_.ntok() && st_.tree[i].upos == syntax::Upos::ADP ? i + 1 : i;
    // Head within the next few words ("ancien leader", "Czech Foreign Ministry spokesman").
    uint32_t head = 0;
    std::size_t head_len = 0;
    bool found = false;
    for (uint32_t k = j; k < sent_end_ && k <= j + 4; ++k) {
      std::size_t l = 0;
      if (is_head(k, &l)) {
        if (k > j && verb_before_object(k)) return false;  // "le climat juge les efforts …"
        head = k;
        head_len = l;
        found = true;
        // A later head in the same run wins ("Ministry spokesman"), not a
        // verb of saying before its clause ("the charity reports that"), nor
        // a capitalised word after a lower-case head, which starts its name
        // ("l'association Parents vigilants").
        // (Past a plural's genitive mark too: "the residents' association".)
        uint32_t e = k + static_cast<uint32_t>(l);
        std::size_t l2 = 0;
        for (;;) {
          const uint32_t next = plural_genitive_mark(e) ? e + 1 : e;
          if (!(next < sent_end_ && is_head(next, &l2) && !(inflected_cue(next) && st_.saying_verb_before_content(next)) &&
                !verb_before_object(next) && !(cap(next) && !st_.tok(head).capitalized)))
            break;
          head = next;
          head_len = l2;
          e = next + static_cast<uint32_t>(l2);
        }
        // "plusieurs", "certains" stand for people alone ("certains
        // estiment que …"); before a noun that names none they are its
        // determiner, and the phrase no party ("plusieurs hypothèses").
        if (head_len == 1 && pk_.in("quantifier", norm(head)) && e < sent_end_ && e < st_.tree.size() &&
            st_.tree.size() == st_.ntok() && word(e) && st_.tree[e].upos == syntax::Upos::NOUN && !verbish(e))
          return false;
        break;
      }
      if (plural_genitive_mark(k)) continue;  // "the dockers' union"
      if (!word(k) && st_.tok(k).kind != TokenKind::Number) return false;
      // "a reçu trois militants": no phrase opens on a verb the parse reads
      // as one, with no determiner before it.
      if (k == i && !has_det && st_.tree.size() == st_.ntok() &&
          (st_.tree[k].upos == syntax::Upos::VERB || st_.tree[k].upos == syntax::Upos::AUX))
        return false;
      if (st_.tok(k).kind == TokenKind::Word &&
          (finite_verb(k) || finite_by_parse(k) ||
           // "a No 10 spokesman": a capitalised word after the determiner
           // belongs to a name, whatever else it can be.
           (function_word(k) && !st_.tok(k).all_caps && !(has_det && k > i && st_.tok(k).capitalized))))
        return false;
      if (st_.tok(k).elided) return false;
    }
    if (!found) return false;
    // "said … that security forces had tortured": a determiner of the
    // singular before a plural is the complementizer, however tagged.
    if (has_det && pk_.in("singular_determiner", norm(i)) && st_.plural_noun(head + static_cast<uint32_t>(head_len) - 1))
      return false;
    // Without a determiner, accept only where a noun phrase clearly starts.
    const bool head_first = head == j;
    if (!has_det) {
      const bool after_comma = i > sent_first_ && (st_.is_punct(i - 1, ",") || st_.is_punct(i - 1, "("));
      const bool starts = sentence_initial(i) || after_comma;
      const bool plural_group = pk_.roles.match(st_.norms, head) > 0 && [&] {
        const lexicon::WordInfo* info = nullptr;
        pk_.roles.match(st_.norms, head, &info);
        return info && info->number == lexicon::Number::Plural;
      }();
      const bool role_then_name = cap(head + static_cast<uint32_t>(head_len));
      // "…, says report": a bare noun right after a verb of saying.
      const bool after_verb = head_first && i > sent_first_ && pk_.verb(norm(i - 1)) != nullptr;
      // "according to police": the bare source of an according marker.
      // Not a modifier of the noun after it ("according to court documents").
      const uint32_t after_head = head + static_cast<uint32_t>(head_len);
      const bool noun_after = after_head < sent_end_ && after_head < st_.tree.size() &&
                              st_.tree[after_head].upos == syntax::Upos::NOUN;
      const bool after_according = !noun_after && according_ends_at(i);
      if (!starts && !plural_group && !role_then_name && !after_verb && !after_according &&
          !(head_first && i > sent_first_ && st_.tok(i - 1).elided))
        return false;
      // "« … », juge Marc Petit": after a quotation and its comma a word
      // that is also a verb of saying is that verb, its subject after it.
      if (head_first && after_comma && i >= sent_first_ + 2 && st_.quote_closed_at(i - 2) >= 0 && pk_.verb(norm(i)))
        return false;
      // "…, dans son rapport, juge les efforts insuffisants": the verb.
      if (head_first && verb_before_object(head)) return false;
    }
    uint32_t e = head + static_cast<uint32_t>(head_len);
    e = after_adjectives(e);
    const uint32_t head_and_adjectives = e;
    // "the county election board": the head modifies nouns after it, as the
    // parse says; the phrase runs to the noun they build.
    // After a person's or an organisation's head, a verb of saying before
    // its clause is the verb ("the minister denies that …", "Supporters
    // counter that …").
    const bool party_head = pk_.roles.match(st_.norms, head) == head_len || pk_.organisations.match(st_.norms, head) == head_len;
    // (Not in a sentence without a finite verb: "Le syndicat compte, …" is
    // its subject and its verb, misread.)
    while (e < sent_end_ && e < st_.tree.size() && st_.tree.size() == st_.ntok() && word(e) && !st_.tok(e).capitalized &&
           st_.tree[e].upos == syntax::Upos::NOUN && st_.tree[e - 1].head >= static_cast<int32_t>(e) && has_finite_verb() &&
           !pk_.in("verdict_word", norm(e)) &&
           !(inflected_cue(e) && (e + 1 >= sent_end_ || st_.tok(e + 1).kind == TokenKind::Punct)) &&
           !(pk_.verb(norm(e)) && party_head && st_.saying_verb_before_content(e)))
      // A verb of saying that ends the clause is the verb however tagged
      // ("“…,” the lawsuit reads."); "media reports that …" is a noun.
      ++e;
    // "the council budget", "her own bank account": a party word that only
    // modifies the noun the phrase ends on names a thing, no party (unless
    // that noun is a party word too: "the county election board", "the
    // union leader").
    if (e > head_and_adjectives && party_head && pk_.roles.match(st_.norms, e - 1) != 1 &&
        pk_.organisations.match(st_.norms, e - 1) != 1) {
      out_end = e;
      return true;
    }
    // "les trois accusés de la mort de …": the phrase after such a role is
    // its charge (accusations/), not part of who they are.
    if (!(e == head + head_len && pk_.in("charged_role", norm(e - 1)))) {
      const uint32_t before_links = e;
      e = links_of_phrase(first, e);
      // "la femme d'affaires franco-coréenne": a French adjective after the
      // links, which the parse hangs inside the phrase (it agrees with the
      // head, not with the plural before it); not in a sentence the parse
      // finds no finite verb in, where it is the verb ("L'Observatoire des
      // inégalités publie …").
      if (e > before_links && st_.pack.lang == "fr" && e < sent_end_ && st_.tree.size() == st_.ntok() && word(e) &&
          has_finite_verb() &&
          !cap(e) && !verbish(e) && st_.tree[e].upos == syntax::Upos::ADJ && st_.tree[e].head >= static_cast<int32_t>(head) &&
          st_.tree[e].head < static_cast<int32_t>(e))
        ++e;
    }
    // "l'Institut national de la statistique et des études économiques": an
    // institution's capitalised word, a description in lower case, then
    // "et" and a link: one name (not "l'Institut Pasteur et des chercheurs",
    // nor "le ministère et des syndicats").
    // So does the same link again after "et" ("les forces de défense et de
    // sécurité"; "le ministère de la Santé et des syndicats" names two).
    if (e > head + head_len && e + 2 < sent_end_ && word(e) && pk_.in("conjunction", norm(e)) &&
        pk_.in("np_link", norm(e + 1)) && word(e + 2) && !cap(e + 2)) {
      uint32_t last_link = e;
      for (uint32_t t = head + static_cast<uint32_t>(head_len); t < e; ++t)
        if (word(t) && pk_.in("np_link", norm(t))) last_link = t;
      const bool institution = st_.tok(head).capitalized && !st_.tok(head).all_caps &&
                               pk_.organisations.match(st_.norms, head) == head_len && word(e - 1) && !cap(e - 1);
      const bool same_link = last_link < e && norm(last_link) == norm(e + 1);
      if (institution || same_link) e = np_links(e + 1, 2);
    }
    // "a spokeswoman for the company", "a lawyer for the family": whom an
    // English role acts for belongs to its description.
    // One person's role, not a verb's object: "blamed the mayor for the
    // delays", "arrested two dock workers for the theft" name a charge.
    const lexicon::WordInfo* role = nullptr;
    bool object = first > sent_first_ && st_.tree.size() == st_.ntok() &&
                  (st_.tree[first - 1].upos == syntax::Upos::VERB || verbish(first - 1));
    if (object)  // after a verb of saying it is its inverted subject ("said a spokeswoman for …")
      if (const auto* verbs = pk_.verb(norm(first - 1)))
        for (const auto& v : *verbs) object = object && v.cls != lexicon::CueClass::Say;
    // The phrase after such a preposition at `from`: its end, or `from`.
    auto acted_for_end = [&](uint32_t from) {
      if (cap(from) && !function_word(from)) return name_end(from);  // "for Harbour Energy"
      if (!word(from) || !pk_.in("determiner", norm(from))) return from;
      uint32_t k = ++from;  // "for the company", not "for years"
      // (Nor past the verb the parse reads: "A spokesperson for the
      // ministry declined to comment".)
      while (k < sent_end_ && k < from + 4 && word(k) && !function_word(k) && !verbish(k) && !finite_by_parse(k)) ++k;
      return k > from ? np_links(k, 2) : from - 1;
    };
    const bool english_role = st_.pack.lang == "en" && pk_.roles.match(st_.norms, head, &role) == head_len && role;
    if (english_role && !object && e + 1 < sent_end_ && norm(e) == "for" && role->number != lexicon::Number::Plural) {
      if (const uint32_t end = acted_for_end(e + 1); end > e + 1) e = end;
    }
    // "researchers at Velsborg University Hospital", "an analyst at the Bank
    // of England": where a role works, when a capitalised name says it
    // (grammar class works_at; not "at the weekend", "at the scene").
    if (english_role && !object && e + 1 < sent_end_ && word(e) && pk_.in("works_at", norm(e))) {
      const uint32_t n = word(e + 1) && pk_.in("definite", norm(e + 1)) ? e + 2 : e + 1;
      if (n < sent_end_ && cap(n) && !function_word(n) && !verbish(n) && !pk_.in("place_head", norm(n)) &&
          name_end(n) > n && name_kind(n, name_end(n)) != EntityKind::Person)
        e = name_end(n);
    }
    // "a source close to the inquiry", "people familiar with the talks":
    // what an unnamed source is near belongs to its description.
    if (english_role && e + 2 < sent_end_ && word(e) && pk_.in("source_nearness", norm(e)) && word(e + 1) &&
        pk_.in("preposition", norm(e + 1))) {
      if (const uint32_t end = acted_for_end(e + 2); end > e + 2) e = end;
    }
    MentionRec m;
    m.first_tok = first;
    m.definite = definite;
    m.indefinite = indefinite;
    m.head = std::string(norm(head));
    for (uint32_t k = 1; k < head_len; ++k) m.head += " " + std::string(norm(head + k));
    const lexicon::WordInfo* info = nullptr;
    if (pk_.roles.match(st_.norms, head, &info) == head_len && info) {
      m.entity_kind = info->number == lexicon::Number::Plural || info->group ? EntityKind::Group : EntityKind::Person;
      m.gender = info->gender;
      m.number = info->number;
    } else if (pk_.organisations.match(st_.norms, head, &info) == head_len && info) {
      m.entity_kind = EntityKind::Organization;
      m.generic_org = info->generic;
    } else {
      m.is_document = true;
      m.entity_kind = EntityKind::Unknown;
    }
    if (has_det && m.gender == lexicon::Gender::Any) m.gender = determiner_gender(i);
    // A role right before a name: "le procureur Hugo Vallet", "Spokesman Owen Blake".
    // An organisation right before its name: "l'agence PAP", "le parti Les Démocrates".
    // Not a capitalised organisation word inside a longer proper name: "the
    // Independent Police Complaints Commission", "Agence France-Presse".
    // (A kind of organisation in capitals alone, "l'ONG Terre Vive", is the
    // lower-case kind before its name.)
    const bool inside_name = m.entity_kind == EntityKind::Organization && st_.tok(head).capitalized &&
                             !(st_.tok(head).all_caps && m.generic_org);
    if (!m.is_document && !inside_name && m.entity_kind != EntityKind::Group && cap(e) &&
        (!function_word(e) || (m.entity_kind == EntityKind::Organization && pk_.in("definite", norm(e)) && cap(e + 1)))) {
      uint32_t ne = name_end(e);
      // "l'association Parents vigilants": a French organisation's name
      // may end on an adjective.
      if (ne > e && st_.pack.lang == "fr" && m.entity_kind == EntityKind::Organization && possible_adjective(ne)) ++ne;
      // "délégué CGT", "a Unite official": a person's role before an
      // organisation's name says whom the person works for; the name is
      // the organisation's, inside the description, not the person's.
      const bool role_of_org = m.entity_kind == EntityKind::Person && ne > e && name_kind(e, ne) == EntityKind::Organization;
      if (role_of_org) e = ne;
      if (ne > e) {
        m.description = span(first, e);
        m.kind = MentionKind::Name;
        m.name_tokens = folded_words(e, ne);
        m.span = span(first, ne);
        m.end_tok = ne;
        add(std::move(m));
        out_end = ne;
        return true;
      }
    }
    // All capitalised from the first word to the head: a proper name
    // ("The World Health Organization", "Foreign Ministry"), not a description.
    bool proper = st_.tok(head).capitalized && !m.is_document;
    for (uint32_t k = j; k < head && proper; ++k) proper = cap(k);
    // "son PDG", "the CEO", "l'ONG": a role or a kind of organisation in
    // capitals alone is still a description.
    if (proper && j == head && st_.tok(head).all_caps && (m.entity_kind == EntityKind::Person || m.generic_org))
      proper = false;
    // (A French name may carry adjectives before its lower-case tail:
    // "l'Agence européenne pour l'environnement".)
    if (proper && (e == head + head_len ||
                   (e == head_and_adjectives && inside_name && lower_case_name_tail(e) > e))) {
      // "the Independent Police Complaints Commission": the capitalised
      // words after the organisation word are the rest of its name.
      if (inside_name && cap(e) && !function_word(e)) e = std::max(e, name_end(e));
      // "the Institute for Fiscal Studies", "the Bank of England": a name
      // link and the capitalised rest.
      if (inside_name && e + 1 < sent_end_ && word(e) && pk_.in("name_link", norm(e)) && cap(e + 1) &&
          !function_word(e + 1) && !verbish(e + 1))
        e = name_end(e + 1);
      // "le Haut Conseil pour le climat", "la Fondation pour la recherche
      // médicale": a link (grammar class lower_name_link) and a phrase in
      // lower case. (Not after an acronym, a whole name: "mises en cause
      // par l'ONU pour des exactions".)
      if (inside_name && !(e == head + head_len && st_.tok(head).all_caps)) e = lower_case_name_tail(e);
      // "l’Agence nationale antidopage (ANAD)": lower-case words up to an
      // acronym in brackets that opens with the name's first letter belong
      // to the name, however the tagger reads them.
      if (inside_name && st_.pack.lang == "fr") e = words_before_acronym(j, e);
      m.kind = MentionKind::Name;
      m.name_tokens = folded_words(j, e);
      m.span = span(first, e);
      m.end_tok = e;
      m.head.clear();
      add(std::move(m));
      out_end = e;
      return true;
    }
    // "le rapport du Haut Conseil pour le climat": an organisation's name
    // ending the description keeps its lower-case tail.
    // (Past its French adjectives: "le rapport de l'Agence européenne pour
    // l'environnement".)
    uint32_t name_stop = e;
    while (name_stop > j && e - name_stop < 2 && !cap(name_stop - 1) && upos(name_stop - 1) == syntax::Upos::ADJ)
      --name_stop;
    uint32_t name_start = name_stop;
    while (name_start > j && cap(name_start - 1)) --name_start;
    if (name_start < name_stop && name_kind(name_start, name_stop) == EntityKind::Organization) e = lower_case_name_tail(e);
    m.kind = MentionKind::Description;
    m.span = span(first, e);
    m.end_tok = e;
    add(std::move(m));
    add_nested_names(first, e);
    out_end = e;
    return true;
  }

  // Past the (at most two) French adjectives that follow a noun at e - 1.
  // (Not a verdict's adjective: "a reconnu l'armateur coupable de …".)
  uint32_t after_adjectives(uint32_t e) const {
    if (st_.pack.lang == "fr")
      for (int n = 0; n < 2 && possible_adjective(e) && !pk_.in("verdict_word", norm(e)); ++n) ++e;
    return e;
  }

  // After an organisation's name at e, "pour" + determiner + noun (its
  // adjectives, and one "de" complement: "pour la défense des locataires"),
  // by the parse's tags: the end of that phrase, else e.
  uint32_t lower_case_name_tail(uint32_t e) const {
    if (st_.tree.size() != st_.ntok() || e + 2 >= sent_end_ || !word(e) || !pk_.in("lower_name_link", norm(e)))
      return e;
    auto noun_phrase_at = [&](uint32_t k) -> uint32_t {  // [det] noun adj*: its end, or k
      if (k < sent_end_ && pk_.in("determiner", norm(k))) ++k;
      if (k >= sent_end_ || !word(k) || cap(k) || st_.tree[k].upos != syntax::Upos::NOUN) return 0;
      ++k;
      // (Not a verb of the word lists the tagger calls an adjective: "le
      // Haut Conseil pour le littoral pointe des retards".)
      while (k < sent_end_ && word(k) && !cap(k) && st_.tree[k].upos == syntax::Upos::ADJ && !inflected_cue(k)) ++k;
      return k;
    };
    if (!pk_.in("determiner", norm(e + 1))) return e;
    uint32_t end = noun_phrase_at(e + 1);
    if (end == 0) return e;
    if (end + 1 < sent_end_ && word(end) && pk_.in("name_particle", norm(end)))
      if (const uint32_t more = noun_phrase_at(end + 1); more > 0) end = more;
    return end;
  }

  // The end of up to three lower-case words after a name [b, e) that stand
  // right before "(" + an acronym opening with the name's first letter + ")";
  // else e.
  uint32_t words_before_acronym(uint32_t b, uint32_t e) const {
    uint32_t k = e;
    while (k < sent_end_ && k < e + 3 && word(k) && !cap(k) && !verbish(k) && !pk_.in("conjunction", norm(k))) ++k;
    if (k == e || k + 2 >= sent_end_ || !st_.is_punct(k, "(") || !st_.tok(k + 1).all_caps || !st_.is_punct(k + 2, ")"))
      return e;
    const auto acronym = st_.doc.slice(st_.tok(k + 1).span);
    const auto first = st_.doc.slice(st_.tok(b).span);
    return !acronym.empty() && !first.empty() && acronym.front() == first.front() ? k : e;
  }

  // French "le"/"la"/"un"/"une": the gender of what follows.
  lexicon::Gender determiner_gender(uint32_t i) const {
    const auto d = norm(i);
    if (pk_.in("masculine_determiner", d)) return lexicon::Gender::Masculine;
    if (pk_.in("feminine_determiner", d)) return lexicon::Gender::Feminine;
    return lexicon::Gender::Any;
  }

  // A pronoun at token i ("il", "they", "ce dernier"): its length in tokens, 0 if none.
  uint32_t try_pronoun(uint32_t i) {
    const lexicon::WordInfo* info = nullptr;
    const auto len = static_cast<uint32_t>(word(i) ? pk_.pronouns.match(st_.norms, i, &info) : 0);
    if (len == 0 || !info) return 0;
    // Impersonal French "il": "il y a", "il faut", "il s'agit", "il semble"
    // (grammar class impersonal_verb; "y" before a form of "avoir"). Not
    // "il s'est dit", "elle y accuse".
    if (word(i) && pk_.in("impersonal_subject", norm(i))) {
      uint32_t v = i + len;
      const bool y = norm(v) == "y";
      if (y || norm(v) == "s'") ++v;
      // ("il y a dénoncé": the auxiliary of a participle, someone.)
      const bool participle_after = st_.tree.size() == st_.ntok() && v + 1 < st_.ntok() &&
                                    st_.tree[v + 1].upos == syntax::Upos::VERB &&
                                    st_.tree[v + 1].form == syntax::Form::Participle &&
                                    !pk_.in("impersonal_verb", norm(v + 1));  // "il y a eu"
      if (pk_.in("impersonal_verb", norm(v)) || (y && pk_.in("aux", norm(v)) && !participle_after)) return 0;
    }
    MentionRec m;
    m.span = span(i, i + len);
    m.first_tok = i;
    m.end_tok = i + len;
    m.kind = MentionKind::Pronoun;
    m.gender = info->gender;
    m.number = info->number;
    m.entity_kind = info->person_only ? EntityKind::Person : EntityKind::Unknown;
    if (info->thing_only) m.head = "thing";
    if (info->latter) m.head = "latter";  // attribution resolves it to the last one named
    add(std::move(m));
    return len;
  }

  bool try_titled(uint32_t i, uint32_t& out_end) {
    const lexicon::WordInfo* info = nullptr;
    const std::size_t l = pk_.titles.match(st_.norms, i, &info);
    if (l == 0 || !cap(i)) return false;
    uint32_t j = i + static_cast<uint32_t>(l);
    if (st_.is_punct(j, ".")) ++j;
    if (!cap(j) || function_word(j)) return false;
    const uint32_t ne = name_end(j);
    if (ne <= j) return false;
    MentionRec m;
    m.span = span(i, ne);
    m.first_tok = i;
    m.end_tok = ne;
    m.kind = MentionKind::TitledName;
    m.entity_kind = EntityKind::Person;
    m.gender = info ? info->gender : lexicon::Gender::Any;
    m.name_tokens = folded_words(j, ne);
    add(std::move(m));
    out_end = ne;
    return true;
  }

  bool try_place(uint32_t i, uint32_t& out_end) {
    uint32_t j = i;
    if (word(j) && pk_.in("definite", norm(j))) ++j;
    const lexicon::WordInfo* info = nullptr;
    const std::size_t l = pk_.places.match(st_.norms, j, &info);
    if (l == 0 || !cap(j)) return false;
    const uint32_t e = j + static_cast<uint32_t>(l);
    if (cap(e) && !function_word(e)) return false;  // "France 24", "Washington Post": a longer name
    if (e < sent_end_ && st_.tok(e).kind == TokenKind::Number) return false;
    // "au Mali", "du Niger": a preposition fused with its article (so the
    // parse reads it) is no part of the name.
    if (j > i && st_.tree.size() == st_.ntok() && st_.tree[i].upos == syntax::Upos::ADP) i = j;
    MentionRec m;
    m.span = span(i, e);
    m.first_tok = i;
    m.end_tok = e;
    m.kind = MentionKind::Name;
    m.entity_kind = EntityKind::Country;
    m.name_tokens = folded_words(j, e);
    if (j > i) m.gender = determiner_gender(i);
    m.country = info && !info->canonical.empty() ? lexicon::fold(info->canonical) : lexicon::fold(st_.doc.slice(span(j, e)));
    add(std::move(m));
    out_end = e;
    return true;
  }

  bool try_name(uint32_t i, uint32_t& out_end) {
    // "l'AFP", "The Associated Press": the article belongs to the name; not
    // a preposition fused with it ("au Kremlin"), nor "that" opening a
    // clause ("allege that Hale stole"), as the parse reads them.
    const bool article = st_.tree.size() != st_.ntok() || st_.tree[i].upos == syntax::Upos::DET;
    if (word(i) && article && pk_.in("definite", norm(i)) && !pk_.in("possessive", norm(i)) && cap(i + 1) &&
        !function_word(i + 1) && !verbish(i + 1)) {
      uint32_t inner_end = 0;
      const std::size_t found = st_.mentions.size();
      if (try_name(i + 1, inner_end)) {
        if (st_.mentions.size() > found) {  // not a place read over ("the Red Sea")
          auto& m = st_.mentions.back();
          m.first_tok = i;
          m.span.begin = st_.tok(i).span.begin;
          // "la Vestrie", "le Kremlin": the article gives the gender ("elle", "il").
          if (m.gender == lexicon::Gender::Any) m.gender = determiner_gender(i);
        }
        out_end = inner_end;
        return true;
      }
      return false;
    }
    if (!cap(i)) return false;
    uint32_t b = i;
    if (pk_.in("time_word", norm(b))) return false;  // "June", "Lundi"
    // "secrétaire d'État Theo Francken": a name may follow the tail.
    if (compound_tail(b)) {
      if (cap(b + 1) && try_name(b + 1, out_end)) return true;
      out_end = b + 1;
      return true;
    }
    uint32_t e = name_end(b);
    if (e <= b) return false;
    // "Chinese vessels", "Russian troops": an English adjective of
    // nationality before the common noun it modifies, as the parse reads
    // it, names no party of its own; the phrase does, a group when plural.
    if (e == b + 1 && st_.pack.lang == "en" && st_.tree.size() == st_.ntok() && st_.tree[b].upos == syntax::Upos::ADJ &&
        st_.tree[b].head == static_cast<int32_t>(b + 1) && word(b + 1) && !cap(b + 1) &&
        st_.tree[b + 1].upos == syntax::Upos::NOUN) {
      if (!st_.plural_noun(b + 1)) return false;
      MentionRec m;
      m.span = span(b, b + 2);
      m.first_tok = b;
      m.end_tok = b + 2;
      m.kind = MentionKind::Description;
      m.entity_kind = EntityKind::Group;
      m.number = lexicon::Number::Plural;
      m.head = std::string(norm(b + 1));
      add(std::move(m));
      out_end = b + 2;
      return true;
    }
    // "une plainte contre X": a lone word of the class unknown_party stands
    // for persons unknown, nobody named.
    if (e == b + 1 && pk_.in("unknown_party", norm(b))) return false;
    // "la Mutuelle bretonne", "du Canard enchaîné": a name behind an article
    // runs over the adjective the parse hangs on its last word; so over a
    // participle the parse reads there with no complement of its own, a
    // comma or the sentence's verb after it ("Le Canard enchaîné affirme …",
    // "selon le Canard enchaîné, …").
    if (b > 0 && (pk_.in("definite", norm(b - 1)) || pk_.in("np_link", norm(b - 1))) && e < sent_end_ && word(e) &&
        !cap(e) && st_.tree.size() == st_.ntok() && st_.tree[e].head == static_cast<int32_t>(e - 1) &&
        (st_.tree[e].upos == syntax::Upos::ADJ ||
         (st_.tree[e].upos == syntax::Upos::VERB && st_.tree[e].form == syntax::Form::Participle &&
          (finite_by_parse(e + 1) || st_.is_punct(e + 1, ",")))))
      ++e;
    // "Naufrage du Kerlan : …": a first word the text writes in lower case
    // elsewhere ("lors du naufrage") is no part of the name after it.
    if (e - b > 1 && sentence_initial(b) && lower_case_words_.contains(norm(b)) &&
        !mid_capitals_.contains(lexicon::fold(norm(b))))
      return false;
    if (e - b == 1 && sentence_initial(b) && !mid_capitals_.contains(lexicon::fold(norm(b)))) {
      // Capitals prove nothing for a lone word opening a sentence that the
      // text does not capitalise elsewhere: the parse decides. It is no
      // pronoun ("We're"), verb ("Provided"), adverb or function word
      // ("The"), nor a word the text writes in lower case elsewhere
      // ("Arrests based on …" after "mass arrests").
      // (An acronym is a name whatever its tag, "UNICEF, in a statement,
      // said"; not a two-letter interjection, "OK, …".)
      const bool acronym = st_.tok(b).all_caps && st_.tok(b).span.size() > (upos(b) == syntax::Upos::INTJ ? 2u : 1u);
      if ((no_name_start(b) && !acronym) || (function_word(b) && !st_.tok(b).all_caps) ||
          lower_case_words_.contains(norm(b)))
        return false;  // "« Si rien ne bouge »"
    } else if (!st_.tok(b).all_caps && (function_word(b) || verbish(b))) {
      return false;  // "Selon", "Says"; acronyms stay names ("ONU", "AFP")
    }
    if (names_geography(b, e)) {  // read over, so that no shorter name is found inside
      out_end = e;
      return true;
    }
    MentionRec m;
    m.span = span(b, e);
    m.first_tok = b;
    m.end_tok = e;
    m.kind = MentionKind::Name;
    m.entity_kind = name_without(b) ? EntityKind::Organization : name_kind(b, e);
    m.name_tokens = folded_words(b, e);
    if (m.name_tokens.empty()) return false;
    // "Anne Morel": a common given name before a surname tells the gender
    // ("a-t-elle lancé" is hers, not Paul Roux's).
    if (e >= b + 2 && (m.entity_kind == EntityKind::Person || m.entity_kind == EntityKind::Unknown)) {
      if (pk_.in("given_name_f", norm(b))) m.gender = lexicon::Gender::Feminine;
      else if (pk_.in("given_name_m", norm(b))) m.gender = lexicon::Gender::Masculine;
    }
    add(std::move(m));
    out_end = e;
    return true;
  }

  void scan_sentence(const text::Sentence& s) {
    sent_first_ = s.first_token;
    sent_end_ = s.end_token;
    uint32_t i = s.first_token;
    while (i < sent_end_) {
      uint32_t e = i;
      if (const uint32_t len = try_pronoun(i); len > 0) {
        i += len;
        continue;
      }
      if (try_titled(i, e) || try_place(i, e) || try_description(i, e) || try_name(i, e)) {
        i = std::max(e, i + 1);
        continue;
      }
      ++i;
    }
  }

  // "selon X", "according to X": X is a source, not a prepositional object.
  bool after_source_marker(uint32_t i) const {
    for (uint32_t back = 1; back <= 3 && back <= i; ++back)
      if (pk_.according.match(st_.norms, i - back) == back) return true;
    return false;
  }

  // "Lin Jian, porte-parole du ministère…" / "la porte-parole du gouvernement,
  // Lise Ferrand," / "the Central Bank of Norland (CBN)".
  void link_appositions() {
    std::vector<int> top;
    for (std::size_t m = 0; m < st_.mentions.size(); ++m)
      if (!st_.mentions[m].nested) top.push_back(static_cast<int>(m));
    std::stable_sort(top.begin(), top.end(), [&](int a, int b) { return st_.mentions[a].first_tok < st_.mentions[b].first_tok; });
    for (std::size_t k = 0; k + 1 < top.size(); ++k) {
      auto& a = st_.mentions[top[k]];
      auto& b = st_.mentions[top[k + 1]];
      if (st_.tok(a.first_tok).sentence != st_.tok(b.first_tok).sentence) continue;
      const bool comma = b.first_tok == a.end_tok + 1 && st_.is_punct(a.end_tok, ",");
      const bool paren = b.first_tok == a.end_tok + 1 && st_.is_punct(a.end_tok, "(") &&
                         st_.is_punct(b.end_tok, ")");
      if (!comma && !paren) continue;
      const bool a_name = a.kind == MentionKind::Name || a.kind == MentionKind::TitledName;
      const bool b_name = b.kind == MentionKind::Name || b.kind == MentionKind::TitledName;
      const bool a_role = a.kind == MentionKind::Description && !a.is_document && !a.indefinite;
      const bool b_role = b.kind == MentionKind::Description && !b.is_document;
      // "in June, the minister said": a name inside a prepositional phrase
      // is not what the next noun phrase describes.
      const bool a_governed = a.first_tok > 0 && st_.tok(a.first_tok - 1).sentence == st_.tok(a.first_tok).sentence &&
                              (pk_.in("preposition", norm(a.first_tok - 1)) || pk_.in("np_link", norm(a.first_tok - 1)));
      if (a_governed && !paren && !after_source_marker(a.first_tok)) continue;
      // "According to Amnesty, security forces killed …": after a source,
      // the comma ends the marker's phrase unless another closes the
      // apposition ("selon Lin Jian, porte-parole du ministère, …"); and a
      // plural description is no apposition to one name.
      const bool b_closed = st_.is_punct(b.end_tok, ",") || st_.is_punct(b.end_tok, ".") ||
                            b.end_tok >= st_.sentence_of(b.first_tok).end_token;
      if (a_governed && !paren && !b_closed) continue;
      if (b_role && b.number == lexicon::Number::Plural && a.number != lexicon::Number::Plural) continue;
      // "Pour l'avocat, Me Paul Girard, la direction de l'usine « a
      // dissimulé … »": an organisation after a person's name starts the
      // clause; it does not describe the person.
      if (a.entity_kind == EntityKind::Person && b.entity_kind == EntityKind::Organization && !paren) continue;
      if (a_name && b_role && a.entity_kind != EntityKind::Country) b.same_as = top[k];
      else if (a_role && b_name && a.entity_kind == EntityKind::Person) a.same_as = top[k + 1];
      // "the operator, Coastline Ferries, …": an organisation's name after
      // its kind (a name read as a person's for its capitals alone too).
      else if (a_role && b_name && a.entity_kind == EntityKind::Organization &&
               (b.entity_kind == EntityKind::Organization || b.entity_kind == EntityKind::Unknown ||
                (b.entity_kind == EntityKind::Person && b.gender == lexicon::Gender::Any))) {
        a.same_as = top[k + 1];
        b.entity_kind = EntityKind::Organization;
      }
      else if (paren && (a_name || a.kind == MentionKind::Description) && b_name) {
        b.same_as = top[k];
        // "Paris Animaux Zoopolis (PAZ)": a name with its acronym is an
        // organisation's, though its capitalised words looked like a person's.
        if (a_name && a.entity_kind == EntityKind::Person && st_.tok(b.first_tok).all_caps &&
            is_acronym_of(b.name_tokens, a.name_tokens)) {
          a.entity_kind = EntityKind::Organization;
          b.entity_kind = EntityKind::Organization;
        }
      }
    }
  }
};

}  // namespace

void find_mentions(pipeline::State& st) {
  Finder f(st);
  f.run();
}

bool is_acronym_of(const std::vector<std::string>& acro, const std::vector<std::string>& name) {
  if (acro.size() != 1 || name.size() < 2) return false;
  const auto& a = acro.front();
  if (a.size() != name.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i)
    if (name[i].empty() || name[i][0] != a[i]) return false;
  return true;
}

}  // namespace saywho::mentions
