#include "trainer.hpp"

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <stdexcept>

#include "perceptron.hpp"
#include "syntax/tagger_features.hpp"
#include "syntax/transitions.hpp"

namespace saywho::syntax::train {
namespace {

struct Example {  // one sentence as class indices
  const AlignedSentence* sentence;
  std::vector<uint32_t> tags;    // gold tag index
  std::vector<int32_t> heads;    // gold head word; n = root
  std::vector<uint32_t> labels;  // gold label index
  std::vector<uint32_t> predicted_tags_plus_one;
};

template <class T>
uint32_t index_of(const std::vector<T>& v, const T& x) {
  return static_cast<uint32_t>(std::find(v.begin(), v.end(), x) - v.begin());
}

std::string base_label(const std::string& l) { return l.substr(0, l.find(':')); }

uint32_t argmax(const std::vector<float>& scores, const std::vector<bool>* allowed = nullptr) {
  uint32_t best = 0;
  bool found = false;
  for (uint32_t c = 0; c < scores.size(); ++c) {
    if (allowed && !(*allowed)[c]) continue;
    if (!found || scores[c] > scores[best]) best = c;
    found = true;
  }
  return best;
}

// Goldberg & Nivre's dynamic oracle for arc-hybrid, in Honnibal's form: the
// moves after which the best reachable tree loses no further gold arc.
void zero_cost_moves(const ParseState& st, const std::vector<int32_t>& gold, bool out[3]) {
  const std::size_t n = st.size(), n0 = st.buffer_front();
  const std::vector<uint32_t>& stack = st.stack();
  for (uint32_t m = 0; m < 3; ++m) out[m] = st.valid(m);
  auto head_of = [&](std::size_t w) { return w < n ? gold[w] : -1; };
  if (stack.empty() || (out[kShift] && head_of(n0) == static_cast<int32_t>(stack.back()))) {
    out[kLeft] = out[kRight] = false;
    return;
  }
  const uint32_t s0 = stack.back();
  if (out[kLeft] && head_of(s0) == static_cast<int32_t>(n0)) {
    out[kShift] = out[kRight] = false;
    return;
  }
  if (stack.size() >= 2 && head_of(s0) == static_cast<int32_t>(stack[stack.size() - 2])) out[kLeft] = false;
  if (out[kShift]) {
    for (const uint32_t s : stack)
      if (head_of(n0) == static_cast<int32_t>(s) || head_of(s) == static_cast<int32_t>(n0)) out[kShift] = false;
  }
  for (std::size_t b = n0 + 1; b <= n; ++b) {
    if (head_of(b) == static_cast<int32_t>(s0) || head_of(s0) == static_cast<int32_t>(b)) {
      out[kLeft] = out[kRight] = false;
      break;
    }
  }
}

void train_tagger(std::vector<Example>& examples, Perceptron& model, int epochs, std::mt19937_64& rng,
                  std::ostream& log) {
  std::vector<float> scores(model.classes());
  uint64_t features[kTaggerFeatures];
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t correct = 0, total = 0;
    for (const std::size_t e : order) {
      const Example& ex = examples[e];
      const std::vector<WordView>& words = ex.sentence->words;
      uint32_t p1 = 0, p2 = 0;
      for (std::size_t i = 0; i < words.size(); ++i) {
        tagger_features(words, i, p1, p2, features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        model.score(features, kTaggerFeatures, scores.data());
        const uint32_t guess = argmax(scores);
        model.update(features, kTaggerFeatures, ex.tags[i], guess);
        correct += guess == ex.tags[i];
        ++total;
        p2 = p1;
        p1 = guess + 1;
      }
    }
    log << "  tagger epoch " << epoch + 1 << ": " << 100.0 * static_cast<double>(correct) / static_cast<double>(total)
        << "% on the training data\n";
  }
  model.average();
}

void predict_tags(std::vector<Example>& examples, const Perceptron& model) {
  std::vector<float> scores(model.classes());
  uint64_t features[kTaggerFeatures];
  for (Example& ex : examples) {
    const std::vector<WordView>& words = ex.sentence->words;
    ex.predicted_tags_plus_one.clear();
    uint32_t p1 = 0, p2 = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      tagger_features(words, i, p1, p2, features);
      std::fill(scores.begin(), scores.end(), 0.0f);
      model.score(features, kTaggerFeatures, scores.data());
      const uint32_t t = argmax(scores);
      ex.predicted_tags_plus_one.push_back(t + 1);
      p2 = p1;
      p1 = t + 1;
    }
  }
}

// The move model learns from the dynamic oracle, following the oracle in
// the first epoch and its own predictions afterwards (exploration); the
// labeller learns the gold relation of every arc the parser makes with the
// right head.
void train_parser(std::vector<Example>& examples, Perceptron& moves, Perceptron& labeller, int epochs,
                  std::mt19937_64& rng, std::ostream& log) {
  float move_scores[kMoves];
  std::vector<float> label_scores(labeller.classes());
  std::vector<bool> valid(kMoves), gold(kMoves);
  uint64_t features[kLabelFeatures];
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  ParseState st;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t correct = 0, labelled = 0, total = 0;
    for (const std::size_t e : order) {
      const Example& ex = examples[e];
      st.start(ex.sentence->words, ex.predicted_tags_plus_one);
      while (!st.done()) {
        bool zero_cost[kMoves];
        zero_cost_moves(st, ex.heads, zero_cost);
        bool any_gold = false;
        for (uint32_t m = 0; m < kMoves; ++m) {
          valid[m] = st.valid(m);
          gold[m] = valid[m] && zero_cost[m];
          any_gold = any_gold || gold[m];
        }
        st.features(features);
        std::fill(move_scores, move_scores + kMoves, 0.0f);
        moves.score(features, kParserFeatures, move_scores);
        const std::vector<float> scores(move_scores, move_scores + kMoves);
        const uint32_t guess = argmax(scores, &valid);
        uint32_t move = guess;
        if (any_gold) {
          const uint32_t best_gold = argmax(scores, &gold);
          moves.update(features, kParserFeatures, gold[guess] ? guess : best_gold, guess);
          if (epoch == 0) move = best_gold;
        }
        uint32_t label = 0;
        if (move != kShift) {
          const uint32_t s0 = st.stack().back();
          const int64_t head = move == kLeft ? static_cast<int64_t>(st.buffer_front())
                                             : static_cast<int64_t>(st.stack()[st.stack().size() - 2]);
          st.label_features(move, features);
          std::fill(label_scores.begin(), label_scores.end(), 0.0f);
          labeller.score(features, kLabelFeatures, label_scores.data());
          label = argmax(label_scores);
          if (head == ex.heads[s0]) labeller.update(features, kLabelFeatures, ex.labels[s0], label);
        }
        st.apply(move, label);
      }
      for (std::size_t i = 0; i < st.size(); ++i) {
        const bool head_ok = st.head(i) == ex.heads[i];
        correct += head_ok;
        labelled += head_ok && st.label(i) == ex.labels[i];
        ++total;
      }
    }
    log << "  parser epoch " << epoch + 1 << ": UAS " << 100.0 * static_cast<double>(correct) / static_cast<double>(total)
        << "%, LAS " << 100.0 * static_cast<double>(labelled) / static_cast<double>(total) << "% on the training data\n";
  }
  moves.average();
  labeller.average();
}

