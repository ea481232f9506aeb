// The syntax stage: tags and parses every sentence of a Document with the
// language's model. Models come from packs: natively the packs built into
// the library (core/data/<lang>/syntax.bin), in WebAssembly the ones the
// JavaScript side installs on first use of a language (install_pack).
#pragma once

#include <string_view>
#include <cstdint>
#include <vector>

#include "syntax/model.hpp"
#include "syntax/tree.hpp"
#include "text/document.hpp"

namespace saywho::syntax {

// Reads and installs `lang`'s pack from its bytes (copied), replacing any
// earlier one. Throws std::runtime_error when the bytes are no valid pack
// for that language. Thread-safe.
void install_pack(std::string_view lang, std::string_view bytes);

// The model of `lang`: the installed one, else the built-in pack read on
// first use; nullptr when there is neither. Thread-safe; the model lives for
// the rest of the process.
const Model* model_for(std::string_view lang);

// Whether a pack for `lang` is built into this binary.
bool has_builtin_pack(std::string_view lang);

// Tags and parses every sentence of `doc`. `tag_bans`, when given, holds a
// TagBan set a token (model.hpp): the tags the tagger may not give it.
Tree parse(const text::Document& doc, const Model& model, const std::vector<uint8_t>* tag_bans = nullptr);

}  // namespace saywho::syntax
