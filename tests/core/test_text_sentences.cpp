// Paragraphs and sentences: ICU's rules plus our fixes (abbreviations,
// initials, closing quotation marks), one paragraph per line.
#include <catch2/catch.hpp>

#include "test_text_helpers.hpp"
#include "text/document.hpp"

using saywho::test::sentence_texts;
using saywho::test::Strings;
using saywho::text::segment;

TEST_CASE("every line break ends a paragraph, blank lines give none", "[text][sentences]") {
  const std::string text =
      "Le maire de Villebrune a démissionné.\n\nSon adjointe assure l'intérim.\r\n"
      "Le conseil se réunit lundi.\xE2\x80\xA9Il votera.\xE2\x80\xA8" "Fin.\r";
  const auto doc = segment(text, "fr");
  REQUIRE(doc.paragraphs.size() == 5);
  CHECK(doc.slice(doc.paragraphs[0].span) == "Le maire de Villebrune a démissionné.");
  CHECK(doc.slice(doc.paragraphs[1].span) == "Son adjointe assure l'intérim.");
  CHECK(doc.slice(doc.paragraphs[2].span) == "Le conseil se réunit lundi.");
  CHECK(doc.slice(doc.paragraphs[3].span) == "Il votera.");
  CHECK(doc.slice(doc.paragraphs[4].span) == "Fin.");
  for (uint32_t i = 0; i < doc.paragraphs.size(); ++i) {
    const auto& p = doc.paragraphs[i];
    REQUIRE(p.end_sentence == p.first_sentence + 1);
    CHECK(doc.sentences[p.first_sentence].paragraph == i);
  }
}

TEST_CASE("a sentence never crosses a line break even without a full stop", "[text][sentences]") {
  const auto doc = segment("Titre sans point\nLe texte commence ici.", "fr");
  CHECK(sentence_texts(doc) == Strings{"Titre sans point", "Le texte commence ici."});
}

TEST_CASE("French abbreviations and titles do not end sentences", "[text][sentences]") {
  const auto doc = segment(
      "M. Garnier a rencontré Mme Bastide et le Dr. Olivier Messan à Lyon. "
      "Le Pr. Anne Ruel, cf. p. 14 du dossier, a confirmé. St. Jean n'a rien dit.",
      "fr");
  CHECK(sentence_texts(doc) ==
        Strings{"M. Garnier a rencontré Mme Bastide et le Dr. Olivier Messan à Lyon.",
                "Le Pr. Anne Ruel, cf. p. 14 du dossier, a confirmé.", "St. Jean n'a rien dit."});
}

TEST_CASE("English titles and initials do not end sentences", "[text][sentences]") {
  const auto doc = segment(
      "Gen. Harlan Moss met Sen. Ruth Ainsley and Gov. Peter Lang on Monday. "
      "Mr. and Mrs. Ortega arrived later with Dr. J. K. Tamsin. Ms. Ortega declined to comment.",
      "en");
  CHECK(sentence_texts(doc) ==
        Strings{"Gen. Harlan Moss met Sen. Ruth Ainsley and Gov. Peter Lang on Monday.",
                "Mr. and Mrs. Ortega arrived later with Dr. J. K. Tamsin.",
                "Ms. Ortega declined to comment."});
}

TEST_CASE("an ordinary word before a full stop still ends the sentence", "[text][sentences]") {
  const auto doc = segment("Le vote a eu lieu. Le texte est adopté. Rep. Cole said no.", "en");
  CHECK(sentence_texts(doc).size() == 3);
}

TEST_CASE("a French word that ends like an abbreviation still ends the sentence", "[text][sentences]") {
  // ICU's French list of abbreviations kept these together.
  const auto doc = segment("Son client ne s'était jamais dédit. \"Ce n'est pas un voleur\", a-t-il conclu. "
                           "Les corps ont été refusés par les hôpitaux. Ce jour-là, il pleuvait.",
                           "fr");
  CHECK(sentence_texts(doc) == Strings{"Son client ne s'était jamais dédit.",
                                       "\"Ce n'est pas un voleur\", a-t-il conclu.",
                                       "Les corps ont été refusés par les hôpitaux.", "Ce jour-là, il pleuvait."});
}

