// The syntax packs of the wasm package: the same bytes as the native build's,
// loaded only for the languages analysed (from disk in Node, fetched in a
// browser-like setting: here a local HTTP server and syntaxUrl), and bad
// packs refused with a code while the engine keeps working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PKG_DIR, ROOT, loadModule, normalize, runNative } from './helpers.mjs';

const FR = '« Nous ne signerons pas cet accord », a déclaré mardi la porte-parole, Jeanne Dufay.';
const EN = '"We will not sign this deal," the spokeswoman, Jane Duffield, said on Tuesday.';
const packFile = (lang) => path.join(PKG_DIR, `saywho-syntax-${lang}.bin`);

// A pack server: serves pkg/saywho-syntax-<lang>.bin, or what `override`
// says for a path ({status} or {body}); records every path asked for.
let server;
let origin;
const requests = [];
const override = new Map();

before(async () => {
  server = createServer((req, res) => {
    const name = new URL(req.url, 'http://localhost').pathname;
    requests.push(name);
    const special = override.get(name);
    if (special?.status) return res.writeHead(special.status).end();
    const match = /^\/saywho-syntax-([a-z]+)\.bin$/.exec(name);
    if (!special && !match) return res.writeHead(404).end();
    let body;
    try {
      body = special?.body ?? readFileSync(packFile(match[1]));
    } catch {
      return res.writeHead(404).end();
    }
    return res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server?.close());

// An engine that fetches its packs from the pack server, as a browser does.
async function fetchingEngine() {
  const { createSaywho } = await loadModule();
  return createSaywho({ syntaxUrl: (lang) => `${origin}/saywho-syntax-${lang}.bin` });
}

function takeRequests() {
  return requests.splice(0, requests.length);
}

test('the package ships one pack per language, the same bytes the native build carries', async () => {
  const { createSaywho } = await loadModule();
  const { languages } = await createSaywho();
  assert.deepEqual([...languages].sort(), ['en', 'fr']);
  for (const lang of languages) {
    const shipped = readFileSync(packFile(lang));
    const source = readFileSync(path.join(ROOT, 'core', 'data', lang, 'syntax.bin'));
    assert.ok(shipped.equals(source), `pkg/saywho-syntax-${lang}.bin differs from core/data/${lang}/syntax.bin`);
  }
  const manifest = JSON.parse(readFileSync(path.join(PKG_DIR, 'package.json'), 'utf8'));
  assert.ok(manifest.files.includes('saywho-syntax-*.bin'), 'the npm package leaves the packs out');
});

test('Node: analyze() stays synchronous and reads a pack from disk on the first use of its language only', async () => {
  const { createSaywho } = await loadModule();
  const saywho = await createSaywho();
  assert.deepEqual(saywho.loadedLanguages(), []);
  const fr = saywho.analyze(FR, { lang: 'fr' });
  assert.equal(fr.quotes[0].content.text, 'Nous ne signerons pas cet accord');
  assert.deepEqual(saywho.loadedLanguages(), ['fr']);
  const en = saywho.analyze(EN);  // auto: detected English
  assert.equal(en.lang, 'en');
  assert.equal(en.lang_detected, true);
  assert.deepEqual([...saywho.loadedLanguages()].sort(), ['en', 'fr']);
});

test('browser-like: analyze() before the pack is loaded throws language_not_loaded, then works after loadLanguage()', async () => {
  const { SaywhoError } = await loadModule();
  const saywho = await fetchingEngine();
  takeRequests();
  for (const opts of [{ lang: 'fr' }, { lang: 'auto' }, undefined]) {
    assert.throws(() => saywho.analyze(FR, opts), (error) => {
      assert.ok(error instanceof SaywhoError, String(error));
      assert.equal(error.code, 'language_not_loaded');
      assert.match(error.message, /French syntax pack is not loaded.*loadLanguage\('fr'\)/);
      return true;
    });
  }
  assert.throws(() => saywho.analyzeJson(EN, { lang: 'en' }), { code: 'language_not_loaded' });
  assert.deepEqual(takeRequests(), [], 'a synchronous call fetched something');

  // Concurrent loads share one fetch; a loaded language is not fetched again.
  await Promise.all([saywho.loadLanguage('fr'), saywho.loadLanguage('fr')]);
  await saywho.loadLanguage('fr');
  assert.deepEqual(takeRequests(), ['/saywho-syntax-fr.bin']);
  assert.deepEqual(saywho.loadedLanguages(), ['fr']);
  const native = runNative(['analyze', '--lang', 'fr'], FR);
  assert.equal(native.status, 0, native.stderr);
  assert.equal(normalize(saywho.analyze(FR, { lang: 'fr' })), normalize(native.stdout));
  assert.throws(() => saywho.analyze(EN, { lang: 'en' }), { code: 'language_not_loaded' });
});

test('analyzeAsync with auto fetches the pack of the detected language only', async () => {
  const saywho = await fetchingEngine();
  takeRequests();
  assert.equal(saywho.detectLanguage(EN), 'en');
  assert.equal(saywho.detectLanguage(FR), 'fr');
  const en = await saywho.analyzeAsync(EN, { lang: 'auto' });
  assert.deepEqual(takeRequests(), ['/saywho-syntax-en.bin']);
  assert.deepEqual(saywho.loadedLanguages(), ['en']);
  assert.equal(en.lang, 'en');
  assert.equal(en.lang_detected, true);
  const native = runNative(['analyze', '--lang', 'auto'], EN);
  assert.equal(native.status, 0, native.stderr);
  assert.equal(normalize(en), normalize(native.stdout));
  // Default options are 'auto' too; the English pack is not fetched again.
  await saywho.analyzeAsync(EN);
  assert.deepEqual(takeRequests(), []);
});

test('prefetchLanguages fetches those packs while the engine loads; their loads wait for that fetch', async () => {
  const { createSaywho } = await loadModule();
  const syntaxUrl = (lang) => `${origin}/saywho-syntax-${lang}.bin`;
  takeRequests();
  const saywho = await createSaywho({ syntaxUrl, prefetchLanguages: ['fr'] });
  assert.deepEqual(takeRequests(), ['/saywho-syntax-fr.bin'], 'the French pack was not fetched at creation');
  assert.deepEqual(saywho.loadedLanguages(), [], 'a prefetched pack is installed by its first load only');
  assert.equal((await saywho.analyzeAsync(FR, { lang: 'fr' })).quotes[0].content.text, 'Nous ne signerons pas cet accord');
  await saywho.analyzeAsync(EN, { lang: 'en' });
  assert.deepEqual(takeRequests(), ['/saywho-syntax-en.bin'], 'French fetched twice, or English not on its first use');

  // A prefetch that fails is no unhandled rejection: the first load reports
  // it, the next one fetches again.
  override.set('/saywho-syntax-en.bin', { status: 503 });
  let failing;
  try {
    failing = await createSaywho({ syntaxUrl, prefetchLanguages: ['en'] });
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    override.delete('/saywho-syntax-en.bin');
  }
  await assert.rejects(failing.loadLanguage('en'), { code: 'load_failed', message: /English syntax pack .*HTTP 503/ });
  assert.equal((await failing.analyzeAsync(EN, { lang: 'en' })).quotes.length, 1);

  for (const prefetchLanguages of [['de'], 'fr', [42]]) {
    await assert.rejects(createSaywho({ syntaxUrl, prefetchLanguages }), { code: 'invalid_options' }, String(prefetchLanguages));
  }
});

test('garbage, truncated or other-language bytes are refused as invalid_pack; the engine keeps working', async () => {
  const { createSaywho, SaywhoError } = await loadModule();
  const fr = readFileSync(packFile('fr'));
  const bad = {
    garbage: Buffer.from('this is not a syntax pack at all, just some words'),
    empty: new Uint8Array(0),
    truncated: fr.subarray(0, Math.floor(fr.length / 2)),
    'a damaged count': Buffer.concat([fr.subarray(0, 64), Buffer.alloc(64, 0xff)]),
    'the English pack': readFileSync(packFile('en')),
  };
  for (const [what, bytes] of Object.entries(bad)) {
    const saywho = await createSaywho({ syntaxPacks: { fr: bytes } });
    assert.throws(() => saywho.analyze(FR, { lang: 'fr' }), (error) => {
      assert.ok(error instanceof SaywhoError, `${what}: ${error}`);
      assert.equal(error.code, 'invalid_pack', `${what}: ${error.message}`);
      return true;
    });
    await assert.rejects(saywho.loadLanguage('fr'), { code: 'invalid_pack' }, what);
    assert.deepEqual(saywho.loadedLanguages(), [], what);
    // Other languages are untouched: English is read from disk and works.
    assert.equal(saywho.analyze(EN, { lang: 'en' }).quotes.length, 1, what);
  }

  // Fetched garbage, in a browser-like setting, is refused the same way.
  override.set('/saywho-syntax-fr.bin', { body: bad.garbage });
  try {
    const saywho = await fetchingEngine();
    await assert.rejects(saywho.analyzeAsync(FR, { lang: 'fr' }), { code: 'invalid_pack' });
    assert.deepEqual(saywho.loadedLanguages(), []);
  } finally {
    override.delete('/saywho-syntax-fr.bin');
  }
});

test('a pack that cannot be fetched or read is load_failed, and a later try loads it', async () => {
  const saywho = await fetchingEngine();
  override.set('/saywho-syntax-fr.bin', { status: 404 });
  try {
    await assert.rejects(saywho.loadLanguage('fr'), (error) => {
      assert.equal(error.code, 'load_failed');
      assert.match(error.message, /French syntax pack .*HTTP 404/);
      return true;
    });
  } finally {
    override.delete('/saywho-syntax-fr.bin');
  }
  await saywho.loadLanguage('fr');
  assert.equal(saywho.analyze(FR, { lang: 'fr' }).quotes.length, 1);

  const { createSaywho } = await loadModule();
  const missing = await createSaywho({ syntaxUrl: (lang) => pathToFileURL(path.join(ROOT, 'no-such-dir', `${lang}.bin`)) });
  assert.throws(() => missing.analyze(FR, { lang: 'fr' }), { code: 'load_failed' });
  await assert.rejects(missing.loadLanguage('fr'), { code: 'load_failed' });
});

test('loadLanguage refuses unknown languages, and bad pack options are refused', async () => {
  const { createSaywho } = await loadModule();
  const saywho = await createSaywho();
  for (const lang of ['de', 'auto', '', 'FR', 42, undefined]) {
    await assert.rejects(saywho.loadLanguage(lang), { code: 'unknown_language' }, String(lang));
  }
  await assert.rejects(createSaywho({ syntaxUrl: 'https://example.org/' }), { code: 'invalid_options' });
  await assert.rejects(createSaywho({ syntaxPacks: null }), { code: 'invalid_options' });
  const wrongType = await createSaywho({ syntaxPacks: { fr: 'bytes' } });
  assert.throws(() => wrongType.analyze(FR, { lang: 'fr' }), { code: 'invalid_options' });
});
