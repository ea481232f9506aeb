// Unit tests of the pure parts of ui/ (no browser): which spans get drawn,
// the card texts, and that styles.css draws the colours categories.js names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { CATEGORIES, highlightName, spansOf } from '../../ui/categories.js';
import { languageName, unsupportedLanguageMessage } from '../../ui/languages.js';
import { accusationGraph, edgeLabel, nodeLabel } from '../../ui/accusation-map.js';
import {
  accusationSummary,
  describeItem,
  itemKind,
  quoteSummary,
  summaryLines,
  truncate,
} from '../../ui/describe.js';

// A hand-written analysis of this invented text, with real offsets:
const TEXT =
  "« Nous n'avons rien caché », a déclaré Marie Dufresnel, porte-parole de la mairie de Brévin. " +
  "Elle accuse la société Hydrolux d'avoir falsifié les relevés. " +
  "Selon un rapport intitulé « L'eau de Brévin » publié par l'Agence Lorin, la nappe est polluée.";

function span(text, needle, from = 0) {
  const start = TEXT.indexOf(needle, from);
  assert.ok(start >= 0, `fixture text lacks ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

function sampleAnalysis() {
  return {
    lang: 'fr',
    entities: [
      {
        id: 'E1', name: 'Marie Dufresnel', kind: 'person',
        descriptions: ['porte-parole de la mairie de Brévin'],
        mentions: [span(TEXT, 'Marie Dufresnel'), span(TEXT, 'Elle')],
      },
      { id: 'E2', name: 'Hydrolux', kind: 'organization', mentions: [span(TEXT, 'Hydrolux')] },
      { id: 'E3', name: "l'Agence Lorin", kind: 'organization', mentions: [span(TEXT, "l'Agence Lorin")] },
    ],
    quotes: [
      {
        id: 'Q1', type: 'direct', content: span(TEXT, "Nous n'avons rien caché"),
        cue: span(TEXT, 'a déclaré'), speaker: 'E1', speaker_mention: span(TEXT, 'Marie Dufresnel'),
        confidence: 0.9, reason: 'direct.inverted_cue',
      },
      {
        id: 'Q2', type: 'according', content: span(TEXT, 'la nappe est polluée'),
        cue: span(TEXT, 'Selon'), speaker: 'R1', speaker_mention: null, confidence: 0.7,
      },
    ],
    accusations: [
      {
        id: 'A1', kind: 'explicit', accuser: 'E1', accused: 'E2',
        charge: span(TEXT, 'avoir falsifié les relevés'), cue: span(TEXT, 'accuse'), quote: null,
      },
    ],
    reports: [
      {
        id: 'R1', mentions: [span(TEXT, 'un rapport intitulé')], title: span(TEXT, "L'eau de Brévin"),
        publishers: ['E3'], date: null,
      },
    ],
  };
}

test('spansOf lists quote contents, speaker mentions, charges and reports with their items', () => {
  const a = sampleAnalysis();
  const spans = spansOf(a);
  const shown = spans.map((s) => `${s.category}:${TEXT.slice(s.start, s.end)}`);
  assert.deepEqual(shown, [
    "quote:Nous n'avons rien caché",
    'speaker:Marie Dufresnel',
    'speaker:Elle',
    'accusation:avoir falsifié les relevés',
    'report:un rapport intitulé',
    "report:L'eau de Brévin",
    'quote:la nappe est polluée',
  ]);
  // Hydrolux only is accused and l'Agence Lorin only publishes: neither speaks.
  assert.ok(!shown.includes('speaker:Hydrolux'));
  assert.equal(spans.find((s) => s.category === 'accusation').item, a.accusations[0]);
  assert.equal(spans.find((s) => s.category === 'speaker').item, a.entities[0]);
});

test('spansOf survives malformed analyses', () => {
  assert.deepEqual(spansOf(null), []);
  assert.deepEqual(spansOf('nope'), []);
  assert.deepEqual(spansOf({ quotes: 'x', entities: null }), []);
  const bad = { quotes: [{ id: 'Q1', content: { start: 5, end: 2 } }, { id: 'Q2', content: { start: 'a', end: 3 } }, null] };
  assert.deepEqual(spansOf(bad), []);
});

test('card texts name the speaker with its role, the type and the confidence', () => {
  const a = sampleAnalysis();
  assert.equal(quoteSummary(a.quotes[0], a), 'Marie Dufresnel (porte-parole de la mairie de Brévin) — direct quote — 0.90');
  assert.equal(quoteSummary(a.quotes[1], a), "L'eau de Brévin — \"according to\" quote — 0.70");
  assert.equal(accusationSummary(a.accusations[0], a), 'Accusation: Marie Dufresnel → Hydrolux: avoir falsifié les relevés');
  const report = describeItem(a.reports[0], a);
  assert.equal(report.title, "L'eau de Brévin");
  assert.deepEqual(report.lines, ["Published by l'Agence Lorin", '1 statement attributed to it']);
  assert.equal(describeItem({ id: 'Q9', content: null, speaker: null }, a).title, 'Unattributed — quote');
  assert.equal(describeItem(42, a).title, 'Unknown item');
});

test('itemKind tells items apart', () => {
  const a = sampleAnalysis();
  assert.deepEqual(
    [a.quotes[0], a.accusations[0], a.reports[0], a.entities[0], {}].map(itemKind),
    ['quote', 'accusation', 'report', 'entity', null],
  );
});

test('truncate cuts at a word and marks the cut', () => {
  assert.equal(truncate('short', 10), 'short');
  assert.equal(truncate('the quick brown fox jumps', 12), 'the quick…');
  assert.equal(truncate(undefined, 5), '');
});

test('summaryLines gives one line per quote, accusation and report', () => {
  const lines = summaryLines(sampleAnalysis());
  assert.equal(lines.length, 4);
  assert.match(lines[0], /^Marie Dufresnel .* — direct quote — 0\.90: “Nous n'avons rien caché”$/);
});

test('styles.css draws every category with the colours of categories.js', () => {
  const css = readFileSync(fileURLToPath(new URL('../../ui/styles.css', import.meta.url)), 'utf8');
  for (const c of CATEGORIES) {
    const rule = css.match(new RegExp(`::highlight\\(${highlightName(c.key)}\\)\\s*\\{([^}]*)\\}`));
    assert.ok(rule, `no ::highlight rule for ${c.key}`);
    assert.match(rule[1], new RegExp(`background-color:\\s*${c.tint}`, 'i'));
    if (c.underline !== 'none') assert.match(rule[1], new RegExp(`underline ${c.underline} ${c.ink}`, 'i'));
  }
});

// WCAG relative luminance contrast, to keep the palette AA.
function contrast(a, b) {
  const lum = (hex) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// Accusations only (charges with offsets 0: the graph reads ids and texts).
function accusing(...pairs) {
  return pairs.map(([accuser, accused, charge, quote = null], i) => ({
    id: `A${i + 1}`, kind: 'explicit', accuser, accused, charge: { start: 0, end: charge.length, text: charge }, quote,
  }));
}

test('accusationGraph: one node per party in order of appearance, one edge per pair with its accusations', () => {
  const a = sampleAnalysis();
  a.entities.push({ id: 'E4', name: 'la mairie de Brévin', kind: 'organization', mentions: [] });
  a.accusations = accusing(
    ['E2', 'E4', 'avoir laissé faire'], ['E1', 'E2', 'avoir falsifié les relevés'],
    ['E2', 'E4', 'avoir menti'], ['E4', 'E2', 'avoir pollué la nappe'],
  );
  const { nodes, edges } = accusationGraph(a);
  assert.deepEqual(nodes.map((n) => [n.id, n.label, n.entityId, n.accuses, n.accused, n.speaks]), [
    ['E2', 'Hydrolux', 'E2', 2, 2, false],
    ['E4', 'la mairie de Brévin', 'E4', 1, 2, false],
    ['E1', 'Marie Dufresnel', 'E1', 1, 0, true],
  ]);
  // The same pair twice is one edge with both accusations; the reverse pair is its own edge.
  assert.deepEqual(edges.map((e) => [e.from, e.to, e.accusations, e.label]), [
    ['E2', 'E4', ['A1', 'A3'], 'avoir laissé faire'],
    ['E1', 'E2', ['A2'], 'avoir falsifié les relevés'],
    ['E4', 'E2', ['A4'], 'avoir pollué la nappe'],
  ]);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  assert.equal(edgeLabel(edges[1], byId), 'Marie Dufresnel accuses Hydrolux: avoir falsifié les relevés');
  assert.equal(edgeLabel(edges[0], byId), 'Hydrolux accuses la mairie de Brévin 2 times, first: avoir laissé faire');
  assert.equal(nodeLabel(byId.get('E1')), 'Marie Dufresnel: accuses 1 time, quoted');
  assert.equal(nodeLabel(byId.get('E4')), 'la mairie de Brévin: accuses 1 time, accused 2 times, never quoted');
});

test('accusationGraph: a party not named (null or unknown id) is one shared node; long charges are cut', () => {
  const a = sampleAnalysis();
  const long = 'avoir '.repeat(30) + 'menti';
  a.accusations = accusing([null, 'E2', 'avoir caché'], ['E1', null, long], ['E9', 'E2', 'avoir triché']);
  const { nodes, edges } = accusationGraph(a);
  assert.deepEqual(nodes.map((n) => [n.id, n.label, n.entityId, n.accuses, n.accused]), [
    ['unnamed', 'not named', null, 2, 1],
    ['E2', 'Hydrolux', 'E2', 0, 2],
    ['E1', 'Marie Dufresnel', 'E1', 1, 0],
  ]);
  assert.deepEqual(edges.map((e) => [e.from, e.to, e.accusations]), [
    ['unnamed', 'E2', ['A1', 'A3']],
    ['E1', 'unnamed', ['A2']],
  ]);
  assert.ok(edges[1].label.length <= 61 && edges[1].label.endsWith('…'), edges[1].label);
  assert.equal(nodeLabel(nodes[0]), 'not named: accuses 2 times, accused 1 time');
});

test('accusationGraph of no or malformed accusations is empty', () => {
  assert.deepEqual(accusationGraph(null), { nodes: [], edges: [] });
  assert.deepEqual(accusationGraph({ accusations: 'x' }), { nodes: [], edges: [] });
  const one = accusationGraph(sampleAnalysis());
  assert.equal(one.edges.length, 1, 'one accusation: one edge (the map itself is drawn from two on)');
});

test('the card of an accusation quotes where it comes from; an accused-only entity says it is never quoted', () => {
  const a = sampleAnalysis();
  a.accusations[0].quote = 'Q1';
  assert.ok(describeItem(a.accusations[0], a).lines.includes("From the quote: “Nous n'avons rien caché”"));
  a.accusations[0].quote = null;
  assert.ok(!describeItem(a.accusations[0], a).lines.some((l) => l.startsWith('From the quote')));
  assert.ok(describeItem(a.entities[1], a).lines.includes('Accused 1 time, never quoted'));
  assert.ok(describeItem(a.entities[0], a).lines.includes('1 quote'));
});

test('palette: text on every tint reaches AA, underlines are visible on their tint', () => {
  for (const c of CATEGORIES) {
    assert.ok(contrast('#1a1a1a', c.tint) >= 4.5, `${c.key} text contrast`);
    assert.ok(contrast(c.ink, c.tint) >= 3, `${c.key} underline contrast`);
  }
});

test('styles.css: the accusation map draws in readable colours (arrows and boxes ≥ 3:1 on white, text ≥ 4.5:1)', () => {
  const css = readFileSync(fileURLToPath(new URL('../../ui/styles.css', import.meta.url)), 'utf8');
  const colour = (selector, property) => {
    const block = css.split(selector + ' {')[1]?.split('}')[0] ?? '';
    return new RegExp(`${property}:\\s*(#[0-9A-Fa-f]{6})`).exec(block)?.[1];
  };
  for (const [selector, property] of [['.saywho-map-line', 'stroke'], ['.saywho-map-arrow', 'fill'],
    ['.saywho-map-node rect', 'stroke'], ['.saywho-map-node.saywho-map-unnamed rect', 'stroke']]) {
    const c = colour(selector, property);
    assert.ok(c, `${selector} has no ${property}`);
    assert.ok(contrast(c, '#ffffff') >= 3, `${selector} ${property} ${c}`);
  }
  assert.ok(contrast('#1a1a1a', colour('.saywho-map-node.saywho-map-speaks rect', 'fill')) >= 4.5);
  assert.match(css, /\.saywho-map-edge:focus-visible/);
  assert.match(css, /\.saywho-visually-hidden \{[^}]*clip/);
});

