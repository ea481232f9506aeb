// Draws analysis spans with the CSS Custom Highlight API: no DOM change to
// the page, so it is safe on any site. The host turns spans into DOM Ranges
// (the demo over its own text element, the extension through its text→DOM
// anchoring) and hands them here, each with the analysis item it shows.

import { CATEGORIES, categoryByKey, highlightName } from './categories.js';

const FOCUS_NAME = 'saywho-focus';
const FLASH_NAME = 'saywho-flash';
const FLASH_MS = 1200;

/** Every drawn range: [{category, range, item}], in the order given. */
let entries = [];
let flashTimer = null;

/** True when this browser has the CSS Custom Highlight API. */
export function highlightsSupported() {
  return typeof CSS !== 'undefined' && CSS.highlights != null && typeof Highlight === 'function';
}

function toEntry(category, value) {
  if (value instanceof Range) return { category, range: value, item: null };
  if (value && value.range instanceof Range) return { category, range: value.range, item: value.item ?? null };
  return null;
}

function valuesOf(rangesByCategory) {
  if (rangesByCategory instanceof Map) return [...rangesByCategory.entries()];
  return Object.entries(rangesByCategory ?? {});
}

/**
 * Registers one Highlight per category, replacing what was drawn before.
 * rangesByCategory: {quote: [...], speaker: [...], ...} (object or Map),
 * each value a list of Range or {range, item}. Unknown categories are
 * ignored. Returns false when the browser lacks the API (nothing drawn,
 * but itemsAtPoint and rangesOfItem still work on the geometry).
 */
export function applyHighlights(rangesByCategory) {
  clearHighlights();
  for (const [category, list] of valuesOf(rangesByCategory)) {
    if (!categoryByKey(category) || !Array.isArray(list)) continue;
    for (const value of list) {
      const entry = toEntry(category, value);
      if (entry) entries.push(entry);
    }
  }
  if (!highlightsSupported()) return false;
  for (const category of CATEGORIES) {
    const ranges = entries.filter((e) => e.category === category.key).map((e) => e.range);
    if (ranges.length === 0) continue;
    const highlight = new Highlight(...ranges);
    highlight.priority = category.priority;
    CSS.highlights.set(highlightName(category.key), highlight);
  }
  return true;
}

/** Removes every Saywho highlight (and the focus and flash marks). */
export function clearHighlights() {
  entries = [];
  if (flashTimer !== null) clearTimeout(flashTimer);
  flashTimer = null;
  if (!highlightsSupported()) return;
  for (const category of CATEGORIES) CSS.highlights.delete(highlightName(category.key));
  CSS.highlights.delete(FOCUS_NAME);
  CSS.highlights.delete(FLASH_NAME);
}

/** The drawn entries, sorted in document order (for keyboard navigation). */
export function drawnEntries() {
  return [...entries].sort((a, b) => {
    const c = a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
    return c !== 0 ? c : b.range.compareBoundaryPoints(Range.END_TO_END, a.range);
  });
}

/** The ranges drawn for an analysis item (quote, entity, accusation, report). */
export function rangesOfItem(item) {
  return entries.filter((e) => e.item === item).map((e) => e.range);
}

function rangeContainsPoint(range, x, y) {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

function byPriorityDesc(a, b) {
  return (categoryByKey(b.category)?.priority ?? 0) - (categoryByKey(a.category)?.priority ?? 0);
}

/**
 * The drawn entries under a viewport point, the top-drawn category first:
 * [{category, range, item}]. Uses CSS.highlights.highlightsFromPoint when the
 * browser has it, else the ranges' client rectangles.
 */
export function itemsAtPoint(x, y) {
  if (entries.length === 0) return [];
  let hits = null;
  if (highlightsSupported() && typeof CSS.highlights.highlightsFromPoint === 'function') {
    hits = hitsFromBrowser(x, y);
  }
  if (hits === null) hits = entries.filter((e) => rangeContainsPoint(e.range, x, y));
  return hits.sort(byPriorityDesc);
}

// highlightsFromPoint returns [{highlight, ranges}] (current spec) or, in
// early versions, bare Highlight objects: handle both, and fall back to the
// geometry for the ranges of a bare Highlight.
function hitsFromBrowser(x, y) {
  let results;
  try {
    results = CSS.highlights.highlightsFromPoint(x, y);
  } catch {
    return null;
  }
  const hits = [];
  for (const result of results) {
    const highlight = result instanceof Highlight ? result : result?.highlight;
    const category = CATEGORIES.find((c) => CSS.highlights.get(highlightName(c.key)) === highlight);
    if (!category) continue;
    const ranges = Array.isArray(result?.ranges) ? new Set(result.ranges) : null;
    for (const e of entries) {
      if (e.category !== category.key) continue;
      if (ranges ? ranges.has(e.range) : rangeContainsPoint(e.range, x, y)) hits.push(e);
    }
  }
  return hits;
}

/** Marks one range as the keyboard focus (null to clear). */
export function setFocusRange(range) {
  if (!highlightsSupported()) return;
  if (!range) {
    CSS.highlights.delete(FOCUS_NAME);
    return;
  }
  const highlight = new Highlight(range);
  highlight.priority = 10;
  CSS.highlights.set(FOCUS_NAME, highlight);
}

/** Flashes ranges briefly, to show where a panel item sits in the text. */
export function flashRanges(ranges) {
  if (!highlightsSupported() || ranges.length === 0) return;
  if (flashTimer !== null) clearTimeout(flashTimer);
  const highlight = new Highlight(...ranges);
  highlight.priority = 11;
  CSS.highlights.set(FLASH_NAME, highlight);
  flashTimer = setTimeout(() => {
    CSS.highlights.delete(FLASH_NAME);
    flashTimer = null;
  }, FLASH_MS);
}

function scrollableAncestor(node) {
  for (let el = node instanceof Element ? node : node?.parentElement; el; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight) return el;
  }
  return null;
}

/**
 * Scrolls the nearest scrolling box (or the window) so the range is centred.
 * Instant, not smooth: the second step measures where the first one left
 * the range, and users who prefer reduced motion get no animation.
 */
export function scrollRangeIntoView(range) {
  const box = scrollableAncestor(range.commonAncestorContainer);
  if (box) {
    const rect = range.getBoundingClientRect();
    const boxRect = box.getBoundingClientRect();
    box.scrollTop += rect.top - boxRect.top - box.clientHeight / 2 + rect.height / 2;
  }
  // The box itself may be off screen: bring the range into the window too.
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > window.innerHeight) {
    window.scrollBy(0, rect.top - window.innerHeight / 2 + rect.height / 2);
  }
}
