// saywho._native: the C++ core and the CLI's batch modules for Python.
// Thin on purpose: every analysis goes through the same functions as
// saywho-cli (analyze_to_json, analyze_record, run_batch), so the output is
// the CLI's byte for byte. The GIL is released while C++ works.
// The Python layer (saywho/__init__.py) turns the JSON into dicts and the
// core's refusals into saywho.SaywhoError.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "args.hpp"
#include "batch.hpp"
#include "input_text.hpp"
#include "jsonl.hpp"
#include "ordered_pool.hpp"
#include "run_batch.hpp"
#include "saywho/saywho.hpp"

namespace py = pybind11;
using namespace saywho;
using namespace saywho::cli;

namespace {

Options options_for(const std::string& lang, std::optional<std::size_t> max_bytes) {
  Options options;
  options.lang = lang;
  if (max_bytes) options.max_input_bytes = *max_bytes;
  return options;
}

Format format_named(const std::string& name) {
  if (name == "text") return Format::Text;
  if (name == "html") return Format::Html;
  if (name == "jsonl") return Format::Jsonl;
  if (name == "auto") return Format::Auto;
  throw Error(Error::Code::InvalidOptions, "unknown format '" + name + "' (text, html, jsonl or auto)");
}

// One text's outcome in analyze_many: its JSON, or the refusal's code,
// message and byte offset (raised or returned by the Python layer).
struct Outcome {
  bool ok = false;
  std::string json_or_message;
  std::string code;
  std::size_t byte_offset = 0;
};

Outcome analyze_one(const std::string& text, const Options& options) {
  try {
    return {true, analyze_to_json(text, options), "", 0};
  } catch (const Error& e) {
    return {false, e.what(), e.code_name(), e.byte_offset()};
  } catch (const std::exception& e) {
    return {false, e.what(), "internal", 0};
  }
}

py::tuple outcome_tuple(const Outcome& o) {
  return py::make_tuple(o.ok, py::str(o.json_or_message), o.code, o.byte_offset);
}

}  // namespace

PYBIND11_MODULE(_native, m) {
  m.doc() = "Saywho's C++ core (use the saywho package, not this module)";
  m.attr("version") = kVersion;

  // saywho::Error -> saywho._errors.SaywhoError(code, message, byte_offset).
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const Error& e) {
      py::object cls = py::module_::import("saywho._errors").attr("SaywhoError");
      py::object error = cls(e.code_name(), e.what(), e.byte_offset());
      PyErr_SetObject(cls.ptr(), error.ptr());
    } catch (const InputError& e) {
      py::object cls = py::module_::import("saywho._errors").attr("SaywhoError");
      py::object error = cls(e.code, e.message, 0);
      PyErr_SetObject(cls.ptr(), error.ptr());
    }
  });

  m.def("languages", &languages, "The languages with a pack.");

  m.def(
      "analyze_json",
      [](const py::bytes& text, const std::string& lang, std::optional<std::size_t> max_bytes, bool pretty) {
        std::string utf8 = text;
        Options options = options_for(lang, max_bytes);
        options.pretty = pretty;
        py::gil_scoped_release release;
        return analyze_to_json(utf8, options);
      },
      py::arg("text"), py::arg("lang") = "auto", py::arg("max_bytes") = std::nullopt, py::arg("pretty") = false,
      "UTF-8 bytes -> the analysis JSON of saywho-cli. Raises SaywhoError.");

  m.def(
      "analyze_many_json",
      [](const std::vector<std::string>& texts, const std::string& lang, std::size_t jobs,
         std::optional<std::size_t> max_bytes) {
        const Options options = options_for(lang, max_bytes);
        std::vector<Outcome> outcomes;
        outcomes.reserve(texts.size());
        {
          py::gil_scoped_release release;
          const std::size_t threads = threads_for(jobs);
          OrderedPool<Outcome> pool(threads, 16 * threads, [&](Outcome&& o) { outcomes.push_back(std::move(o)); });
          for (const std::string& text : texts) pool.submit([&text, &options] { return analyze_one(text, options); });
          pool.finish();
        }
        py::list result;
        for (const Outcome& o : outcomes) result.append(outcome_tuple(o));
        return result;
      },
      py::arg("texts"), py::arg("lang") = "auto", py::arg("jobs") = 0, py::arg("max_bytes") = std::nullopt,
      "UTF-8 byte strings -> (ok, json or message, code, byte_offset) each, in order, on `jobs` threads.");

  m.def(
      "analyze_jsonl",
      [](const py::bytes& data, const std::string& lang, std::size_t jobs, std::optional<std::size_t> max_bytes) {
        std::string input = data;
        std::ostringstream out;
        JsonlCounts counts;
        {
          py::gil_scoped_release release;
          std::istringstream in(std::move(input));
          const AnalyzeFn analyze = [](std::string_view text, const Options& o) { return analyze_to_json(text, o); };
          BatchOptions batch;
          batch.jobs = threads_for(jobs);
          counts = process_jsonl(in, out, options_for(lang, max_bytes), analyze, batch);
        }
        return py::make_tuple(py::bytes(out.str()), counts.read, counts.ok, counts.failed);
      },
      py::arg("data"), py::arg("lang") = "auto", py::arg("jobs") = 1, py::arg("max_bytes") = std::nullopt,
      "JSONL bytes -> (the CLI's JSONL output, read, ok, failed).");

  m.def(
      "prepare_text",
      [](const py::bytes& content, const std::string& format, std::optional<std::size_t> max_bytes,
         const std::string& name) {
        std::string bytes = content;
        Format f = format_named(format);
        if (f == Format::Auto) f = detect_format(name, bytes);
        return py::bytes(prepare_text(std::move(bytes), f, max_bytes));
      },
      py::arg("content"), py::arg("format") = "auto", py::arg("max_bytes") = std::nullopt, py::arg("name") = "",
      "A file's bytes -> the UTF-8 text saywho-cli analyses (HTML extracted). Raises SaywhoError.");

  m.def(
      "is_batch",
      [](const std::string& input, const std::string& format) {
        Args args;
        args.input = input;
        args.format = format_named(format);
        return is_batch(args);
      },
      py::arg("input"), py::arg("format") = "auto");

  m.def(
      "run_batch",
      [](const std::string& input, const std::string& format, const std::string& lang,
         std::optional<std::size_t> max_bytes, std::size_t jobs) {
        Args args;
        args.input = input;
        args.format = format_named(format);
        args.lang = lang;
        args.max_bytes = max_bytes;
        args.jobs = jobs;
        JsonlCounts counts;
        {
          py::gil_scoped_release release;
          counts = run_batch(args, std::cout);
          std::cout.flush();
        }
        return py::make_tuple(counts.read, counts.ok, counts.failed);
      },
      py::arg("input"), py::arg("format") = "auto", py::arg("lang") = "auto", py::arg("max_bytes") = std::nullopt,
      py::arg("jobs") = 0,
      "saywho-cli's batch mode, writing to standard output: -> (read, ok, failed). Raises SaywhoError.");
}
