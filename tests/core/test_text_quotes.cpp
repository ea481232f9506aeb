// Quotation-mark pairing: every convention, apostrophes told apart,
// nesting, multi-paragraph quotes and local recovery from unbalanced marks.
#include <catch2/catch.hpp>

#include "test_text_helpers.hpp"
#include "text/document.hpp"

using saywho::test::quote_contents;
using saywho::test::Strings;
using saywho::text::QuoteStyle;
using saywho::text::segment;

TEST_CASE("French guillemets with and without no-break spaces", "[text][quotes]") {
  const auto doc = segment(
      "Le préfet a parlé de «\xC2\xA0mesures fortes\xC2\xA0», puis de «\xE2\x80\xAF" "calme\xE2\x80\xAF» et de «rigueur».",
      "fr");
  CHECK(quote_contents(doc) == Strings{"mesures fortes", "calme", "rigueur"});
  for (const auto& q : doc.quotes) {
    CHECK(q.style == QuoteStyle::Guillemets);
    CHECK(q.closed);
    CHECK(q.depth == 0);
    CHECK(doc.slice(q.open_mark) == "«");
    CHECK(doc.slice(q.close_mark) == "»");
  }
}

TEST_CASE("every quotation convention pairs with its own closing mark", "[text][quotes]") {
  const auto doc = segment(
      "A “curly double” and ‘curly single’, a „low-high“ and ‚low single‘, ‹ single guillemets › and \"straight\".",
      "en");
  CHECK(quote_contents(doc) ==
        Strings{"curly double", "curly single", "low-high", "low single", "single guillemets", "straight"});
  REQUIRE(doc.quotes.size() == 6);
  CHECK(doc.quotes[0].style == QuoteStyle::CurlyDouble);
  CHECK(doc.quotes[1].style == QuoteStyle::CurlySingle);
  CHECK(doc.quotes[2].style == QuoteStyle::LowHigh);
  CHECK(doc.quotes[3].style == QuoteStyle::LowHigh);
  CHECK(doc.quotes[4].style == QuoteStyle::SingleGuillemets);
  CHECK(doc.quotes[5].style == QuoteStyle::StraightDouble);
}

TEST_CASE("apostrophes are not quotation marks", "[text][quotes]") {
  const auto fr = segment("L'Iran et l’Irak ont rejeté aujourd'hui l’offre d’Ottawa.", "fr");
  CHECK(fr.quotes.empty());
  const auto en = segment(
      "They don't care about the '90s or rock 'n' roll, said the boys' coach; she didn’t agree.", "en");
  CHECK(en.quotes.empty());
}

TEST_CASE("straight single quotes next to apostrophes", "[text][quotes]") {
  const auto doc = segment("'The boys' club can't stay shut,' the mayor said. 'It's over.'", "en");
  CHECK(quote_contents(doc) == Strings{"The boys' club can't stay shut,", "It's over."});
  for (const auto& q : doc.quotes) CHECK(q.style == QuoteStyle::StraightSingle);
}

TEST_CASE("curly ’ closes a quote but is an apostrophe inside words", "[text][quotes]") {
  const auto doc = segment("‘We didn’t lie,’ said Ms. Ortega. ‘The players’ union did.’", "en");
  CHECK(quote_contents(doc) == Strings{"We didn’t lie,", "The players’ union did."});
}

TEST_CASE("straight double quotes open after a space and close before punctuation", "[text][quotes]") {
  const auto doc = segment("He called it \"a farce\", then \"a disgrace.\" (\"Never\" again.)", "en");
  CHECK(quote_contents(doc) == Strings{"a farce", "a disgrace.", "Never"});
}

TEST_CASE("two levels of nesting, with parent and depth", "[text][quotes]") {
  const auto doc = segment("« Il m’a dit “c’est fini” et il est parti », raconte Léa. \"He said 'no' twice\"", "fr");
  CHECK(quote_contents(doc) ==
        Strings{"Il m’a dit “c’est fini” et il est parti", "c’est fini", "He said 'no' twice", "no"});
  REQUIRE(doc.quotes.size() == 4);
  CHECK(doc.quotes[0].depth == 0);
  CHECK(doc.quotes[1].depth == 1);
  CHECK(doc.quotes[1].parent == 0);
  CHECK(doc.quotes[1].style == QuoteStyle::CurlyDouble);
  CHECK(doc.quotes[3].parent == 2);
  CHECK(doc.quotes[3].style == QuoteStyle::StraightSingle);
}

