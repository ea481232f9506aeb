#include "entities/entities.hpp"

#include <algorithm>
#include <unordered_map>

#include "lexicon/fold.hpp"
#include "mentions/mentions.hpp"

namespace saywho::entities {
namespace {

using pipeline::EntityRec;
using pipeline::MentionRec;
using pipeline::State;

// Every word of the shorter name is in the longer one ("Lin" ⊂ "Lin Jian",
// "Amnesty" ⊂ "Amnesty International", "Paul Sènou" ⊂ "Paul Adjovi Sènou").
bool names_match(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  const auto& small = a.size() <= b.size() ? a : b;
  const auto& big = a.size() <= b.size() ? b : a;
  // Every word of the shorter name, in its order ("Paul Arnaud" in "Paul
  // Henri Arnaud"): "the Port of Haldane" is not "the Haldane Port Authority".
  auto at = big.begin();
  for (const auto& w : small) {
    at = std::find(at, big.end(), w);
    if (at == big.end()) return false;
    ++at;
  }
  return true;
}

// Each distinct name once: a name repeated a hundred times in a long text
// is still one name to compare with.
void add_name(EntityRec& ent, std::vector<std::string> name) {
  if (std::find(ent.names.begin(), ent.names.end(), name) == ent.names.end()) ent.names.push_back(std::move(name));
}

bool kinds_compatible(EntityKind a, EntityKind b) {
  if (a == EntityKind::Unknown || b == EntityKind::Unknown) return true;
  if (a == b) return true;
  // A name first seen alone can turn out to be a person or an organisation.
  return false;
}

class Clusterer {
 public:
  explicit Clusterer(State& st) : st_(st) {}

  void run() {
    for (std::size_t i = 0; i < st_.mentions.size(); ++i) place(static_cast<int>(i));
    // Appositions: the description joins its name's entity.
    for (std::size_t i = 0; i < st_.mentions.size(); ++i) {
      auto& m = st_.mentions[i];
      if (m.same_as < 0) continue;
      const int target = st_.mentions[m.same_as].entity;
      if (target >= 0 && m.entity >= 0 && target != m.entity) entities::merge(st_, m.entity, target);
    }
    join_announced_roles();
    finish_names();
  }

  // News announces a person by role before naming them: "…, charged the
  // rebel spokesman. … said M23 political branch spokesman Bertrand
  // Bisimwa." A person known only by a definite role joins the first
  // named person with that role in the next two sentences.
  void join_announced_roles() {
    // The top-level mentions in text order, searched from each role on.
    std::vector<int> order;
    for (std::size_t k = 0; k < st_.mentions.size(); ++k)
      if (!st_.mentions[k].nested) order.push_back(static_cast<int>(k));
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return st_.mentions[a].first_tok < st_.mentions[b].first_tok; });
    for (std::size_t e = 0; e < st_.entities.size(); ++e) {
      const auto& ent = st_.entities[e];
      if (ent.kind != EntityKind::Person || ent.mentions.empty() || !ent.names.empty()) continue;
      const MentionRec& role = st_.mentions[ent.mentions.front()];
      if (role.kind != MentionKind::Description || !role.definite || role.head.empty() ||
          role.number == lexicon::Number::Plural)
        continue;
      const uint32_t sentence = st_.tok(role.first_tok).sentence;
      auto from = std::upper_bound(order.begin(), order.end(), role.first_tok,
                                   [&](uint32_t t, int k) { return t < st_.mentions[k].first_tok; });
      for (auto it = from; it != order.end(); ++it) {
        const MentionRec& named = st_.mentions[*it];
        if (st_.tok(named.first_tok).sentence > sentence + 2) break;
        if (named.entity < 0 || named.entity == static_cast<int>(e) || !named.description || named.head != role.head)
          continue;
        if (st_.entities[named.entity].kind != EntityKind::Person) continue;
        entities::merge(st_, static_cast<int>(e), named.entity);
        break;
      }
    }
  }

 private:
  State& st_;

  int new_entity(int m) {
    EntityRec e;
    e.kind = st_.mentions[m].entity_kind;
    st_.entities.push_back(std::move(e));
    const int id = static_cast<int>(st_.entities.size() - 1);
    attach_indexed(m, id);
    return id;
  }

