#include "reports/word_table.hpp"

#include <algorithm>

#include "lexicon/embedded.hpp"
#include "lexicon/pack.hpp"

namespace saywho::reports {

bool WordEntry::has(std::string_view key, std::string_view value) const {
  const auto& all = values(key);
  return std::find(all.begin(), all.end(), value) != all.end();
}

void WordTable::add(WordEntry entry) {
  if (entry.tokens.empty()) return;
  by_first_[entry.tokens.front()].push_back(std::move(entry));
}

const WordEntry* WordTable::match(const std::vector<std::string_view>& norms, std::size_t i, std::size_t* len,
                                  std::string_view form) const {
  if (len) *len = 0;
  if (i >= norms.size()) return nullptr;
  auto it = by_first_.find(norms[i]);
  if (it == by_first_.end()) return nullptr;
  const WordEntry* best = nullptr;
  std::size_t best_len = 0;
  for (const auto& e : it->second) {
    if (e.tokens.size() <= best_len || i + e.tokens.size() > norms.size()) continue;
    if (!form.empty() && e.form != form) continue;
    bool ok = true;
    for (std::size_t k = 1; k < e.tokens.size() && ok; ++k) ok = norms[i + k] == e.tokens[k];
    if (ok) {
      best = &e;
      best_len = e.tokens.size();
    }
  }
  if (len) *len = best_len;
  return best;
}

namespace {

std::string join(const std::vector<std::string>& tokens) {
  std::string out;
  for (const auto& t : tokens) out += (out.empty() ? "" : " ") + t;
  return out;
}

// "porter_plainte" -> {"porter", "plainte"}.
std::vector<std::string> form_tokens(std::string form) {
  if (form.find('_') != std::string::npos) std::replace(form.begin(), form.end(), '_', ' ');
  return lexicon::split_phrase(form);
}

void add_verb(WordTable& table, const lexicon::Entry& e, const std::shared_ptr<const lexicon::Attributes>& attrs,
              std::string_view lang) {
  const std::string lemma = join(e.tokens);
  lexicon::Forms forms = lexicon::inflect(lang, lemma);
  auto take = [&](const char* key, std::vector<std::string>& into) {
    auto it = attrs->find(key);
    if (it != attrs->end()) into = it->second;
  };
  take("fin", forms.finite);
  take("pp", forms.participle);
  take("ger", forms.gerund);
  take("inf", forms.infinitive);
  if (forms.infinitive.empty()) forms.infinitive.push_back(lemma);
  auto add = [&](const std::vector<std::string>& list, const char* form) {
    for (const auto& f : list) {
      WordEntry w;
      w.tokens = form_tokens(f);
      w.lemma = lemma;
      w.form = form;
      w.attrs = attrs;
      table.add(std::move(w));
    }
  };
  add(forms.finite, "fin");
  add(forms.participle, "pp");
  add(forms.gerund, "ger");
  add(forms.infinitive, "inf");
}

}  // namespace

WordTables load_tables(std::string_view lang, std::string_view file,
                                             const std::vector<std::string>& verb_types) {
  WordTables tables;
  const std::string path = std::string(lang) + "/" + std::string(file);
  for (const auto& f : lexicon::embedded_files()) {
    if (f.path != path) continue;
    for (auto& e : lexicon::parse_entries(f.bytes)) {
      const std::string type(e.attr("type"));
      auto attrs = std::make_shared<const lexicon::Attributes>(std::move(e.attrs));
      if (std::find(verb_types.begin(), verb_types.end(), type) != verb_types.end()) {
        add_verb(tables[type], e, attrs, lang);
        continue;
      }
      WordEntry w;
      w.lemma = lexicon::first_value(*attrs, "lemma", join(e.tokens));
      w.tokens = std::move(e.tokens);
      w.attrs = std::move(attrs);
      tables[type].add(std::move(w));
    }
  }
  return tables;
}

}  // namespace saywho::reports
