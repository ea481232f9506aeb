// The demo page in headless Chromium, against the real engine: samples show
// the speakers a reader would name, highlights sit on the right words,
// pasting re-analyses, the JSON equals the native CLI's, the keyboard and
// the pointer reach every highlight, nothing is fetched from elsewhere.
//
// Needs: ./saywho build demo (engine in build/wasm/pkg) and ./saywho build
// native (build/native/saywho-cli or build/native/core/cli/saywho-cli;
// SAYWHO_CLI=PATH to use another). Rebuilds build/web-demo/ from the sources
// first (a file copy), so the page tested is the current one.
//   node --test tests/browser/demo.test.mjs

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SITE = path.join(ROOT, 'build', 'web-demo');
// The native CLI: $SAYWHO_CLI, else where the native preset puts it.
const CLI = process.env.SAYWHO_CLI ??
  [path.join(ROOT, 'build', 'native', 'saywho-cli'), path.join(ROOT, 'build', 'native', 'core', 'cli', 'saywho-cli')]
    .find((p) => existsSync(p)) ?? path.join(ROOT, 'build', 'native', 'saywho-cli');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const SAMPLES = path.join(ROOT, 'web-demo', 'samples');

let server;
let origin;
let context;
let profileDir;
const requests = [];
const problems = []; // page errors, console errors, CSP violations

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'web-demo', 'serve.mjs'), '--port', '0', '--root', SITE], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve.mjs printed no URL: ${out}`)), 10_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[0] });
      }
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
}

before(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'web-demo', 'build.mjs')], { stdio: 'inherit' });
  server = await startServer();
  origin = new URL(server.url).origin;
  profileDir = mkdtempSync(path.join(tmpdir(), 'saywho-demo-test-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', watchPage);
  for (const page of context.pages()) watchPage(page);
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await context?.close();
  server?.child.kill();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

function watchPage(page) {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
}

async function openPage(fragment = '') {
  const page = await context.newPage();
  await page.goto(`${server.url}${fragment}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  const status = await page.textContent('#status');
  assert.match(status, /^Analysed in [\d.]+ ms/, `the page did not analyse: ${status}`);
  // Every span the engine gave lies on its own text, so all are drawn.
  assert.equal(await page.getAttribute('#article', 'data-skipped-spans'), '0');
  return page;
}

async function analysisCount(page) {
  return Number(await page.evaluate(() => document.body.dataset.analyses ?? 0));
}

async function waitForNewAnalysis(page, previous) {
  await page.waitForFunction((n) => Number(document.body.dataset.analyses ?? 0) > n, previous, { timeout: 10_000 });
}

/** The text of every range of a highlight, as the page draws it. */
function highlightTexts(page, name) {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()), name);
}

async function panelText(page, id) {
  return (await page.textContent(`#${id}`)).replace(/\s+/g, ' ');
}

function includesPart(texts, expected) {
  return texts.some((t) => t.includes(expected));
}

test('a French sample: its speakers in the panel, its quotes highlighted', async () => {
  const page = await openPage('#lang=auto&sample=fr-brevin-eau');
  await page.screenshot({ path: path.join(ARTIFACTS, 'demo-fr-sample.png'), fullPage: true });
  const speakers = await panelText(page, 'speakers-panel');
  for (const name of ['Claire Vasseur', 'Bertrand Lemarchal']) assert.ok(speakers.includes(name), `speakers panel lacks ${name}: ${speakers}`);

  const quotes = await highlightTexts(page, 'saywho-quote');
  // A direct quote is drawn on its words exactly: no quotation marks, no spaces.
  assert.ok(quotes.includes('Nous ne prendrons aucun risque avec la santé des habitants'),
    `direct quote not drawn on its exact words: ${JSON.stringify(quotes)}`);
  assert.ok(includesPart(quotes, 'La commune a bloqué ce chantier pendant dix-huit mois'), `quote missing: ${JSON.stringify(quotes)}`);
  const speakerMarks = await highlightTexts(page, 'saywho-speaker');
  assert.ok(speakerMarks.includes('Claire Vasseur'), `no speaker highlight on Claire Vasseur: ${JSON.stringify(speakerMarks)}`);
  await page.close();
});

