// The demo site's Node side and pure helpers: the static server (types,
// containment, port fallback) and the shareable link state. No browser.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { resolveInRoot, startServer } from '../../web-demo/serve.mjs';
import { MAX_SHARED_TEXT_BYTES, decodeState, encodeState } from '../../web-demo/share.js';

let root;
let site;

before(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'saywho-serve-test-'));
  mkdirSync(path.join(root, 'engine'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(path.join(root, 'engine', 'saywho-core.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  writeFileSync(path.join(root, 'app.js'), 'export {};');
  // A file next to the root, which the server must never hand out.
  writeFileSync(path.join(path.dirname(root), 'saywho-outside-root.txt'), 'secret');
  site = await startServer({ root, port: 0 });
});

after(() => {
  site?.server.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(path.join(path.dirname(root), 'saywho-outside-root.txt'), { force: true });
});

test('serves files with their MIME types (application/wasm for the engine)', async () => {
  const wasm = await fetch(`${site.url}engine/saywho-core.wasm`);
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.equal((await wasm.arrayBuffer()).byteLength, 8);
  const js = await fetch(`${site.url}app.js`);
  assert.match(js.headers.get('content-type'), /^text\/javascript/);
  const index = await fetch(site.url);
  assert.match(index.headers.get('content-type'), /^text\/html/);
  assert.match(index.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
});

test('never serves outside its root, and answers missing files with 404', async () => {
  for (const p of ['../saywho-outside-root.txt', '%2e%2e/saywho-outside-root.txt', '..%2fsaywho-outside-root.txt']) {
    const response = await fetch(`${site.url}${p}`);
    assert.notEqual(response.status, 200, p);
    assert.ok(!(await response.text()).includes('secret'), p);
  }
  assert.equal(resolveInRoot('/srv/site', '/../etc/passwd'), path.join('/srv/site', 'etc/passwd'));
  assert.equal(resolveInRoot('/srv/site', '/%E0%A4%A'), null); // malformed escape
  assert.equal((await fetch(`${site.url}missing.js`)).status, 404);
  assert.equal((await fetch(site.url, { method: 'POST' })).status, 405);
});

test('falls back to a free port when the asked one is taken', async () => {
  const blocker = createServer();
  await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const taken = blocker.address().port;
  const second = await startServer({ root, port: taken });
  try {
    assert.notEqual(new URL(second.url).port, String(taken));
    assert.equal((await fetch(second.url)).status, 200);
  } finally {
    second.server.close();
    blocker.close();
  }
});

test('share: a short text and the options survive the round trip through the link', () => {
  const text = 'Selon la mairie, « tout va bien » & 100 % sûr.\nLigne 2 #ici';
  const { fragment, textShared } = encodeState({ lang: 'fr', sampleId: null, text });
  assert.equal(textShared, true);
  assert.deepEqual(decodeState(`#${fragment}`), { lang: 'fr', sampleId: null, text });
});

test('share: a sample is linked by id, a long text is left out of the link', () => {
  assert.deepEqual(decodeState(`#${encodeState({ lang: 'en', sampleId: 'en-corvina-leak', text: 'x' }).fragment}`),
    { lang: 'en', sampleId: 'en-corvina-leak', text: null });
  const long = 'é'.repeat(MAX_SHARED_TEXT_BYTES); // 2 bytes each in UTF-8
  const { fragment, textShared } = encodeState({ lang: 'auto', sampleId: null, text: long });
  assert.equal(textShared, false);
  assert.equal(decodeState(fragment).text, null);
});

test('share: odd fragments give safe defaults', () => {
  assert.deepEqual(decodeState(''), { lang: 'auto', sampleId: null, text: null });
  assert.deepEqual(decodeState('#lang=de&sample=../../etc'), { lang: 'auto', sampleId: null, text: null });
  assert.deepEqual(decodeState('#%%%'), { lang: 'auto', sampleId: null, text: null });
});
