// HTML -> text for `saywho-cli --format html`: the article's text, one
// paragraph per line, markup and scripts gone, references decoded.
#include <catch2/catch.hpp>

#include <string>

#include "html_text.hpp"

using saywho::cli::html_to_text;
using saywho::cli::looks_like_html;

TEST_CASE("paragraphs of a news page, head and scripts dropped", "[cli][html]") {
  const std::string page = R"(<!DOCTYPE html>
<html><head><title>Le Courrier</title><meta charset="utf-8">
<style>p { color: red; }</style><script>var a = "<p>non</p>";</script></head>
<body><!-- menu --><nav>Accueil</nav>
<article><h1>La mairie de Villebrune ferme</h1>
<p>Le maire, <b>Paul   Garnier</b>, a déclaré&nbsp;: &laquo;&#160;C&rsquo;est fini&#xA0;&raquo;.</p>
<p>Les habitants
   protestent.<br>Une pétition circule.</p>
<noscript><p>Activez JavaScript</p></noscript>
<template><p>modèle</p></template>
</article></body></html>)";
  CHECK(html_to_text(page) ==
        "Accueil\n"
        "La mairie de Villebrune ferme\n"
        "Le maire, Paul Garnier, a déclaré\xC2\xA0: «\xC2\xA0" "C’est fini\xC2\xA0».\n"
        "Les habitants protestent.\n"
        "Une pétition circule.");
}

TEST_CASE("a head without a closing tag ends at body", "[cli][html]") {
  CHECK(html_to_text("<html><head><title>Titre</title><body><p>Texte.</p>") == "Texte.");
}

TEST_CASE("character references, known and unknown", "[cli][html]") {
  CHECK(html_to_text("<p>A &amp; B &lt;3 &quot;ok&quot; &eacute;t&eacute; &#8364; &#x1F600; &#150;</p>") ==
        "A & B <3 \"ok\" été € \xF0\x9F\x98\x80 –");
  CHECK(html_to_text("<p>&unknown; &amp &#; &#0; &#xD800; &#99999999;</p>") ==
        "&unknown; &amp &#; \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD");
}

TEST_CASE("attributes holding > and stray < stay safe", "[cli][html]") {
  CHECK(html_to_text("<p title=\"a > b\" data-x='<p>'>Un texte</p><p>3 < 4 et 5 > 2</p>") ==
        "Un texte\n3 < 4 et 5 > 2");
}

TEST_CASE("malformed pages never swallow text or crash", "[cli][html]") {
  CHECK(html_to_text("<p>Avant</p><script>alert(1)") == "Avant");  // unclosed script: the rest is script
  CHECK(html_to_text("<p>Avant</p><svg><p>Après</p>") == "Avant\nAprès");  // unclosed svg: tag ignored
  CHECK(html_to_text("<p>Fin <!-- commentaire jamais fermé") == "Fin");
  CHECK(html_to_text("<p>Tag jamais fermé <a href=\"x") == "Tag jamais fermé");
  CHECK(html_to_text("").empty());
  std::string many;
  for (int i = 0; i < 10000; ++i) many += "<svg>x";
  CHECK(html_to_text(many) == std::string(10000, 'x'));  // each unclosed <svg> ignored
}

TEST_CASE("white space collapses inside a paragraph, no-break spaces stay", "[cli][html]") {
  CHECK(html_to_text("<div>\n  Un\t\tdeux \r\n trois\xC2\xA0quatre  </div>") == "Un deux trois\xC2\xA0quatre");
}

TEST_CASE("what looks like HTML", "[cli][html]") {
  CHECK(looks_like_html("<!DOCTYPE html><html>"));
  CHECK(looks_like_html("  \n<p>Bonjour</p>"));
  CHECK(looks_like_html("\xEF\xBB\xBF<html>"));
  CHECK_FALSE(looks_like_html("Le maire a dit <non>."));
  CHECK_FALSE(looks_like_html("< 3 personnes"));
  CHECK_FALSE(looks_like_html(""));
}
