// The four things Saywho highlights, and where each one comes from in an
// analysis (the JSON of shared/eval/SCHEMA.md). Shared by the demo page and
// the extension; the colours here and in styles.css must stay the same
// (tests/browser/demo-ui.test.mjs checks it).
//
// Palette: Okabe–Ito hues, which stay distinct for the common colour-vision
// deficiencies. Highlights use a light tint of each hue as background (dark
// text on it keeps AA contrast) plus a distinct underline style in a darker
// 'ink' shade, so no category is told apart by colour alone.

/** Prefix of every highlight name registered in CSS.highlights. */
export const HIGHLIGHT_PREFIX = 'saywho-';

/**
 * Categories in drawing priority order, lowest first: a charge inside a quote
 * must stay visible over the quote it sits in.
 */
export const CATEGORIES = Object.freeze([
  Object.freeze({
    key: 'quote',
    label: 'Quote',
    description: 'What a source says (direct, indirect, mixed or "according to")',
    hue: '#56B4E9', // Okabe–Ito sky blue
    ink: '#0072B2', // darker shade for underlines and borders (3:1 on white and tint)
    tint: '#D4ECFA',
    underline: 'none',
    priority: 1,
  }),
  Object.freeze({
    key: 'report',
    label: 'Report',
    description: 'A cited document: its mentions and title',
    hue: '#009E73', // Okabe–Ito bluish green
    ink: '#00664A',
    tint: '#C2E8DA',
    underline: 'dotted',
    priority: 2,
  }),
  Object.freeze({
    key: 'speaker',
    label: 'Speaker',
    description: 'Who says it: the names and pronouns of a source',
    hue: '#E69F00', // Okabe–Ito orange
    ink: '#8F5F00',
    tint: '#FBE3B0',
    underline: 'solid',
    priority: 3,
  }),
  Object.freeze({
    key: 'accusation',
    label: 'Accusation',
    description: 'What someone is accused of',
    hue: '#D55E00', // Okabe–Ito vermillion
    ink: '#A34400',
    tint: '#F8D0B8',
    underline: 'wavy',
    priority: 4,
  }),
]);

export const CATEGORY_KEYS = Object.freeze(CATEGORIES.map((c) => c.key));

/** The CSS.highlights name of a category, e.g. "saywho-quote". */
export function highlightName(categoryKey) {
  return HIGHLIGHT_PREFIX + categoryKey;
}

export function categoryByKey(key) {
  return CATEGORIES.find((c) => c.key === key) ?? null;
}

/** True for a well-formed span: integer offsets, start < end. */
function isSpan(span) {
  return (
    span != null &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start < span.end
  );
}

function asArray(value) {
  return Array.isArray(value) ? value : [];
}

/**
 * Every highlightable span of an analysis, with the item it belongs to:
 *   quote       quote contents                     item: the quote
 *   speaker     every mention of an entity that    item: the entity
 *               speaks (a quote speaker) or
 *               accuses, plus quotes'
 *               speaker_mention not among them     item: the quote
 *   accusation  accusation charges                 item: the accusation
 *   report      report mentions and titles         item: the report
 * Returns [{category, start, end, item}] sorted by start (then longer first).
 * Malformed spans are skipped, never thrown on: the host draws what it can.
 * Spans are not checked against the text length; the host does that when it
 * turns them into DOM ranges.
 */
export function spansOf(analysis) {
  if (analysis == null || typeof analysis !== 'object') return [];
  const spans = [];
  const seen = new Set();
  const add = (category, span, item) => {
    if (!isSpan(span)) return;
    const key = `${category}:${span.start}:${span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    spans.push({ category, start: span.start, end: span.end, item });
  };

  const quotes = asArray(analysis.quotes);
  const accusations = asArray(analysis.accusations);
  const entities = asArray(analysis.entities);

  for (const quote of quotes) add('quote', quote?.content, quote);

  const speakingIds = new Set();
  for (const quote of quotes) if (typeof quote?.speaker === 'string') speakingIds.add(quote.speaker);
  for (const acc of accusations) if (typeof acc?.accuser === 'string') speakingIds.add(acc.accuser);
  for (const entity of entities) {
    if (!speakingIds.has(entity?.id)) continue;
    for (const mention of asArray(entity.mentions)) add('speaker', mention, entity);
  }
  // A speaker mention the entity list does not hold (e.g. a pronoun the
  // engine did not add to the entity) still deserves a highlight.
  for (const quote of quotes) add('speaker', quote?.speaker_mention, quote);

  for (const acc of accusations) add('accusation', acc?.charge, acc);

  for (const report of asArray(analysis.reports)) {
    for (const mention of asArray(report?.mentions)) add('report', mention, report);
    add('report', report?.title, report);
  }

  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
}
