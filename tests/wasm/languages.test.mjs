// Languages Saywho does not read: with lang 'auto' the module refuses them
// with SaywhoError 'unsupported_language' and the language named; French and
// English texts mixed with other languages are analysed; an explicit lang
// analyses anything. Fixtures: tests/fixtures/languages/ (our own texts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, loadModule, sharedSaywho } from './helpers.mjs';

const fixture = (name) => readFileSync(path.join(ROOT, 'tests', 'fixtures', 'languages', name), 'utf8');

const REFUSED = [
  ['es-puerto-huelga.txt', 'es', 'Spanish'],
  ['de-stadtrat-bruecke.txt', 'de', 'German'],
  ['ja-kasen-hanran.txt', 'ja', 'Japanese'],
];

test('Spanish, German and Japanese articles are refused with their language named', async () => {
  const { SaywhoError } = await loadModule();
  const saywho = await sharedSaywho();
  for (const [file, code, name] of REFUSED) {
    const text = fixture(file);
    for (const call of [() => saywho.analyze(text), () => saywho.analyzeJson(text, { lang: 'auto' })]) {
      assert.throws(call, (error) => {
        assert.ok(error instanceof SaywhoError, String(error));
        assert.equal(error.code, 'unsupported_language');
        assert.equal(error.language, code);
        assert.equal(error.message, `this text seems to be in ${name} (${code}); Saywho reads French and English`);
        return true;
      }, file);
    }
  }
  // The engine stays usable after a refusal.
  assert.equal(saywho.analyze(fixture('mixed-fr-english-quote.txt')).lang, 'fr');
});

test('a foreign script whose language cannot be told is refused with language null', async () => {
  const saywho = await sharedSaywho();
  assert.throws(() => saywho.analyze('ქალაქის მერმა განაცხადა, რომ ახალი პარკი გაზაფხულზე გაიხსნება.'),
    { name: 'SaywhoError', code: 'unsupported_language', language: null });
});

test('other refusals carry language null', async () => {
  const saywho = await sharedSaywho();
  assert.throws(() => saywho.analyze('x', { lang: 'de' }), { code: 'unknown_language', language: null });
});

test('mixed French and English texts are analysed, their quotes found', async () => {
  const saywho = await sharedSaywho();
  for (const [file, lang] of [
    ['mixed-en-french-quote.txt', 'en'],
    ['mixed-fr-english-quote.txt', 'fr'],
    ['mixed-en-spanish-quote.txt', 'en'],
    ['mixed-en-foreign-script.txt', 'en'],
    ['mixed-fr-names-numbers.txt', 'fr'],
  ]) {
    const analysis = saywho.analyze(fixture(file));
    assert.equal(analysis.lang, lang, file);
    assert.equal(analysis.lang_detected, true, file);
  }
  assert.ok(saywho.analyze(fixture('mixed-en-french-quote.txt')).quotes.length >= 2);
});

test('an explicit lang analyses a foreign text as that language', async () => {
  const saywho = await sharedSaywho();
  const analysis = saywho.analyze(fixture('es-puerto-huelga.txt'), { lang: 'fr' });
  assert.equal(analysis.lang, 'fr');
  assert.equal(analysis.lang_detected, false);
});
