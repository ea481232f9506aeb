// Foundation smoke test: the wasm text layer cuts the same paragraphs,
// sentences, tokens and quote marks, at the same offsets, as the native one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, parityTexts, runNative, sharedSaywho } from './helpers.mjs';

// Our fixtures first, then the dev articles (read at test time).
const texts = parityTexts();

test('there are French and English fixtures with astral characters', () => {
  assert.ok(texts.some((t) => t.lang === 'fr'));
  assert.ok(texts.some((t) => t.lang === 'en'));
  const ours = texts.filter((t) => t.name.startsWith('tests/'));
  assert.ok(ours.some((t) => /\p{Extended_Pictographic}/u.test(t.text) && /[\u{10000}-\u{10FFFF}]/u.test(t.text)));
});

for (const { name, lang, text } of texts) {
  test(`segment parity: ${name} (${lang})`, async () => {
    const saywho = await sharedSaywho();
    const wasm = saywho.segment(text, { lang });
    const native = runNative(['segment', '--lang', lang], text);
    assert.equal(native.status, 0, `native segment failed: ${native.stderr}`);
    assert.ok(wasm.sentences.length > 0 && wasm.tokens.length > 0, 'the fixture segments into something');
    assert.equal(normalize(wasm), normalize(native.stdout));
  });
}
