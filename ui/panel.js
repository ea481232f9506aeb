// The who-said-what panel: speakers with their quotes, accusations as
// who → whom → what (with the quote each comes from, a drawn map of who
// accuses whom when there are two or more, and the accused who are never
// quoted), and reports with what is attributed to them. Every item is a
// <button> in a list, so the panel works with the keyboard and screen
// readers; onSelect(item) lets the host scroll to the item and flash it.
// DOM APIs and textContent only: analysis text is never parsed as HTML.

import {
  entityLabel,
  findEntity,
  findReport,
  itemKind,
  publishersOf,
  quotesBy,
  reportLabel,
  truncate,
} from './describe.js';
import { renderAccusationMap } from './accusation-map.js';

export const PANEL_SECTIONS = Object.freeze(['speakers', 'accusations', 'reports']);

const EXCERPT = 120;
let panelCount = 0;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

function list(items) {
  const ul = el('ul', 'saywho-panel-list');
  ul.append(...items);
  return ul;
}

function itemButton(item, onSelect, parts, label) {
  const button = el('button', 'saywho-panel-item');
  button.type = 'button';
  button.dataset.kind = itemKind(item) ?? 'unknown';
  if (typeof item?.id === 'string') button.dataset.id = item.id;
  for (const [className, text] of parts) if (text) button.append(el('span', className, text));
  if (label) button.setAttribute('aria-label', label);
  button.addEventListener('click', () => onSelect?.(item));
  return button;
}

const TYPE_BADGES = { direct: 'direct', indirect: 'indirect', mixed: 'mixed', according: 'according to' };

function quoteButton(quote, onSelect) {
  const badge = TYPE_BADGES[quote?.type] ?? 'quote';
  const excerpt = truncate(quote?.content?.text, EXCERPT);
  return itemButton(quote, onSelect, [
    ['saywho-badge', badge],
    ['saywho-panel-excerpt', excerpt],
  ], `${badge} quote: ${excerpt}`);
}

function quoteList(quotes, onSelect) {
  return list(quotes.map((q) => {
    const li = el('li', null);
    li.append(quoteButton(q, onSelect));
    return li;
  }));
}

function section(prefix, key, title, count, body) {
  const s = el('section', `saywho-panel-section saywho-panel-${key}`);
  const headingId = `${prefix}-${key}`;
  const h = el('h3', 'saywho-panel-heading', `${title} (${count})`);
  h.id = headingId;
  s.setAttribute('aria-labelledby', headingId);
  s.append(h, body);
  return s;
}

function emptyNote(text) {
  return el('p', 'saywho-panel-empty', text);
}

/** Distinct mention texts of an entity other than its name, with counts. */
function otherNames(entity) {
  const counts = new Map();
  for (const m of Array.isArray(entity?.mentions) ? entity.mentions : []) {
    const text = typeof m?.text === 'string' ? m.text.trim() : '';
    if (!text || text === entity.name) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].map(([text, n]) => (n > 1 ? `${text} ×${n}` : text));
}

function speakersBody(analysis, onSelect) {
  const quotes = Array.isArray(analysis?.quotes) ? analysis.quotes : [];
  // Speakers in the order they first speak.
  const speakerIds = [];
  const unattributed = [];
  for (const q of quotes) {
    if (findEntity(analysis, q?.speaker)) {
      if (!speakerIds.includes(q.speaker)) speakerIds.push(q.speaker);
    } else if (!findReport(analysis, q?.speaker)) {
      unattributed.push(q);
    }
  }
  const items = speakerIds.map((id) => {
    const entity = findEntity(analysis, id);
    const li = el('li', 'saywho-panel-speaker');
    const own = quotesBy(analysis, id);
    li.append(itemButton(entity, onSelect, [
      ['saywho-panel-name', entityLabel(entity)],
      ['saywho-panel-meta', `${own.length} quote${own.length === 1 ? '' : 's'}`],
    ]));
    const names = otherNames(entity);
    if (names.length) li.append(el('p', 'saywho-panel-aliases', `Also named: ${names.join(', ')}`));
    li.append(quoteList(own, onSelect));
    return li;
  });
  if (unattributed.length) {
    const li = el('li', 'saywho-panel-speaker');
    li.append(el('p', 'saywho-panel-name', 'Unattributed'));
    li.append(quoteList(unattributed, onSelect));
    items.push(li);
  }
  return { count: speakerIds.length, body: items.length ? list(items) : emptyNote('No quotes found.') };
}

