#include "syntax/tree.hpp"

#include <array>

namespace saywho::syntax {
namespace {

constexpr std::array<std::string_view, 17> kUposNames = {
    "X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
    "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"};

constexpr std::array<std::string_view, 37> kRelNames = {
    "dep", "root", "nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", "vocative",
    "expl", "dislocated", "advcl", "advmod", "discourse", "aux", "cop", "mark", "nmod",
    "appos", "nummod", "acl", "amod", "det", "clf", "case", "conj", "cc", "fixed", "flat",
    "compound", "list", "parataxis", "orphan", "goeswith", "reparandum", "punct"};

}  // namespace

Upos upos_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kUposNames.size(); ++i)
    if (kUposNames[i] == name) return static_cast<Upos>(i);
  return Upos::X;
}

std::string_view upos_name(Upos u) { return kUposNames[static_cast<std::size_t>(u)]; }

Form form_from_name(std::string_view name) {
  if (name == "Fin") return Form::Finite;
  if (name == "Part") return Form::Participle;
  if (name == "Inf") return Form::Infinitive;
  if (name == "Ger") return Form::Gerund;
  return Form::None;
}

LabelInfo label_from_name(std::string_view name) {
  const std::size_t colon = name.find(':');
  const std::string_view base = name.substr(0, colon);
  const std::string_view sub = colon == std::string_view::npos ? "" : name.substr(colon + 1);
  LabelInfo info;
  for (std::size_t i = 0; i < kRelNames.size(); ++i)
    if (kRelNames[i] == base) info.rel = static_cast<Rel>(i);
  info.passive = sub == "pass";
  info.agent = sub == "agent";
  info.relcl = sub == "relcl";
  return info;
}

bool under(const Tree& tree, uint32_t t, uint32_t h) {
  for (int steps = 0; steps < 32; ++steps) {
    if (t == h) return true;
    if (t >= tree.size() || tree[t].head < 0) return false;
    t = static_cast<uint32_t>(tree[t].head);
  }
  return false;
}

}  // namespace saywho::syntax
