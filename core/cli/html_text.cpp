#include "html_text.hpp"

#include <algorithm>
#include <iterator>
#include <map>

#include "html_entities.hpp"

namespace saywho::cli {
namespace {

// Elements whose content is never article text.
constexpr std::string_view kDropped[] = {"script", "style",  "noscript", "template",
                                                      "head",   "svg",    "iframe",   "object"};
// Elements that start or end a block: a paragraph break in the output.
constexpr std::string_view kBlocks[] = {
    "p",       "div",        "br",      "li",     "ul",      "ol",     "h1",       "h2",
    "h3",      "h4",         "h5",      "h6",     "blockquote", "section", "article", "header",
    "footer",  "aside",      "nav",     "main",   "figure",  "figcaption", "table", "tr",
    "td",      "th",         "thead",   "tbody",  "dl",      "dt",     "dd",       "pre",
    "hr",      "address",    "form",    "fieldset", "details", "summary", "title", "body",
    "caption", "option",     "legend",  "html"};

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool contains(const auto& list, std::string_view name) {
  return std::find(std::begin(list), std::end(list), name) != std::end(list);
}

// Case-insensitive search for ASCII `needle` (lower case) from `from`.
std::size_t find_ci(std::string_view hay, std::string_view needle, std::size_t from) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
    if (lower(hay[i]) != needle[0]) continue;
    std::size_t k = 1;
    while (k < needle.size() && lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// One tag: "<name attr='x'>", "</name>", "<br/>".
struct Tag {
  std::string name;  // lower case
  bool closing = false;
  bool self_closing = false;
  std::size_t end = 0;  // one past '>'
};

// Reads the tag at html[pos] == '<' followed by a letter or '/'. Quoted
// attribute values may hold '>'.
Tag read_tag(std::string_view html, std::size_t pos) {
  Tag tag;
  std::size_t i = pos + 1;
  if (i < html.size() && html[i] == '/') {
    tag.closing = true;
    ++i;
  }
  while (i < html.size() && (is_ascii_alpha(html[i]) || (html[i] >= '0' && html[i] <= '9') || html[i] == '-'))
    tag.name.push_back(lower(html[i++]));
  char quote = 0;
  for (; i < html.size(); ++i) {
    const char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      tag.self_closing = i > pos && html[i - 1] == '/';
      tag.end = i + 1;
      return tag;
    }
  }
  tag.end = html.size();  // an unterminated tag swallows the rest, as browsers do
  return tag;
}

class TextBuilder {
 public:
  void text_char(char c) {
    if (is_html_space(c)) {
      pending_space_ = !paragraph_.empty();
      return;
    }
    if (pending_space_) paragraph_.push_back(' ');
    pending_space_ = false;
    paragraph_.push_back(c);
  }
  void text(std::string_view s) {
    for (char c : s) text_char(c);
  }
  void paragraph_break() {
    if (!paragraph_.empty()) {
      if (!out_.empty()) out_.push_back('\n');
      out_ += paragraph_;
    }
    paragraph_.clear();
    pending_space_ = false;
  }
  std::string finish() {
    paragraph_break();
    return std::move(out_);
  }

 private:
  std::string out_;
  std::string paragraph_;
  bool pending_space_ = false;
};

}  // namespace

bool looks_like_html(std::string_view content) {
  std::size_t i = 0;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // a BOM
  while (i < content.size() && is_html_space(content[i])) ++i;
  if (i + 1 >= content.size() || content[i] != '<') return false;
  const char next = content[i + 1];
  return is_ascii_alpha(next) || next == '!' || next == '/' || next == '?';
}

std::string html_to_text(std::string_view html) {
  TextBuilder out;
  // Names whose closing tag is known to be absent after some position: a
  // page of 10,000 unclosed <svg> must not be searched 10,000 times.
  std::map<std::string, std::size_t, std::less<>> absent_after;
  std::size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '&') {
      std::string decoded;
      const std::size_t used = decode_entity(html, i, decoded);
      if (used > 0) {
        out.text(decoded);
        i += used;
      } else {
        out.text_char(c);
        ++i;
      }
      continue;
    }
    if (c != '<' || i + 1 >= html.size()) {
      out.text_char(c);
      ++i;
      continue;
    }
    const char next = html[i + 1];
    if (html.compare(i, 4, "<!--") == 0) {  // a comment
      const std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (next == '!' || next == '?') {  // doctype, CDATA, processing instruction
      const std::size_t end = html.find('>', i);
      i = end == std::string_view::npos ? html.size() : end + 1;
      continue;
    }
    if (!is_ascii_alpha(next) && next != '/') {  // "a < b": just text
      out.text_char(c);
      ++i;
      continue;
    }
    const Tag tag = read_tag(html, i);
    i = tag.end;
    if (contains(kBlocks, tag.name)) out.paragraph_break();
    if (tag.closing || tag.self_closing || !contains(kDropped, tag.name)) continue;
    // A dropped element: skip to its closing tag. <head> often has none:
    // <body> ends it too.
    const auto known = absent_after.find(tag.name);
    std::size_t end = known != absent_after.end() && known->second <= i
                          ? std::string_view::npos
                          : find_ci(html, "</" + tag.name, i);
    if (end == std::string_view::npos) absent_after[tag.name] = i;
    if (tag.name == "head") end = std::min(end, find_ci(html, "<body", i));
    if (end == std::string_view::npos) {
      // An unclosed script or style hides the rest of the page; an unclosed
      // head, noscript, template, svg … only its own tag.
      if (tag.name == "script" || tag.name == "style") i = html.size();
      continue;
    }
    i = end;  // the closing tag itself is read on the next turn
  }
  return out.finish();
}

}  // namespace saywho::cli
