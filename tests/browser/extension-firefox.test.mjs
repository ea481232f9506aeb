// The built Firefox extension (dist/firefox) in headless Firefox ESR, driven
// through WebDriver BiDi: it installs, its engine runs in the background
// event page's worker, and it highlights our fixture pages, strict-CSP one
// included, without changing the article DOM or sending any request out.
//
// BiDi cannot open moz-extension:// pages nor press the toolbar button, so
// the test copy declares the content script for the local test server with
// exactly the files that "always on this site" registers at run time; the
// rest (the bundled content script, messages, engine, highlights) is the shipped code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './lib/server.mjs';
import { launchFirefox, evaluate } from './lib/firefox.mjs';
import { ROOT, testCopyOfExtension } from './lib/extension-build.mjs';
import { CONTENT_FILES, CONTENT_CSS } from '../../extension/src/background/content-injection.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const STRICT_CSP = { 'content-security-policy': "default-src 'self'; script-src 'self'; object-src 'none'" };
let server;
let firefox;
let extension;
const requests = [];

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer({
    mounts: { '/': join(ROOT, 'tests', 'browser', 'fixtures') },
    headers: { '/strict-csp.html': STRICT_CSP, '/strict-csp.js': STRICT_CSP },
    rewrites: { '/spa/': '/spa.html' },
  });
  extension = testCopyOfExtension('firefox', {
    contentScript: { js: [...CONTENT_FILES, 'src/content/autostart.js'], css: CONTENT_CSS },
  });
  firefox = await launchFirefox();
  await firefox.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  firefox.on('network.beforeRequestSent', (event) => requests.push(event.request.url));
  const { extension: id } = await firefox.send('webExtension.install', { extensionData: { type: 'path', path: extension.dir } });
  assert.equal(id, 'saywho@saywho.example');
});
after(async () => {
  await firefox?.close();
  await server?.close();
  extension?.remove();
});

async function openFixture(t, path) {
  const { context } = await firefox.send('browsingContext.create', { type: 'tab' });
  t.after(() => firefox.send('browsingContext.close', { context }).catch(() => {}));
  await firefox.send('browsingContext.navigate', { context, url: `${server.origin}/${path}`, wait: 'complete' });
  return context;
}

async function waitFor(context, expression, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await evaluate(firefox, context, expression)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${expression}`);
}

const HIGHLIGHT_TEXTS = `Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())]))`;

test('Firefox: the French article is highlighted, its DOM unchanged', async (t) => {
  const context = await openFixture(t, 'fr-article.html');
  await waitFor(context, `CSS.highlights.has('saywho-quote')`);
  const highlights = await evaluate(firefox, context, HIGHLIGHT_TEXTS);
  assert.ok(highlights['saywho-quote'].some((text) => text.includes('Navalis a rejeté ses eaux de cale')));
  assert.ok(highlights['saywho-speaker'].some((text) => /Fontanel/.test(text)));
  const dom = await evaluate(firefox, context, `({
    lastTag: document.body.lastElementChild.tagName,
    article: document.querySelector('article').outerHTML,
  })`);
  assert.equal(dom.lastTag, 'SAYWHO-OVERLAY', 'our only element is the overlay at the end of <body>');
  // Compare with a pristine copy of the page, fetched and parsed in the page.
  const pristine = await evaluate(firefox, context, `fetch(location.href).then((r) => r.text())
    .then((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('article').outerHTML)`);
  assert.equal(dom.article, pristine, 'the article markup is unchanged');
  const { data } = await firefox.send('browsingContext.captureScreenshot', { context });
  writeFileSync(join(ARTIFACTS, 'firefox-fr-article.png'), Buffer.from(data, 'base64'));
});

test('Firefox: a strict-CSP page is analysed', async (t) => {
  const context = await openFixture(t, 'strict-csp.html');
  assert.equal(await evaluate(firefox, context, `document.documentElement.dataset.pageScript`), 'ran');
  await waitFor(context, `CSS.highlights.has('saywho-quote')`);
  const highlights = await evaluate(firefox, context, HIGHLIGHT_TEXTS);
  assert.ok(highlights['saywho-quote'].some((text) => text.includes('At no point did I or my staff')));
  // The card's host (with its packaged stylesheet) is set up under the CSP too.
  await waitFor(context, `document.body.lastElementChild.tagName === 'SAYWHO-OVERLAY'`, 5000);
});

test('Firefox: an article loaded late is analysed when it arrives', async (t) => {
  const context = await openFixture(t, 'late.html?delay=1500');
  await waitFor(context, `CSS.highlights.has('saywho-quote')`);
  const highlights = await evaluate(firefox, context, HIGHLIGHT_TEXTS);
  const article = await evaluate(firefox, context, `document.querySelector('article').textContent`);
  for (const text of highlights['saywho-quote']) assert.ok(article.includes(text), `"${text}" is in the late article`);
});

test('Firefox: single-page-app navigation re-analyses the new article', async (t) => {
  const context = await openFixture(t, 'spa/library');
  await waitFor(context, `[...(CSS.highlights.get('saywho-quote') ?? [])].some((r) => r.toString().includes('least bad option'))`);
  await evaluate(firefox, context, `document.querySelector('a[data-route="fishery"]').click()`);
  await waitFor(context, `[...(CSS.highlights.get('saywho-quote') ?? [])].some((r) => r.toString().includes('ten years of our logbooks'))`);
  const highlights = await evaluate(firefox, context, HIGHLIGHT_TEXTS);
  assert.ok(!highlights['saywho-quote'].some((text) => text.includes('least bad option')), 'the old story\'s highlights are gone');
});

test('Firefox: no request left the machine', () => {
  assert.ok(requests.length > 0, 'requests were recorded');
  const outside = requests.filter((url) => !/^(http:\/\/127\.0\.0\.1:\d+\/|moz-extension:\/\/|data:|blob:|about:)/.test(url));
  assert.deepEqual(outside, []);
});
