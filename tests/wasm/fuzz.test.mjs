// The wasm boundary under random JavaScript strings: what a page can hand
// analyze() — lone and reversed surrogates, unpaired quotation marks, cues
// with nothing after them, control and format characters, empty, blank and
// very long texts. Each analysis must keep every invariant of helpers.mjs
// (spans inside the string, text.slice(start, end) === span.text, ids that
// resolve, confidences in [0, 1]); "fr" and "en" must always analyse; any
// refusal must be a SaywhoError; and the engine must keep working after.
//
// Deterministic: a seeded generator and a fixed number of cases
// (SAYWHO_WASM_FUZZ_SEED, SAYWHO_WASM_FUZZ_CASES to change them). A long
// run: SAYWHO_WASM_FUZZ_SECONDS=3600 node --test tests/wasm/fuzz.test.mjs
// (cases until the time is up; every failure names its seed and case).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, assertIdsResolve, assertSpansSlice, loadModule, sharedSaywho } from './helpers.mjs';

const SEED = Number(process.env.SAYWHO_WASM_FUZZ_SEED ?? 20261204);
const CASES = Number(process.env.SAYWHO_WASM_FUZZ_CASES ?? 300);
const SECONDS = Number(process.env.SAYWHO_WASM_FUZZ_SECONDS ?? 0);

// mulberry32: a small, well-mixed 32-bit generator; the same seed gives the
// same strings on every machine.
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { int, pick: (list) => list[int(list.length)], chance: (p) => next() < p };
}

// Our own news-style fixtures: the raw material cut and spliced below.
const FIXTURES = ['tests/wasm/fixtures', 'tests/fixtures/articles', 'web-demo/samples'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir)).filter((n) => n.endsWith('.txt'))
    .map((n) => readFileSync(path.join(ROOT, dir, n), 'utf8')));

const PIECES = [
  // quotation marks of every style, alone (unpaired) or as pairs
  '«', '»', '« ', ' »', '“', '”', '‘', '’', '„', '‚', '‹', '›', '"', "'", '« Oui »', '“Yes”', '"',
  // cues, markers and the words the quote rules look ahead for
  ' a déclaré ', ' a-t-il ajouté', ' a affirmé que ', ' selon ', 'Selon ', ' d’après ', ' accuse ',
  ' said ', ' told reporters that ', ', he said', ' according to ', ' accused ', ' denied ', ' that ',
  ', days after ', ', two weeks before ', ', quelques jours après ', ' le ministre ', ' Mme Rhys ',
  ' the minister ', ' Ms. Ada Rhys ', ' le rapport ', ' the report by ', ' : ', ', ', '. ', ' ,', ';', '(', ')',
  '\n', '\n\n', '\r\n', ' ', '\u00a0', '\u202f',
  // what JavaScript strings may hold that UTF-8 cannot, and other oddities
  '\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800', '\ud83d', '\ude00', '😀', '👍🏽', '𝔄𝔫𝔫𝔢',
  '\u0000', '\ufeff', '\u200b', '\u200d', '\u202e', '\u2028', '\u2029', 'e\u0301', '\ufffd', '\uffff',
  'مرحبا', '日本語の記事', '…', '—', '–', '-t-', '\t', '\u0007',
];

// One random string: fixture slices (cut anywhere, even inside a surrogate
// pair), pieces and random UTF-16 units, spliced together.
function randomText(rng) {
  const parts = [];
  const count = 1 + rng.int(12);
  for (let i = 0; i < count; i += 1) {
    const kind = rng.int(10);
    if (kind < 3) {
      const text = rng.pick(FIXTURES);
      const start = rng.int(text.length);
      parts.push(text.slice(start, start + rng.int(600)));
    } else if (kind < 8) {
      parts.push(rng.pick(PIECES));
    } else {
      let units = '';
      for (let n = rng.int(8); n > 0; n -= 1) units += String.fromCharCode(rng.int(0x10000));
      parts.push(units);
    }
  }
  let text = parts.join(rng.chance(0.5) ? '' : ' ');
  if (rng.chance(0.1)) text = text.repeat(2 + rng.int(20));
  return text;
}

function checkOne(saywho, text, lang, name) {
  let analysis;
  try {
    analysis = saywho.analyze(text, { lang });
  } catch (error) {
    assert.equal(error.name, 'SaywhoError', `${name}: ${error}`);
    // French and English texts within the size limit are always analysed.
    assert.equal(lang, 'auto', `${name}: refused as ${error.code}: ${error.message}`);
    return;
  }
  assertSpansSlice(text, analysis, name);
  assertIdsResolve(analysis, name);
}

test('random strings through analyze() keep every span and id invariant', async (t) => {
  const saywho = await sharedSaywho();
  const deadline = SECONDS > 0 ? Date.now() + SECONDS * 1000 : 0;
  let cases = 0;
  for (let round = 0; deadline ? Date.now() < deadline : round < 1; round += 1) {
    const seed = SEED + round;
    const rng = generator(seed);
    for (let i = 0; i < CASES; i += 1) {
      const text = randomText(rng);
      const lang = rng.pick(['fr', 'en', 'auto']);
      checkOne(saywho, text, lang, `seed ${seed} case ${i} (${lang}, ${text.length} units) ${JSON.stringify(text.slice(0, 80))}`);
      cases += 1;
    }
  }
  t.diagnostic(`${cases} cases`);
  assert.ok(cases >= CASES);
});

test('empty, blank, huge and over-limit strings at the boundary', async () => {
  const saywho = await sharedSaywho();
  for (const text of ['', ' ', '\n\n\n', '\ufeff', '\u200b\u00a0\u2028', '\ud800', '\udc00'.repeat(1000)]) {
    for (const lang of ['fr', 'en']) {
      const analysis = saywho.analyze(text, { lang });
      assertSpansSlice(text, analysis, JSON.stringify(text.slice(0, 10)));
      assert.equal(analysis.quotes.length, 0);
    }
  }
  // Half a megabyte of fixtures with lone surrogates sprinkled in, and
  // 100,000 unpaired marks: analysed, every span still slices the string.
  const fixtures = FIXTURES.join('\n\ud800\n');
  const big = fixtures.repeat(Math.ceil(500_000 / fixtures.length));
  for (const [name, text, lang] of [['fixtures', big, 'fr'], ['marks', '« “ " ‘ ‹ \ud83d'.repeat(20_000), 'en']]) {
    const analysis = saywho.analyze(text, { lang });
    assertSpansSlice(text, analysis, name);
    assertIdsResolve(analysis, name);
  }
  // Over the limit: refused as input_too_large, then the engine still works.
  const { createSaywho } = await loadModule();
  const small = await createSaywho({ maxInputBytes: 1000 });
  assert.throws(() => small.analyze('é'.repeat(600), { lang: 'fr' }), { name: 'SaywhoError', code: 'input_too_large' });
  assert.equal(small.analyze('« Oui », a dit Mme Ada Rhys.', { lang: 'fr' }).quotes.length, 1);
});