  // Look-up tables, so that placing each mention costs about the same on a
  // long text as on a short one.
  std::unordered_map<std::string, std::vector<int>> by_word_;  // name word -> entities
  std::unordered_map<std::string, std::vector<int>> by_head_;  // description head -> entities
  std::unordered_map<std::string, int> by_country_;
  // The organisations named, the latest last: "the company" is the latest
  // one, or the one before it when the latest is the subject of its own
  // sentence ("the Competition Bureau accused the company of …").
  int last_org_ = -1, org_before_ = -1;
  std::vector<int> latest_mention_;  // entity -> its latest placed mention
  std::vector<uint32_t> last_pos_;  // entity -> token of its latest placed mention

  void index(int m, int e) {
    const auto& mr = st_.mentions[m];
    if (last_pos_.size() < st_.entities.size()) last_pos_.resize(st_.entities.size(), 0);
    last_pos_[e] = std::max(last_pos_[e], mr.first_tok);
    auto add_unique = [](std::vector<int>& v, int x) {
      if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
    };
    for (const auto& w : mr.name_tokens) add_unique(by_word_[w], e);
    // Initials of a long name answer its acronym ("NBP").
    if (mr.name_tokens.size() >= 2) {
      std::string initials;
      for (const auto& w : mr.name_tokens) initials += w.empty() ? ' ' : w[0];
      add_unique(by_word_[initials], e);
    }
    if (!mr.head.empty() && mr.kind != MentionKind::Pronoun) add_unique(by_head_[mr.head], e);
    if (!mr.country.empty()) by_country_[mr.country] = e;
    if (st_.entities[e].kind == EntityKind::Organization && last_org_ != e) {
      org_before_ = last_org_;
      last_org_ = e;
    }
    if (latest_mention_.size() < st_.entities.size()) latest_mention_.resize(st_.entities.size(), -1);
    latest_mention_[e] = m;
  }

  // The organisation a bare generic description ("the company", "l'ONG")
  // at mention m stands for, or -1.
  int generic_org_for(const MentionRec& m) const {
    int e = last_org_;
    if (e >= 0 && subject_before(st_.mentions[latest_mention_[e]], m)) e = org_before_;
    return e >= 0 && !other_kind_of_org(e, m.head) ? e : -1;
  }
  // Mention s is the subject of the clause mention m is in: the parse says
  // so, or only a verb (with its auxiliaries) stands between them ("the
  // Bureau accused the company", however the parse reads the sentence).
  bool subject_before(const MentionRec& s, const MentionRec& m) const {
    if (s.first_tok >= m.first_tok || st_.tok(s.first_tok).sentence != st_.tok(m.first_tok).sentence) return false;
    if (st_.is_subject(s)) return true;
    if (s.end_tok >= m.first_tok) return false;
    for (uint32_t t = s.end_tok; t < m.first_tok; ++t)
      if (!st_.is_word(t) || !(st_.pack.verb(st_.norm(t)) || st_.pack.in("aux", st_.norm(t)))) return false;
    return true;
  }

  // The most recent entity among candidates that satisfies pred.
  template <class Pred>
  int most_recent(const std::vector<int>* candidates, Pred pred) const {
    if (!candidates) return -1;
    int best = -1;
    for (int e : *candidates) {
      if (st_.entities[e].mentions.empty() || !pred(st_.entities[e])) continue;
      if (best < 0 || last_pos_[e] >= last_pos_[best]) best = e;
    }
    return best;
  }

  const std::vector<int>* find(const std::unordered_map<std::string, std::vector<int>>& map, const std::string& key) const {
    auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
  }

  void attach_indexed(int m, int e) {
    attach(st_, m, e);
    index(m, e);
  }

