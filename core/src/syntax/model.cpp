#include "syntax/model.hpp"

#include <algorithm>
#include <stdexcept>

#include "syntax/hashing.hpp"
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
  for (uint32_t c = 0; c < model->tag_info_.size(); ++c)
    if (model->finite_verb(c)) model->finite_verb_tag_ = c;
  model->full_stop_ = hash_bytes(".");
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
  tag_from(words, tags, bans, kNoForcedTag);
  // A sentence of prose has a finite verb. The greedy tagger, trained on
  // little written French, reads a present tense after its subject as an
  // adjective or a noun ("Le virus circule", "Les autorités rejettent ces
  // accusations"), and every later stage then finds no clause. When a
  // sentence ends like prose and no word came out a finite verb, the first
  // word after a possible subject whose finite-verb score came near enough
  // its best one becomes that verb, and the words after it are tagged
  // again. The first, not the nearest: the verb follows its subject, and the
  // words after a misread verb look more like one than it does ("Une
  // association porte plainte": "plainte" came nearer than "porte").
  // So does the clause a verb of saying reports (kSayingVerb, from the
  // caller's word lists): "Witnesses said the troops used excessive force"
  // ("used" read as an adjective).
  // (Scores are computed again only here: most sentences have their verb.)
  if (finite_verb_tag_ == kNoForcedTag || !ends_like_prose(words)) return;
  uint32_t clause = 0;
  if (has_finite_verb(tags, 0)) {
    clause = reported_clause_without_verb(words, tags, bans);
    if (clause == 0) return;
  } else if (real_words(words, 0) < 5) {
    return;
  }
  const uint32_t classes = tagger_.classes();
  int32_t scores[256];
  uint64_t features[kTaggerFeatures];
  for (uint32_t i = clause; i < words.size(); ++i) {
    if (!may_be_the_verb(tags, clause, i)) continue;
    // In a reported clause, right after its subject's last word, and no
    // adjective before its noun ("Donald Trump's legal team").
    if (clause > 0) {
      const Upos before = tag_info_[tags[i - 1]].upos;
      if (before != Upos::NOUN && before != Upos::PROPN && before != Upos::PRON) continue;
      if (i + 1 < tags.size() && (tag_info_[tags[i + 1]].upos == Upos::NOUN || tag_info_[tags[i + 1]].upos == Upos::PROPN))
        continue;
    }
    tagger_features(words, i, tags[i - 1] + 1, i >= 2 ? tags[i - 2] + 1 : 0, features);
    std::fill(scores, scores + classes, 0);
    tagger_.score(features, kTaggerFeatures, scores);
    const uint32_t verb = best(scores, classes, [&](uint32_t c) { return finite_verb(c); });
    if (scores[tags[i]] - scores[verb] > kMaxVerbMargin) continue;
    tags.resize(i);
    tag_from(words, tags, bans, verb);
    return;
  }
}

// Tags words from tags.size() on; the first of them gets `forced` unless it
// is kNoForcedTag.
void Model::tag_from(const std::vector<WordView>& words, std::vector<uint32_t>& tags, const uint8_t* bans,
                     uint32_t forced) const {
  const uint32_t classes = tagger_.classes();
  int32_t scores[256];
  uint64_t features[kTaggerFeatures];
  const std::size_t from = tags.size();
  uint32_t p1 = from >= 1 ? tags[from - 1] + 1 : 0, p2 = from >= 2 ? tags[from - 2] + 1 : 0;
  for (std::size_t i = from; i < words.size(); ++i) {
    uint32_t t = forced;
    if (i != from || forced == kNoForcedTag) {
      tagger_features(words, i, p1, p2, features);
      std::fill(scores, scores + classes, 0);
      tagger_.score(features, kTaggerFeatures, scores);
      const uint8_t ban = bans ? bans[i] : 0;
      t = best(scores, classes, [&](uint32_t c) {
        const Upos u = tag_info_[c].upos;
        if ((ban & kNoNoun) && u == Upos::NOUN) return false;
        return !(ban & kVerbOrNoun) || u == Upos::VERB || u == Upos::AUX || u == Upos::NOUN || u == Upos::PROPN;
      });
    }
    tags.push_back(t);
    p2 = p1;
    p1 = t + 1;
  }
}

