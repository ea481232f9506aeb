// The benchmark's own helpers: the corpus is deterministic, sized as asked,
// built from our fixtures with consistent renaming; the statistics and the
// growth projection that skips slow sizes compute what they claim.
// Run: node --test bench/bench.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleOfBytes, articleOfWords, corpusRecords, wordCount, sourcesOf } from './corpus.mjs';
import { percentile, projectedMs, summarize, timeRepeatedly } from './stats.mjs';

test('articles never exceed the asked size and come close to it', () => {
  for (const lang of ['en', 'fr']) {
    for (const bytes of [1_000, 10_000, 100_000]) {
      const size = Buffer.byteLength(articleOfBytes(lang, bytes));
      assert.ok(size <= bytes, `${lang} ${bytes}: ${size} bytes`);
      assert.ok(size > bytes * 0.7, `${lang} ${bytes}: only ${size} bytes`);
    }
  }
});

test('the corpus is the same on every call', () => {
  assert.equal(articleOfBytes('fr', 20_000), articleOfBytes('fr', 20_000));
  assert.equal(articleOfWords('en', 1000), articleOfWords('en', 1000));
});

test('corpus records: one JSON object a line, both languages, varied, the same on every call', () => {
  const jsonl = corpusRecords(40);
  assert.equal(jsonl, corpusRecords(40));
  const records = jsonl.trimEnd().split('\n').map((line) => JSON.parse(line));
  assert.equal(records.length, 40);
  assert.equal(new Set(records.map((r) => r.id)).size, 40);
  assert.equal(new Set(records.map((r) => r.text)).size, 40, 'each record its own article');
  assert.deepEqual([...new Set(records.map((r) => r.id.slice(0, 2)))].sort(), ['en', 'fr']);
  for (const r of records) assert.ok(Buffer.byteLength(r.text) <= 6000, `${r.id} is ${r.text.length} chars`);
});

test('word articles reach the asked word count', () => {
  const text = articleOfWords('en', 5000);
  assert.ok(wordCount(text) >= 5000);
  assert.ok(wordCount(text) < 5300, 'at most one paragraph over');
});

test('people are found in the fixtures, organisations are not', () => {
  const people = sourcesOf('en').people.map((p) => p.full);
  assert.ok(people.length >= 3, `found ${people.join(', ')}`);
  assert.ok(!people.includes('Kestrel Labs'), 'an organisation is not renamed as a person');
});

test('later rounds rename a person in full and by surname alike', () => {
  const { people } = sourcesOf('en');
  const text = articleOfBytes('en', 60_000);
  // The first round keeps the fixture names; renamed rounds bring new names
  // whose surnames also stand alone (e.g. "Lindqvist accused …").
  assert.ok(text.includes(people[0].full));
  const renamedSurnames = ['Lindqvist', 'Pratchett', 'Delacourt', 'Abiodun'].filter((s) => new RegExp(`(^|[.!?"] )${s} [a-z]`, 'm').test(text));
  assert.ok(renamedSurnames.length > 0, 'a renamed surname opens a sentence');
});

test('percentile and summarize use the nearest rank', () => {
  assert.equal(percentile([5, 1, 3], 0.5), 3);
  assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 0.95), 19);
  assert.deepEqual(summarize([4, 2, 8]), { runs: 3, median_ms: 4, p95_ms: 8, min_ms: 2 });
});

test('timeRepeatedly respects its minimum and maximum counts', () => {
  assert.equal(timeRepeatedly(() => {}, { min: 4, max: 10, budgetMs: 0 }).length, 4);
  assert.equal(timeRepeatedly(() => {}, { min: 1, max: 7, budgetMs: 1e9 }).length, 7);
});

test('projection is linear at worst, and follows a steeper observed growth', () => {
  assert.equal(projectedMs([], 1000), 0);
  assert.equal(projectedMs([{ bytes: 1000, median_ms: 2 }], 10_000), 20);
  // Linear growth, or better, projects linearly.
  assert.equal(projectedMs([{ bytes: 1000, median_ms: 2 }, { bytes: 10_000, median_ms: 10 }], 100_000), 100);
  // Quadratic growth (×100 for ×10 bytes) projects quadratically.
  assert.ok(Math.abs(projectedMs([{ bytes: 1000, median_ms: 1 }, { bytes: 10_000, median_ms: 100 }], 100_000) - 10_000) < 1e-6);
});
