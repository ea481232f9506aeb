// ICU break iterators for sentences and words, per language. Creating one
// loads and compiles ICU's rules, which cost as much as analysing a short
// article; each thread keeps one per language and kind and hands out clones.
#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <string_view>

namespace saywho::text {

enum class BreakKind { Sentence, Word };

// A fresh iterator of that kind for `lang` (root rules when ICU has none for
// it); nullptr when ICU has no rules at all, and callers fall back.
std::unique_ptr<icu::BreakIterator> make_breaker(BreakKind kind, std::string_view lang);

}  // namespace saywho::text
