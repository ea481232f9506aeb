// The syntax layer: the trainer on our own hand-annotated CoNLL-U
// (tests/fixtures/syntax), the packs' format checks, and the built-in packs
// on plain news sentences of our own.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "align.hpp"
#include "conllu.hpp"
#include "saywho/saywho.hpp"
#include "syntax/model.hpp"
#include "syntax/syntax.hpp"
#include "text/document.hpp"
#include "trainer.hpp"

using namespace saywho::syntax;
using namespace saywho::syntax::train;

namespace {

std::vector<UdSentence> fixture(const std::string& name) {
  std::ifstream in(std::string(SAYWHO_FIXTURES_DIR) + "/syntax/" + name);
  REQUIRE(in);
  return read_conllu(in);
}

std::vector<AlignedSentence> aligned(const std::vector<UdSentence>& sentences, const std::string& lang) {
  std::vector<AlignedSentence> out;
  for (const UdSentence& s : sentences) {
    auto a = align(s, lang);
    REQUIRE(a);
    out.push_back(std::move(*a));
  }
  return out;
}

std::string text_of(const AlignedSentence& s, std::size_t unit) {
  return s.text.substr(s.units[unit].span.begin, s.units[unit].span.end - s.units[unit].span.begin);
}

// The token of `doc` whose text is `word` (the first one).
std::size_t token(const saywho::text::Document& doc, std::string_view word) {
  for (std::size_t i = 0; i < doc.tokens.size(); ++i)
    if (doc.slice(doc.tokens[i].span) == word) return i;
  FAIL("no token " << word);
  return 0;
}

// The tree of doc with one word marked as the caller's word lists mark it
// (tag bans, kSayingVerb).
Tree parse_marking(const saywho::text::Document& doc, const Model& model, std::string_view word, uint8_t mark) {
  std::vector<uint8_t> marks(doc.tokens.size(), 0);
  marks[token(doc, word)] = mark;
  return parse(doc, model, &marks);
}

}  // namespace

TEST_CASE("the CoNLL-U reader keeps multiword tokens and the sentence text", "[syntax]") {
  const auto fr = fixture("tiny-fr.conllu");
  REQUIRE(fr.size() == 2);
  CHECK(fr[0].text == "Le maire du port a déclaré que l'audit était faux.");
  CHECK(fr[0].words.size() == 13);
  REQUIRE(fr[0].tokens.size() == 12);
  CHECK(fr[0].tokens[2].form == "du");
  CHECK(fr[0].tokens[2].first_word == 2);
  CHECK(fr[0].tokens[2].last_word == 3);
  CHECK(fr[0].words[6].verb_form == "Part");
  CHECK(fine_tag(fr[0].words[6]) == "VERB|Part");
  CHECK(fine_tag(fr[0].words[1]) == "NOUN");
}

TEST_CASE("UD words are put on our tokens: one token speaks for the words it holds", "[syntax]") {
  const auto en = aligned(fixture("tiny-en.conllu"), "en");
  // "Inspectors don't trust the port's accounts." : we keep "don't" and "port's" whole.
  const AlignedSentence& s = en[1];
  REQUIRE(s.units.size() == 7);
  CHECK(text_of(s, 1) == "don't");
  CHECK(s.units[1].tag == "AUX|Fin");  // "do", whose head is outside the token
  CHECK(s.units[1].label == "aux");
  CHECK(s.units[1].head == 2);         // trust
  CHECK(text_of(s, 4) == "port's");
  CHECK(s.units[4].tag == "NOUN");     // "port"; "'s" depends on it, inside the token
  CHECK(s.units[4].label == "nmod:poss");
  CHECK(s.units[4].head == 5);         // accounts
  CHECK(s.units[2].head == -1);        // trust is the root

  const auto fr = aligned(fixture("tiny-fr.conllu"), "fr");
  // "du" = de + le, both attached to "port": the token takes the first, "de".
  CHECK(text_of(fr[0], 2) == "du");
  CHECK(fr[0].units[2].tag == "ADP");
  CHECK(fr[0].units[2].label == "case");
  CHECK(text_of(fr[0], fr[0].units[2].head) == "port");
  CHECK(text_of(fr[0], 7) == "l'");  // our elision split matches UD's
}