  void place(int mi) {
    MentionRec& m = st_.mentions[mi];
    if (m.kind == MentionKind::Pronoun || m.is_document) return;
    if (m.entity_kind == EntityKind::Country && !m.country.empty()) {
      auto it = by_country_.find(m.country);
      if (it != by_country_.end()) attach_indexed(mi, it->second);
      else new_entity(mi);
      return;
    }
    if (!m.name_tokens.empty()) {
      // Candidates share a word with this name (or are its acronym).
      std::vector<int> candidates;
      for (const auto& w : m.name_tokens)
        if (const auto* v = find(by_word_, w)) candidates.insert(candidates.end(), v->begin(), v->end());
      if (m.name_tokens.size() >= 2) {  // an earlier acronym of this long name
        std::string initials;
        for (const auto& w : m.name_tokens) initials += w.empty() ? ' ' : w[0];
        if (const auto* v = find(by_word_, initials)) candidates.insert(candidates.end(), v->begin(), v->end());
      }
      const int e = most_recent(&candidates, [&](const EntityRec& ent) {
        if (ent.kind == EntityKind::Country) return false;
        // "l'armateur Armor Pêche … le directeur d'Armor Pêche": the same
        // name, taken for a person's only for its two capitalised words
        // (no gender known), is the organisation's.
        const bool weak_person_of_org =
            ((ent.kind == EntityKind::Organization && m.entity_kind == EntityKind::Person && m.gender == lexicon::Gender::Any) ||
             (ent.kind == EntityKind::Person && ent.gender == lexicon::Gender::Any && m.entity_kind == EntityKind::Organization)) &&
            std::find(ent.names.begin(), ent.names.end(), m.name_tokens) != ent.names.end();
        if (!kinds_compatible(ent.kind, m.entity_kind) && !weak_person_of_org) return false;
        auto same = [&](const std::vector<std::string>& n) {
          return names_match(n, m.name_tokens) || mentions::is_acronym_of(m.name_tokens, n) || mentions::is_acronym_of(n, m.name_tokens);
        };
        // It agrees with one of the entity's names and with all its longer
        // ones: a short name ("Port") chains no two different long ones.
        return std::any_of(ent.names.begin(), ent.names.end(), same) &&
               std::all_of(ent.names.begin(), ent.names.end(),
                           [&](const std::vector<std::string>& n) { return n.size() < 2 || same(n); });
      });
      if (e >= 0) attach_indexed(mi, e);
      else new_entity(mi);
      return;
    }
    // A description without a name.
    if (m.same_as >= 0) {
      new_entity(mi);  // joined to its name by the apposition pass
      return;
    }
    if (!m.indefinite) {
      int e = most_recent(find(by_head_, m.head), [&](const EntityRec& ent) {
        // ("la maire" is not "le maire" named before.)
        const bool gender_clash = ent.gender != lexicon::Gender::Any && m.gender != lexicon::Gender::Any && ent.gender != m.gender;
        return ent.number == m.number && !gender_clash && !modifiers_clash(ent, m);
      });
      // "l'organisation", "the London-based organization", not "le syndicat
      // des dockers": at most one word besides the head, or a word of
      // where it is based (grammar class based_suffix).
      const bool bare = m.end_tok - m.first_tok <= 2 ||
                        (m.end_tok - m.first_tok == 3 && st_.ends_with_one_of(m.first_tok + 1, "based_suffix"));
      if (e < 0 && m.generic_org && m.definite && bare) e = generic_org_for(m);
      if (e >= 0) {
        attach_indexed(mi, e);
        return;
      }
    }
    new_entity(mi);
  }

  // Entity e was described by another kind of organisation than `head`:
  // "le syndicat" is not the ministry named before.
  bool other_kind_of_org(int e, const std::string& head) const {
    if (e < 0) return false;
    for (const int k : st_.entities[e].mentions) {
      const auto& m = st_.mentions[k];
      if (!m.head.empty() && m.head != head && m.kind == MentionKind::Description && !head_takes_up(head, m.head))
        return true;
      // A name that says its kind: "the union" is not "the Port of Haldane",
      // nor "the Marine Accident Investigation Branch" (an organisation
      // word of its own).
      if (m.kind == MentionKind::Name)
        for (uint32_t t = m.first_tok; t < m.end_tok; ++t) {
          if (!st_.is_word(t) || st_.norm(t) == head) continue;
          if (st_.pack.in("place_head", st_.norm(t))) return true;
          const lexicon::WordInfo* info = nullptr;
          if (st_.pack.organisations.match(st_.norms, t, &info) == 1 && info && !info->generic &&
              !head_takes_up(head, std::string(st_.norm(t))))
            return true;
        }
    }
    return false;
  }
  // A description headed `head` may stand for an organisation that `word`
  // described or named: "the group" for any (grammar class any_org_head),
  // "the company" for a business ("l'armateur … la société"), "the charity"
  // for a charity or campaign group, and not "the firm" for the police.
  bool head_takes_up(const std::string& head, const std::string& word) const {
    if (st_.pack.in("any_org_head", head)) return true;
    if (st_.pack.in("company_head", head)) return st_.pack.in("company_word", word);
    if (st_.pack.in("charity_head", head)) return st_.pack.in("charity_word", word);
    return false;
  }

