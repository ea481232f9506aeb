// Plain text out of an HTML page, for `saywho-cli analyze --format html`:
// the page is never analysed as markup.
#pragma once

#include <string>
#include <string_view>

namespace saywho::cli {

// Drops script, style, noscript, template, head (and svg, iframe) with their
// content and every comment; block elements and <br> end a paragraph (one
// paragraph per output line); character references are decoded; white space
// runs inside a paragraph become one space (no-break spaces are kept).
// Linear in the size of the page; never throws on malformed markup.
std::string html_to_text(std::string_view html);

// True when `content` looks like HTML: its first visible character is '<'
// and a tag follows ("<!doctype", "<html", "<p>", "</div>" …).
bool looks_like_html(std::string_view content);

}  // namespace saywho::cli
