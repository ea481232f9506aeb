// Small helpers shared by the text-layer suites (test_text_*.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/document.hpp"

namespace saywho::test {

inline std::vector<std::string> sentence_texts(const text::Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.slice(s.span));
  return out;
}

inline std::vector<std::string> token_texts(const text::Document& doc) {
  std::vector<std::string> out;
  for (const auto& t : doc.tokens) out.emplace_back(doc.slice(t.span));
  return out;
}

inline std::vector<std::string> quote_contents(const text::Document& doc) {
  std::vector<std::string> out;
  for (const auto& q : doc.quotes) out.emplace_back(doc.slice(q.content));
  return out;
}

// The first token whose text is `word`, or nullptr.
inline const text::Token* find_token(const text::Document& doc, std::string_view word) {
  for (const auto& t : doc.tokens)
    if (doc.slice(t.span) == word) return &t;
  return nullptr;
}

using Strings = std::vector<std::string>;

}  // namespace saywho::test
