// Bad input and bad options come back as SaywhoError with a stable code, and
// the engine keeps working afterwards (no abort that kills the instance).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PKG_DIR, loadModule } from './helpers.mjs';

const GOOD = '« Nous reviendrons », a promis la capitaine, Inès Vautrin.';

async function engine(options) {
  const { createSaywho } = await loadModule();
  return createSaywho(options);
}

function assertStillWorks(saywho) {
  const analysis = saywho.analyze(GOOD, { lang: 'fr' });
  assert.equal(analysis.lang, 'fr');
  assert.equal(analysis.quotes.length, 1);
  assert.equal(analysis.quotes[0].content.text, 'Nous reviendrons');
}

test('an unknown language is refused, then the engine still works', async () => {
  const { SaywhoError } = await loadModule();
  const saywho = await engine();
  for (const lang of ['de', 'FR', '', 42, 'fr\u0000']) {
    assert.throws(() => saywho.analyze(GOOD, { lang }), (error) => {
      assert.ok(error instanceof SaywhoError, String(error));
      assert.equal(error.code, 'unknown_language');
      return true;
    }, `lang ${JSON.stringify(lang)}`);
  }
  assertStillWorks(saywho);
});

test('options that are not an object, and text that is not a string, are refused', async () => {
  const saywho = await engine();
  assert.throws(() => saywho.analyze(GOOD, 'fr'), { name: 'SaywhoError', code: 'invalid_options' });
  assert.throws(() => saywho.analyze(42), { name: 'SaywhoError', code: 'invalid_options' });
  assert.throws(() => saywho.analyze(undefined), { name: 'SaywhoError', code: 'invalid_options' });
  assert.throws(() => saywho.segment(GOOD), { name: 'SaywhoError', code: 'invalid_options' });
  assertStillWorks(saywho);
});

test('too large text is refused by the JS side and by the engine, then it still works', async () => {
  const saywho = await engine({ maxInputBytes: 100 });
  // Longer than the limit in UTF-16 units: refused before any copy.
  assert.throws(() => saywho.analyze('a'.repeat(101)), { name: 'SaywhoError', code: 'input_too_large' });
  // 80 UTF-16 units but 160 UTF-8 bytes: the engine counts the bytes.
  assert.throws(() => saywho.analyze('é'.repeat(80)), (error) => {
    assert.equal(error.code, 'input_too_large');
    assert.match(error.message, /160/);
    return true;
  });
  assertStillWorks(saywho);
});

test('the default limit is 5 MiB and text under it is analysed', async () => {
  const saywho = await engine();
  assert.throws(() => saywho.analyze('x'.repeat(5 * 1024 * 1024 + 1)), { code: 'input_too_large' });
  const long = `${GOOD}\n`.repeat(2000);
  assert.ok(saywho.analyze(long, { lang: 'fr' }).quotes.length >= 2000);
});

test('lone surrogates are encoded as U+FFFD, never invalid UTF-8', async () => {
  const saywho = await engine();
  const analysis = saywho.analyze(`${GOOD} \uD800 fin.`, { lang: 'fr' });
  assert.equal(analysis.quotes[0].content.text, 'Nous reviendrons');
});

test('empty and blank text give an empty analysis', async () => {
  const saywho = await engine();
  for (const text of ['', '   \n\n ']) {
    const analysis = saywho.analyze(text, { lang: 'en' });
    assert.deepEqual([analysis.entities, analysis.quotes, analysis.accusations, analysis.reports], [[], [], [], []]);
  }
});

test('bad createSaywho options are refused with a code', async () => {
  const { createSaywho, SaywhoError } = await loadModule();
  await assert.rejects(createSaywho({ maxInputBytes: -1 }), { code: 'invalid_options' });
  await assert.rejects(createSaywho({ maxInputBytes: 1.5 }), { code: 'invalid_options' });
  await assert.rejects(createSaywho({ wasmBinary: 'not bytes' }), { code: 'invalid_options' });
  await assert.rejects(createSaywho(null), (e) => e instanceof SaywhoError);
  await assert.rejects(createSaywho({ wasmBinary: new Uint8Array([0, 97, 115, 109, 9, 9]) }), { code: 'load_failed' });
  await assert.rejects(createSaywho({ wasmUrl: new URL('file:///nonexistent/saywho-core.wasm') }), { code: 'load_failed' });
});

test('the engine loads from bytes handed in, and from an explicit file URL', async () => {
  const bytes = readFileSync(path.join(PKG_DIR, 'saywho-core.wasm'));
  assertStillWorks(await engine({ wasmBinary: bytes }));
  assertStillWorks(await engine({ wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) }));
  assertStillWorks(await engine({ wasmUrl: new URL(`file://${path.join(PKG_DIR, 'saywho-core.wasm')}`) }));
});

test('version and languages describe the engine', async () => {
  const saywho = await engine();
  assert.match(saywho.version, /^\d+\.\d+\.\d+/);
  assert.deepEqual([...saywho.languages].sort(), ['en', 'fr']);
});

test('the glue has no eval or new Function (extension CSP)', () => {
  for (const file of ['saywho-core.mjs', 'saywho.mjs']) {
    const source = readFileSync(path.join(PKG_DIR, file), 'utf8');
    assert.doesNotMatch(source, /\beval\s*\(/, file);
    assert.doesNotMatch(source, /new\s+Function\s*\(/, file);
  }
});