test('a French sample: the accusation (who → whom: what) and the cited report', async () => {
  const page = await openPage('#lang=auto&sample=fr-brevin-eau');
  const accusations = await panelText(page, 'accusations-panel');
  assert.match(accusations, /Vasseur → [^→]*Hydrolux/, `Vasseur's accusation of Hydrolux missing: ${accusations}`);
  const charges = await highlightTexts(page, 'saywho-accusation');
  assert.ok(includesPart(charges, 'caché pendant deux ans'), `no charge highlight: ${JSON.stringify(charges)}`);

  const reports = await panelText(page, 'reports-panel');
  assert.ok(reports.includes('État des nappes du bassin de la Sorne'), `report title missing: ${reports}`);
  const reportMarks = await highlightTexts(page, 'saywho-report');
  assert.ok(includesPart(reportMarks, 'État des nappes du bassin de la Sorne'), `no report highlight: ${JSON.stringify(reportMarks)}`);
  await page.close();
});

test('the page fetches only the syntax pack of the language it analyses, on first use', async () => {
  const page = await context.newPage();
  const packs = [];
  page.on('request', (request) => {
    const name = /\/engine\/(saywho-syntax-[a-z]+\.bin)$/.exec(request.url())?.[1];
    if (name) packs.push(name);
  });
  await page.goto(`${server.url}#lang=auto&sample=fr-brevin-eau`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  assert.match(await page.textContent('#status'), /^Analysed in [\d.]+ ms · language fr \(detected\)/);
  assert.deepEqual(packs, ['saywho-syntax-fr.bin'], 'a French page fetched another pack');
  // Another French text needs no fetch; the first English one fetches its pack.
  let before = await analysisCount(page);
  await page.selectOption('#sample', 'fr-vestrie-cyber');
  await waitForNewAnalysis(page, before);
  assert.deepEqual(packs, ['saywho-syntax-fr.bin']);
  before = await analysisCount(page);
  await page.selectOption('#sample', 'en-millbrook-harbor');
  await waitForNewAnalysis(page, before);
  assert.deepEqual(packs, ['saywho-syntax-fr.bin', 'saywho-syntax-en.bin']);
  assert.match(await page.textContent('#status'), /language en \(detected\)/);
  await page.close();
});

test('an English sample chosen from the list: speakers and quotes', async () => {
  const page = await openPage();
  const before = await analysisCount(page);
  await page.selectOption('#sample', 'en-millbrook-harbor');
  await waitForNewAnalysis(page, before);
  assert.match(page.url(), /sample=en-millbrook-harbor/, 'the link does not name the sample');
  const speakers = await panelText(page, 'speakers-panel');
  for (const name of ['Raymond Osei', 'Dana Whitfield']) assert.ok(speakers.includes(name), `speakers panel lacks ${name}: ${speakers}`);
  const quotes = await highlightTexts(page, 'saywho-quote');
  assert.ok(includesPart(quotes, 'Every month of delay costs us half a million dollars'), `quote missing: ${JSON.stringify(quotes)}`);
  await page.close();
});

test('an English sample: the accusation and the cited audit', async () => {
  const page = await openPage('#lang=en&sample=en-millbrook-harbor');
  const accusations = await panelText(page, 'accusations-panel');
  assert.match(accusations, /Whitfield → [^→]*port authority/, `Whitfield's accusation missing: ${accusations}`);
  const reports = await panelText(page, 'reports-panel');
  assert.ok(reports.includes('Harbor 2030: Cost Review'), `audit title missing: ${reports}`);
  await page.close();
});

// The accusation map as the analysis gives it, worked out here independently
// of ui/accusation-map.js: parties in order of appearance (a null or unknown
// party is the one "unnamed" node), one edge per accuser → accused pair.
function expectedMap(analysis) {
  const known = new Set(analysis.entities.map((e) => e.id));
  const party = (id) => (known.has(id) ? id : 'unnamed');
  const nodes = [];
  const edges = new Map();
  for (const a of analysis.accusations) {
    const [from, to] = [party(a.accuser), party(a.accused)];
    for (const n of [from, to]) if (!nodes.includes(n)) nodes.push(n);
    const key = `${from}>${to}`;
    if (!edges.has(key)) edges.set(key, { from, to, accusations: [] });
    edges.get(key).accusations.push(a.id);
  }
  return { nodes, edges: [...edges.values()] };
}

async function drawnMap(page) {
  return page.evaluate(() => {
    const map = document.querySelector('#accusations-panel .saywho-map');
    if (!map) return null;
    const svg = map.querySelector('svg');
    return {
      role: svg.getAttribute('role'),
      summary: svg.getAttribute('aria-label'),
      nodes: [...map.querySelectorAll('.saywho-map-node')].map((g) => ({
        node: g.dataset.node, entity: g.dataset.entity, label: g.getAttribute('aria-label'),
        tabindex: g.getAttribute('tabindex'), role: g.getAttribute('role'),
      })),
      edges: [...map.querySelectorAll('.saywho-map-edge')].map((g) => ({
        from: g.dataset.from, to: g.dataset.to, accusations: g.dataset.accusations.split(' '),
        label: g.getAttribute('aria-label'), tabindex: g.getAttribute('tabindex'), role: g.getAttribute('role'),
        arrow: Boolean(g.querySelector('[marker-end]')),
      })),
      list: [...map.querySelectorAll('ul.saywho-visually-hidden li')].map((li) => li.textContent),
    };
  });
}

for (const sample of ['en-millbrook-harbor', 'fr-vestrie-cyber']) {
  test(`the accusation map of ${sample}: its nodes and edges are the analysis's accusers and accused`, async () => {
    const page = await openPage(`#lang=auto&sample=${sample}`);
    const analysis = JSON.parse(await page.textContent('#json'));
    assert.ok(analysis.accusations.length >= 2, `the sample gives ${analysis.accusations.length} accusation(s)`);
    const expected = expectedMap(analysis);
    const map = await drawnMap(page);
    assert.ok(map, 'no accusation map in the accusations panel');
    assert.equal(map.role, 'group');
    assert.match(map.summary, new RegExp(`${analysis.accusations.length} accusations between ${expected.nodes.length} parties`));
    assert.deepEqual(map.nodes.map((n) => n.node), expected.nodes);
    const name = (id) => analysis.entities.find((e) => e.id === id)?.name ?? 'not named';
    const speakers = new Set(analysis.quotes.map((q) => q.speaker));
    for (const node of map.nodes) {
      assert.equal(node.entity, node.node === 'unnamed' ? '' : node.node);
      assert.ok(node.label.startsWith(`${name(node.node)}: `), `node label: ${node.label}`);
      if (node.node !== 'unnamed') assert.ok(node.label.endsWith(speakers.has(node.node) ? ', quoted' : ', never quoted'), node.label);
      assert.deepEqual([node.tabindex, node.role], ['0', 'button']);
    }
    assert.deepEqual(map.edges.map(({ from, to, accusations }) => ({ from, to, accusations })), expected.edges);
    for (const edge of map.edges) {
      assert.ok(edge.arrow, 'an edge without its arrow');
      assert.ok(edge.label.startsWith(`${name(edge.from)} accuses ${name(edge.to)}`), `edge label: ${edge.label}`);
      assert.deepEqual([edge.tabindex, edge.role], ['0', 'button']);
    }
    // The text alternative: "X accuses Y (n)" for every edge.
    assert.deepEqual(map.list, expected.edges.map((e) => `${name(e.from)} accuses ${name(e.to)} (${e.accusations.length})`));

    // Each accusation with a quote shows it; accused parties that never speak are listed.
    const text = await panelText(page, 'accusations-panel');
    for (const a of analysis.accusations.filter((x) => x.quote)) {
      const quote = analysis.quotes.find((q) => q.id === a.quote);
      assert.ok(text.includes(`in “${quote.content.text.replace(/\s+/g, ' ').slice(0, 30)}`), `the quote of ${a.id} is not shown: ${text}`);
    }
    const silent = [...new Set(analysis.accusations.map((a) => a.accused))]
      .filter((id) => analysis.entities.some((e) => e.id === id) && !speakers.has(id));
    assert.ok(silent.length > 0, 'the sample has no accused party that never speaks');
    const listed = await page.$$eval('#accusations-panel .saywho-panel-silent button', (bs) => bs.map((b) => b.dataset.id));
    assert.deepEqual(listed, silent);
    await page.screenshot({ path: path.join(ARTIFACTS, `demo-accusation-map-${sample}.png`), fullPage: true });
    await page.close();
  });
}

test('the accusation map by keyboard: Tab reaches an edge, Enter flashes its charge; a node flashes its party', async () => {
  const page = await openPage('#lang=en&sample=en-millbrook-harbor');
  const analysis = JSON.parse(await page.textContent('#json'));
  // The control before the accusations panel: the last button of the speakers panel.
  await page.locator('#speakers-panel button').last().focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const g = document.activeElement;
    return { isEdge: g.classList.contains('saywho-map-edge'), accusations: g.dataset.accusations ?? '', to: g.dataset.to };
  });
  assert.ok(focused.isEdge, 'Tab did not reach an edge of the map');
  assert.ok(await page.evaluate(() => document.activeElement.matches(':focus-visible')), 'the focused edge is not :focus-visible');
  const charge = analysis.accusations.find((a) => a.id === focused.accusations.split(' ')[0]).charge.text;
  await page.keyboard.press('Enter');
  const flashed = await page.evaluate(() => [...(CSS.highlights.get('saywho-flash') ?? [])].map((r) => r.toString()));
  assert.deepEqual(flashed, [charge]);
  assert.match(await page.textContent('#saywho-card'), /^Accusation: /);

  // The accused node of that edge: an entity only ever accused; Space flashes its mentions.
  const entity = analysis.entities.find((e) => e.id === focused.to);
  assert.ok(entity, 'the first edge accuses a named party');
  await page.focus(`#accusations-panel .saywho-map-node[data-node="${entity.id}"]`);
  await page.keyboard.press(' ');
  const mentions = await page.evaluate(() => [...(CSS.highlights.get('saywho-flash') ?? [])].map((r) => r.toString()));
  assert.deepEqual(mentions, entity.mentions.map((m) => m.text));
  assert.match(await page.textContent('#saywho-card'), /never quoted/);
  await page.close();
});