TEST_CASE("a pack trained on the fixtures reads back and has learnt them", "[syntax]") {
  for (const std::string lang : {"en", "fr"}) {
    const auto sentences = aligned(fixture("tiny-" + lang + ".conllu"), lang);
    TrainOptions options;
    options.lang = lang;
    options.tagger_epochs = 10;
    options.parser_epochs = 15;
    options.min_label_count = 1;
    std::ostringstream log;
    const std::string bytes = train_pack(sentences, options, log);
    const auto model = Model::from_bytes(bytes);
    CHECK(model->lang() == lang);

    std::vector<uint32_t> tags, plus_one;
    ParseState state;
    for (const AlignedSentence& s : sentences) {
      model->tag(s.words, tags);
      plus_one.clear();
      for (const uint32_t t : tags) plus_one.push_back(t + 1);
      model->parse(s.words, plus_one, state);
      for (std::size_t i = 0; i < s.units.size(); ++i) {
        INFO(lang << ": " << s.text << " / token " << text_of(s, i));
        CHECK(model->tags()[tags[i]] == s.units[i].tag);
        const int32_t head = state.head(i) == static_cast<int32_t>(s.units.size()) ? -1 : state.head(i);
        CHECK(head == s.units[i].head);
        CHECK(model->labels()[state.label(i)] == s.units[i].label);
      }
    }
  }
}

TEST_CASE("malformed syntax packs are refused with an error, never read past their end", "[syntax]") {
  const auto sentences = aligned(fixture("tiny-en.conllu"), "en");
  TrainOptions options;
  options.lang = "en";
  options.tagger_epochs = options.parser_epochs = 2;
  std::ostringstream log;
  const std::string bytes = train_pack(sentences, options, log);
  for (const std::size_t cut : {std::size_t{0}, std::size_t{5}, std::size_t{40}, bytes.size() / 2, bytes.size() - 1})
    CHECK_THROWS_AS(Model::from_bytes(bytes.substr(0, cut)), std::runtime_error);
  CHECK_THROWS_AS(Model::from_bytes(bytes + "x"), std::runtime_error);

  try {
    saywho::load_syntax_pack("fr", "not a pack at all");
    FAIL("garbage was accepted");
  } catch (const saywho::Error& e) {
    CHECK(e.code() == saywho::Error::Code::InvalidPack);
  }
  // An English pack is no French one.
  CHECK_THROWS_AS(saywho::load_syntax_pack("fr", bytes), saywho::Error);
  CHECK(saywho::syntax_pack_loaded("fr"));  // the built-in pack is still there
}

TEST_CASE("the built-in packs parse plain news sentences", "[syntax]") {
  SECTION("English") {
    const Model* model = model_for("en");
    REQUIRE(model);
    const std::string text = "The harbour master said the council had hidden the figures for years.";
    const auto doc = saywho::text::segment(text, "en");
    const Tree tree = parse(doc, *model);
    const std::size_t said = token(doc, "said"), master = token(doc, "master"), hidden = token(doc, "hidden");
    CHECK(tree[said].upos == Upos::VERB);
    CHECK(tree[said].head == -1);
    CHECK(tree[master].rel.rel == Rel::nsubj);
    CHECK(tree[master].head == static_cast<int32_t>(said));
    CHECK(tree[hidden].head == static_cast<int32_t>(said));
    CHECK(tree[hidden].rel.rel == Rel::ccomp);
    CHECK(tree[token(doc, "council")].head == static_cast<int32_t>(hidden));
  }
  SECTION("French") {
    const Model* model = model_for("fr");
    REQUIRE(model);
    const std::string text = "La directrice de l'hôpital a affirmé mardi que les comptes étaient faux.";
    const auto doc = saywho::text::segment(text, "fr");
    const Tree tree = parse(doc, *model);
    const std::size_t affirme = token(doc, "affirmé"), directrice = token(doc, "directrice");
    CHECK(tree[affirme].upos == Upos::VERB);
    CHECK(tree[affirme].form == Form::Participle);
    CHECK(tree[affirme].head == -1);
    CHECK(tree[directrice].rel.rel == Rel::nsubj);
    CHECK(tree[directrice].head == static_cast<int32_t>(affirme));
    CHECK(tree[token(doc, "hôpital")].upos == Upos::NOUN);
  }
}

TEST_CASE("a word the caller marks as no adjective is tagged otherwise, and the clause parsed round it", "[syntax]") {
  const Model* model = model_for("fr");
  REQUIRE(model);
  const std::string text = "Le gouvernement manipule les chiffres du port.";
  const auto doc = saywho::text::segment(text, "fr");
  const std::size_t verb = token(doc, "manipule");
  const Tree tree = parse_marking(doc, *model, "manipule", kVerbOrNoun);
  CHECK(tree[verb].upos == Upos::VERB);
  CHECK(tree[verb].head == -1);
  CHECK(tree[token(doc, "gouvernement")].rel.rel == Rel::nsubj);
  CHECK(tree[token(doc, "gouvernement")].head == static_cast<int32_t>(verb));
  // Nor a noun, when so marked.
  const std::string plural = "Les dockers estiment que le port est fermé.";
  const auto doc2 = saywho::text::segment(plural, "fr");
  const std::size_t estiment = token(doc2, "estiment");
  const Tree tree2 = parse_marking(doc2, *model, "estiment", kVerbOrNoun | kNoNoun);
  CHECK(tree2[estiment].upos == Upos::VERB);
  CHECK(tree2[token(doc2, "dockers")].head == static_cast<int32_t>(estiment));
  // The analysis marks the listed verbs' finite forms itself.
  saywho::Options options;
  options.lang = "fr";
  const auto analysis = saywho::analyze("« Le gouvernement manipule les chiffres », affirme Luc Marchal.", options);
  CHECK(analysis.accusations.size() == 1);
}

