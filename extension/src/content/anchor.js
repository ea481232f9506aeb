// Anchoring: turns offsets in the collected text back into live DOM Ranges
// through the segment map built by collect-text.js. A span becomes one Range
// per text node it covers, so text the collection skipped (an aside or an
// advert between two paragraphs) is never highlighted with it. A span whose
// nodes have left the document gives no ranges rather than wrong ones.

// Index of the last segment whose start is <= position (binary search).
function segmentIndexAt(segments, position) {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments[mid].start <= position) { found = mid; low = mid + 1; } else { high = mid - 1; }
  }
  return found;
}

// Offset inside the segment's text node of text position `position`
// (start <= position <= end).
function nodeOffset(segment, position) {
  const index = position - segment.start;
  if (!segment.offsets) return index;
  if (index >= segment.offsets.length) {
    // Just past the last kept character: one past its offset in the node.
    return segment.offsets[segment.offsets.length - 1] + 1;
  }
  return segment.offsets[index];
}

/**
 * Ranges covering text[start, end) of a collection, one per text node, in
 * document order; [] when the span is empty, out of bounds, or its nodes
 * changed.
 */
export function rangesForSpan(collected, start, end) {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > collected.text.length || end <= start) {
    return [];
  }
  const { segments } = collected;
  const ranges = [];
  let index = Math.max(0, segmentIndexAt(segments, start));
  for (; index < segments.length && segments[index].start < end; index++) {
    const segment = segments[index];
    const from = Math.max(start, segment.start);
    const to = Math.min(end, segment.end);
    if (to <= from) continue;
    const { node } = segment;
    if (!node.isConnected) return [];
    const range = document.createRange();
    try {
      range.setStart(node, nodeOffset(segment, from));
      range.setEnd(node, nodeOffset(segment, to));
    } catch {
      return []; // The node's text changed under us.
    }
    ranges.push(range);
  }
  return ranges;
}

const squeeze = (text) => text.replace(/\s+/g, '');

/**
 * Anchors highlight spans (from ui/categories.js spansOf): each gets the
 * ranges of its text. A span is kept only when its ranges read the text the
 * engine analysed (whitespace aside): if the page edited those nodes since
 * the collection, it is dropped, and the page watcher's re-run redraws it.
 * @returns {Array<{category: string, start: number, end: number, item: object, ranges: Range[]}>}
 */
export function anchorSpans(collected, spans) {
  const anchored = [];
  for (const span of spans) {
    const ranges = rangesForSpan(collected, span.start, span.end);
    if (ranges.length === 0) continue;
    const live = ranges.map((range) => range.toString()).join('');
    if (squeeze(live) !== squeeze(collected.text.slice(span.start, span.end))) continue;
    anchored.push({ ...span, ranges });
  }
  return anchored;
}
