// The C ABI of the wasm module: what saywho.mjs calls. Plain functions over
// wasm memory (no embind): the caller copies UTF-8 text in with saywho_alloc,
// gets back a SaywhoBuffer holding JSON, reads it and frees it.
//
// Nothing here may abort the module: every exception (saywho::Error, bad_alloc,
// anything else) becomes an error JSON
//   {"error":{"code":"input_too_large","message":"...","byteOffset":0,"language":null}}
// with is_error set, so the module stays usable after a refused input.
#include <malloc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "html_text.hpp"
#include "output/text_json.hpp"
#include "saywho/saywho.hpp"
#include "text/document.hpp"
#include "text/utf8.hpp"

extern "C" {

// A JSON answer in wasm memory. JS reads the three 32-bit fields at the
// struct's address: data pointer, size in bytes, and whether it is an error.
struct SaywhoBuffer {
  char* data;
  uint32_t size;
  uint32_t is_error;
};

}  // extern "C"

namespace {

SaywhoBuffer* make_buffer(std::string_view json, bool is_error) noexcept {
  auto* buffer = static_cast<SaywhoBuffer*>(std::malloc(sizeof(SaywhoBuffer)));
  if (buffer == nullptr) return nullptr;
  buffer->data = static_cast<char*>(std::malloc(json.size() + 1));
  if (buffer->data == nullptr) {
    std::free(buffer);
    return nullptr;
  }
  std::memcpy(buffer->data, json.data(), json.size());
  buffer->data[json.size()] = '\0';
  buffer->size = static_cast<uint32_t>(json.size());
  buffer->is_error = is_error ? 1U : 0U;
  return buffer;
}

// An error answer. Building it may itself run out of memory: then the
// caller gets a null pointer, which saywho.mjs reports as "out_of_memory".
// `language`: for unsupported_language, the language the text seems to be
// in ("es"), "" when the engine cannot tell (JSON null).
SaywhoBuffer* error_buffer(std::string_view code, std::string_view message,
                           std::size_t byte_offset, std::string_view language = {}) noexcept {
  try {
    nlohmann::json error = {
        {"error",
         {{"code", code},
          {"message", message},
          {"byteOffset", byte_offset},
          {"language", language.empty() ? nlohmann::json(nullptr) : nlohmann::json(language)}}}};
    // Replace rather than throw on bytes that are not UTF-8 in a message.
    return make_buffer(error.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), true);
  } catch (...) {
    return nullptr;
  }
}

// Runs `produce` (which returns the answer's JSON) and turns every failure
// into an error answer.
template <typename Produce>
SaywhoBuffer* answer(Produce&& produce) noexcept {
  try {
    const std::string json = produce();
    SaywhoBuffer* buffer = make_buffer(json, false);
    return buffer != nullptr ? buffer : error_buffer("out_of_memory", "out of memory", 0);
  } catch (const saywho::Error& e) {
    return error_buffer(e.code_name(), e.what(), e.byte_offset(), e.language());
  } catch (const std::bad_alloc&) {
    return error_buffer("out_of_memory", "out of memory", 0);
  } catch (const std::exception& e) {
    return error_buffer("internal", e.what(), 0);
  } catch (...) {
    return error_buffer("internal", "unknown internal error", 0);
  }
}

std::string_view view(const char* utf8, std::size_t length) {
  return utf8 == nullptr ? std::string_view{} : std::string_view{utf8, length};
}

saywho::Options make_options(const char* lang, std::size_t max_bytes, int pretty) {
  saywho::Options options;
  options.pretty = pretty != 0;
  if (lang != nullptr) options.lang = lang;
  if (max_bytes != 0) options.max_input_bytes = max_bytes;
  return options;
}

}  // namespace

