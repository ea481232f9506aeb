// Reads Universal Dependencies treebanks (CoNLL-U): sentences with their
// text, surface tokens (a multiword token like "du" = "de le" is one surface
// token over two words) and words with UPOS, VerbForm, head and relation.
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace saywho::syntax::train {

struct UdWord {
  std::string form, upos, verb_form, deprel;
  int head = 0;  // 1-based word index; 0 = root
};

struct UdToken {
  std::string form;
  int first_word = 0, last_word = 0;  // 0-based, inclusive
  bool space_after = true;
};

struct UdSentence {
  std::string id, text;
  bool new_doc = false, new_par = false;
  std::vector<UdWord> words;
  std::vector<UdToken> tokens;
};

// Every sentence of `in`; empty nodes (ids "8.1") are skipped. Throws
// std::runtime_error on a malformed line, naming its number.
std::vector<UdSentence> read_conllu(std::istream& in);

}  // namespace saywho::syntax::train