  // The words of a description besides its determiners, function words and
  // head: "vestrien" in "le gouvernement vestrien".
  std::vector<std::string_view> modifiers(const MentionRec& m) const {
    std::vector<std::string_view> out;
    for (uint32_t t = m.first_tok; t < m.end_tok; ++t) {
      const auto w = st_.norm(t);
      if (!st_.is_word(t) || w == m.head || st_.pack.function_words.contains(w) || st_.pack.in("determiner", w)) continue;
      out.push_back(w);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  // "le gouvernement vestrien" is not "le gouvernement ostrandais": both
  // descriptions say more than their head, and not the same. (The entity's
  // last few descriptions are enough, and keep this cheap on long texts.)
  bool modifiers_clash(const EntityRec& ent, const MentionRec& m) const {
    const auto mine = modifiers(m);
    if (mine.empty()) return false;
    int seen = 0;
    for (auto it = ent.mentions.rbegin(); it != ent.mentions.rend() && seen < 8; ++it) {
      const auto& other = st_.mentions[*it];
      if (other.kind != MentionKind::Description || other.head != m.head) continue;
      ++seen;
      const auto theirs = modifiers(other);
      if (!theirs.empty() && theirs != mine) return true;
    }
    return false;
  }

  // The entity's name: its most complete name, else its longest description.
  void finish_names() {
    for (auto& ent : st_.entities) {
      if (ent.mentions.empty()) continue;
      int best = -1;
      std::size_t best_words = 0;
      int best_rank = -1;
      for (int k : ent.mentions) {
        const auto& m = st_.mentions[k];
        if (m.kind == MentionKind::Pronoun) continue;
        // Names before descriptions; among names, the one with most words.
        const int rank = m.kind == MentionKind::Description ? 0 : 1;
        const std::size_t words = m.kind == MentionKind::Description ? m.end_tok - m.first_tok : m.name_tokens.size();
        if (rank > best_rank || (rank == best_rank && words > best_words) ||
            (rank == best_rank && words == best_words && m.kind == MentionKind::Name &&
             st_.mentions[best].kind == MentionKind::TitledName)) {
          best = k;
          best_rank = rank;
          best_words = words;
        }
      }
      if (best < 0) continue;
      const auto& m = st_.mentions[best];
      ByteSpan name = m.span;
      // "le procureur Hugo Vallet" -> "Hugo Vallet", "Ms. Harlow" -> "Harlow".
      if ((m.description && m.kind == MentionKind::Name) || m.kind == MentionKind::TitledName) {
        uint32_t first = m.first_tok;
        while (first < m.end_tok && !(st_.tok(first).capitalized || st_.tok(first).all_caps) ) ++first;
        // Skip the title / role words: the name starts at its first name token.
        for (uint32_t k = m.first_tok; k < m.end_tok; ++k) {
          if (!m.name_tokens.empty() && st_.tok(k).kind == text::TokenKind::Word &&
              lexicon::fold(st_.norm(k)) == m.name_tokens.front()) {
            first = k;
          }
        }
        name.begin = st_.tok(first).span.begin;
      }
      ent.name = std::string(st_.doc.slice(name));
      for (int k : ent.mentions) {
        const auto& mk = st_.mentions[k];
        if (mk.entity_kind != EntityKind::Unknown && ent.kind == EntityKind::Unknown) ent.kind = mk.entity_kind;
        if (mk.entity_kind == EntityKind::Person && ent.kind == EntityKind::Unknown) ent.kind = EntityKind::Person;
      }
    }
  }
};

}  // namespace

void attach(State& st, int m, int e) {
  auto& mention = st.mentions[m];
  auto& ent = st.entities[e];
  mention.entity = e;
  auto pos = std::lower_bound(ent.mentions.begin(), ent.mentions.end(), m, [&](int a, int b) {
    return st.mentions[a].first_tok < st.mentions[b].first_tok;
  });
  if (pos != ent.mentions.end() && *pos == m) return;
  ent.mentions.insert(pos, m);
  if (!mention.name_tokens.empty()) add_name(ent, mention.name_tokens);
  if (ent.kind == EntityKind::Unknown) ent.kind = mention.entity_kind;
  // (A name joined as a person's for its capitals only is the organisation's
  // its other mention says it is: see Clusterer::place.)
  if (ent.kind == EntityKind::Person && mention.entity_kind == EntityKind::Organization) ent.kind = EntityKind::Organization;
  if (ent.gender == lexicon::Gender::Any && mention.kind != MentionKind::Pronoun) ent.gender = mention.gender;
  if (mention.kind != MentionKind::Pronoun && mention.number == lexicon::Number::Plural) ent.number = lexicon::Number::Plural;
}

void merge(State& st, int from, int into) {
  if (from == into) return;
  auto& src = st.entities[from];
  for (int m : src.mentions) st.mentions[m].entity = into;
  auto& dst = st.entities[into];
  // Both lists are in text order: merging them keeps it, in linear time.
  const auto middle = static_cast<std::ptrdiff_t>(dst.mentions.size());
  dst.mentions.insert(dst.mentions.end(), src.mentions.begin(), src.mentions.end());
  std::inplace_merge(dst.mentions.begin(), dst.mentions.begin() + middle, dst.mentions.end(),
                     [&](int a, int b) { return st.mentions[a].first_tok < st.mentions[b].first_tok; });
  for (auto& n : src.names) add_name(dst, std::move(n));
  if (dst.kind == EntityKind::Unknown) dst.kind = src.kind;
  if (dst.gender == lexicon::Gender::Any) dst.gender = src.gender;
  src.mentions.clear();
  src.names.clear();
}

int add_source_phrase(State& st, uint32_t first, uint32_t end) {
  if (first >= st.ntok()) return -1;
  const auto& s = st.sentence_of(first);
  uint32_t e = first;
  // Up to a relative pronoun, a verb, or a preposition that starts no noun
  // complement: "the port authority" of "accused the port authority of
  // hiding…", "son tour" no further than "à".
  auto complement_ends = [&](uint32_t t) {
    const auto w = st.norm(t);
    if (!st.pack.in("preposition", w)) return false;
    if (!st.pack.in("np_link", w)) return true;
    const auto next = st.norm(t + 1);
    return (st.pack.lang == "en" && next.ends_with("ing")) || st.pack.in("infinitive_marker", next) || st.pack.verb(next);
  };
  // (Nor past a pronoun or a finite verb the parse reads: "Les armateurs
  // m'accusent".)
  auto parse_stops = [&](uint32_t t) {
    if (st.tree.size() != st.ntok() || t == first) return false;
    const auto& n = st.tree[t];
    return n.upos == syntax::Upos::PRON || n.upos == syntax::Upos::AUX ||
           (n.upos == syntax::Upos::VERB && n.form == syntax::Form::Finite);
  };
  while (e < s.end_token && e < end && e < first + 7 && (st.is_word(e) || st.tok(e).kind == text::TokenKind::Number) &&
         !st.pack.in("relative", st.norm(e)) && !st.pack.verb(st.norm(e)) && !(e > first && complement_ends(e)) &&
         !parse_stops(e))
    ++e;
  if (e <= first + 1) return -1;
  MentionRec m;
  m.span = ByteSpan{st.tok(first).span.begin, st.tok(e - 1).span.end};
  m.first_tok = first;
  m.end_tok = e;
  m.kind = MentionKind::Description;
  m.definite = st.pack.in("definite", st.norm(first));
  const bool plural = st.norm(e - 1).size() > 1 && (st.norm(e - 1).back() == 's' || st.norm(e - 1).back() == 'x');
  m.entity_kind = plural ? EntityKind::Group : EntityKind::Unknown;
  m.number = plural ? lexicon::Number::Plural : lexicon::Number::Singular;
  // "le délégué syndical Henri Vasseur": a description no list knows that
  // ends on a person's name is that person, described.
  if (const int k = st.mention_ending_at(e); k >= 0) {
    const MentionRec& name = st.mentions[static_cast<std::size_t>(k)];
    if (name.first_tok > first && name.kind == MentionKind::Name && name.entity_kind == EntityKind::Person &&
        name.entity >= 0) {
      m.entity_kind = EntityKind::Person;
      m.number = lexicon::Number::Singular;
      st.mentions.push_back(std::move(m));
      const int mi = static_cast<int>(st.mentions.size() - 1);
      attach(st, mi, name.entity);
      return mi;
    }
  }
  st.mentions.push_back(std::move(m));
  const int mi = static_cast<int>(st.mentions.size() - 1);
  EntityRec ent;
  ent.name = std::string(st.doc.slice(st.mentions[mi].span));
  ent.kind = st.mentions[mi].entity_kind;
  st.entities.push_back(std::move(ent));
  attach(st, mi, static_cast<int>(st.entities.size() - 1));
  return mi;
}

void cluster(State& st) {
  Clusterer c(st);
  c.run();
}

}  // namespace saywho::entities
