// The built Chromium extension (dist/chromium) in headless Chromium, on our
// fixture news pages served from 127.0.0.1: highlights land on the analysed
// text, the hover card and the panel name the speakers, strict-CSP pages,
// late articles and single-page-app navigation work, the page's DOM is left
// alone and no request leaves the machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { ROOT, testCopyOfExtension } from './lib/extension-build.mjs';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const STRICT_CSP = { 'content-security-policy': "default-src 'self'; script-src 'self'; object-src 'none'" };
let server;
let browser;
let extension;
const requests = [];

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer({
    mounts: { '/': join(ROOT, 'tests', 'browser', 'fixtures'), '/languages/': join(ROOT, 'tests', 'fixtures', 'languages') },
    headers: { '/strict-csp.html': STRICT_CSP, '/strict-csp.js': STRICT_CSP },
    rewrites: { '/spa/': '/spa.html' },
  });
  extension = testCopyOfExtension('chromium');
  browser = await launchChromium({ extensionDir: extension.dir });
  browser.context.on('request', (request) => requests.push(request.url()));
});
after(async () => {
  await browser?.close();
  await server?.close();
  extension?.remove();
});

// ---- helpers ----

// Opens a fixture page, closed again when test `t` ends.
async function openFixture(t, path) {
  const page = await browser.context.newPage();
  t.after(() => page.close());
  await page.goto(`${server.origin}/${path}`);
  return page;
}

async function tabIdOf(page) {
  return browser.serviceWorker.evaluate(async (url) => {
    // The newest tab showing the URL (earlier tests may have left one open).
    const tabs = await chrome.tabs.query({});
    return Math.max(...tabs.filter((tab) => tab.url === url).map((tab) => tab.id));
  }, page.url());
}

// Runs the toolbar button's code path (the background's analyzeTab).
async function analyze(page) {
  const tabId = await tabIdOf(page);
  assert.ok(Number.isInteger(tabId), 'the test page has a tab id');
  const answer = await browser.serviceWorker.evaluate((id) => globalThis.saywhoBackground.analyzeTab(id), tabId);
  return { tabId, answer };
}

async function storedAnalysis(tabId) {
  const data = await browser.serviceWorker.evaluate((key) => chrome.storage.session.get(key).then((all) => all[key]), `tab:${tabId}`);
  return data?.analysisJson ? JSON.parse(data.analysisJson) : null;
}

async function waitForStoredAnalysis(tabId, timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const analysis = await storedAnalysis(tabId);
    if (analysis || Date.now() > deadline) return analysis;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Highlight name → texts of its ranges, read from the page's main world
// (CSS.highlights is the document's registry, shared by all worlds).
function highlightTexts(page) {
  return page.evaluate(() => Object.fromEntries(
    [...CSS.highlights].map(([name, highlight]) => [name, [...highlight].map((range) => range.toString())]),
  ));
}

async function waitForHighlights(page, timeout = 15_000) {
  await page.waitForFunction(() => CSS.highlights.has('saywho-quote'), null, { timeout });
}

const squeeze = (s) => s.replace(/\s+/g, '');

// The visible card's text, read through the DevTools protocol, which sees
// into our closed shadow root (page scripts cannot).
async function visibleCardText(page) {
  const cdp = await browser.context.newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const attributes = (node) => Object.fromEntries((node.attributes ?? []).reduce((pairs, v, i, all) => (i % 2 ? pairs : [...pairs, [v, all[i + 1]]]), []));
    const textOf = (node) => (node.nodeType === 3 ? node.nodeValue : (node.children ?? []).map(textOf).join(' '));
    let found = null;
    const visit = (node) => {
      const attrs = attributes(node);
      if (attrs.role === 'tooltip' && !('hidden' in attrs)) found = textOf(node);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
    };
    visit(root);
    return found;
  } finally {
    await cdp.detach();
  }
}

// ---- tests ----

