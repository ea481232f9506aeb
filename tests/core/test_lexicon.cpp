// Language packs: the data format, inflection and language detection.
#include <catch2/catch.hpp>

#include "lexicon/detect.hpp"
#include "lexicon/pack.hpp"
#include "saywho/saywho.hpp"

using namespace saywho::lexicon;

TEST_CASE("data lines: phrases, attributes, comments", "[lexicon]") {
  const auto entries = parse_entries("# a comment\n\nd'après\nporte-parole | gender=any number=s\n"
                                     "dire | fin=dit,disent | pp=dit   # irregular\n");
  REQUIRE(entries.size() == 3);
  CHECK(entries[0].tokens == std::vector<std::string>{"d'", "après"});
  CHECK(entries[1].tokens == std::vector<std::string>{"porte-parole"});
  CHECK(entries[1].attr("gender") == "any");
  CHECK(entries[2].attrs.at("fin") == std::vector<std::string>{"dit", "disent"});
  CHECK(entries[2].attr("pp") == "dit");
  CHECK(entries[2].attr("missing", "fallback") == "fallback");
}

TEST_CASE("regular verbs are inflected", "[lexicon]") {
  const auto fr = inflect("fr", "annoncer");
  CHECK(std::find(fr.finite.begin(), fr.finite.end(), "annonce") != fr.finite.end());
  CHECK(std::find(fr.finite.begin(), fr.finite.end(), "annonçait") != fr.finite.end());
  CHECK(std::find(fr.participle.begin(), fr.participle.end(), "annoncé") != fr.participle.end());
  CHECK(fr.gerund == std::vector<std::string>{"annonçant"});
  const auto en = inflect("en", "deny");
  CHECK(std::find(en.finite.begin(), en.finite.end(), "denies") != en.finite.end());
  CHECK(std::find(en.finite.begin(), en.finite.end(), "denied") != en.finite.end());
  CHECK(inflect("en", "state").gerund == std::vector<std::string>{"stating"});
}

TEST_CASE("the packs load with their cues and word classes", "[lexicon]") {
  CHECK(pack_languages() == std::vector<std::string>{"en", "fr"});
  CHECK(saywho::languages() == std::vector<std::string>{"en", "fr"});
  const Pack* fr = pack("fr");
  REQUIRE(fr);
  REQUIRE(fr->verb("déclaré"));
  CHECK(fr->verb("déclaré")->front().form == VerbForm::Participle);
  REQUIRE(fr->verb("dit"));
  CHECK(fr->in("aux", "avait"));
  CHECK(fr->in("complementizer", "qu'"));
  const Pack* en = pack("en");
  REQUIRE(en);
  REQUIRE(en->verb("said"));
  CHECK(en->verb("said")->front().lemma == "say");
  CHECK(pack("xx") == nullptr);
}

TEST_CASE("language detection", "[lexicon]") {
  CHECK(detect_language("Le gouvernement a déclaré que la situation était sous contrôle.").lang == "fr");
  CHECK(detect_language("The government said that the situation was under control.").lang == "en");
  CHECK(detect_language("12345 !!!").lang == "en");  // no evidence
}
