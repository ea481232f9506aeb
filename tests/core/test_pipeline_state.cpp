// pipeline::State, the look-ups every stage shares: reading past the last
// token (the rules look ahead i + 1, i + 2 …, and back i - 1) is safe.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "lexicon/pack.hpp"
#include "pipeline/state.hpp"
#include "syntax/syntax.hpp"
#include "text/document.hpp"

using saywho::pipeline::State;

TEST_CASE("past the last token, State gives an empty end-of-text token", "[pipeline][state]") {
  const std::string text = "Ada Rhys accused the port authority ,";
  const auto doc = saywho::text::segment(text, "en");
  const auto tree = saywho::syntax::parse(doc, *saywho::syntax::model_for("en"));
  const State st(doc, *saywho::lexicon::pack("en"), tree);
  const uint32_t n = st.ntok();
  REQUIRE(n == 7);
  CHECK(st.norm(n - 1) == ",");
  for (const uint32_t i : {n, n + 1, n + 2, UINT32_MAX /* 0 - 1 */}) {
    const auto& t = st.tok(i);
    CHECK(t.span.begin == text.size());
    CHECK(t.span.empty());
    CHECK(t.norm.empty());
    CHECK(t.kind == saywho::text::TokenKind::Symbol);  // no rule looks for one
    CHECK_FALSE(st.is_word(i));
    CHECK_FALSE(st.is_punct(i, ","));
    CHECK(&st.sentence_of(i) == &doc.sentences.back());
  }
}

TEST_CASE("an empty text has an end token and an empty sentence", "[pipeline][state]") {
  const auto doc = saywho::text::segment("", "fr");
  const saywho::syntax::Tree tree;
  const State st(doc, *saywho::lexicon::pack("fr"), tree);
  REQUIRE(st.ntok() == 0);
  CHECK(st.tok(0).span.empty());
  CHECK(st.sentence_of(0).first_token == 0);
  CHECK(st.sentence_of(0).end_token == 0);
}
