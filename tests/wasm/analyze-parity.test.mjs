// The wasm engine gives the native engine's analysis, byte for byte after
// JSON normalisation, on our fixtures, our own gold articles and, when the
// shared evaluation set is beside the repository, its dev articles (their
// text is read from the gold files at test time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEV_AVAILABLE, normalize, parityTexts, runNative, sharedSaywho } from './helpers.mjs';

const texts = parityTexts();

test('the parity corpus holds our fixtures and our gold articles in both languages', () => {
  assert.ok(texts.some((t) => t.name.startsWith('tests/')));
  assert.ok(texts.some((t) => t.name.startsWith('eval/fr/')));
  assert.ok(texts.some((t) => t.name.startsWith('eval/en/')));
});

test('the parity corpus holds the shared dev articles', { skip: DEV_AVAILABLE ? false : 'no ../shared/eval/dev beside this checkout' }, () => {
  assert.ok(texts.some((t) => t.name.startsWith('dev/fr/')));
  assert.ok(texts.some((t) => t.name.startsWith('dev/en/')));
});

for (const { name, lang, text } of texts) {
  test(`analyze parity: ${name} (${lang})`, async () => {
    const saywho = await sharedSaywho();
    const native = runNative(['analyze', '--lang', lang], text);
    assert.equal(native.status, 0, `native analyze failed: ${native.stderr}`);
    assert.equal(normalize(saywho.analyze(text, { lang })), normalize(native.stdout));
  });
}

test('analyze parity with language detection (auto)', async () => {
  const saywho = await sharedSaywho();
  for (const { name, text } of texts.slice(0, 4)) {
    const native = runNative(['analyze', '--lang', 'auto'], text);
    assert.equal(native.status, 0, `native analyze failed on ${name}: ${native.stderr}`);
    assert.equal(normalize(saywho.analyze(text)), normalize(native.stdout), name);
  }
});
