// analyze(): input checks, language choice, and whole articles (our own
// news-style fixtures in tests/fixtures/articles).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "test_pipeline_helpers.hpp"

using saywho::Error;
using saywho::Options;
using saywho::testing::run;

namespace {
std::string fixture(const std::string& name) {
  std::ifstream in(std::string(SAYWHO_FIXTURES_DIR) + "/articles/" + name);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

TEST_CASE("invalid UTF-8 is refused with its offset", "[pipeline]") {
  const std::string bad = std::string("Bonjour ") + '\xC3' + '(';
  try {
    saywho::analyze(bad);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == Error::Code::InvalidUtf8);
    CHECK(e.byte_offset() == 8);
  }
}

TEST_CASE("oversize input and unknown languages are refused", "[pipeline]") {
  Options small;
  small.max_input_bytes = 10;
  try {
    saywho::analyze("This text is longer than ten bytes.", small);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == Error::Code::InputTooLarge);
  }
  Options klingon;
  klingon.lang = "tlh";
  try {
    saywho::analyze("Hello.", klingon);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == Error::Code::UnknownLanguage);
  }
}

TEST_CASE("auto language: detected and reported", "[pipeline]") {
  const auto fr = saywho::analyze("« Tout va bien », a déclaré le maire.");
  CHECK(fr.lang == "fr");
  CHECK(fr.lang_detected);
  REQUIRE(fr.quotes.size() == 1);
  Options en;
  en.lang = "en";
  const auto forced = saywho::analyze("\"All is well,\" the mayor said.", en);
  CHECK(forced.lang == "en");
  CHECK_FALSE(forced.lang_detected);
}

TEST_CASE("empty text gives an empty analysis", "[pipeline]") {
  const auto a = saywho::analyze("");
  CHECK(a.quotes.empty());
  CHECK(a.entities.empty());
}

TEST_CASE("ids, order and confidences of a whole analysis", "[pipeline]") {
  auto r = run(fixture("fr-port-greve.txt"), "fr");
  const auto& qs = r.analysis.quotes;
  REQUIRE(qs.size() >= 8);
  for (std::size_t i = 0; i < qs.size(); ++i) {
    CHECK(qs[i].id == "Q" + std::to_string(i + 1));
    CHECK(qs[i].confidence >= 0.0);
    CHECK(qs[i].confidence <= 1.0);
    CHECK_FALSE(qs[i].reason.empty());
    if (i > 0) CHECK(qs[i - 1].content.begin <= qs[i].content.begin);
    // A speaker is an entity or a report of this analysis.
    if (qs[i].speaker) {
      bool report = false;
      for (const auto& rep : r.analysis.reports) report |= rep.id == *qs[i].speaker;
      CHECK((r.entity(*qs[i].speaker) != nullptr || report));
    }
  }
  for (std::size_t i = 0; i < r.analysis.entities.size(); ++i)
    CHECK(r.analysis.entities[i].id == "E" + std::to_string(i + 1));
}

TEST_CASE("French fixture: who says what at the port of Valmont", "[pipeline]") {
  auto r = run(fixture("fr-port-greve.txt"), "fr");
  const auto* a = r.quote("Nous ne pouvons pas accepter");
  REQUIRE(a);
  CHECK(r.speaker(*a) == "Hélène Marchetti");
  CHECK(r.cue(*a) == "a déclaré");
  const auto* b = r.quote("les pertes dépassaient");
  REQUIRE(b);
  CHECK(r.speaker(*b) == "Hélène Marchetti");
  CHECK(r.mention(*b) == "Mme Marchetti");
  const auto* c = r.quote("Aucune de leurs revendications");
  REQUIRE(c);
  CHECK(r.speaker(*c) == "Hélène Marchetti");
  const auto* d = r.quote("aucune réunion");
  REQUIRE(d);
  CHECK(d->type == saywho::QuoteType::According);
  CHECK(r.content(*d) == "aucune réunion n'a eu lieu depuis le mois de mars");
  CHECK(r.speaker(*d) == "Karim Benslimane");
  const auto* e = r.quote("mensonge");
  REQUIRE(e);
  CHECK(r.speaker(*e) == "Karim Benslimane");
  const auto* f = r.quote("il recevrait");
  REQUIRE(f);
  CHECK(r.mention(*f) == "Le préfet");
}

