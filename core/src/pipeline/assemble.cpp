#include "pipeline/assemble.hpp"

#include <algorithm>

namespace saywho::pipeline {
namespace {

// Entities worth listing: those with a mention that is not a pronoun.
bool listed(const State& st, const EntityRec& e) {
  return std::any_of(e.mentions.begin(), e.mentions.end(),
                     [&](int m) { return st.mentions[m].kind != MentionKind::Pronoun; });
}

// Entity index -> output order (first mention), -1 when not listed.
std::vector<int> output_order(const State& st) {
  std::vector<int> idx;
  for (std::size_t e = 0; e < st.entities.size(); ++e)
    if (!st.entities[e].mentions.empty() && listed(st, st.entities[e])) idx.push_back(static_cast<int>(e));
  // stable: entities whose first mentions start together keep their index
  // order, the same with every standard library (native and wasm).
  std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) {
    return st.mentions[st.entities[a].mentions.front()].span.begin <
           st.mentions[st.entities[b].mentions.front()].span.begin;
  });
  std::vector<int> order(st.entities.size(), -1);
  for (std::size_t k = 0; k < idx.size(); ++k) order[idx[k]] = static_cast<int>(k);
  return order;
}

}  // namespace

std::optional<std::string> entity_id(const State& st, int e) {
  if (e < 0 || static_cast<std::size_t>(e) >= st.entities.size()) return std::nullopt;
  const auto order = output_order(st);
  if (order[e] < 0) return std::nullopt;
  return "E" + std::to_string(order[e] + 1);
}

std::vector<std::optional<std::string>> entity_ids(const State& st) {
  const auto order = output_order(st);
  std::vector<std::optional<std::string>> ids(order.size());
  for (std::size_t e = 0; e < order.size(); ++e)
    if (order[e] >= 0) ids[e] = "E" + std::to_string(order[e] + 1);
  return ids;
}

void assemble(const State& st, Analysis& out) {
  const auto order = output_order(st);
  out.entities.assign(std::count_if(order.begin(), order.end(), [](int o) { return o >= 0; }), Entity{});
  for (std::size_t e = 0; e < st.entities.size(); ++e) {
    if (order[e] < 0) continue;
    const auto& rec = st.entities[e];
    Entity& ent = out.entities[order[e]];
    ent.id = "E" + std::to_string(order[e] + 1);
    ent.name = rec.name;
    ent.kind = rec.kind;
    for (int m : rec.mentions) {
      const auto& mr = st.mentions[m];
      ent.mentions.push_back(Mention{mr.span, mr.kind});
      std::string desc;
      if (mr.kind == MentionKind::Description) desc = std::string(st.doc.slice(mr.span));
      else if (mr.description) desc = std::string(st.doc.slice(*mr.description));
      if (!desc.empty() && std::find(ent.descriptions.begin(), ent.descriptions.end(), desc) == ent.descriptions.end())
        ent.descriptions.push_back(desc);
    }
  }
  out.quotes.clear();
  for (std::size_t k = 0; k < st.quotes.size(); ++k) {
    const auto& q = st.quotes[k];
    Quote o;
    o.id = "Q" + std::to_string(k + 1);
    o.type = q.type;
    o.content = q.content;
    if (q.cue >= 0) o.cue = st.cues[q.cue].span;
    if (q.speaker_entity >= 0 && order[q.speaker_entity] >= 0) o.speaker = "E" + std::to_string(order[q.speaker_entity] + 1);
    if (q.speaker_mention >= 0) o.speaker_mention = st.mentions[q.speaker_mention].span;
    o.confidence = std::clamp(q.confidence, 0.0, 1.0);
    o.reason = q.reason;
    out.quotes.push_back(std::move(o));
  }
  // Nesting: the smallest other quote whose content holds this one. Walk the
  // quotes by start (longest first) with a stack of the open ones: linear.
  std::vector<std::size_t> order_q(out.quotes.size());
  for (std::size_t k = 0; k < order_q.size(); ++k) order_q[k] = k;
  std::stable_sort(order_q.begin(), order_q.end(), [&](std::size_t a, std::size_t b) {
    const auto& x = out.quotes[a].content;
    const auto& y = out.quotes[b].content;
    return x.begin != y.begin ? x.begin < y.begin : x.size() > y.size();
  });
  std::vector<std::size_t> open;
  for (std::size_t k : order_q) {
    const auto& c = out.quotes[k].content;
    while (!open.empty() && out.quotes[open.back()].content.end < c.end) open.pop_back();
    if (!open.empty()) {
      const auto& p = out.quotes[open.back()].content;
      if (p.begin <= c.begin && c.end <= p.end && p.size() > c.size()) out.quotes[k].parent = out.quotes[open.back()].id;
    }
    open.push_back(k);
  }
}

}  // namespace saywho::pipeline
