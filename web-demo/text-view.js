// The demo's highlighted text: one element holding the article as a single
// text node, so an analysis offset (UTF-16 units, i.e. JS string indices) is
// directly a DOM offset in that node.

/** Shows `text` in `element` (one text node); returns the node, or null if empty. */
export function showText(element, text) {
  element.textContent = text;
  return element.firstChild;
}

/**
 * Turns spans from ui/categories.js spansOf() into DOM Ranges over textNode:
 * {byCategory: {quote: [{range, item}], …}, skipped}. A span whose offsets
 * fall outside the text or do not give its own text is skipped (counted), so
 * a faulty analysis never draws on the wrong words.
 */
export function rangesFromSpans(textNode, text, spans) {
  const byCategory = {};
  let skipped = 0;
  for (const span of spans) {
    const expected = span.item && spanTextOf(span);
    if (!textNode || span.end > text.length || (expected != null && text.slice(span.start, span.end) !== expected)) {
      skipped += 1;
      continue;
    }
    const range = document.createRange();
    range.setStart(textNode, span.start);
    range.setEnd(textNode, span.end);
    (byCategory[span.category] ??= []).push({ range, item: span.item });
  }
  return { byCategory, skipped };
}

// The text the analysis gives for a span, when it can be found: spans carry
// their text ({start, end, text}); spansOf keeps only offsets, so look the
// span up in its item.
function spanTextOf(span) {
  for (const candidate of candidateSpans(span.item)) {
    if (candidate && candidate.start === span.start && candidate.end === span.end) {
      return typeof candidate.text === 'string' ? candidate.text : null;
    }
  }
  return null;
}

function candidateSpans(item) {
  const spans = [item.content, item.speaker_mention, item.charge, item.title];
  if (Array.isArray(item.mentions)) spans.push(...item.mentions);
  return spans;
}
