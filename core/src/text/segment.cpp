// segment(): paragraphs -> quotation marks (per paragraph) -> sentences ->
// tokens. Quotes are paired before sentences so that a closing mark ICU put
// at the start of the next sentence can be moved back.
#include <algorithm>

#include "text/document.hpp"
#include "text/paragraphs.hpp"
#include "text/quote_pairing.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"

namespace saywho::text {
namespace {

std::vector<ByteSpan> closing_marks(const std::vector<QuoteSpan>& quotes) {
  std::vector<ByteSpan> marks;
  for (const QuoteSpan& q : quotes)
    if (q.closed && !q.close_mark.empty()) marks.push_back(q.close_mark);
  return marks;
}

std::vector<ByteSpan> all_marks(const std::vector<QuoteSpan>& quotes) {
  std::vector<ByteSpan> marks = closing_marks(quotes);
  for (const QuoteSpan& q : quotes) marks.push_back(q.open_mark);
  return marks;
}

}  // namespace

Document segment(std::string_view text, std::string_view lang) {
  Document doc;
  doc.text = text;
  doc.lang = std::string(lang);
  const std::vector<ByteSpan> paragraphs = split_paragraphs(text);
  doc.quotes = pair_quotes(text, paragraphs);

  const SentenceSplitter splitter(text, lang, closing_marks(doc.quotes));
  Tokenizer tokenizer(text, lang, all_marks(doc.quotes));
  for (const ByteSpan& span : paragraphs) {
    const auto paragraph_index = static_cast<uint32_t>(doc.paragraphs.size());
    Paragraph para{span, static_cast<uint32_t>(doc.sentences.size()), 0};
    for (const ByteSpan& sentence_span : splitter.split(span)) {
      const auto sentence_index = static_cast<uint32_t>(doc.sentences.size());
      Sentence sentence{sentence_span, paragraph_index, static_cast<uint32_t>(doc.tokens.size()), 0};
      tokenizer.tokenize(sentence_span, sentence_index, doc.tokens);
      sentence.end_token = static_cast<uint32_t>(doc.tokens.size());
      doc.sentences.push_back(sentence);
    }
    para.end_sentence = static_cast<uint32_t>(doc.sentences.size());
    doc.paragraphs.push_back(para);
  }
  return doc;
}

}  // namespace saywho::text
