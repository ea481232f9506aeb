#include "text/word_lists.hpp"

#include <map>
#include <mutex>

#include "lexicon/embedded.hpp"

namespace saywho::text {
namespace {

std::string_view trim_ascii(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::unordered_set<std::string> load(std::string_view lang, std::string_view name) {
  const std::string path = std::string(lang) + "/" + std::string(name);
  for (const auto& file : lexicon::embedded_files()) {
    if (file.path == path) return parse_word_list(file.bytes);
  }
  return {};
}

}  // namespace

std::unordered_set<std::string> parse_word_list(std::string_view file_bytes) {
  std::unordered_set<std::string> words;
  while (!file_bytes.empty()) {
    const std::size_t eol = file_bytes.find('\n');
    std::string_view line = file_bytes.substr(0, eol);
    file_bytes = eol == std::string_view::npos ? std::string_view{} : file_bytes.substr(eol + 1);
    const std::size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim_ascii(line);
    if (!line.empty()) words.emplace(line);
  }
  return words;
}

const TextWordLists& word_lists(std::string_view lang) {
  static std::mutex mutex;
  static std::map<std::string, TextWordLists, std::less<>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(lang);
  if (it == cache.end()) {
    TextWordLists lists{load(lang, "abbreviations.txt"), load(lang, "elisions.txt"),
                        load(lang, "inversion_pronouns.txt")};
    it = cache.emplace(std::string(lang), std::move(lists)).first;
  }
  return it->second;
}

}  // namespace saywho::text
