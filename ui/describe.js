// Pure functions turning an analysis item into the text of its card or panel
// entry. No DOM here, so Node tests and the terminal summary use them too.
// Items are the objects of the analysis JSON (shared/eval/SCHEMA.md).

const MAX_EXCERPT = 160;
const MAX_DESCRIPTION = 40;

const QUOTE_TYPE_LABELS = {
  direct: 'direct quote',
  indirect: 'indirect quote',
  mixed: 'mixed quote',
  according: '"according to" quote',
};

/** Cuts text to `max` characters at a word boundary, adding "…". */
export function truncate(text, max) {
  const s = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  const base = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return base.replace(/[\s,;:.]+$/, '') + '…';
}

/**
 * What an item is: 'quote', 'accusation', 'report', 'entity' or null.
 * The analysis has no type field; ids carry a prefix (Q1, A1, R1, E1) and
 * each kind has its own fields, which we fall back on.
 */
export function itemKind(item) {
  if (item == null || typeof item !== 'object') return null;
  const prefix = typeof item.id === 'string' ? item.id[0] : '';
  if (prefix === 'Q' || 'content' in item) return 'quote';
  if (prefix === 'A' || 'charge' in item) return 'accusation';
  if (prefix === 'R' || 'publishers' in item) return 'report';
  if (prefix === 'E' || 'name' in item) return 'entity';
  return null;
}

function byId(list, id) {
  if (!Array.isArray(list) || typeof id !== 'string') return null;
  return list.find((x) => x?.id === id) ?? null;
}

export function findEntity(analysis, id) {
  return byId(analysis?.entities, id);
}

export function findReport(analysis, id) {
  return byId(analysis?.reports, id);
}

function spanText(span) {
  return typeof span?.text === 'string' ? span.text : '';
}

function formatConfidence(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(2) : null;
}

/** "Lin Jian (porte-parole du ministère…)": the name and its first description. */
export function entityLabel(entity) {
  if (!entity) return 'Unknown';
  const name = entity.name || 'Unknown';
  const description = Array.isArray(entity.descriptions) ? entity.descriptions.find((d) => d && d !== name) : null;
  return description ? `${name} (${truncate(description, MAX_DESCRIPTION)})` : name;
}

/** The report's title, or its first mention, for when a report is named. */
export function reportLabel(report) {
  if (!report) return 'Unknown report';
  const title = spanText(report.title);
  if (title) return truncate(title, 80);
  const first = Array.isArray(report.mentions) ? spanText(report.mentions[0]) : '';
  return first ? `Report (“${truncate(first, 60)}”)` : 'Untitled report';
}

/** Who a speaker / accuser id stands for: an entity, a report, or nobody. */
export function sourceLabel(analysis, id) {
  if (typeof id !== 'string') return null;
  const entity = findEntity(analysis, id);
  if (entity) return entityLabel(entity);
  const report = findReport(analysis, id);
  if (report) return reportLabel(report);
  return null;
}

function entityName(analysis, id, fallback) {
  return findEntity(analysis, id)?.name || fallback;
}

/** The one-line summary of a quote: "Lin Jian (…) — direct quote — 0.94". */
export function quoteSummary(quote, analysis) {
  const who = sourceLabel(analysis, quote?.speaker) ?? 'Unattributed';
  const parts = [who, QUOTE_TYPE_LABELS[quote?.type] ?? 'quote'];
  const confidence = formatConfidence(quote?.confidence);
  if (confidence) parts.push(confidence);
  return parts.join(' — ');
}

/** "Accusation: les Etats-Unis → le gouvernement chinois: avoir soutenu…" */
export function accusationSummary(accusation, analysis) {
  const accuser = entityName(analysis, accusation?.accuser, 'someone');
  const accused = entityName(analysis, accusation?.accused, 'someone');
  const charge = truncate(spanText(accusation?.charge), MAX_EXCERPT);
  return `Accusation: ${accuser} → ${accused}${charge ? `: ${charge}` : ''}`;
}

export function publishersOf(report, analysis) {
  const ids = Array.isArray(report?.publishers) ? report.publishers : [];
  return ids.map((id) => entityName(analysis, id, id));
}