extern "C" {

// Memory for the caller's input (and the 4-byte scratch it may need).
void* saywho_alloc(std::size_t size) { return std::malloc(size); }
void saywho_free(void* pointer) { std::free(pointer); }

void saywho_buffer_free(SaywhoBuffer* buffer) {
  if (buffer == nullptr) return;
  std::free(buffer->data);
  std::free(buffer);
}

// The analysis JSON of shared/eval/SCHEMA.md for `length` bytes of UTF-8 at
// `utf8`. `lang`: "auto", "fr" or "en" (null means "auto"). `max_bytes`: the
// largest input accepted, 0 for the core's default. `pretty`: indented JSON.
SaywhoBuffer* saywho_analyze(const char* utf8, std::size_t length, const char* lang,
                             std::size_t max_bytes, int pretty) {
  return answer([&] {
    return saywho::analyze_to_json(view(utf8, length), make_options(lang, max_bytes, pretty));
  });
}

// The text layer's JSON dump (paragraphs, sentences, tokens, quote marks),
// the same as `saywho-cli segment`: for the wasm/native parity tests.
SaywhoBuffer* saywho_segment(const char* utf8, std::size_t length, const char* lang,
                             std::size_t max_bytes, int pretty) {
  return answer([&] {
    const std::string_view text = view(utf8, length);
    const saywho::Options options = make_options(lang, max_bytes, pretty);
    if (text.size() > options.max_input_bytes) {
      throw saywho::Error(saywho::Error::Code::InputTooLarge,
                          "input of " + std::to_string(text.size()) +
                              " bytes is larger than the limit of " +
                              std::to_string(options.max_input_bytes) + " bytes");
    }
    if (auto problem = saywho::text::find_invalid_utf8(text)) {
      throw saywho::Error(saywho::Error::Code::InvalidUtf8, problem->message,
                          problem->byte_offset);
    }
    if (options.lang != "fr" && options.lang != "en") {
      throw saywho::Error(saywho::Error::Code::UnknownLanguage,
                          "segment needs a language, 'fr' or 'en' (got '" + options.lang + "')");
    }
    return saywho::output::document_to_json(saywho::text::segment(text, options.lang),
                                            options.pretty);
  });
}

// The text of an HTML page (UTF-8 in, UTF-8 out, not JSON): the native CLI's
// extraction (`--format html`), one paragraph a line.
SaywhoBuffer* saywho_html_to_text(const char* utf8, std::size_t length, std::size_t max_bytes) {
  return answer([&] {
    const std::string_view html = view(utf8, length);
    if (max_bytes != 0 && html.size() > max_bytes) {
      throw saywho::Error(saywho::Error::Code::InputTooLarge,
                          "HTML of " + std::to_string(html.size()) +
                              " bytes is larger than the limit of " + std::to_string(max_bytes) +
                              " bytes");
    }
    if (auto problem = saywho::text::find_invalid_utf8(html)) {
      throw saywho::Error(saywho::Error::Code::InvalidUtf8, problem->message,
                          problem->byte_offset);
    }
    return saywho::cli::html_to_text(html);
  });
}

// Installs `lang`'s syntax pack from `length` bytes at `bytes` (the content
// of saywho-syntax-<lang>.bin; copied, so the caller frees its buffer right
// after). The answer is {"lang":"fr"}, or an error JSON (invalid_pack when
// the bytes are no pack for that language). A language's analyses need its
// pack: the wasm build carries none, so the JS side loads each on first use.
SaywhoBuffer* saywho_load_syntax_pack(const char* lang, const char* bytes, std::size_t length) {
  return answer([&] {
    const std::string code = lang == nullptr ? std::string{} : std::string(lang);
    saywho::load_syntax_pack(code, view(bytes, length));
    return nlohmann::json({{"lang", code}}).dump();
  });
}

// 1 when `lang`'s syntax pack is loaded, else 0.
int saywho_syntax_pack_loaded(const char* lang) {
  try {
    return lang != nullptr && saywho::syntax_pack_loaded(lang) ? 1 : 0;
  } catch (...) {
    return 0;
  }
}

// The language lang "auto" would analyse `length` bytes of UTF-8 at `utf8`
// in, as plain text ("fr", "en"): the JS side loads that language's syntax
// pack before it analyses. The same input checks as saywho_analyze.
SaywhoBuffer* saywho_detect_language(const char* utf8, std::size_t length, std::size_t max_bytes) {
  return answer([&] {
    saywho::Options options;
    if (max_bytes != 0) options.max_input_bytes = max_bytes;
    return saywho::language_of(view(utf8, length), options);
  });
}

// Static strings: never freed.
const char* saywho_version() { return saywho::kVersion; }

// The language packs as a JSON array, e.g. ["en","fr"]. Built once.
const char* saywho_languages() {
  static const std::string languages = [] {
    try {
      return nlohmann::json(saywho::languages()).dump();
    } catch (...) {
      return std::string("[]");
    }
  }();
  return languages.c_str();
}

// Bytes currently allocated by malloc: the memory-stability test reads it
// before and after many analyses (a leak makes it grow).
std::size_t saywho_heap_in_use() {
  return static_cast<std::size_t>(mallinfo().uordblks);
}

}  // extern "C"
