// Language detection that can refuse (lang "auto"): texts in languages
// Saywho does not read are refused with the language named; texts in French
// or English, even mixed with other languages, names and numbers, are read.
// Fixtures: tests/fixtures/languages/ (our own invented news texts).
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "lexicon/detect.hpp"
#include "saywho/saywho.hpp"

namespace {

std::string read_language_fixture(const std::string& name) {
  std::ifstream in(std::string(SAYWHO_FIXTURES_DIR) + "/languages/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The refusal analyze() throws for `text` under lang "auto".
saywho::Error refusal_of(const std::string& text) {
  try {
    saywho::analyze(text);
  } catch (const saywho::Error& e) {
    return e;
  }
  FAIL("the text was analysed, not refused");
  return saywho::Error(saywho::Error::Code::InvalidOptions, "unreachable");
}

}  // namespace

TEST_CASE("texts in languages Saywho does not read are refused, the language named", "[detect]") {
  const auto [file, code, name] = GENERATE(table<const char*, const char*, const char*>({
      {"es-puerto-huelga.txt", "es", "Spanish"},
      {"de-stadtrat-bruecke.txt", "de", "German"},
      {"ja-kasen-hanran.txt", "ja", "Japanese"},
      {"it-short.txt", "it", "Italian"},
      {"pt-short.txt", "pt", "Portuguese"},
      {"nl-short.txt", "nl", "Dutch"},
      {"ru-short.txt", "ru", "Russian"},
      {"zh-short.txt", "zh", "Chinese"},
      {"ar-short.txt", "ar", "Arabic"},
  }));
  CAPTURE(file);
  const std::string text = read_language_fixture(file);
  const auto detection = saywho::lexicon::detect_language(text);
  CHECK_FALSE(detection.supported);
  CHECK(detection.lang == code);

  const saywho::Error e = refusal_of(text);
  CHECK(e.code() == saywho::Error::Code::UnsupportedLanguage);
  CHECK(std::string(e.code_name()) == "unsupported_language");
  CHECK(e.language() == code);
  CHECK(std::string(e.what()) == std::string("this text seems to be in ") + name + " (" + code +
                                     "); Saywho reads French and English");
}

TEST_CASE("a foreign script is refused without a name when its words do not say which language",
          "[detect]") {
  // Ukrainian: Cyrillic, but not Russian's function words.
  const std::string ukrainian =
      "Міська рада Зеленого Гаю у вівторок ухвалила рішення про ремонт старої школи. За словами "
      "голови ради, роботи почнуться навесні й триватимуть до кінця року. Батьки учнів просять, "
      "щоб діти навчалися в сусідньому будинку.";
  // Georgian: a script no language of the detector's table lists.
  const std::string georgian = "ქალაქის მერმა განაცხადა, რომ ახალი პარკი გაზაფხულზე გაიხსნება.";
  for (const auto& text : {ukrainian, georgian}) {
    const saywho::Error e = refusal_of(text);
    CHECK(e.code() == saywho::Error::Code::UnsupportedLanguage);
    CHECK(e.language().empty());
    CHECK(std::string(e.what()) ==
          "this text seems to be in a language Saywho does not read; Saywho reads French and English");
  }
  // Greek: one language writes it, named by its script alone.
  const saywho::Error greek = refusal_of(
      "Ο δήμαρχος της πόλης ανακοίνωσε ότι το νέο πάρκο θα ανοίξει την άνοιξη για όλους τους κατοίκους.");
  CHECK(greek.language() == "el");
}

TEST_CASE("more scripts: Korean, Hebrew, Thai, Hindi", "[detect]") {
  const auto [text, code] = GENERATE(table<const char*, const char*>({
      {"시장은 화요일에 새 다리가 여름이 끝날 무렵 개통될 것이라고 말했다.", "ko"},
      {"ראש העירייה הודיע ביום שלישי כי הגשר החדש ייפתח לתנועה בסוף הקיץ.", "he"},
      {"นายกเทศมนตรีกล่าวเมื่อวันอังคารว่าสะพานใหม่จะเปิดให้รถสัญจรได้ในช่วงปลายฤดูร้อน", "th"},
      {"महापौर ने मंगलवार को कहा कि नया पुल गर्मियों के अंत तक यातायात के लिए खोल दिया जाएगा और इससे "
       "शहर के लोगों को बहुत राहत मिलेगी।",
       "hi"},
  }));
  CAPTURE(code);
  const saywho::Error e = refusal_of(text);
  CHECK(e.code() == saywho::Error::Code::UnsupportedLanguage);
  CHECK(e.language() == code);
}

TEST_CASE("mixed texts in French or English are still analysed", "[detect]") {
  const auto [file, lang] = GENERATE(table<const char*, const char*>({
      {"mixed-en-french-quote.txt", "en"},
      {"mixed-fr-english-quote.txt", "fr"},
      {"mixed-en-spanish-quote.txt", "en"},
      {"mixed-en-foreign-script.txt", "en"},
      {"mixed-fr-names-numbers.txt", "fr"},
      {"mixed-en-short.txt", "en"},
  }));
  CAPTURE(file);
  const std::string text = read_language_fixture(file);
  const auto detection = saywho::lexicon::detect_language(text);
  CHECK(detection.supported);
  CHECK(detection.lang == lang);
  const saywho::Analysis analysis = saywho::analyze(text);
  CHECK(analysis.lang == lang);
  CHECK(analysis.lang_detected);
}

TEST_CASE("the quotes of mixed texts are found, whatever their language", "[detect]") {
  // The French quote of an English article and the English quote of a
  // French article are quotes with their speakers.
  const auto en = saywho::analyze(read_language_fixture("mixed-en-french-quote.txt"));
  CHECK(en.quotes.size() >= 2);
  const auto fr = saywho::analyze(read_language_fixture("mixed-fr-english-quote.txt"));
  CHECK(fr.quotes.size() >= 2);
}

TEST_CASE("short or wordless texts are ours: too little evidence to refuse", "[detect]") {
  for (const std::string text : {"¿Qué?", "Hola, buenos días.", "Das ist gut.", "東京", "12345 !!!",
                                 "Real Madrid 2 - 1 Bayern München", "https://example.org/es/noticias"}) {
    CAPTURE(text);
    CHECK(saywho::lexicon::detect_language(text).supported);
    CHECK_NOTHROW(saywho::analyze(text));
  }
}

TEST_CASE("an explicit language analyses any text, foreign ones included", "[detect]") {
  saywho::Options fr;
  fr.lang = "fr";
  const auto spanish = saywho::analyze(read_language_fixture("es-puerto-huelga.txt"), fr);
  CHECK(spanish.lang == "fr");
  CHECK_FALSE(spanish.lang_detected);
  saywho::Options en;
  en.lang = "en";
  CHECK_NOTHROW(saywho::analyze(read_language_fixture("ja-kasen-hanran.txt"), en));
}

TEST_CASE("language names come from the detector's table", "[detect]") {
  CHECK(saywho::lexicon::language_name("es") == "Spanish");
  CHECK(saywho::lexicon::language_name("ja") == "Japanese");
  CHECK(saywho::lexicon::language_name("fr") == "French");
  CHECK(saywho::lexicon::language_name("xx").empty());
}
