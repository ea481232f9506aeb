// What the reports and accusations stages share to complete an Analysis
// that assemble() already filled: the public id of each internal entity,
// ids for noun phrases the engine did not list (a new entity, or a mention
// added to the entity of the same name), and pronoun antecedents.
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include "pipeline/span_index.hpp"
#include "pipeline/state.hpp"
#include "saywho/analysis.hpp"

namespace saywho::reports {

class Linker {
 public:
  Linker(const pipeline::State& st, Analysis& out);

  // The entity id that mention m stands for. Pronouns: the entity the
  // engine attached, else the nearest earlier compatible entity mention.
  std::optional<std::string> id_of_mention(int m) const;
  // The first mention (nested ones included) that starts in [b, e) and
  // ends by e, and stands for an entity; -1 when none.
  int mention_within(uint32_t b, uint32_t e, bool allow_pronouns = true) const;
  // The entity named by tokens [b, e): a mention there, an entity of that
  // name (a surname alone names a person), or a new entity.
  std::optional<std::string> id_for_tokens(uint32_t b, uint32_t e, EntityKind kind);
  // The same for a byte span (e.g. a name without its "'s").
  std::optional<std::string> id_for_span(ByteSpan span, EntityKind kind);
  // The party a token of the parse stands for: the smallest mention
  // covering it, a relative pronoun's antecedent ("forces who killed"),
  // else the noun phrase it heads as a new entity of `kind` ("the port
  // authority", "les autorités centrafricaines"). Nothing for a document
  // mention, a pronoun that is no relative one, or a non-nominal token.
  // `stop`: the phrase ends before that token ("accusent les rebelles de
  // massacres": the charge's "de" is no part of the accused, however the
  // parse hangs it).
  std::optional<std::string> id_for_tree_token(int t, EntityKind kind, uint32_t stop = UINT32_MAX);
  // The owner a possessive determiner at token t refers back to ("His
  // audit", "son rapport", "their study"): the nearest earlier mention of
  // a listed entity that fits it (his/her: a person; its: no person; their,
  // leur: several, or a group), or nothing.
  std::optional<std::string> owner_of_possessive(uint32_t t) const;
  // Every entity (index into the output's entities) a mention of which
  // covers byte `pos`.
  std::vector<std::size_t> entities_at(uint32_t pos) const;
  // The entity whose mention covers byte `pos`, or nothing.
  std::optional<std::string> id_at(uint32_t pos) const;
  // The mentions within tokens [b, e), in index order: the candidates of
  // every "mention in this stretch" question, found through a sorted index
  // so that asking once per cue keeps long texts near-linear.
  std::vector<int> mentions_inside(uint32_t b, uint32_t e) const;

 private:
  const pipeline::State& st_;
  Analysis& out_;
  std::vector<std::optional<std::string>> ids_;  // internal entity index -> public id
  std::vector<int> by_first_tok_;                 // mention indices sorted by (first_tok, index)
  // Indexes over out_.entities, kept up to date as entities and mentions are
  // added: the entity index of each output mention; folded name (and a
  // person's folded surname) -> first entity of that name.
  pipeline::SpanIndex entity_mentions_;
  std::unordered_map<std::string, std::size_t> by_name_, by_surname_;
  void index_entity(std::size_t e);
  std::optional<std::string> antecedent(int pronoun) const;
  // What a pronoun asks of its antecedent.
  struct Fit {
    bool person_only = false, thing_only = false, plural = false;
    lexicon::Gender gender = lexicon::Gender::Any;
  };
  // The nearest mention before token `before` (looking at mentions below
  // index `end`) of a listed entity that fits.
  std::optional<std::string> nearest_fitting(uint32_t before, std::size_t end, const Fit& fit) const;
  bool inside_prepositional_phrase(const pipeline::MentionRec& m) const;
  // Mention m follows the agent's "by"/"par" (grammar class by_agent).
  bool after_agent_marker(const pipeline::MentionRec& m) const;
};

}  // namespace saywho::reports