bool Model::finite_verb(uint32_t tag) const {
  return tag_info_[tag].upos == Upos::VERB && tag_info_[tag].form == Form::Finite;
}

// Where the clause reported by the sentence's last finite verb of saying
// starts, when it has no verb of its own and opens on its subject (after
// "that"/"que"); 0 when there is none. Not the verb of an incise, after a
// comma or a quotation: its subject follows ("…, affirme l'ancien
// secrétaire d'État jeudi"); not a clause with a verb of any form, another
// construction ("accuse la femme d'affaires bretonne d'avoir dissimulé …");
// not an object ("se dit consterné").
uint32_t Model::reported_clause_without_verb(const std::vector<WordView>& words, const std::vector<uint32_t>& tags,
                                             const uint8_t* bans) const {
  if (!bans) return 0;
  uint32_t clause = 0;
  for (uint32_t i = static_cast<uint32_t>(tags.size()); i-- > 1;)
    if (finite_verb(tags[i]) && (bans[i] & kSayingVerb)) {
      if (tag_info_[tags[i - 1]].upos != Upos::PUNCT) clause = i + 1;
      break;
    }
  if (clause == 0 || clause >= tags.size() || real_words(words, clause) < 4) return 0;
  for (uint32_t k = clause; k < tags.size(); ++k)
    if (tag_info_[tags[k]].upos == Upos::VERB || tag_info_[tags[k]].upos == Upos::AUX) return 0;
  uint32_t first = clause;
  if (tag_info_[tags[first]].upos == Upos::SCONJ && first + 1 < tags.size()) ++first;
  const Upos opens = tag_info_[tags[first]].upos;
  const bool subject = opens == Upos::DET || opens == Upos::NOUN || opens == Upos::PROPN || opens == Upos::PRON ||
                       opens == Upos::NUM;
  return subject ? clause : 0;
}

// The last word (before closing quotation marks) is a full stop: a
// headline or a caption ends with none.
bool Model::ends_like_prose(const std::vector<WordView>& words) const {
  std::size_t n = words.size();
  while (n > 0 && (words[n - 1].shape & kQuoteMark)) --n;
  return n > 0 && words[n - 1].form == full_stop_;
}

// A finite verb or auxiliary among the tags from `from` on.
bool Model::has_finite_verb(const std::vector<uint32_t>& tags, std::size_t from) const {
  for (std::size_t i = from; i < tags.size(); ++i) {
    const TagInfo& info = tag_info_[tags[i]];
    if ((info.upos == Upos::VERB || info.upos == Upos::AUX) && info.form == Form::Finite) return true;
  }
  return false;
}

// Words from `from` on that are no punctuation, quotation mark or symbol (a
// list item, a short line, has few).
std::size_t Model::real_words(const std::vector<WordView>& words, std::size_t from) const {
  std::size_t real = 0;
  for (std::size_t i = from; i < words.size(); ++i)
    if (!(words[i].shape & (kPunct | kQuoteMark | kSymbol))) ++real;
  return real;
}

// Word i may be the clause's verb: an adjective or a common noun in lower
// case, after a word of the clause (from `clause` on) that can be its
// subject, and not right after a determiner or a preposition ("la
// découverte", "de repos" are nouns).
bool Model::may_be_the_verb(const std::vector<uint32_t>& tags, uint32_t clause, uint32_t i) const {
  if (i == 0 || i >= tags.size()) return false;
  const Upos u = tag_info_[tags[i]].upos;
  if (u != Upos::NOUN && u != Upos::ADJ) return false;
  const Upos before = tag_info_[tags[i - 1]].upos;
  if (before == Upos::DET || before == Upos::ADP || before == Upos::PUNCT) return false;
  for (uint32_t j = clause; j < i; ++j) {
    const Upos s = tag_info_[tags[j]].upos;
    if (s == Upos::NOUN || s == Upos::PROPN || s == Upos::PRON) return true;
  }
  return false;
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