/** The quotes an entity or a report is the speaker of, in text order. */
export function quotesBy(analysis, id) {
  const quotes = Array.isArray(analysis?.quotes) ? analysis.quotes : [];
  return quotes.filter((q) => q?.speaker === id);
}

/**
 * Card text of any item: { kind, title, lines } where title is the one-line
 * summary and lines the details, each a plain string (rendered as text).
 */
export function describeItem(item, analysis) {
  const kind = itemKind(item);
  switch (kind) {
    case 'quote':
      return describeQuote(item, analysis);
    case 'accusation':
      return describeAccusation(item, analysis);
    case 'report':
      return describeReport(item, analysis);
    case 'entity':
      return describeEntity(item, analysis);
    default:
      return { kind: null, title: 'Unknown item', lines: [] };
  }
}

export function describeQuote(quote, analysis) {
  const lines = [];
  const content = spanText(quote?.content);
  if (content) lines.push(`“${truncate(content, MAX_EXCERPT)}”`);
  const cue = spanText(quote?.cue);
  if (cue) lines.push(`Cue: ${cue}`);
  const mention = spanText(quote?.speaker_mention);
  if (mention) lines.push(`Named as: ${mention}`);
  if (quote?.reason) lines.push(`Why: ${quote.reason}`);
  return { kind: 'quote', title: quoteSummary(quote, analysis), lines };
}

export function describeAccusation(accusation, analysis) {
  const lines = [accusation?.kind === 'implicit' ? 'Implicit (inside a statement)' : 'Explicit'];
  const quote = byId(analysis?.quotes, accusation?.quote);
  const said = spanText(quote?.content);
  if (said) lines.push(`From the quote: “${truncate(said, MAX_EXCERPT)}”`);
  const cue = spanText(accusation?.cue);
  if (cue) lines.push(`Cue: ${cue}`);
  const confidence = formatConfidence(accusation?.confidence);
  if (confidence) lines.push(`Confidence: ${confidence}`);
  return { kind: 'accusation', title: accusationSummary(accusation, analysis), lines };
}

export function describeReport(report, analysis) {
  const lines = [];
  const publishers = publishersOf(report, analysis);
  lines.push(publishers.length ? `Published by ${publishers.join(', ')}` : 'Publisher not stated');
  const date = spanText(report?.date);
  if (date) lines.push(`Date: ${date}`);
  const count = quotesBy(analysis, report?.id).length;
  if (count) lines.push(`${count} statement${count > 1 ? 's' : ''} attributed to it`);
  return { kind: 'report', title: reportLabel(report), lines };
}

export function describeEntity(entity, analysis) {
  const lines = [];
  if (entity?.kind && entity.kind !== 'unknown') lines.push(entity.kind[0].toUpperCase() + entity.kind.slice(1));
  const descriptions = Array.isArray(entity?.descriptions) ? entity.descriptions : [];
  for (const d of descriptions.slice(0, 2)) lines.push(truncate(d, MAX_EXCERPT));
  const count = quotesBy(analysis, entity?.id).length;
  const accused = (Array.isArray(analysis?.accusations) ? analysis.accusations : []).filter((a) => a?.accused === entity?.id).length;
  lines.push(count === 0 && accused > 0 ? `Accused ${accused} time${accused === 1 ? '' : 's'}, never quoted` : `${count} quote${count === 1 ? '' : 's'}`);
  return { kind: 'entity', title: entity?.name || 'Unknown', lines };
}

/**
 * A plain-text who-said-what summary of an analysis, one line an item: for
 * the terminal (scripts/demo.sh) and for screen-reader announcements.
 */
export function summaryLines(analysis) {
  const lines = [];
  for (const quote of Array.isArray(analysis?.quotes) ? analysis.quotes : []) {
    lines.push(`${quoteSummary(quote, analysis)}: “${truncate(spanText(quote?.content), 100)}”`);
  }
  for (const accusation of Array.isArray(analysis?.accusations) ? analysis.accusations : []) {
    lines.push(accusationSummary(accusation, analysis));
  }
  for (const report of Array.isArray(analysis?.reports) ? analysis.reports : []) {
    const d = describeReport(report, analysis);
    lines.push(`Report: ${d.title} (${d.lines.join('; ')})`);
  }
  return lines;
}