test('loading the language names costs nothing until a language is refused', async () => {
  // Every content-script injection and the service worker's start import
  // this module: the browser's display-name data (15–26 ms to load in a
  // renderer) must wait for the first refusal.
  const { DisplayNames } = Intl;
  let made = 0;
  Intl.DisplayNames = class extends DisplayNames {
    constructor(...args) { super(...args); made += 1; }
  };
  try {
    const fresh = await import('../../ui/languages.js?lazy-names');
    assert.equal(made, 0);
    assert.equal(fresh.languageName('es'), 'Spanish');
    assert.equal(fresh.languageName('de'), 'German');
    assert.equal(made, 1);
  } finally {
    Intl.DisplayNames = DisplayNames;
  }
});

test('a refused language is named in English, an unknown one is not invented', () => {
  assert.equal(unsupportedLanguageMessage('es'), 'This page seems to be in Spanish: Saywho reads French and English');
  assert.equal(unsupportedLanguageMessage('ja', 'text'), 'This text seems to be in Japanese: Saywho reads French and English');
  for (const [code, name] of [['de', 'German'], ['it', 'Italian'], ['pt', 'Portuguese'], ['nl', 'Dutch'],
    ['ru', 'Russian'], ['zh', 'Chinese'], ['ar', 'Arabic']]) assert.equal(languageName(code), name);
  for (const code of [null, undefined, '', 'xx', 'ES', '<img src=x>', 42]) {
    assert.equal(unsupportedLanguageMessage(code),
      'This page seems to be in a language Saywho does not read: Saywho reads French and English', String(code));
  }
});