const PASTED = 'Bridge works in Calder will end early\n\n' +
  '"The bridge will reopen in April," said Tom Reyes, the mayor of Calder, on Monday.\n';

test('pasting a text re-analyses it, and the link then reopens it', async () => {
  const page = await openPage('#lang=en&sample=en-corvina-leak');
  const before = await analysisCount(page);
  await page.evaluate((text) => navigator.clipboard.writeText(text), PASTED);
  await page.click('#text');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await waitForNewAnalysis(page, before);
  assert.equal(await page.inputValue('#text'), PASTED);
  assert.equal(await page.textContent('#article'), PASTED);

  const speakers = await panelText(page, 'speakers-panel');
  assert.ok(speakers.includes('Tom Reyes'), `speakers panel lacks Tom Reyes: ${speakers}`);
  assert.ok(!speakers.includes('Helen Marsh'), 'the previous text\'s speakers are still shown');
  assert.equal(await page.locator('#accusations-panel .saywho-map').count(), 0, 'a map for a text without accusations');
  const quotes = await highlightTexts(page, 'saywho-quote');
  assert.ok(includesPart(quotes, 'The bridge will reopen in April'), `quote missing: ${JSON.stringify(quotes)}`);

  // Shareable: the fragment now holds the text; a fresh page restores it.
  const link = page.url();
  assert.match(link, /#.*text=/);
  const reopened = await openPage(new URL(link).hash);
  assert.equal(await reopened.inputValue('#text'), PASTED);
  assert.equal(await reopened.inputValue('#lang'), 'en');
  await reopened.close();
  await page.close();
});

test('a pasted text in Spanish, German or Japanese: the page says which language it seems to be in', async () => {
  const page = await openPage('#lang=auto&sample=en-corvina-leak');
  for (const [file, name] of [
    ['de-stadtrat-bruecke.txt', 'German'], ['ja-kasen-hanran.txt', 'Japanese'], ['es-puerto-huelga.txt', 'Spanish'],
  ]) {
    const text = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'languages', file), 'utf8');
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.click('#text');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    const message = `This text seems to be in ${name}: Saywho reads French and English`;
    await page.waitForFunction((m) => document.getElementById('status').textContent === m, message, { timeout: 10_000 });
    assert.ok(await page.evaluate(() => document.getElementById('status').classList.contains('error')));
    assert.deepEqual(await highlightTexts(page, 'saywho-quote'), [], 'no highlights left from the previous text');
  }
  // French chosen by hand: the Spanish text is analysed as French.
  const before = await analysisCount(page);
  await page.selectOption('#lang', 'fr');
  await waitForNewAnalysis(page, before);
  assert.match(await page.textContent('#status'), /^Analysed in [\d.]+ ms · language fr ·/);
  await page.close();
});

