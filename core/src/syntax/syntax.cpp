#include "syntax/syntax.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

#include "syntax/builtin.hpp"

namespace saywho::syntax {
namespace {

struct Registry {
  std::mutex mutex;
  // Models are never freed while the process runs: analyses in other threads
  // may hold a pointer to one; a replaced model is kept in `retired`.
  std::map<std::string, std::unique_ptr<Model>, std::less<>> models;
  std::vector<std::unique_ptr<Model>> retired;
};

Registry& registry() {
  static Registry r;
  return r;
}

std::unique_ptr<Model> read_pack(std::string_view lang, std::string_view bytes) {
  auto model = Model::from_bytes(bytes);
  if (model->lang() != lang)
    throw std::runtime_error("syntax pack: made for \"" + model->lang() + "\", not \"" + std::string(lang) + "\"");
  return model;
}

}  // namespace

void install_pack(std::string_view lang, std::string_view bytes) {
  auto model = read_pack(lang, bytes);
  Registry& r = registry();
  const std::lock_guard<std::mutex> lock(r.mutex);
  auto it = r.models.find(lang);
  if (it == r.models.end()) {
    r.models.emplace(std::string(lang), std::move(model));
  } else {
    r.retired.push_back(std::move(it->second));
    it->second = std::move(model);
  }
}

const Model* model_for(std::string_view lang) {
  Registry& r = registry();
  const std::lock_guard<std::mutex> lock(r.mutex);
  auto it = r.models.find(lang);
  if (it != r.models.end()) return it->second.get();
  const std::string_view bytes = builtin_pack(lang);
  if (bytes.empty()) return nullptr;
  const Model* model = r.models.emplace(std::string(lang), read_pack(lang, bytes)).first->second.get();
  return model;
}

bool has_builtin_pack(std::string_view lang) { return !builtin_pack(lang).empty(); }

Tree parse(const text::Document& doc, const Model& model, const std::vector<uint8_t>* tag_bans) {
  Tree tree(doc.tokens.size());
  std::vector<WordView> words;
  std::vector<uint32_t> tags, tags_plus_one;
  ParseState state;
  for (const text::Sentence& s : doc.sentences) {
    if (s.end_token <= s.first_token) continue;
    view_words(doc, s.first_token, s.end_token, words);
    model.tag(words, tags, tag_bans ? tag_bans->data() + s.first_token : nullptr);
    tags_plus_one.resize(tags.size());
    for (std::size_t i = 0; i < tags.size(); ++i) tags_plus_one[i] = tags[i] + 1;
    model.parse(words, tags_plus_one, state);
    for (std::size_t i = 0; i < words.size(); ++i) {
      TokenSyntax& t = tree[s.first_token + i];
      t.upos = model.tag_info()[tags[i]].upos;
      t.form = model.tag_info()[tags[i]].form;
      const int32_t head = state.head(i);
      t.head = head < 0 || static_cast<std::size_t>(head) >= words.size()
                   ? -1
                   : static_cast<int32_t>(s.first_token) + head;
      t.rel = head < 0 ? LabelInfo{Rel::root} : model.label_info()[state.label(i)];
    }
  }
  return tree;
}

}  // namespace saywho::syntax
