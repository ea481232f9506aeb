#include "entities/entities.hpp"

#include <algorithm>

namespace saywho::entities {
namespace {

using pipeline::EntityRec;
using pipeline::MentionRec;
using pipeline::State;

// Every word of the shorter name is in the longer one ("Lin" ⊂ "Lin Jian",
// "Amnesty" ⊂ "Amnesty International", "Guy Mitokpè" ⊂ "Guy Dossou Mitokpè").
bool names_match(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  const auto& small = a.size() <= b.size() ? a : b;
  const auto& big = a.size() <= b.size() ? b : a;
  return std::all_of(small.begin(), small.end(), [&](const std::string& w) {
    return std::find(big.begin(), big.end(), w) != big.end();
  });
}

// "NBP" for "National Bank of Poland".
bool is_acronym_of(const std::vector<std::string>& acro, const std::vector<std::string>& name) {
  if (acro.size() != 1 || name.size() < 2) return false;
  const auto& a = acro.front();
  if (a.size() != name.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i)
    if (name[i].empty() || name[i][0] != a[i]) return false;
  return true;
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
      if (target >= 0 && m.entity >= 0 && target != m.entity) merge(m.entity, target);
    }
    finish_names();
  }

 private:
  State& st_;

  int new_entity(int m) {
    EntityRec e;
    e.kind = st_.mentions[m].entity_kind;
    st_.entities.push_back(std::move(e));
    const int id = static_cast<int>(st_.entities.size() - 1);
    attach(st_, m, id);
    return id;
  }

  void merge(int from, int into) {
    auto& src = st_.entities[from];
    for (int m : src.mentions) st_.mentions[m].entity = into;
    auto& dst = st_.entities[into];
    dst.mentions.insert(dst.mentions.end(), src.mentions.begin(), src.mentions.end());
    std::sort(dst.mentions.begin(), dst.mentions.end(),
              [&](int a, int b) { return st_.mentions[a].first_tok < st_.mentions[b].first_tok; });
    dst.heads.insert(dst.heads.end(), src.heads.begin(), src.heads.end());
    dst.names.insert(dst.names.end(), src.names.begin(), src.names.end());
    if (dst.kind == EntityKind::Unknown) dst.kind = src.kind;
    if (dst.gender == lexicon::Gender::Any) dst.gender = src.gender;
    src.mentions.clear();
    src.heads.clear();
    src.names.clear();
  }

  // The most recent entity (by its last mention before m) that satisfies pred.
  template <class Pred>
  int most_recent(int m, Pred pred) const {
    int best = -1;
    uint32_t best_pos = 0;
    for (std::size_t e = 0; e < st_.entities.size(); ++e) {
      const auto& ent = st_.entities[e];
      if (ent.mentions.empty() || !pred(ent)) continue;
      for (int k : ent.mentions) {
        const auto pos = st_.mentions[k].first_tok;
        if (pos < st_.mentions[m].first_tok && (best < 0 || pos >= best_pos)) {
          best = static_cast<int>(e);
          best_pos = pos;
        }
      }
    }
    return best;
  }

  void place(int mi) {
    MentionRec& m = st_.mentions[mi];
    if (m.kind == MentionKind::Pronoun || m.is_document) return;
    if (m.entity_kind == EntityKind::Country && !m.country.empty()) {
      const int e = most_recent(mi, [&](const EntityRec& ent) {
        return std::any_of(ent.mentions.begin(), ent.mentions.end(),
                           [&](int k) { return st_.mentions[k].country == m.country; });
      });
      if (e >= 0) attach(st_, mi, e);
      else new_entity(mi);
      return;
    }
    if (!m.name_tokens.empty()) {
      const int e = most_recent(mi, [&](const EntityRec& ent) {
        if (!kinds_compatible(ent.kind, m.entity_kind) || ent.kind == EntityKind::Country) return false;
        return std::any_of(ent.names.begin(), ent.names.end(), [&](const std::vector<std::string>& n) {
          return names_match(n, m.name_tokens) || is_acronym_of(m.name_tokens, n) || is_acronym_of(n, m.name_tokens);
        });
      });
      if (e >= 0) attach(st_, mi, e);
      else new_entity(mi);
      return;
    }
    // A description without a name.
    if (m.same_as >= 0) {
      new_entity(mi);  // joined to its name by the apposition pass
      return;
    }
    if (!m.indefinite) {
      int e = most_recent(mi, [&](const EntityRec& ent) {
        return std::find(ent.heads.begin(), ent.heads.end(), m.head) != ent.heads.end() &&
               ent.number == m.number;
      });
      if (e < 0 && m.generic_org && m.definite) {
        e = most_recent(mi, [&](const EntityRec& ent) { return ent.kind == EntityKind::Organization; });
      }
      if (e >= 0) {
        attach(st_, mi, e);
        return;
      }
    }
    new_entity(mi);
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
        const int rank = m.kind == MentionKind::Name ? 2 : m.kind == MentionKind::TitledName ? 1 : 0;
        const std::size_t words = m.kind == MentionKind::Description ? m.end_tok - m.first_tok : m.name_tokens.size();
        if (rank > best_rank || (rank == best_rank && words > best_words)) {
          best = k;
          best_rank = rank;
          best_words = words;
        }
      }
      if (best < 0) continue;
      const auto& m = st_.mentions[best];
      ByteSpan name = m.span;
      // "le procureur Serge Dintroz" -> "Serge Dintroz".
      if (m.description && m.kind == MentionKind::Name) name.begin = st_.tok(m.end_tok - static_cast<uint32_t>(m.name_tokens.size())).span.begin;
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
  if (!mention.head.empty() && mention.kind != MentionKind::Pronoun) ent.heads.push_back(mention.head);
  if (!mention.name_tokens.empty()) ent.names.push_back(mention.name_tokens);
  if (ent.kind == EntityKind::Unknown) ent.kind = mention.entity_kind;
  if (ent.gender == lexicon::Gender::Any && mention.kind != MentionKind::Pronoun) ent.gender = mention.gender;
  if (mention.kind != MentionKind::Pronoun && mention.number == lexicon::Number::Plural) ent.number = lexicon::Number::Plural;
}

void cluster(State& st) {
  Clusterer c(st);
  c.run();
}

}  // namespace saywho::entities