void put_names(std::string& out, const std::vector<std::string>& names) {
  put_u32(out, static_cast<uint32_t>(names.size()));
  for (const std::string& n : names) {
    put_u8(out, static_cast<uint8_t>(n.size()));
    out += n;
  }
}

}  // namespace

std::string train_pack(const std::vector<AlignedSentence>& sentences, const TrainOptions& options, std::ostream& log) {
  // Tag and label sets; rare relation subtypes fall back to their base.
  std::set<std::string> tag_set;
  std::map<std::string, std::size_t> label_counts;
  for (const AlignedSentence& s : sentences)
    for (const Unit& u : s.units) {
      tag_set.insert(u.tag);
      ++label_counts[u.label];
    }
  auto label_name = [&](const std::string& l) {
    return label_counts[l] >= options.min_label_count ? l : base_label(l);
  };
  std::set<std::string> label_set;
  for (const auto& [l, count] : label_counts) label_set.insert(label_name(l));
  const std::vector<std::string> tags(tag_set.begin(), tag_set.end());
  const std::vector<std::string> labels(label_set.begin(), label_set.end());
  if (tags.size() > 250 || labels.size() > 120) throw std::runtime_error("too many tags or labels");
  log << sentences.size() << " sentences, " << tags.size() << " tags, " << labels.size() << " labels\n";

  std::vector<Example> examples;
  for (const AlignedSentence& s : sentences) {
    Example ex{&s, {}, {}, {}, {}};
    const auto n = static_cast<int32_t>(s.units.size());
    for (const Unit& u : s.units) {
      ex.tags.push_back(index_of(tags, u.tag));
      ex.heads.push_back(u.head < 0 ? n : u.head);
      ex.labels.push_back(index_of(labels, label_name(u.label)));
    }
    examples.push_back(std::move(ex));
  }

  std::mt19937_64 rng(options.seed);
  Perceptron tagger(static_cast<uint32_t>(tags.size()));
  log << "training the tagger\n";
  train_tagger(examples, tagger, options.tagger_epochs, rng, log);
  predict_tags(examples, tagger);
  Perceptron moves(kMoves), labeller(static_cast<uint32_t>(labels.size()));
  log << "training the parser\n";
  train_parser(examples, moves, labeller, options.parser_epochs, rng, log);

  std::string pack = "SWSYNTX2";
  put_u8(pack, static_cast<uint8_t>(options.lang.size()));
  pack += options.lang;
  put_names(pack, tags);
  put_names(pack, labels);
  tagger.write(pack, options.tagger_entries);
  moves.write(pack, options.parser_entries / 4);
  labeller.write(pack, options.parser_entries * 3 / 4);
  return pack;
}

}  // namespace saywho::syntax::train
