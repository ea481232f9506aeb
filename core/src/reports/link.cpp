#include "reports/link.hpp"

#include <algorithm>

#include "entities/phrase.hpp"
#include "lexicon/fold.hpp"
#include "pipeline/assemble.hpp"

namespace saywho::reports {

using pipeline::MentionRec;

namespace {
// "la cour des comptes" -> "cour des comptes": names compare without their article.
std::string without_article(std::string s) {
  for (const char* a : {"le ", "la ", "les ", "l'", "the "}) {
    const std::string art(a);
    if (s.rfind(art, 0) == 0) return s.substr(art.size());
  }
  return s;
}
}  // namespace

Linker::Linker(const pipeline::State& st, Analysis& out) : st_(st), out_(out) {
  ids_ = pipeline::entity_ids(st);  // one pass: an entity_id() call per entity was quadratic
  by_first_tok_.resize(st_.mentions.size());
  for (std::size_t k = 0; k < by_first_tok_.size(); ++k) by_first_tok_[k] = static_cast<int>(k);
  std::stable_sort(by_first_tok_.begin(), by_first_tok_.end(),
                   [&](int a, int b) { return st_.mentions[a].first_tok < st_.mentions[b].first_tok; });
  for (std::size_t e = 0; e < out_.entities.size(); ++e) index_entity(e);
}

void Linker::index_entity(std::size_t e) {
  const Entity& ent = out_.entities[e];
  const std::string name = without_article(lexicon::fold(ent.name));
  const auto space = name.rfind(' ');
  if (ent.kind == EntityKind::Person && space != std::string::npos) by_surname_.emplace(name.substr(space + 1), e);
  by_name_.emplace(name, e);  // emplace keeps the first entity of a name
  for (const Mention& m : ent.mentions) entity_mentions_.add(m.span, e);
}

std::vector<int> Linker::mentions_inside(uint32_t b, uint32_t e) const {
  std::vector<int> found;
  auto it = std::lower_bound(by_first_tok_.begin(), by_first_tok_.end(), b,
                             [&](int k, uint32_t tok) { return st_.mentions[k].first_tok < tok; });
  for (; it != by_first_tok_.end() && st_.mentions[*it].first_tok <= e; ++it)
    if (st_.mentions[*it].end_tok <= e) found.push_back(*it);
  std::sort(found.begin(), found.end());
  return found;
}

std::optional<std::string> Linker::id_of_mention(int m) const {
  if (m < 0 || static_cast<std::size_t>(m) >= st_.mentions.size()) return std::nullopt;
  const MentionRec& mr = st_.mentions[m];
  if (mr.entity >= 0 && static_cast<std::size_t>(mr.entity) < ids_.size() && ids_[mr.entity]) return ids_[mr.entity];
  if (mr.kind == MentionKind::Pronoun) return antecedent(m);
  return std::nullopt;
}

// The nearest earlier mention of a listed entity whose kind fits the
// pronoun: people for "il"/"she", anything else for "it"/"ils".
std::optional<std::string> Linker::antecedent(int pronoun) const {
  const MentionRec& p = st_.mentions[pronoun];
  const lexicon::WordInfo* info = nullptr;
  st_.pack.pronouns.match(st_.norms, p.first_tok, &info);
  Fit fit;
  fit.person_only = info && info->person_only;
  fit.thing_only = info && info->thing_only;
  fit.plural = p.number == lexicon::Number::Plural;
  fit.gender = p.gender;
  return nearest_fitting(p.first_tok, static_cast<std::size_t>(pronoun), fit);
}

std::optional<std::string> Linker::owner_of_possessive(uint32_t t) const {
  if (!st_.pack.in("possessive", st_.norm(t))) return std::nullopt;
  // The pack's grammar classes say which possessives point to a person
  // ("his", "her"), to a thing ("its") or to several ("their", "leur").
  const std::string_view w = st_.norm(t);
  Fit fit;
  fit.person_only = st_.pack.in("possessive_person", w);
  fit.thing_only = st_.pack.in("possessive_thing", w);
  fit.plural = st_.pack.in("possessive_plural", w);
  // Mentions are in text order except those later stages appended.
  const auto it = std::lower_bound(by_first_tok_.begin(), by_first_tok_.end(), t,
                                   [&](int k, uint32_t tok) { return st_.mentions[k].first_tok < tok; });
  std::size_t end = 0;
  for (auto k = by_first_tok_.begin(); k != it; ++k) end = std::max(end, static_cast<std::size_t>(*k) + 1);
  return nearest_fitting(t, end, fit);
}

// The nearest sentence with a mention that fits decides. In an earlier
// sentence, its subject before any other mention ("Scott Fitzpatrick said
// the county, in northern Missouri, … His audit": Fitzpatrick), as in the
// attribution stage; in the pronoun's own, the nearest ("The Philippines
// disputed Beijing's account and accused it": no subject is its own object).
std::optional<std::string> Linker::nearest_fitting(uint32_t before, std::size_t end, const Fit& fit) const {
  int best = -1;
  for (std::size_t k = end; k-- > 0;) {
    const MentionRec& m = st_.mentions[k];
    if (m.kind == MentionKind::Pronoun || m.entity < 0 || m.first_tok >= before) continue;
    if (static_cast<std::size_t>(m.entity) >= ids_.size() || !ids_[m.entity]) continue;
    // A subject pronoun refers back to a subject-like mention, not to a name
    // nested in another or governed by a preposition ("maire de Brévin"), as
    // in the attribution stage's resolver; a passive's agent is its doer
    // ("exposed by EU DisinfoLab … in its investigation").
    if (m.nested || (inside_prepositional_phrase(m) && !after_agent_marker(m))) continue;
    const auto& ent = st_.entities[m.entity];
    const bool is_person = ent.kind == EntityKind::Person;
    if (fit.person_only && !is_person) continue;
    if (fit.thing_only && is_person) continue;
    if (fit.plural != (ent.number == lexicon::Number::Plural) && ent.kind != EntityKind::Group &&
        ent.kind != EntityKind::Country && ent.kind != EntityKind::Organization)
      continue;
    if (fit.gender != lexicon::Gender::Any && ent.gender != lexicon::Gender::Any && fit.gender != ent.gender) continue;
    if (best >= 0) {
      const MentionRec& b = st_.mentions[static_cast<std::size_t>(best)];
      if (st_.tok(m.first_tok).sentence != st_.tok(b.first_tok).sentence) break;
      if (st_.tok(b.first_tok).sentence == st_.tok(before).sentence) break;
      if (st_.is_subject(b) || !st_.is_subject(m)) continue;
    }
    best = static_cast<int>(k);
  }
  if (best < 0) return std::nullopt;
  return ids_[st_.mentions[static_cast<std::size_t>(best)].entity];
}

bool Linker::after_agent_marker(const MentionRec& m) const {
  if (m.first_tok == 0) return false;
  const auto w = st_.norm(m.first_tok - 1);
  return st_.pack.in("by_agent", w) && !st_.pack.in("np_link", w);
}

bool Linker::inside_prepositional_phrase(const MentionRec& m) const {
  if (m.first_tok == 0) return false;
  const uint32_t before = m.first_tok - 1;
  return st_.tok(before).sentence == st_.tok(m.first_tok).sentence &&
         st_.pack.in("preposition", st_.norm(before));
}

int Linker::mention_within(uint32_t b, uint32_t e, bool allow_pronouns) const {
  int best = -1;
  for (const int k : mentions_inside(b, e)) {
    const MentionRec& m = st_.mentions[k];
    if (m.is_document) continue;
    if (m.kind == MentionKind::Pronoun && !allow_pronouns) continue;
    if (!id_of_mention(k)) continue;
    if (best < 0 || m.first_tok < st_.mentions[best].first_tok ||
        (m.first_tok == st_.mentions[best].first_tok && m.end_tok > st_.mentions[best].end_tok))
      best = k;
  }
  return best;
}

std::vector<std::size_t> Linker::entities_at(uint32_t pos) const {
  std::vector<std::size_t> found;
  entity_mentions_.for_each_covering(pos, [&](ByteSpan, std::size_t e) { found.push_back(e); });
  return found;
}

std::optional<std::string> Linker::id_at(uint32_t pos) const {
  // The first entity in order, as a scan of the entities would find.
  if (const auto e = entity_mentions_.first_covering(pos)) return out_.entities[*e].id;
  return std::nullopt;
}

std::optional<std::string> Linker::id_for_tokens(uint32_t b, uint32_t e, EntityKind kind) {
  if (b >= e || e > st_.ntok()) return std::nullopt;
  // "contre X": persons unknown, as the mentions stage reads them.
  if (e == b + 1 && st_.is_word(b) && st_.pack.in("unknown_party", st_.norm(b))) return std::nullopt;
  // A sum of money is no party, nor part of one ("fined Coastline Ferries £2m").
  for (uint32_t t = b; t < e; ++t)
    if (st_.amount_at(t)) e = t;
  if (b >= e) return std::nullopt;
  // A mention covering most of the phrase.
  for (const int k : mentions_inside(b, e)) {
    const MentionRec& m = st_.mentions[k];
    // "Myanmar's military": the owner in the genitive is not the phrase.
    if (m.end_tok < e && st_.genitive(m.end_tok - 1)) continue;
    if (m.end_tok - m.first_tok + 1 >= e - b) {
      if (auto id = id_of_mention(k)) return id;
    }
  }
  // "The captain, Tom Hale, was charged", "sued the owner, Vestra Fishing,
  // for …": a description no list knows, then a person's or an
  // organisation's name between commas: that party.
  if (st_.is_punct(e, ",") && st_.is_word(b) && st_.pack.in("determiner", st_.norm(b)))
    if (const int m = st_.mention_starting_at(e + 1);
        m >= 0 && st_.mentions[m].kind != MentionKind::Description && st_.mentions[m].kind != MentionKind::Pronoun &&
        (st_.mentions[m].entity_kind == EntityKind::Person || st_.mentions[m].entity_kind == EntityKind::Organization) &&
        st_.is_punct(st_.mentions[m].end_tok, ","))
      if (auto id = id_of_mention(m)) return id;
  ByteSpan span{st_.tok(b).span.begin, st_.tok(e - 1).span.end};
  // "the China Coast Guard's manoeuvres": the party is named without its "'s".
  if (st_.genitive(e - 1)) {
    const auto last = st_.doc.slice(st_.tok(e - 1).span);
    span.end -= last.ends_with("'s") ? 2 : last.ends_with("\xE2\x80\x99s") ? 4 : 0;
  }
  return id_for_span(span, kind);
}

std::optional<std::string> Linker::id_for_tree_token(int t, EntityKind kind, uint32_t stop) {
  if (t < 0 || static_cast<uint32_t>(t) >= st_.ntok() || st_.tree.size() != st_.ntok()) return std::nullopt;
  const auto tok = static_cast<uint32_t>(t);
  const auto& ts = st_.tree[tok];
  int best = -1;
  const auto& sentence = st_.sentence_of(tok);
  for (const int k : mentions_inside(sentence.first_token, sentence.end_token)) {
    const MentionRec& m = st_.mentions[k];
    if (m.first_tok > tok || m.end_tok <= tok) continue;
    if (best < 0 || m.end_tok - m.first_tok < st_.mentions[best].end_tok - st_.mentions[best].first_tok) best = k;
  }
  if (best >= 0) return st_.mentions[best].is_document ? std::nullopt : id_of_mention(best);
  // A relative pronoun ("that", "qui") opening a relative clause: the noun
  // that clause modifies.
  if (ts.upos == syntax::Upos::PRON && ts.head > t) {
    const auto& verb = st_.tree[static_cast<uint32_t>(ts.head)];
    if (verb.rel.relcl) return id_for_tree_token(verb.head, kind);
    // "…, selon un décompte de HRW, qui s'appuie dans ce rapport sur …":
    // the parse may hang the clause elsewhere; "qui" after a comma is still
    // about the name just before it.
    if (tok >= 2 && st_.pack.in("relative", st_.norm(tok)) && st_.is_punct(tok - 1, ","))
      for (const int k : mentions_inside(sentence.first_token, tok - 1))
        if (st_.mentions[k].end_tok == tok - 1 && !st_.mentions[k].is_document) return id_of_mention(k);
    return std::nullopt;
  }
  if (ts.upos != syntax::Upos::NOUN && ts.upos != syntax::Upos::PROPN) return std::nullopt;
  const auto np = entities::noun_phrase_headed_by(st_, tok);
  const uint32_t end = tok < stop ? std::min(np.end, stop) : np.end;
  if (end <= np.first || end - np.first > 8) return std::nullopt;
  return id_for_tokens(np.first, end, kind);
}

std::optional<std::string> Linker::id_for_span(ByteSpan span, EntityKind kind) {
  if (span.empty() || span.end > st_.doc.text.size()) return std::nullopt;
  // An entity whose mention holds the whole phrase. One that holds only its
  // first words names a modifier, not the phrase: "Cameroonian security
  // forces" is not the entity "Cameroonian".
  std::optional<std::size_t> holder;
  entity_mentions_.for_each_covering(span.begin, [&](ByteSpan m, std::size_t e) {
    if (m.contains(span.end - 1) && (!holder || e < *holder)) holder = e;
  });
  if (holder) return out_.entities[*holder].id;
  const std::string folded = without_article(lexicon::fold(st_.doc.slice(span)));
  // The first entity of that name, or a person whose surname it is.
  std::size_t found = out_.entities.size();
  if (auto it = by_name_.find(folded); it != by_name_.end()) found = it->second;
  if (auto it = by_surname_.find(folded); it != by_surname_.end()) found = std::min(found, it->second);
  if (found < out_.entities.size()) {
    Entity& ent = out_.entities[found];
    ent.mentions.push_back(Mention{span, MentionKind::Name});
    std::stable_sort(ent.mentions.begin(), ent.mentions.end(),
                     [](const Mention& x, const Mention& y) { return x.span.begin < y.span.begin; });
    entity_mentions_.add(span, found);
    return ent.id;
  }
  Entity ent;
  ent.id = "E" + std::to_string(out_.entities.size() + 1);
  ent.name = std::string(st_.doc.slice(span));
  ent.kind = kind;
  ent.mentions.push_back(Mention{span, MentionKind::Name});
  out_.entities.push_back(ent);
  index_entity(out_.entities.size() - 1);
  return out_.entities.back().id;
}

}  // namespace saywho::reports
