// Tokens: ICU word breaks plus French elisions and hyphenated inversions,
// normalised forms and flags.
#include <catch2/catch.hpp>

#include "test_text_helpers.hpp"
#include "text/document.hpp"
#include "text/tokens.hpp"

using saywho::test::find_token;
using saywho::test::token_texts;
using saywho::test::Strings;
using saywho::text::segment;
using saywho::text::TokenKind;

TEST_CASE("French elisions are split off the next word", "[text][tokens]") {
  const auto doc = segment(
      "L'Iran l’a dit lorsqu'il jusqu’à qu'aujourd'hui d'Ottawa c'est n'est j'ai s'il puisqu'elle presqu'île quoiqu'on",
      "fr");
  CHECK(token_texts(doc) == Strings{"L'", "Iran", "l’", "a", "dit", "lorsqu'", "il", "jusqu’", "à",
                                    "qu'", "aujourd'hui", "d'", "Ottawa", "c'", "est", "n'", "est",
                                    "j'", "ai", "s'", "il", "puisqu'", "elle", "presqu'", "île",
                                    "quoiqu'", "on"});
  const auto* l = find_token(doc, "L'");
  REQUIRE(l);
  CHECK(l->elided);
  CHECK(l->norm == "l'");
  const auto* curly = find_token(doc, "jusqu’");
  REQUIRE(curly);
  CHECK(curly->elided);
  CHECK(curly->norm == "jusqu'");  // ’ -> '
  CHECK_FALSE(find_token(doc, "Iran")->elided);
  CHECK_FALSE(find_token(doc, "aujourd'hui")->elided);
}

TEST_CASE("an elision before a quotation mark is one elided word", "[text][tokens]") {
  // The word breaker cuts "qu'«" into "qu" and "'": the pair is "qu'".
  const auto doc = segment("Il a assuré qu'« aucune faute » n'a été commise et parlé d’« erreurs ».", "fr");
  CHECK(token_texts(doc) == Strings{"Il", "a", "assuré", "qu'", "«", "aucune", "faute", "»", "n'", "a", "été",
                                    "commise", "et", "parlé", "d’", "«", "erreurs", "»", "."});
  const auto* qu = find_token(doc, "qu'");
  REQUIRE(qu);
  CHECK(qu->elided);
  CHECK(qu->norm == "qu'");
  // A single quotation mark after a word is no elision.
  const auto single = segment("Il parle d'un 'apprenti sorcier' aujourd'hui.", "fr");
  CHECK(find_token(single, "sorcier'") == nullptr);
}

TEST_CASE("English keeps its apostrophes inside words", "[text][tokens]") {
  const auto doc = segment("Officials don't know if l'Oreal's board can't vote.", "en");
  CHECK(token_texts(doc) == Strings{"Officials", "don't", "know", "if", "l'Oreal's", "board", "can't", "vote", "."});
}

TEST_CASE("hyphenated inversions stay analysable", "[text][tokens]") {
  const auto doc = segment("Qu'a-t-il fait ? déclare-t-elle, a-t-on appris, dit-il, estime-t-il, ajoute-t-elle, affirme-t-on.", "fr");
  CHECK(token_texts(doc) == Strings{"Qu'", "a", "-t-", "il", "fait", "?", "déclare", "-t-", "elle", ",",
                                    "a", "-t-", "on", "appris", ",", "dit", "-", "il", ",", "estime", "-t-",
                                    "il", ",", "ajoute", "-t-", "elle", ",", "affirme", "-t-", "on", "."});
  int inverted = 0;
  for (const auto& t : doc.tokens) {
    if (t.inverted_subject) {
      ++inverted;
      CHECK((t.norm == "il" || t.norm == "elle" || t.norm == "on"));
    }
    if (doc.slice(t.span) == "-t-" || doc.slice(t.span) == "-") CHECK(t.kind == TokenKind::Punct);
  }
  CHECK(inverted == 7);
}

TEST_CASE("hyphenated names and nouns are one token", "[text][tokens]") {
  const auto doc = segment("Jean-Pierre Roussel, porte-parole des Etats-Unis, parle du COVID-19 en 2023-2024.", "fr");
  CHECK(token_texts(doc) == Strings{"Jean-Pierre", "Roussel", ",", "porte-parole", "des", "Etats-Unis", ",",
                                    "parle", "du", "COVID-19", "en", "2023", "-", "2024", "."});
  CHECK(find_token(doc, "Etats-Unis")->capitalized);
  CHECK_FALSE(find_token(doc, "Etats-Unis")->inverted_subject);
}