// First, before any page is analysed: the engine starts with the browser.
test('the engine starts with the browser: its offscreen document is open before any page is analysed', async () => {
  const deadline = Date.now() + 10_000;
  let open = 0;
  while (Date.now() < deadline) {
    open = await browser.serviceWorker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length);
    if (open === 1) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(open, 1, 'one offscreen document, opened by the service worker as it started');
});

test('French article: highlights land exactly on the analysed spans', async (t) => {
  const page = await openFixture(t, 'fr-article.html');
  const articleBefore = await page.evaluate(() => document.querySelector('article').outerHTML);
  const bodyChildrenBefore = await page.evaluate(() => document.body.children.length);
  const { tabId, answer } = await analyze(page);
  assert.equal(answer?.ok, true);
  await waitForHighlights(page);
  const analysis = await waitForStoredAnalysis(tabId);
  assert.ok(analysis, 'the panel data is stored for the tab');
  const highlights = await highlightTexts(page);

  // Every quote content is highlighted with exactly its text (ranges are per
  // text node, so compare the concatenations).
  const quoteTexts = analysis.quotes.map((q) => q.content.text);
  assert.ok(quoteTexts.length >= 3, `the engine found the quotes (got ${quoteTexts.length})`);
  assert.equal(squeeze(highlights['saywho-quote'].join('')), squeeze(quoteTexts.join('')));
  assert.ok(quoteTexts.some((t) => t.includes('Navalis a rejeté ses eaux de cale')), 'the mayor\'s quote is found');
  assert.ok(highlights['saywho-speaker'].some((t) => /Fontanel/.test(t)), 'the mayor is highlighted as a speaker');

  // The page's own DOM is unchanged: the article is byte for byte the same
  // and the only addition is our overlay element at the end of <body>.
  assert.equal(await page.evaluate(() => document.querySelector('article').outerHTML), articleBefore);
  assert.deepEqual(await page.evaluate(() => [document.body.children.length, document.body.lastElementChild.tagName]),
    [bodyChildrenBefore + 1, 'SAYWHO-OVERLAY']);
  await page.screenshot({ path: join(ARTIFACTS, 'chromium-fr-article.png'), fullPage: true });
});

// Style sheets the browser injected into the page (ours: insertCSS), seen
// through the DevTools protocol (page scripts cannot see them).
async function injectedStyleSheets(page) {
  const cdp = await browser.context.newCDPSession(page);
  try {
    const origins = [];
    cdp.on('CSS.styleSheetAdded', ({ header }) => origins.push(header.origin));
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable'); // reports every sheet the document has
    return origins.filter((origin) => origin === 'injected').length;
  } finally {
    await cdp.detach();
  }
}

test('clicking again on an analysed page keeps one content script and one copy of our stylesheet', async (t) => {
  const page = await openFixture(t, 'en-article.html');
  assert.equal((await analyze(page)).answer?.ok, true);
  await waitForHighlights(page);
  const first = await highlightTexts(page);
  for (let click = 2; click <= 3; click += 1) {
    assert.equal((await analyze(page)).answer?.ok, true, `click ${click}`);
    assert.deepEqual(await highlightTexts(page), first, `click ${click}: the same highlights, once`);
  }
  assert.equal(await injectedStyleSheets(page), 1);
});

// What the content scripts' world holds of Readability in the tab.
function readerIn(tabId) {
  return browser.serviceWorker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, func: () => typeof Readability })
    .then(([result]) => result.result), tabId);
}

