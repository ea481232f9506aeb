// analyze() from several threads at once (the CLI's --jobs, Python's
// analyze_many): language packs are loaded once and shared read-only, ICU
// break iterators are per thread. Every thread must get, for every article,
// the JSON one thread alone gets. The asan preset runs this too; a TSan
// build (docs in README, "Analyse a corpus") checks it for data races.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "saywho/saywho.hpp"

namespace {

std::vector<std::string> fixture_articles() {
  std::vector<std::string> texts;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(SAYWHO_FIXTURES_DIR) + "/articles")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream b;
    b << in.rdbuf();
    texts.push_back(b.str());
  }
  return texts;
}

}  // namespace

TEST_CASE("concurrent analyses give the same JSON as one thread", "[concurrency]") {
  const std::vector<std::string> texts = fixture_articles();
  REQUIRE(texts.size() >= 4);

  constexpr int kThreads = 4;
  constexpr int kRounds = 3;
  std::vector<std::vector<std::string>> got(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      // Each thread starts at another article, so both packs are read (and,
      // when this test runs first, loaded) by several threads at once.
      for (int r = 0; r < kRounds; ++r) {
        for (std::size_t i = 0; i < texts.size(); ++i) {
          const std::string& text = texts[(i + static_cast<std::size_t>(t)) % texts.size()];
          got[static_cast<std::size_t>(t)].push_back(saywho::analyze_to_json(text));
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  std::vector<std::string> expected;
  for (const auto& t : texts) expected.push_back(saywho::analyze_to_json(t));
  for (int t = 0; t < kThreads; ++t) {
    REQUIRE(got[static_cast<std::size_t>(t)].size() == texts.size() * kRounds);
    for (std::size_t k = 0; k < got[static_cast<std::size_t>(t)].size(); ++k) {
      const std::size_t i = (k % texts.size() + static_cast<std::size_t>(t)) % texts.size();
      CHECK(got[static_cast<std::size_t>(t)][k] == expected[i]);
    }
  }
}
