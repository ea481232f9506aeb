// Word tables of the reports and accusations stages: entries of a language
// pack file (core/data/<lang>/reports.txt, accusations.txt, wrongdoing.txt),
// each with its attributes, looked up by token sequence. Verb entries are
// expanded to their inflected forms, each form remembering which it is.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/pack.hpp"

namespace saywho::reports {

struct WordEntry {
  std::vector<std::string> tokens;  // the phrase as matched (one form)
  std::string lemma;                // the entry's first field, or its lemma= attribute
  std::string form;                 // verbs: "fin", "pp", "ger", "inf"; others: ""
  // The data line's attributes, shared by every form of a verb: a French
  // verb has about sixteen, and a copy each was most of a table's loading.
  std::shared_ptr<const lexicon::Attributes> attrs;

  std::string_view attr(std::string_view key, std::string_view fallback = {}) const {
    return lexicon::first_value(*attrs, key, fallback);
  }
  const std::vector<std::string>& values(std::string_view key) const { return lexicon::values(*attrs, key); }
  bool has(std::string_view key, std::string_view value) const;  // one of the values
};

class WordTable {
 public:
  void add(WordEntry entry);
  // The longest entry starting at norms[i] (nullptr: none); its length in
  // *len. With `form`, only verb entries of that form ("pp": "released" is
  // a past tense and a participle, two entries of one verb).
  const WordEntry* match(const std::vector<std::string_view>& norms, std::size_t i, std::size_t* len = nullptr,
                         std::string_view form = {}) const;
  bool empty() const { return by_first_.empty(); }
  // Calls f(entry) for every entry, in no particular order.
  template <class F>
  void for_each(F f) const {
    for (const auto& [first, entries] : by_first_)
      for (const auto& e : entries) f(e);
  }

 private:
  lexicon::StringMap<std::vector<WordEntry>> by_first_;
};

// Tables by type= value, searched with a string_view.
using WordTables = std::map<std::string, WordTable, std::less<>>;

// Reads <lang>/<file> from the embedded packs into one table per type=
// value (entries with no type go under ""). Verbs (type listed in
// `verb_types`) are added in every form: generated for regular verbs,
// or given by fin=/pp=/ger=/inf= ("_" stands for a space in a form).
WordTables load_tables(std::string_view lang, std::string_view file,
                                             const std::vector<std::string>& verb_types);

}  // namespace saywho::reports