function cliAnalysis(text, lang) {
  assert.ok(existsSync(CLI), `${CLI} is missing: run ./saywho build native`);
  const out = execFileSync(CLI, ['analyze', '--lang', lang, '-'], { input: text, encoding: 'utf8' });
  return JSON.parse(out);
}

for (const [sample, lang] of [['fr-vestrie-cyber', 'fr'], ['en-corvina-leak', 'auto']]) {
  test(`the JSON view of ${sample} (lang ${lang}) equals the native CLI's output`, async () => {
    const page = await openPage(`#lang=${lang}&sample=${sample}`);
    const shown = JSON.parse(await page.textContent('#json'));
    const text = await page.inputValue('#text');
    assert.equal(text, readFileSync(path.join(SAMPLES, `${sample}.txt`), 'utf8'));
    assert.ok(shown.quotes.length > 0, 'the sample gave no quotes');
    assert.deepEqual(shown, cliAnalysis(text, lang));
    await page.close();
  });
}

test('keyboard: n/p move through highlights with a card; a panel item flashes its text', async () => {
  const page = await openPage('#lang=fr&sample=fr-brevin-eau');
  await page.focus('#article');
  await page.keyboard.press('n');
  const first = await page.evaluate(() => [...CSS.highlights.get('saywho-focus')].map((r) => r.toString()));
  assert.equal(first.length, 1);
  assert.ok(await page.isVisible('#saywho-card[role="tooltip"]'), 'no card on keyboard focus');
  assert.match(await page.textContent('#position'), /^1 of \d+: /);
  await page.keyboard.press('n');
  assert.match(await page.textContent('#position'), /^2 of \d+: /);
  await page.keyboard.press('p');
  assert.match(await page.textContent('#position'), /^1 of \d+: /);
  await page.keyboard.press('Escape');
  assert.ok(!(await page.isVisible('#saywho-card')), 'Escape does not close the card');

  // A quote button in the speakers panel: flashes exactly that quote.
  const button = page.locator('#speakers-panel button[data-kind="quote"]', { hasText: 'Nous ne prendrons aucun risque' }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  const flashed = await page.evaluate(() => [...(CSS.highlights.get('saywho-flash') ?? [])].map((r) => r.toString()));
  assert.ok(flashed.length === 1 && flashed[0].includes('Nous ne prendrons aucun risque'), `flashed: ${JSON.stringify(flashed)}`);
  assert.match(await page.textContent('#saywho-card'), /Claire Vasseur/);
  await page.close();
});

test('hovering a quote shows its card with the speaker', async () => {
  const page = await openPage('#lang=fr&sample=fr-brevin-eau');
  const point = await page.evaluate(() => {
    const range = [...CSS.highlights.get('saywho-quote')].find((r) => r.toString().includes('Nous ne prendrons'));
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  await page.waitForSelector('#saywho-card:not([hidden])', { timeout: 5_000 });
  assert.match(await page.textContent('#saywho-card'), /Claire Vasseur .*direct quote/);
  await page.close();
});

test('works at 360 px wide without horizontal scrolling', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${server.url}#lang=en&sample=en-corvina-leak`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width} px wide at a 360 px viewport`);
  await page.screenshot({ path: path.join(ARTIFACTS, 'demo-360px.png'), fullPage: true });
  await page.close();
});

test('the API docs page shows the module documentation', async () => {
  const page = await context.newPage();
  await page.goto(`${server.url}docs.html`);
  await page.waitForSelector('#doc h2, #doc p');
  assert.match(await page.textContent('#doc'), /createSaywho/);
  await page.close();
});

test('the extension packages built in dist/ are offered for download', async (t) => {
  const listed = JSON.parse(readFileSync(path.join(SITE, 'downloads.json'), 'utf8'));
  const page = await openPage('#sample=en-corvina-leak');
  const links = await page.$$eval('#download-list a', (as) => as.map((a) => a.getAttribute('href')));
  await page.close();
  if (listed.length === 0) {
    t.skip('no extension package in dist/ (./saywho build extension)');
    assert.deepEqual(links, []);
    return;
  }
  assert.deepEqual(links, listed.map((f) => `downloads/${f.file}`));
  for (const link of links) {
    const response = await fetch(new URL(link, server.url));
    assert.equal(response.status, 200, link);
    assert.equal(Number(response.headers.get('content-length')), listed.find((f) => link.endsWith(f.file)).bytes);
  }
});

test('no request left the local server, and no error or CSP violation happened', () => {
  assert.ok(requests.length > 0, 'no requests were recorded');
  const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((u) => u.endsWith('/engine/saywho-core.wasm')), 'the engine was not loaded from the local server');
  assert.deepEqual(problems, []);
});