test('Readability is loaded only for a page that does not mark its article up', async (t) => {
  const marked = await openFixture(t, 'fr-article.html');
  const first = await analyze(marked);
  assert.equal(first.answer?.ok, true);
  assert.equal(await readerIn(first.tabId), 'undefined', 'an <article> page is read without Readability');

  // The same page with its <article> turned into a plain <div>.
  const unmarked = await openFixture(t, 'fr-article.html');
  await unmarked.evaluate(() => {
    const article = document.querySelector('article');
    const div = document.createElement('div');
    div.className = article.className;
    div.append(...article.childNodes);
    article.replaceWith(div);
  });
  const second = await analyze(unmarked);
  assert.equal(second.answer?.ok, true);
  await waitForHighlights(unmarked);
  assert.equal(await readerIn(second.tabId), 'function', 'Readability was injected on request');
  const analysis = await waitForStoredAnalysis(second.tabId);
  assert.ok(analysis.quotes.some((q) => q.content.text.includes('Navalis a rejeté ses eaux de cale')));
});

test('hovering a quote shows the card with its speaker', async (t) => {
  const page = await openFixture(t, 'fr-article.html');
  const { tabId } = await analyze(page);
  await waitForHighlights(page);
  const analysis = await waitForStoredAnalysis(tabId);
  const quote = analysis.quotes.find((q) => q.content.text.includes('Navalis a rejeté'));
  const speaker = analysis.entities.find((e) => e.id === quote.speaker);
  assert.ok(speaker, 'the quote has a speaker');
  const point = await page.evaluate((text) => {
    for (const range of CSS.highlights.get('saywho-quote')) {
      if (range.toString().includes(text)) {
        range.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        return { x: rect.left + 5, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, 'Navalis a rejeté');
  assert.ok(point);
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(300);
  const card = await visibleCardText(page);
  assert.ok(card, 'a card is shown');
  assert.ok(card.includes(speaker.name), `the card names ${speaker.name}: ${card}`);
  await page.screenshot({ path: join(ARTIFACTS, 'chromium-card.png') });
  await page.mouse.move(2, 2);
  await page.waitForTimeout(300);
  assert.equal(await visibleCardText(page), null, 'the card hides when the pointer leaves');
});

test('the panel lists the speakers and shows a picked quote in the page', async (t) => {
  const page = await openFixture(t, 'en-article.html');
  const { tabId } = await analyze(page);
  await waitForHighlights(page);
  const analysis = await waitForStoredAnalysis(tabId);
  const panel = await browser.context.newPage();
  t.after(() => panel.close());
  await panel.goto(`chrome-extension://${browser.extensionId}/src/panel/panel.html?tab=${tabId}`);
  await panel.waitForSelector('.saywho-panel-name');
  const names = await panel.$$eval('.saywho-panel-speaker .saywho-panel-name', (els) => els.map((e) => e.textContent));
  const speakerIds = new Set(analysis.quotes.map((q) => q.speaker));
  const expected = analysis.entities.filter((e) => speakerIds.has(e.id)).map((e) => e.name);
  assert.ok(expected.length >= 2);
  for (const name of expected) assert.ok(names.some((n) => n.includes(name)), `the panel lists ${name}`);
  assert.ok(names.some((n) => n.includes('Castellane')), 'the council leader is a speaker');
  await panel.setViewportSize({ width: 360, height: 800 });
  await panel.screenshot({ path: join(ARTIFACTS, 'chromium-panel.png'), fullPage: true });

  // The accusation map: one arrow per distinct accuser → accused pair of the
  // stored analysis (a party not named is the one "unnamed" node).
  assert.ok(analysis.accusations.length >= 2, `the fixture gives ${analysis.accusations.length} accusation(s)`);
  const party = (id) => (analysis.entities.some((e) => e.id === id) ? id : 'unnamed');
  const pairs = [...new Set(analysis.accusations.map((a) => `${party(a.accuser)}>${party(a.accused)}`))];
  const drawn = await panel.$$eval('.saywho-map .saywho-map-edge', (gs) => gs.map((g) => `${g.dataset.from}>${g.dataset.to}`));
  assert.deepEqual(drawn, pairs);
  const nodes = await panel.$$eval('.saywho-map .saywho-map-node', (gs) => gs.map((g) => g.dataset.node));
  assert.deepEqual(new Set(nodes), new Set(pairs.flatMap((p) => p.split('>'))));
  assert.equal(await panel.getAttribute('.saywho-map svg', 'role'), 'group');
  const mapWidth = await panel.$eval('.saywho-map svg', (svg) => svg.getBoundingClientRect().width);
  assert.ok(mapWidth > 200 && mapWidth <= 360, `the map is ${mapWidth} px wide in a 360 px panel`);
  assert.ok(await panel.evaluate(() => document.documentElement.scrollWidth <= 360), 'the panel scrolls sideways');

  // Picking a quote flashes it in the page.
  await panel.click('.saywho-panel-speaker button[data-kind="quote"]');
  await page.waitForFunction(() => CSS.highlights.has('saywho-flash'), null, { timeout: 5000 });
  const flashed = await page.evaluate(() => [...CSS.highlights.get('saywho-flash')].map((r) => r.toString()).join(''));
  assert.ok(analysis.quotes.some((q) => squeeze(q.content.text) === squeeze(flashed)), `the flashed text is a quote: ${flashed}`);

  // A party only ever accused is not highlighted; its node in the map flashes its mentions.
  const silent = analysis.entities.find((e) => analysis.accusations.some((a) => a.accused === e.id) && !speakerIds.has(e.id));
  assert.ok(silent, 'the fixture has an accused party that never speaks');
  await panel.click(`.saywho-map-node[data-node="${silent.id}"]`);
  const mentions = squeeze(silent.mentions.map((m) => m.text).join(''));
  await page.waitForFunction((expected) => [...(CSS.highlights.get('saywho-flash') ?? [])]
    .map((r) => r.toString()).join('').replace(/\s+/g, '') === expected, mentions, { timeout: 5000 });
});

test('a page with a strict Content-Security-Policy is analysed', async (t) => {
  const page = await openFixture(t, 'strict-csp.html');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.pageScript), 'ran');
  const { answer } = await analyze(page);
  assert.equal(answer?.ok, true);
  await waitForHighlights(page);
  const highlights = await highlightTexts(page);
  assert.ok(highlights['saywho-quote'].some((t) => t.includes('At no point did I or my staff')));
  // The card's host (with its packaged stylesheet) is set up under the CSP too.
  await page.waitForFunction(() => document.body.lastElementChild.tagName === 'SAYWHO-OVERLAY', null, { timeout: 5000 });
});

test('an article loaded after the click is analysed when it arrives', async (t) => {
  const page = await openFixture(t, 'late.html?delay=1500');
  const { tabId, answer } = await analyze(page);
  assert.equal(answer?.ok, false, 'nothing to analyse at click time');
  await waitForHighlights(page, 20_000);
  const analysis = await waitForStoredAnalysis(tabId);
  assert.ok(analysis?.quotes.length > 0, 'the panel gets the late analysis');
  const highlights = await highlightTexts(page);
  assert.equal(squeeze(highlights['saywho-quote'].join('')), squeeze(analysis.quotes.map((q) => q.content.text).join('')));
  const article = await page.evaluate(() => document.querySelector('article').textContent);
  for (const text of highlights['saywho-quote']) assert.ok(article.includes(text), `"${text}" is in the late article`);
});

test('a page without an article gets a clear status in the panel, not a failure', async (t) => {
  const page = await openFixture(t, 'late.html?delay=600000');
  const { tabId, answer } = await analyze(page);
  assert.deepEqual(answer, { ok: false, error: 'No article text found on this page.' });
  const panel = await browser.context.newPage();
  t.after(() => panel.close());
  await panel.goto(`chrome-extension://${browser.extensionId}/src/panel/panel.html?tab=${tabId}`);
  await panel.waitForSelector('#status[data-state="no-article"]');
  assert.equal(await panel.textContent('#status'), 'No article text found on this page.');
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
});

// The toolbar button's badge text and title in a tab.
function badgeOf(tabId) {
  return browser.serviceWorker.evaluate((id) => Promise.all([
    chrome.action.getBadgeText({ tabId: id }), chrome.action.getTitle({ tabId: id }),
  ]), tabId);
}

for (const [text, code, name] of [
  ['es-puerto-huelga', 'es', 'Spanish'],
  ['de-stadtrat-bruecke', 'de', 'German'],
  ['ja-kasen-hanran', 'ja', 'Japanese'],
]) {
  test(`a page in ${name} is not analysed: the panel and the badge say which language it seems to be in`, async (t) => {
    const page = await openFixture(t, `foreign.html?text=${text}&lang=${code}`);
    await page.waitForSelector('html[data-ready="true"]');
    const { tabId, answer } = await analyze(page);
    const message = `This page seems to be in ${name}: Saywho reads French and English`;
    assert.deepEqual(answer, { ok: false, error: message });
    const panel = await browser.context.newPage();
    t.after(() => panel.close());
    await panel.goto(`chrome-extension://${browser.extensionId}/src/panel/panel.html?tab=${tabId}`);
    await panel.waitForSelector('#status[data-state="unsupported-language"]');
    assert.equal(await panel.textContent('#status'), message);
    assert.equal(await panel.evaluate(() => document.getElementById('panel').childElementCount), 0, 'no analysis listed');
    assert.deepEqual(await badgeOf(tabId), [code.toUpperCase(), message]);
    assert.equal(await page.evaluate(() => CSS.highlights.size), 0);

    // The same tab on an English article quoting French: analysed, badge gone.
    await page.goto(`${server.origin}/foreign.html?text=mixed-en-french-quote&lang=en`);
    await page.waitForSelector('html[data-ready="true"]');
    assert.equal((await analyze(page)).answer?.ok, true);
    await waitForHighlights(page);
    assert.deepEqual(await badgeOf(tabId), ['', 'Saywho: analyse this page']);
  });
}

test('a French article quoting English and an English one quoting Spanish are analysed', async (t) => {
  for (const text of ['mixed-fr-english-quote', 'mixed-en-spanish-quote']) {
    const page = await openFixture(t, `foreign.html?text=${text}`);
    await page.waitForSelector('html[data-ready="true"]');
    const { tabId, answer } = await analyze(page);
    assert.equal(answer?.ok, true, text);
    await waitForHighlights(page);
    assert.ok((await waitForStoredAnalysis(tabId))?.quotes.length > 0, text);
  }
});

test('single-page-app navigation re-analyses the new article', async (t) => {
  const page = await openFixture(t, 'spa/library');
  await analyze(page);
  await waitForHighlights(page);
  assert.ok((await highlightTexts(page))['saywho-quote'].some((t) => t.includes('least bad option')));
  await page.click('a[data-route="fishery"]');
  await page.waitForFunction(() => [...(CSS.highlights.get('saywho-quote') ?? [])].some((r) => r.toString().includes('ten years of our logbooks')), null, { timeout: 15_000 });
  const after = await highlightTexts(page);
  assert.ok(!after['saywho-quote'].some((t) => t.includes('least bad option')), 'the old story\'s highlights are gone');
});

test('"always on this site" from the panel analyses on load, and "off" stops it', async (t) => {
  const first = await openFixture(t, 'en-article.html');
  const { tabId } = await analyze(first);
  await waitForHighlights(first);
  const panel = await browser.context.newPage();
  t.after(() => panel.close());
  await panel.goto(`chrome-extension://${browser.extensionId}/src/panel/panel.html?tab=${tabId}`);
  await panel.waitForSelector('#site:not([hidden])');
  assert.equal(await panel.textContent('#site-origin'), server.origin);
  // The test copy already holds the host permission, so the browser grants
  // the panel's request without a prompt.
  await panel.click('button[data-mode="always"]');
  await panel.waitForSelector('button[data-mode="always"][aria-pressed="true"]');
  const registered = await browser.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s) => s.map((x) => x.matches)));
  assert.deepEqual(registered, [[`${server.origin}/*`]]);

  const page = await openFixture(t, 'strict-csp.html');
  await waitForHighlights(page); // no click: the registered script analyses on load

  await panel.click('button[data-mode="off"]');
  await panel.waitForSelector('button[data-mode="off"][aria-pressed="true"]');
  await page.waitForFunction(() => !CSS.highlights.has('saywho-quote'), null, { timeout: 5000 });
  await page.reload();
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0, 'nothing is analysed on an "off" site');
  assert.deepEqual(await browser.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);
  await panel.click('button[data-mode="default"]');
  await panel.waitForSelector('button[data-mode="default"][aria-pressed="true"]');
});

