#include "evaluate.hpp"

#include <chrono>
#include <iomanip>
#include <map>
#include <utility>

#include "align.hpp"
#include "syntax/syntax.hpp"
#include "text/document.hpp"

namespace saywho::syntax::train {
namespace {

std::string base_label(const std::string& l) { return l.substr(0, l.find(':')); }

std::string upos_of(const std::string& fine_tag) { return fine_tag.substr(0, fine_tag.find('|')); }

// The label the model can predict for a gold label: itself or its base.
std::string comparable_label(const Model& model, const std::string& gold) {
  for (const std::string& l : model.labels())
    if (l == gold) return gold;
  return base_label(gold);
}

double pct(std::size_t a, std::size_t b) { return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0; }

struct Counts {
  std::size_t units = 0, upos = 0, uas = 0, las = 0;
};

}  // namespace

void evaluate(const std::vector<UdSentence>& sentences, const Model& model, std::ostream& out) {
  out << std::fixed << std::setprecision(2);
  // 1. Gold sentences, our tokens.
  Counts c;
  std::size_t aligned = 0, ud_words = 0, aligned_words = 0;
  std::vector<WordView> words;
  std::vector<uint32_t> tags, plus_one;
  ParseState state;
  double seconds = 0;
  std::vector<AlignedSentence> kept;
  for (const UdSentence& s : sentences) {
    ud_words += s.words.size();
    auto a = align(s, model.lang());
    if (!a) continue;
    ++aligned;
    aligned_words += s.words.size();
    const auto t0 = std::chrono::steady_clock::now();
    model.tag(a->words, tags);
    plus_one.resize(tags.size());
    for (std::size_t i = 0; i < tags.size(); ++i) plus_one[i] = tags[i] + 1;
    model.parse(a->words, plus_one, state);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    for (std::size_t i = 0; i < a->units.size(); ++i) {
      const Unit& u = a->units[i];
      ++c.units;
      const bool tag_ok = upos_of(model.tags()[tags[i]]) == upos_of(u.tag);
      const int32_t head = state.head(i) == static_cast<int32_t>(a->units.size()) ? -1 : state.head(i);
      const bool head_ok = head == u.head;
      c.upos += tag_ok;
      c.uas += head_ok;
      c.las += head_ok && model.labels()[state.label(i)] == comparable_label(model, u.label);
    }
    kept.push_back(std::move(*a));
  }
  out << "sentences: " << sentences.size() << ", lined up with our tokens: " << aligned << " ("
      << pct(aligned_words, ud_words) << "% of the UD words)\n";
  out << "gold sentences, our tokens: " << c.units << " tokens, UPOS " << pct(c.upos, c.units) << ", UAS "
      << pct(c.uas, c.units) << ", LAS " << pct(c.las, c.units) << "; "
      << std::setprecision(0) << static_cast<double>(c.units) / seconds << " tokens/s (tag + parse)\n"
      << std::setprecision(2);

  // 2. Raw text: documents through the whole text layer.
  std::size_t gold_units = 0, ours = 0, matched = 0, upos = 0, uas = 0, las = 0;
  std::size_t next = 0;
  while (next < sentences.size()) {
    // One document: from a "# newdoc" to the next (or 200 sentences at most).
    std::string text;
    using Span = std::pair<uint32_t, uint32_t>;
    struct Gold {
      std::string tag, label;
      Span head;  // {0, 0} root
    };
    std::map<Span, Gold> gold;
    std::size_t count = 0;
    do {
      const UdSentence& s = sentences[next];
      if (count > 0) text += s.new_par ? "\n\n" : " ";
      auto a = align(s, model.lang());
      const auto offset = static_cast<uint32_t>(text.size());
      text += a ? a->text : s.text;
      if (a) {
        for (const Unit& u : a->units) {
          const Span span{offset + u.span.begin, offset + u.span.end};
          const Span head = u.head < 0 ? Span{0, 0}
                                       : Span{offset + a->units[static_cast<std::size_t>(u.head)].span.begin,
                                              offset + a->units[static_cast<std::size_t>(u.head)].span.end};
          gold[span] = Gold{u.tag, u.label, head};
        }
      }
      ++next;
      ++count;
    } while (next < sentences.size() && !sentences[next].new_doc && count < 200);
    gold_units += gold.size();
    const text::Document doc = text::segment(text, model.lang());
    const Tree tree = parse(doc, model);
    ours += doc.tokens.size();
    for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
      const auto it = gold.find(Span{doc.tokens[i].span.begin, doc.tokens[i].span.end});
      if (it == gold.end()) continue;
      ++matched;
      const TokenSyntax& t = tree[i];
      upos += upos_name(t.upos) == upos_of(it->second.tag);
      const Span head = t.head < 0 ? Span{0, 0}
                                   : Span{doc.tokens[static_cast<std::size_t>(t.head)].span.begin,
                                          doc.tokens[static_cast<std::size_t>(t.head)].span.end};
      if (head == it->second.head) {
        ++uas;
        // The tree keeps the relation's base and a few subtypes: compare the bases.
        if (t.rel.rel == label_from_name(it->second.label).rel) ++las;
      }
    }
  }
  auto f1 = [&](std::size_t correct) { return 200.0 * static_cast<double>(correct) / static_cast<double>(gold_units + ours); };
  out << "raw text, our sentences and tokens: tokens F1 " << f1(matched) << ", UPOS F1 " << f1(upos)
      << ", UAS F1 " << f1(uas) << ", LAS F1 (base relations) " << f1(las) << "\n";
}

}  // namespace saywho::syntax::train