TEST_CASE("a sentence of prose the tagger left with no finite verb gets one after its subject", "[syntax]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* verb;     // the word that must come out the sentence's verb
    const char* subject;  // its subject
  };
  const Case cases[] = {
      {"fr", "Une colère sourde anime les quais de Saint-Nazaire, samedi 3 mars.", "anime", "colère"},
      {"fr", "Le rapport pointe des retards, dont la direction impute la responsabilité aux sous-traitants.", "pointe",
       "rapport"},
      // The first word that may be the verb, not the one nearest to it.
      {"fr", "Le syndicat porte plainte contre la direction du port.", "porte", "syndicat"},
      {"en", "The union controls a large share of the dock jobs in the city.", "controls", "union"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const Model* model = model_for(c.lang);
    REQUIRE(model);
    const auto doc = saywho::text::segment(c.text, c.lang);
    const Tree tree = parse(doc, *model);
    const std::size_t verb = token(doc, c.verb);
    CHECK(tree[verb].upos == Upos::VERB);
    CHECK(tree[verb].form == Form::Finite);
    CHECK(tree[token(doc, c.subject)].head == static_cast<int32_t>(verb));
  }
  // The clause a verb of saying reports (kSayingVerb) gets one too; not
  // without the mark, nor an incise's subject, nor an object with a verb of
  // its own after it.
  {
    const Model* en = model_for("en");
    const std::string text = "Witnesses said the troops used excessive force against the protesters.";
    const auto doc = saywho::text::segment(text, "en");
    const std::size_t used = token(doc, "used");
    REQUIRE(parse(doc, *en)[used].form != Form::Finite);  // the misreading this repairs
    const Tree tree = parse_marking(doc, *en, "said", kSayingVerb);
    CHECK(tree[used].upos == Upos::VERB);
    CHECK(tree[used].form == Form::Finite);
    CHECK(tree[token(doc, "troops")].head == static_cast<int32_t>(used));
  }
  // The analysis marks the verbs of saying itself.
  {
    saywho::Options options;
    options.lang = "en";
    const auto analysis = saywho::analyze("Witnesses said the troops used excessive force against the protesters.", options);
    CHECK(analysis.quotes.size() == 1);
    // An incise's verb is followed by its subject, no clause.
    options.lang = "fr";
    const auto incise = saywho::analyze(
        "« Les quais sont vides depuis des mois », affirme l'ancien directeur du port jeudi dans Ouest-Matin.", options);
    REQUIRE(incise.quotes.size() == 1);
    CHECK(incise.quotes[0].content.size() == std::string_view("Les quais sont vides depuis des mois").size());
  }
  // A headline (no full stop) and a short line keep the tagger's reading.
  const Model* fr = model_for("fr");
  for (const char* text : {"Une colère sourde anime les quais de Saint-Nazaire", "Colère sourde."}) {
    INFO(text);
    const auto doc = saywho::text::segment(text, "fr");
    const Tree tree = parse(doc, *fr);
    for (std::size_t i = 0; i < doc.tokens.size(); ++i)
      CHECK_FALSE((tree[i].upos == Upos::VERB && tree[i].form == Form::Finite));
  }
}

TEST_CASE("every sentence gets one tree: one root, heads inside the sentence, no cycle", "[syntax]") {
  const std::string text =
      "« Nous ne signerons pas » avec Ostrande, a déclaré le porte-parole. Officials were accused of fraud "
      "by the union , , ; « » \" — and then 12 000 € ... (Sources: none)\n\nUn autre paragraphe !";
  for (const std::string lang : {"en", "fr"}) {
    const auto doc = saywho::text::segment(text, lang);
    const Tree tree = parse(doc, *model_for(lang));
    REQUIRE(tree.size() == doc.tokens.size());
    for (const auto& s : doc.sentences) {
      int roots = 0;
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        if (tree[i].head < 0) {
          ++roots;
          continue;
        }
        CHECK(tree[i].head >= static_cast<int32_t>(s.first_token));
        CHECK(tree[i].head < static_cast<int32_t>(s.end_token));
        // Following heads reaches the root within the sentence's length.
        int32_t at = static_cast<int32_t>(i);
        uint32_t steps = 0;
        while (at >= 0 && steps <= s.end_token - s.first_token) {
          at = tree[static_cast<std::size_t>(at)].head;
          ++steps;
        }
        CHECK(at < 0);
      }
      CHECK(roots == 1);
    }
  }
}