TEST_CASE("a closing guillemet after ! ? . stays with its sentence", "[text][sentences]") {
  // The no-break spaces of French typography (U+00A0, U+202F) included.
  const auto doc = segment(
      "La ministre a lancé\xC2\xA0: \xC2\xAB\xC2\xA0Nous ne reculerons pas\xE2\x80\xAF!\xC2\xA0\xC2\xBB "
      "Les syndicats ont quitté la salle. \xC2\xAB Est-ce une menace ? \xC2\xBB Personne n'a répondu.",
      "fr");
  CHECK(sentence_texts(doc) ==
        Strings{"La ministre a lancé\xC2\xA0: \xC2\xAB\xC2\xA0Nous ne reculerons pas\xE2\x80\xAF!\xC2\xA0\xC2\xBB",
                "Les syndicats ont quitté la salle.", "\xC2\xAB Est-ce une menace ? \xC2\xBB",
                "Personne n'a répondu."});
}

TEST_CASE("a quote ending with ! or ? followed by its cue is one sentence", "[text][sentences]") {
  const auto fr = segment("« Vraiment ? » demande-t-il. « Jamais ! », a répondu Mme Vidal.", "fr");
  CHECK(sentence_texts(fr) == Strings{"« Vraiment ? » demande-t-il.", "« Jamais ! », a répondu Mme Vidal."});
  const auto en = segment("\xE2\x80\x9CStop!\xE2\x80\x9D he shouted. The crowd left.", "en");
  CHECK(sentence_texts(en) == Strings{"\xE2\x80\x9CStop!\xE2\x80\x9D he shouted.", "The crowd left."});
}

TEST_CASE("a quote of several sentences gives several sentences", "[text][sentences]") {
  const auto doc = segment("« Nous avons perdu. Nous reviendrons. » Le candidat est parti.", "fr");
  CHECK(sentence_texts(doc) == Strings{"« Nous avons perdu.", "Nous reviendrons. »", "Le candidat est parti."});
  REQUIRE(doc.quotes.size() == 1);
  CHECK(doc.slice(doc.quotes[0].content) == "Nous avons perdu. Nous reviendrons.");
}

TEST_CASE("sentences index their tokens and paragraphs", "[text][sentences]") {
  const auto doc = segment("Il pleut. Elle part.\nFin.", "fr");
  REQUIRE(doc.sentences.size() == 3);
  uint32_t expected_first = 0;
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    const auto& s = doc.sentences[i];
    CHECK(s.first_token == expected_first);
    CHECK(s.end_token > s.first_token);
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      CHECK(doc.tokens[t].sentence == i);
      CHECK(s.span.begin <= doc.tokens[t].span.begin);
      CHECK(doc.tokens[t].span.end <= s.span.end);
    }
    expected_first = s.end_token;
  }
  CHECK(expected_first == doc.tokens.size());
  CHECK(doc.sentences[2].paragraph == 1);
}

TEST_CASE("a wire dateline is a sentence of its own", "[text][sentences]") {
  CHECK(sentence_texts(segment("KORVIK, March 3 (Reuters) - Ferry traffic resumed. Ports reopened.", "en")) ==
        Strings{"KORVIK, March 3 (Reuters) -", "Ferry traffic resumed.", "Ports reopened."});
  CHECK(sentence_texts(segment("ST. ALBANS (AP) — The bridge is closed.", "en")) ==
        Strings{"ST. ALBANS (AP) —", "The bridge is closed."});
  CHECK(sentence_texts(segment("Brest, 12 mai (AFP) – Le port a rouvert.", "fr")) ==
        Strings{"Brest, 12 mai (AFP) –", "Le port a rouvert."});
  CHECK(sentence_texts(segment("NEW DELHI - Talks resumed.", "en")) == Strings{"NEW DELHI -", "Talks resumed."});
  // After an agency the story may start at once, on a capital.
  CHECK(sentence_texts(segment("Brest (AFP) Le port a rouvert.", "fr")) == Strings{"Brest (AFP)", "Le port a rouvert."});
  // Not datelines: a capitalised phrase with no agency, a dash with no
  // space, a dash that ends the paragraph.
  CHECK(sentence_texts(segment("Port talks - a timeline of the strike.", "en")) ==
        Strings{"Port talks - a timeline of the strike."});
  CHECK(sentence_texts(segment("UPDATE 2-Talks resumed.", "en")) == Strings{"UPDATE 2-Talks resumed."});
  CHECK(sentence_texts(segment("KORVIK -", "en")) == Strings{"KORVIK -"});
  CHECK(sentence_texts(segment("Anne Morel (LR) a voté contre.", "fr")) == Strings{"Anne Morel (LR) a voté contre."});
}
