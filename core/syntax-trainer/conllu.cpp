#include "conllu.hpp"

#include <sstream>
#include <stdexcept>

namespace saywho::syntax::train {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

std::string feature_value(const std::string& feats, const std::string& key) {
  const std::string needle = key + "=";
  std::size_t pos = 0;
  while (pos < feats.size()) {
    const std::size_t bar = feats.find('|', pos);
    const std::string item = feats.substr(pos, bar - pos);
    if (item.rfind(needle, 0) == 0) return item.substr(needle.size());
    if (bar == std::string::npos) break;
    pos = bar + 1;
  }
  return "";
}

}  // namespace

std::vector<UdSentence> read_conllu(std::istream& in) {
  std::vector<UdSentence> sentences;
  UdSentence current;
  int covered_until = -1;  // last word covered by a multiword token
  std::string line;
  std::size_t line_no = 0;
  auto flush = [&] {
    if (!current.words.empty()) sentences.push_back(std::move(current));
    current = UdSentence{};
    covered_until = -1;
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# text = ", 0) == 0) current.text = line.substr(9);
      else if (line.rfind("# sent_id = ", 0) == 0) current.id = line.substr(12);
      else if (line.rfind("# newdoc", 0) == 0) current.new_doc = true;
      else if (line.rfind("# newpar", 0) == 0) current.new_par = true;
      continue;
    }
    const std::vector<std::string> f = split_tabs(line);
    if (f.size() != 10) throw std::runtime_error("CoNLL-U line " + std::to_string(line_no) + ": not 10 columns");
    const std::string& id = f[0];
    if (id.find('.') != std::string::npos) continue;
    const bool space_after = f[9].find("SpaceAfter=No") == std::string::npos;
    const std::size_t dash = id.find('-');
    if (dash != std::string::npos) {
      const int first = std::stoi(id.substr(0, dash)) - 1, last = std::stoi(id.substr(dash + 1)) - 1;
      current.tokens.push_back({f[1], first, last, space_after});
      covered_until = last;
      continue;
    }
    UdWord w;
    w.form = f[1];
    w.upos = f[3];
    w.verb_form = feature_value(f[5], "VerbForm");
    w.head = f[6] == "_" ? 0 : std::stoi(f[6]);
    w.deprel = f[7];
    const int index = static_cast<int>(current.words.size());
    current.words.push_back(std::move(w));
    if (index > covered_until) current.tokens.push_back({f[1], index, index, space_after});
  }
  flush();
  return sentences;
}

}  // namespace saywho::syntax::train