test('putting the caret in a quote (keyboard users) shows its card', async (t) => {
  const page = await openFixture(t, 'en-article.html');
  const { tabId } = await analyze(page);
  await waitForHighlights(page);
  const analysis = await waitForStoredAnalysis(tabId);
  const quote = analysis.quotes.find((q) => q.content.text.includes('brake defects and chose'));
  const speaker = analysis.entities.find((e) => e.id === quote.speaker);
  await page.evaluate((text) => {
    const range = [...CSS.highlights.get('saywho-quote')].find((r) => r.toString().includes(text));
    document.getSelection().collapse(range.startContainer, range.startOffset + 3);
  }, 'brake defects and chose');
  await page.waitForFunction(() => CSS.highlights.has('saywho-focus'), null, { timeout: 5000 });
  const card = await visibleCardText(page);
  assert.ok(card?.includes(speaker.name), `the card names ${speaker.name}: ${card}`);
});

test('the options page hides a category and recolours another in the page', async (t) => {
  const page = await openFixture(t, 'en-article.html');
  await analyze(page);
  await waitForHighlights(page);
  const options = await browser.context.newPage();
  t.after(() => options.close());
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/options.html`);
  await options.uncheck('input[aria-label="Show Quote highlights"]');
  await page.waitForFunction(() => !CSS.highlights.has('saywho-quote') && CSS.highlights.has('saywho-speaker'), null, { timeout: 5000 });
  await options.fill('input[aria-label="Speaker colour"]', '#123456');
  await options.dispatchEvent('input[aria-label="Speaker colour"]', 'change');
  await page.waitForFunction(() => [...document.adoptedStyleSheets].some((sheet) => [...sheet.cssRules]
    .some((rule) => rule.cssText.includes('saywho-speaker') && rule.cssText.includes('rgb(18, 52, 86)'))), null, { timeout: 5000 });
  // Back to the defaults for the next tests.
  await options.check('input[aria-label="Show Quote highlights"]');
  await options.click('button[aria-label="Reset the Speaker colour"]');
  await page.waitForFunction(() => CSS.highlights.has('saywho-quote'), null, { timeout: 5000 });
});

test('messages from a web page are refused', async (t) => {
  const page = await openFixture(t, 'en-article.html');
  const reachable = await page.evaluate((id) => {
    // Pages cannot message the extension at all (no externally_connectable).
    return typeof globalThis.chrome?.runtime?.sendMessage === 'function'
      ? new Promise((resolve) => {
        try {
          chrome.runtime.sendMessage(id, { type: 'saywho:analyze', text: 'x' }, () => resolve(chrome.runtime.lastError ? 'refused' : 'answered'));
        } catch { resolve('refused'); }
      })
      : 'refused';
  }, browser.extensionId);
  assert.equal(reachable, 'refused');
});

test('no request left the machine', () => {
  const outside = requests.filter((url) => !/^(http:\/\/127\.0\.0\.1:\d+\/|chrome-extension:\/\/|data:|blob:|about:)/.test(url));
  assert.deepEqual(outside, []);
  assert.ok(requests.length > 0, 'requests were recorded');
});
