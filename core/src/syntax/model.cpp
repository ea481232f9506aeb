#include "syntax/model.hpp"

#include <algorithm>
#include <stdexcept>

#include "syntax/tagger_features.hpp"

namespace saywho::syntax {
namespace {

std::vector<std::string> read_names(ByteReader& in) {
  const uint32_t n = in.u32();
  if (n == 0 || n > 250) throw std::runtime_error("syntax pack: bad name count");
  std::vector<std::string> names;
  for (uint32_t i = 0; i < n; ++i) names.emplace_back(in.take(in.u8()));
  return names;
}

// The best class among `valid` ones (all when valid is null).
template <class Valid>
uint32_t best(const int32_t* scores, uint32_t classes, Valid valid) {
  uint32_t best_class = 0;
  bool found = false;
  for (uint32_t c = 0; c < classes; ++c) {
    if (!valid(c)) continue;
    if (!found || scores[c] > scores[best_class]) best_class = c;
    found = true;
  }
  return best_class;
}

}  // namespace

std::unique_ptr<Model> Model::from_bytes(std::string_view bytes) {
  ByteReader in(bytes);
  if (in.take(8) != "SWSYNTX2") throw std::runtime_error("syntax pack: not a Saywho syntax pack");
  auto model = std::make_unique<Model>();
  model->lang_ = std::string(in.take(in.u8()));
  model->tags_ = read_names(in);
  model->labels_ = read_names(in);
  for (const std::string& t : model->tags_) {
    const std::size_t bar = t.find('|');
    TagInfo info{upos_from_name(std::string_view(t).substr(0, bar)), Form::None};
    if (bar != std::string::npos) info.form = form_from_name(std::string_view(t).substr(bar + 1));
    model->tag_info_.push_back(info);
  }
  for (const std::string& l : model->labels_) model->label_info_.push_back(label_from_name(l));
  model->tagger_.read(in);
  model->moves_.read(in);
  model->labeller_.read(in);
  if (model->tagger_.classes() != model->tags_.size() || model->moves_.classes() != kMoves ||
      model->labeller_.classes() != model->labels_.size() || !in.done())
    throw std::runtime_error("syntax pack: tables do not match the tag and label sets");
  return model;
}

void Model::tag(const std::vector<WordView>& words, std::vector<uint32_t>& tags, const uint8_t* bans) const {
  tags.clear();
  const uint32_t classes = tagger_.classes();
  int32_t scores[256];
  uint64_t features[kTaggerFeatures];
  uint32_t p1 = 0, p2 = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    tagger_features(words, i, p1, p2, features);
    std::fill(scores, scores + classes, 0);
    tagger_.score(features, kTaggerFeatures, scores);
    const uint8_t ban = bans ? bans[i] : 0;
    const uint32_t t = best(scores, classes, [&](uint32_t c) {
      const Upos u = tag_info_[c].upos;
      if ((ban & kNoNoun) && u == Upos::NOUN) return false;
      return !(ban & kVerbOrNoun) || u == Upos::VERB || u == Upos::AUX || u == Upos::NOUN || u == Upos::PROPN;
    });
    tags.push_back(t);
    p2 = p1;
    p1 = t + 1;
  }
}

void Model::parse(const std::vector<WordView>& words, const std::vector<uint32_t>& tags_plus_one,
                  ParseState& state) const {
  state.start(words, tags_plus_one);
  const uint32_t labels = labeller_.classes();
  int32_t scores[256];
  uint64_t features[kLabelFeatures];
  while (!state.done()) {
    state.features(features);
    std::fill(scores, scores + kMoves, 0);
    moves_.score(features, kParserFeatures, scores);
    const uint32_t move = best(scores, kMoves, [&](uint32_t m) { return state.valid(m); });
    uint32_t label = 0;
    if (move != kShift) {
      state.label_features(move, features);
      std::fill(scores, scores + labels, 0);
      labeller_.score(features, kLabelFeatures, scores);
      label = best(scores, labels, [](uint32_t) { return true; });
    }
    state.apply(move, label);
  }
}

}  // namespace saywho::syntax
