// saywho-train-syntax: trains and evaluates the syntax packs.
//   saywho-train-syntax train --lang fr --out core/data/fr/syntax.bin [options] FILE.conllu...
//   saywho-train-syntax eval  --lang fr --pack core/data/fr/syntax.bin FILE.conllu...
//   saywho-train-syntax shrink --pack PACK --out SMALLER [--tagger-entries N] [--parser-entries N]
//     keeps the largest weights of a trained pack (a size budget, no retraining)
//   saywho-train-syntax parse --lang fr [--pack PACK] < article.txt
//     prints the parse of a text (our tokens) as CoNLL-U, for rule writers
// Options of train: --tagger-epochs N, --parser-epochs N, --tagger-entries N,
// --parser-entries N (weights kept in the pack), --seed N.
// scripts/train-syntax.sh runs it on the Universal Dependencies treebanks.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "align.hpp"
#include "conllu.hpp"
#include "evaluate.hpp"
#include "shrink.hpp"
#include "syntax/model.hpp"
#include "syntax/syntax.hpp"
#include "text/document.hpp"
#include "trainer.hpp"

using namespace saywho::syntax;
using namespace saywho::syntax::train;

namespace {

std::vector<UdSentence> read_all(const std::vector<std::string>& files) {
  std::vector<UdSentence> all;
  for (const std::string& f : files) {
    std::ifstream in(f);
    if (!in) throw std::runtime_error("cannot read " + f);
    std::vector<UdSentence> s = read_conllu(in);
    all.insert(all.end(), std::make_move_iterator(s.begin()), std::make_move_iterator(s.end()));
  }
  return all;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Prints every sentence of `text` as CoNLL-U: id, form, UPOS, verb form, head, relation.
void print_parse(const std::string& text, const Model& model) {
  const saywho::text::Document doc = saywho::text::segment(text, model.lang());
  const Tree tree = parse(doc, model);
  static const char* const forms[] = {"_", "VerbForm=Fin", "VerbForm=Part", "VerbForm=Inf", "VerbForm=Ger"};
  for (const auto& s : doc.sentences) {
    std::cout << "# text = " << doc.slice(s.span) << "\n";
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const TokenSyntax& t = tree[i];
      const uint32_t head = t.head < 0 ? 0 : static_cast<uint32_t>(t.head) - s.first_token + 1;
      std::string rel;
      for (std::size_t l = 0; l < model.labels().size(); ++l) {
        const LabelInfo& info = model.label_info()[l];
        if (info.rel == t.rel.rel && info.passive == t.rel.passive && info.agent == t.rel.agent &&
            info.relcl == t.rel.relcl) { rel = model.labels()[l]; break; }
      }
      if (t.head < 0) rel = "root";
      std::cout << i - s.first_token + 1 << "\t" << doc.slice(doc.tokens[i].span) << "\t_\t" << upos_name(t.upos)
                << "\t_\t" << forms[static_cast<int>(t.form)] << "\t" << head << "\t" << rel << "\t_\t_\n";
    }
    std::cout << "\n";
  }
}

int usage() {
  std::cerr << "usage: saywho-train-syntax train --lang L --out PACK [--tagger-epochs N] [--parser-epochs N]\n"
               "                                 [--tagger-entries N] [--parser-entries N] [--seed N] FILE.conllu...\n"
               "       saywho-train-syntax eval --lang L --pack PACK FILE.conllu...\n"
               "       saywho-train-syntax shrink --pack PACK --out SMALLER [--tagger-entries N] [--parser-entries N]\n"
               "       saywho-train-syntax parse --lang L [--pack PACK] < TEXT\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  const std::string command = argv[1];
  TrainOptions options;
  std::string out, pack;
  std::vector<std::string> files;
  try {
    for (int i = 2; i < argc; ++i) {
      const std::string a = argv[i];
      auto value = [&]() -> std::string {
        if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
        return argv[++i];
      };
      if (a == "--lang") options.lang = value();
      else if (a == "--out") out = value();
      else if (a == "--pack") pack = value();
      else if (a == "--tagger-epochs") options.tagger_epochs = std::stoi(value());
      else if (a == "--parser-epochs") options.parser_epochs = std::stoi(value());
      else if (a == "--tagger-entries") options.tagger_entries = std::stoul(value());
      else if (a == "--parser-entries") options.parser_entries = std::stoul(value());
      else if (a == "--seed") options.seed = std::stoull(value());
      else if (a.rfind("--", 0) == 0) throw std::runtime_error("unknown option " + a);
      else files.push_back(a);
    }
    if (command == "shrink") {
      if (pack.empty() || out.empty()) return usage();
      const std::string bytes = shrink_pack(read_file(pack), {options.tagger_entries, options.parser_entries / 4,
                                                              options.parser_entries * 3 / 4});
      Model::from_bytes(bytes);  // still a valid pack
      std::ofstream o(out, std::ios::binary);
      o << bytes;
      if (!o) throw std::runtime_error("cannot write " + out);
      std::cerr << "wrote " << out << " (" << bytes.size() << " bytes)\n";
      return 0;
    }
    if (command == "parse" && !options.lang.empty()) {
      std::unique_ptr<Model> own = pack.empty() ? nullptr : Model::from_bytes(read_file(pack));
      const Model* model = own ? own.get() : model_for(options.lang);
      if (!model) throw std::runtime_error("no syntax pack for " + options.lang);
      std::ostringstream text;
      text << std::cin.rdbuf();
      print_parse(text.str(), *model);
      return 0;
    }
    if (options.lang.empty() || files.empty()) return usage();
    const std::vector<UdSentence> sentences = read_all(files);
    if (command == "train") {
      if (out.empty()) return usage();
      std::vector<AlignedSentence> aligned;
      for (const UdSentence& s : sentences)
        if (auto a = align(s, options.lang)) aligned.push_back(std::move(*a));
      std::cerr << sentences.size() << " sentences read, " << aligned.size() << " lined up with our tokens\n";
      const std::string bytes = train_pack(aligned, options, std::cerr);
      Model::from_bytes(bytes);  // the runtime must read what we write
      std::ofstream o(out, std::ios::binary);
      o << bytes;
      if (!o) throw std::runtime_error("cannot write " + out);
      std::cerr << "wrote " << out << " (" << bytes.size() << " bytes)\n";
      return 0;
    }
    if (command == "eval") {
      if (pack.empty()) return usage();
      const auto model = Model::from_bytes(read_file(pack));
      evaluate(sentences, *model, std::cout);
      return 0;
    }
    return usage();
  } catch (const std::exception& e) {
    std::cerr << "saywho-train-syntax: " << e.what() << "\n";
    return 1;
  }
}