function accusationsBody(analysis, onSelect) {
  const accusations = Array.isArray(analysis?.accusations) ? analysis.accusations : [];
  const quotes = Array.isArray(analysis?.quotes) ? analysis.quotes : [];
  const items = accusations.map((a) => {
    const accuser = findEntity(analysis, a?.accuser)?.name ?? 'Someone';
    const accused = findEntity(analysis, a?.accused)?.name ?? 'someone';
    const charge = truncate(a?.charge?.text, EXCERPT);
    const quote = typeof a?.quote === 'string' ? quotes.find((q) => q?.id === a.quote) : null;
    const source = quote ? `in “${truncate(quote.content?.text, 80)}”` : null;
    const li = el('li', null);
    li.append(itemButton(a, onSelect, [
      ['saywho-panel-who', `${accuser} → ${accused}`],
      ['saywho-panel-excerpt', charge],
      ['saywho-panel-source', source],
      ['saywho-badge', a?.kind === 'implicit' ? 'implicit' : 'explicit'],
    ], `${accuser} accuses ${accused}: ${charge}${source ? `, ${source}` : ''}`));
    return li;
  });
  if (!items.length) return { count: 0, body: emptyNote('No accusations found.') };
  const body = document.createDocumentFragment();
  const map = el('div', 'saywho-panel-map');
  if (renderAccusationMap(map, analysis, { onSelect })) body.append(map);
  body.append(list(items));
  // Parties only ever accused: the article never gives their side in a quote.
  const speakers = new Set(quotes.map((q) => q?.speaker));
  const silent = [];
  for (const a of accusations) {
    const entity = findEntity(analysis, a?.accused);
    if (entity && !speakers.has(entity.id) && !silent.includes(entity)) silent.push(entity);
  }
  if (silent.length) {
    const box = el('div', 'saywho-panel-silent');
    box.append(el('p', 'saywho-panel-meta', 'Accused, never quoted:'));
    box.append(list(silent.map((entity) => {
      const li = el('li', null);
      li.append(itemButton(entity, onSelect, [['saywho-panel-name', entityLabel(entity)]], `${entity.name || 'Unknown'}: accused, never quoted`));
      return li;
    })));
    body.append(box);
  }
  return { count: accusations.length, body };
}

function reportsBody(analysis, onSelect) {
  const reports = Array.isArray(analysis?.reports) ? analysis.reports : [];
  const items = reports.map((r) => {
    const li = el('li', 'saywho-panel-report');
    const publishers = publishersOf(r, analysis);
    const meta = [publishers.length ? `by ${publishers.join(', ')}` : null, r?.date?.text || null]
      .filter(Boolean)
      .join(' · ');
    li.append(itemButton(r, onSelect, [
      ['saywho-panel-name', reportLabel(r)],
      ['saywho-panel-meta', meta],
    ]));
    const said = quotesBy(analysis, r?.id);
    if (said.length) {
      li.append(quoteList(said, onSelect));
    }
    return li;
  });
  return { count: reports.length, body: items.length ? list(items) : emptyNote('No reports cited.') };
}

const BUILDERS = {
  speakers: ['Speakers', speakersBody],
  accusations: ['Accusations', accusationsBody],
  reports: ['Reports', reportsBody],
};

/**
 * Fills container with the panel of an analysis (replacing its content).
 * options.onSelect(item): called when the user picks a quote, speaker,
 * accusation or report. options.sections: which of PANEL_SECTIONS to build
 * (default all), so a host can put each in its own tab.
 */
export function renderPanel(container, analysis, options = {}) {
  const prefix = `saywho-panel-${++panelCount}`;
  const wanted = Array.isArray(options.sections) ? options.sections : PANEL_SECTIONS;
  const sections = [];
  for (const key of wanted) {
    const builder = BUILDERS[key];
    if (!builder) continue;
    const [title, build] = builder;
    const { count, body } = build(analysis, options.onSelect);
    sections.push(section(prefix, key, title, count, body));
  }
  container.classList.add('saywho-panel');
  container.replaceChildren(...sections);
  return container;
}