TEST_CASE("English fixture: the Brookfield budget vote", "[pipeline]") {
  auto r = run(fixture("en-council-budget.txt"), "en");
  const auto* a = r.quote("We had a plan");
  REQUIRE(a);
  CHECK(r.speaker(*a) == "Linda Okafor");
  const auto* b = r.quote("They chose to play politics");
  REQUIRE(b);
  CHECK(r.speaker(*b) == "Linda Okafor");
  const auto* c = r.quote("wildly optimistic");
  REQUIRE(c);
  CHECK(c->type == saywho::QuoteType::Mixed);
  CHECK(r.speaker(*c) == "Daniel Reyes");
  const auto* d = r.quote("deficit of $14 million");
  REQUIRE(d);
  CHECK(r.speaker(*d) == "Priya Natarajan");
  const auto* e = r.quote("overspent");
  REQUIRE(e);
  CHECK(e->type == saywho::QuoteType::According);
  CHECK(r.mention(*e).find("report") != std::string::npos);
  const auto* f = r.quote("present its own plan");
  REQUIRE(f);
  CHECK(r.mention(*f) == "He");
  CHECK(r.speaker(*f) == "Daniel Reyes");
  CHECK(r.quote("the budget proposed by") == nullptr);  // "rejected the budget" is not speech
}

TEST_CASE("French fixture: a resignation at the cycling federation", "[pipeline]") {
  auto r = run(fixture("fr-cyclisme-demission.txt"), "fr");
  const auto* a = r.quote("Je pars la tête haute");
  REQUIRE(a);
  CHECK(r.cue(*a) == "a-t-il déclaré");
  CHECK(r.speaker(*a) == "Olivier Demarne");
  const auto* b = r.quote("Nous ferons toute la lumière");
  REQUIRE(b);
  CHECK(r.speaker(*b) == "Paul-Henri de Villiers");  // a role noun no list knows, then the name
  const auto* c = r.quote("Les licenciés ont le droit");
  REQUIRE(c);
  CHECK(r.speaker(*c) == "Paul-Henri de Villiers");
  const auto* d = r.quote("ouvre une nouvelle page");
  REQUIRE(d);
  CHECK(d->type == saywho::QuoteType::According);
  CHECK(r.cue(*d) == "Pour");
  CHECK(r.speaker(*d) == "Nadia Ferhat");
  const auto* e = r.quote("la fédération accuse un déficit");
  REQUIRE(e);
  CHECK(r.cue(*e) == "Selon");  // "Selon" is a marker, not part of a name
}

TEST_CASE("English fixture: a storm and a utility", "[pipeline]") {
  auto r = run(fixture("en-storm-outage.txt"), "en");
  const auto* a = r.quote("Our crews are working");
  REQUIRE(a);
  CHECK(r.speaker(*a) == "Janet Liu");
  const auto* b = r.quote("We expect most customers");
  REQUIRE(b);
  CHECK(r.speaker(*b) == "Janet Liu");
  const auto* c = r.quote("the state would ask");
  REQUIRE(c);
  CHECK(r.cue(*c) == "told reporters");
  CHECK(r.speaker(*c) == "Tom Ellison");
  const auto* d = r.quote("the grid is too old");
  REQUIRE(d);
  CHECK(r.speaker(*d) == "Critics");
  const auto* e = r.quote("its maintenance had been neglected");
  REQUIRE(e);
  CHECK(r.mention(*e) == "The utility");
  const auto* f = r.quote("Nobody came for two days");
  REQUIRE(f);
  CHECK(r.speaker(*f) == "Mark Duval");
}
