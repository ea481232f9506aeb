// The syntax layer's answer for a document: for every token of the text
// layer, its part of speech (Universal Dependencies UPOS, with the verb form
// of verbs) and its head and relation in a dependency tree of its sentence.
// This is what the later stages read ("the subject of this cue", "the
// clause it governs"), in place of guessing from token windows.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace saywho::syntax {

enum class Upos : uint8_t {
  X, ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB,
};
enum class Form : uint8_t { None, Finite, Participle, Infinitive, Gerund };

// UD's universal relations; subtypes ("nsubj:pass", "obl:agent", "acl:relcl")
// are kept as LabelInfo flags.
enum class Rel : uint8_t {
  dep, root, nsubj, obj, iobj, csubj, ccomp, xcomp, obl, vocative, expl, dislocated, advcl, advmod,
  discourse, aux, cop, mark, nmod, appos, nummod, acl, amod, det, clf, case_, conj, cc, fixed, flat,
  compound, list, parataxis, orphan, goeswith, reparandum, punct,
};

struct TagInfo {
  Upos upos = Upos::X;
  Form form = Form::None;
};
struct LabelInfo {
  Rel rel = Rel::dep;
  bool passive = false;  // nsubj:pass, csubj:pass, aux:pass
  bool agent = false;    // obl:agent
  bool relcl = false;    // acl:relcl
};

Upos upos_from_name(std::string_view name);
Form form_from_name(std::string_view name);  // UD VerbForm values: Fin, Part, Inf, Ger
LabelInfo label_from_name(std::string_view name);
std::string_view upos_name(Upos u);

struct TokenSyntax {
  Upos upos = Upos::X;
  Form form = Form::None;
  int32_t head = -1;  // token index in the document; -1 for the sentence's root
  LabelInfo rel;
};

// Per document token, in the text layer's order.
using Tree = std::vector<TokenSyntax>;

// Token t is h or one of its descendants (heads are followed up to a bound,
// so a malformed tree cannot loop).
bool under(const Tree& tree, uint32_t t, uint32_t h);

}  // namespace saywho::syntax
