// 10,000 analyses in a row leave the engine's heap where it was: every call
// frees what it allocated (input copy, answer buffer, engine structures).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModule } from './helpers.mjs';

const RUNS = 10_000;
// Allocator slack (free lists, one-time caches) may move by a few KB; a leak
// of even 8 bytes a call grows the heap by 80 KB over the run.
const ALLOWED_GROWTH_BYTES = 32 * 1024;

const TEXTS = [
  '« Nous ne céderons pas 💪 », a déclaré jeudi la maire, Hélène Castagnède.',
  'The minister, Paul Ekwueme, said the budget was "balanced and fair." Critics disagreed.',
  'Selon un rapport de l’Institut Bellerive, publié lundi, les prix ont augmenté de 4 %.',
  'Mr. Osei accused the council of "wasting public money" on the 🏟️ project.',
];

test(`${RUNS} analyses in a row do not grow the heap`, async () => {
  const { createSaywho } = await loadModule();
  const saywho = await createSaywho();
  // Warm-up: first calls build caches (language packs, ICU iterators).
  for (let i = 0; i < 20; i += 1) saywho.analyze(TEXTS[i % TEXTS.length], { lang: 'auto' });
  const heapBefore = saywho.heapInUse();
  const memoryBefore = saywho.memoryBytes();
  let quotes = 0;
  for (let i = 0; i < RUNS; i += 1) {
    quotes += saywho.analyze(TEXTS[i % TEXTS.length], { lang: i % 2 ? 'auto' : undefined }).quotes.length;
  }
  const heapAfter = saywho.heapInUse();
  const memoryAfter = saywho.memoryBytes();
  console.log(`heap in use: ${heapBefore} -> ${heapAfter} bytes; wasm memory: ${memoryBefore} -> ${memoryAfter} bytes; ${quotes} quotes found`);
  assert.ok(heapAfter - heapBefore <= ALLOWED_GROWTH_BYTES,
    `heap grew by ${heapAfter - heapBefore} bytes over ${RUNS} analyses`);
  assert.equal(memoryAfter, memoryBefore, 'the wasm memory grew');
});

test('errors free their memory too', async () => {
  const { createSaywho } = await loadModule();
  const saywho = await createSaywho({ maxInputBytes: 64 });
  saywho.analyze('Bonjour.', { lang: 'fr' });
  const before = saywho.heapInUse();
  for (let i = 0; i < 2000; i += 1) {
    assert.throws(() => saywho.analyze('x'.repeat(60) + 'é'.repeat(10), { lang: 'fr' }), { code: 'input_too_large' });
  }
  assert.ok(saywho.heapInUse() - before <= ALLOWED_GROWTH_BYTES, `heap grew by ${saywho.heapInUse() - before}`);
});
