// The package in a real browser (Chromium), under an extension-like CSP
// (script-src 'self' 'wasm-unsafe-eval': no eval): loaded by URL with
// instantiateStreaming in a page, and in a module worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PKG_DIR, loadModule } from './helpers.mjs';
import { chromium } from 'playwright-core';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'";
const TEXT = '« Nous tiendrons parole 🎉 », a déclaré la ministre, 𝔄nne Roussel. « Ni demain 👍🏽, ni jamais », a-t-elle ajouté.';

// The page and worker: plain files served beside the package.
const PAGES = {
  '/page.html': ['text/html', '<!doctype html><meta charset="utf-8"><script type="module" src="/page.mjs"></script>'],
  '/page.mjs': ['text/javascript', `
    import { createSaywho, SaywhoError } from './pkg/saywho.mjs';
    const TEXT = ${JSON.stringify(TEXT)};
    async function run() {
      const saywho = await createSaywho();
      // A browser fetches a language's pack on its first use only.
      let notLoaded = null;
      try { saywho.analyze(TEXT, { lang: 'fr' }); } catch (e) { notLoaded = e instanceof SaywhoError ? e.code : String(e); }
      const analysis = await saywho.analyzeAsync(TEXT, { lang: 'auto' });
      const loaded = saywho.loadedLanguages();
      let refused = null;
      try { saywho.analyze(TEXT, { lang: 'xx' }); } catch (e) { refused = e instanceof SaywhoError ? e.code : String(e); }
      const worker = new Worker('/worker.mjs', { type: 'module' });
      const fromWorker = await new Promise((resolve) => {
        worker.onmessage = (event) => resolve(event.data);
        worker.onerror = (event) => resolve({ error: event.message });
        worker.postMessage(TEXT);
      });
      return { version: saywho.version, notLoaded, analysis, loaded, refused, fromWorker };
    }
    window.result = run().catch((e) => ({ error: String(e && e.stack || e) }));
  `],
  '/worker.mjs': ['text/javascript', `
    import { createSaywho } from './pkg/saywho.mjs';
    const ready = createSaywho();
    self.onmessage = async (event) => {
      try { self.postMessage(await (await ready).analyzeAsync(event.data, { lang: 'fr' })); }
      catch (e) { self.postMessage({ error: String(e) }); }
    };
  `],
};

const TYPES = { '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.bin': 'application/octet-stream' };

let server;
let origin;
const served = [];  // paths of the package's files asked for
let browser;
let profile;

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const headers = { 'Content-Security-Policy': CSP };
    if (PAGES[url.pathname]) {
      const [type, body] = PAGES[url.pathname];
      res.writeHead(200, { ...headers, 'Content-Type': type }).end(body);
      return;
    }
    served.push(url.pathname);
    const file = path.join(PKG_DIR, path.normalize(url.pathname.replace(/^\/pkg\//, '/')));
    if (!url.pathname.startsWith('/pkg/') || !file.startsWith(PKG_DIR) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  profile = mkdtempSync(path.join(tmpdir(), 'saywho-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('page and module worker analyse with the wasm engine under a no-eval CSP', async () => {
  const page = await browser.newPage();
  const violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy|unsafe-eval/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${origin}/page.html`);
  const result = await page.waitForFunction(() => window.result, null, { timeout: 30_000 })
    .then(() => page.evaluate(() => window.result));
  assert.equal(result.error, undefined, result.error);
  assert.deepEqual(violations, []);
  assert.match(result.version, /^\d+\.\d+\.\d+/);
  assert.equal(result.refused, 'unknown_language');
  assert.equal(result.notLoaded, 'language_not_loaded');
  assert.deepEqual(result.loaded, ['fr']);
  assert.equal(result.analysis.lang_detected, true);
  // The page and its worker (two engines) fetched the French pack, never
  // the English one.
  const packs = served.filter((p) => p.includes('syntax'));
  assert.ok(packs.length >= 1, 'no pack was fetched');
  assert.deepEqual([...new Set(packs)], ['/pkg/saywho-syntax-fr.bin']);
  // The browser's engine answers exactly as Node's does.
  const { createSaywho } = await loadModule();
  const expected = (await createSaywho()).analyze(TEXT, { lang: 'fr' });
  assert.ok(expected.quotes.length >= 1);
  assert.deepEqual({ ...result.analysis, lang_detected: false }, expected);
  assert.deepEqual(result.fromWorker, expected);
  for (const quote of result.analysis.quotes) {
    assert.equal(TEXT.slice(quote.content.start, quote.content.end), quote.content.text);
  }
  await page.close();
});