TEST_CASE("English has no inversion splitting", "[text][tokens]") {
  const auto doc = segment("A well-known by-law, said Kim-il Park.", "en");
  CHECK(token_texts(doc) == Strings{"A", "well-known", "by-law", ",", "said", "Kim-il", "Park", "."});
  for (const auto& t : doc.tokens) CHECK_FALSE(t.inverted_subject);
}

TEST_CASE("numbers, punctuation, symbols and quotation marks have their kinds", "[text][tokens]") {
  const auto doc = segment("« Le taux a bondi de 3,5 % en 2024 — 15 € ! »", "fr");
  CHECK(find_token(doc, "3,5")->kind == TokenKind::Number);
  CHECK(find_token(doc, "2024")->kind == TokenKind::Number);
  CHECK(find_token(doc, "%")->kind == TokenKind::Symbol);
  CHECK(find_token(doc, "€")->kind == TokenKind::Symbol);
  CHECK(find_token(doc, "—")->kind == TokenKind::Punct);
  CHECK(find_token(doc, "!")->kind == TokenKind::Punct);
  CHECK(find_token(doc, "«")->kind == TokenKind::QuoteMark);
  CHECK(find_token(doc, "»")->kind == TokenKind::QuoteMark);
  CHECK(find_token(doc, "taux")->kind == TokenKind::Word);
}

TEST_CASE("an apostrophe that is not a quotation mark is not a QuoteMark token", "[text][tokens]") {
  const auto doc = segment("The boys' club opened.", "en");
  const auto* mark = find_token(doc, "'");
  REQUIRE(mark);
  CHECK(mark->kind == TokenKind::Punct);
}

TEST_CASE("norm is lower case, NFC, typographic apostrophe straightened", "[text][tokens]") {
  // "Déclare" with a combining acute accent (e + U+0301) becomes NFC "déclare".
  const auto doc = segment("De\xCC\x81" "clare L\xE2\x80\x99ONU \xC3\x89TATS", "fr");
  REQUIRE(doc.tokens.size() == 4);
  CHECK(doc.tokens[0].norm == "d\xC3\xA9" "clare");
  CHECK(doc.tokens[1].norm == "l'");
  CHECK(doc.tokens[2].norm == "onu");
  CHECK(doc.tokens[3].norm == "\xC3\xA9tats");
  CHECK(saywho::text::normalize_token("QU\xE2\x80\x99IL") == "qu'il");
}

TEST_CASE("capitalisation and spacing flags", "[text][tokens]") {
  const auto doc = segment("Selon la CNN, Mme Aubry (PS) s'oppose.", "fr");
  const auto* cnn = find_token(doc, "CNN");
  CHECK(cnn->all_caps);
  CHECK(cnn->capitalized);
  CHECK(cnn->space_before);
  CHECK_FALSE(find_token(doc, "Mme")->all_caps);
  CHECK(find_token(doc, "Mme")->capitalized);
  CHECK_FALSE(find_token(doc, "la")->capitalized);
  CHECK_FALSE(find_token(doc, ",")->space_before);
  CHECK_FALSE(find_token(doc, "PS")->space_before);  // after "("
  CHECK(find_token(doc, "PS")->all_caps);
  CHECK_FALSE(doc.tokens[0].space_before);
}

TEST_CASE("invisible format characters stay in the span but not in norm", "[text][tokens]") {
  // A soft hyphen (U+00AD) and a zero-width space (U+200B) inside words.
  const auto doc = segment("Le gouverne\xC2\xAD" "ment de Mar\xE2\x80\x8B" "lin refuse.", "fr");
  const auto* word = find_token(doc, "gouverne\xC2\xAD" "ment");
  REQUIRE(word);
  CHECK(word->norm == "gouvernement");
  // A zero-width space is a (Unicode) word break: it splits, and is no token.
  CHECK(token_texts(doc) == Strings{"Le", "gouverne\xC2\xAD" "ment", "de", "Mar", "lin", "refuse", "."});
}

TEST_CASE("a run of Han, Kana or Thai is one token, as in the wasm build (no ICU dictionaries)",
          "[text][tokens]") {
  const auto doc = segment("東京タワーの近くで、イベントが開かれた。Kenji Tanaka said สะพานใหม่จะเปิด today.", "en");
  CHECK(token_texts(doc) == Strings{"東京タワーの近くで", "、", "イベントが開かれた", "。", "Kenji", "Tanaka",
                                    "said", "สะพานใหม่จะเปิด", "today", "."});
}
