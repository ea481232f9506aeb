// Whole invented articles (tests/fixtures/text): every sentence and every
// quote, as a reader would cut them.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_text_helpers.hpp"
#include "text/document.hpp"

namespace {

std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(SAYWHO_FIXTURES_DIR) + "/text/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream b;
  b << in.rdbuf();
  return b.str();
}

std::vector<std::string> lines_of(const std::string& content) {
  std::vector<std::string> lines;
  std::istringstream in(content);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

void check_article(const std::string& name, const std::string& lang) {
  const std::string text = read_fixture(name + ".txt");
  const auto doc = saywho::text::segment(text, lang);
  CHECK(saywho::test::sentence_texts(doc) == lines_of(read_fixture(name + ".sentences")));
  CHECK(saywho::test::quote_contents(doc) == lines_of(read_fixture(name + ".quotes")));
  CHECK(doc.paragraphs.size() == lines_of(text).size());
}

}  // namespace

TEST_CASE("French dispatch: sentences and quotes", "[text][fixtures]") {
  check_article("fr_depeche", "fr");
  // The quote that runs over two paragraphs is two linked pieces.
  const auto doc = saywho::text::segment(read_fixture("fr_depeche.txt"), "fr");
  int continued = 0;
  for (const auto& q : doc.quotes)
    if (q.continues >= 0) {
      ++continued;
      CHECK(doc.quotes[static_cast<std::size_t>(q.continues)].closed == false);
    }
  CHECK(continued == 1);
}

TEST_CASE("English dispatch: sentences and quotes", "[text][fixtures]") {
  check_article("en_dispatch", "en");
}