TEST_CASE("an unclosed quote ends at its paragraph, the next paragraph is untouched", "[text][quotes]") {
  const auto doc = segment("Le maire a crié « assez de promesses.\nLe conseil a voté « pour » le projet.", "fr");
  REQUIRE(doc.quotes.size() == 2);
  CHECK_FALSE(doc.quotes[0].closed);
  CHECK(doc.slice(doc.quotes[0].content) == "assez de promesses.");
  CHECK(doc.quotes[0].close_mark.empty());
  CHECK(doc.quotes[1].closed);
  CHECK(doc.slice(doc.quotes[1].content) == "pour");
  CHECK(doc.quotes[1].continues == -1);
}

TEST_CASE("a stray closing mark is ignored", "[text][quotes]") {
  const auto doc = segment("Le texte » est « court » et ” sans ” problème.", "fr");
  CHECK(quote_contents(doc) == Strings{"court"});
}

TEST_CASE("a quote over several paragraphs repeats its opening mark", "[text][quotes]") {
  const auto doc = segment(
      "Mme Vidal a expliqué : « Nous avons tout essayé.\n« Rien n'a marché.\n« Nous partons. » Fin du discours.",
      "fr");
  REQUIRE(doc.quotes.size() == 3);
  CHECK(quote_contents(doc) == Strings{"Nous avons tout essayé.", "Rien n'a marché.", "Nous partons."});
  CHECK_FALSE(doc.quotes[0].closed);
  CHECK(doc.quotes[0].continued_by == 1);
  CHECK(doc.quotes[1].continues == 0);
  CHECK_FALSE(doc.quotes[1].closed);
  CHECK(doc.quotes[1].continued_by == 2);
  CHECK(doc.quotes[2].continues == 1);
  CHECK(doc.quotes[2].closed);
}

TEST_CASE("the older French convention: » opens continued lines", "[text][quotes]") {
  const auto doc = segment("Il raconte : « Nous étions trois.\n» Puis nous étions deux. »", "fr");
  REQUIRE(doc.quotes.size() == 2);
  CHECK(doc.slice(doc.quotes[1].content) == "Puis nous étions deux.");
  CHECK(doc.quotes[1].continues == 0);
  CHECK(doc.quotes[1].closed);
}

TEST_CASE("English multi-paragraph quote with curly marks", "[text][quotes]") {
  const auto doc = segment("“We were told to wait.\n“Then the doors closed,” she said.", "en");
  REQUIRE(doc.quotes.size() == 2);
  CHECK(doc.quotes[1].continues == 0);
  CHECK(doc.slice(doc.quotes[1].content) == "Then the doors closed,");
}

TEST_CASE("a paragraph opening with a new quote after a closed one does not continue it", "[text][quotes]") {
  const auto doc = segment("« Oui », dit-il.\n« Non », dit-elle.", "fr");
  REQUIRE(doc.quotes.size() == 2);
  CHECK(doc.quotes[1].continues == -1);
  CHECK(doc.quotes[0].continued_by == -1);
}

TEST_CASE("quotes are sorted by their opening mark", "[text][quotes]") {
  const auto doc = segment("« a “b” c » “d” « e « f » »", "fr");
  for (std::size_t i = 1; i < doc.quotes.size(); ++i)
    CHECK(doc.quotes[i - 1].open_mark.begin < doc.quotes[i].open_mark.begin);
  CHECK(quote_contents(doc) == Strings{"a “b” c", "b", "d", "e « f »", "f"});
}

TEST_CASE("mixed straight and curly marks pair up, as in scraped text", "[text][quotes]") {
  const auto doc = segment("\"It is absurd,” said Ivo Marek. “We never met them.\"", "en");
  CHECK(quote_contents(doc) == Strings{"It is absurd,", "We never met them."});
  for (const auto& q : doc.quotes) CHECK(q.closed);
}

TEST_CASE("a « typed for » before punctuation closes the quote", "[text][quotes]") {
  const auto doc = segment(
      "Le parti dénonce « des pressions inacceptables « . Il ajoute : « rien n'a changé« , selon lui.", "fr");
  CHECK(quote_contents(doc) == Strings{"des pressions inacceptables", "rien n'a changé"});
  for (const auto& q : doc.quotes) CHECK(q.closed);
}

TEST_CASE("typewriter ``quotes'' of older archives", "[text][quotes]") {
  const auto doc = segment("The study called it ``a fair warning.'' Officials disagreed.", "en");
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.slice(doc.quotes[0].content) == "a fair warning.");
  CHECK(doc.slice(doc.quotes[0].open_mark) == "``");
  CHECK(doc.slice(doc.quotes[0].close_mark) == "''");
  CHECK(saywho::test::token_texts(doc) ==
        Strings{"The", "study", "called", "it", "``", "a", "fair", "warning", ".", "''", "Officials", "disagreed", "."});
  CHECK(saywho::test::sentence_texts(doc) == Strings{"The study called it ``a fair warning.''", "Officials disagreed."});
}
