// wasm/index.d.ts: a TypeScript consumer compiles against it, and common
// mistakes do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, parityTexts, sharedSaywho } from './helpers.mjs';

const TSC = path.join(ROOT, 'node_modules', '.bin', 'tsc');
const TYPES_DIR = path.join(ROOT, 'tests', 'wasm', 'types');

function tsc(project) {
  const run = spawnSync(TSC, ['--noEmit', '-p', path.resolve(TYPES_DIR, project)], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test('a TypeScript consumer type-checks against index.d.ts', () => {
  const { status, output } = tsc('tsconfig.json');
  assert.equal(status, 0, output);
});

test('misuses are type errors, one on each line that has one', () => {
  const { status, output } = tsc('tsconfig.misuse.json');
  assert.notEqual(status, 0, 'misuse.ts compiled');
  const lines = new Set([...output.matchAll(/misuse\.ts[:(](\d+)/g)].map((m) => Number(m[1])));
  // The seven statements between createSaywho() and `void` (lines 7 to 13).
  assert.deepEqual([...lines].sort((a, b) => a - b), [7, 8, 9, 10, 11, 12, 13], output);
});

test('real engine output type-checks against index.d.ts (no missing, extra or mistyped field)', async () => {
  const saywho = await sharedSaywho();
  const texts = parityTexts().filter((t) => t.name.startsWith('tests/') || t.name.startsWith('dev/fr/fr-seed'));
  const dir = mkdtempSync(path.join(tmpdir(), 'saywho-types-'));
  try {
    const lines = [`import type { Analysis, Segmentation } from 'saywho';`];
    texts.forEach(({ text, lang }, i) => {
      // Object literals get TypeScript's excess-property checks.
      lines.push(`export const analysis${i}: Analysis = ${JSON.stringify(saywho.analyze(text, { lang }))};`);
      lines.push(`export const segmentation${i}: Segmentation = ${JSON.stringify(saywho.segment(text, { lang }))};`);
    });
    writeFileSync(path.join(dir, 'outputs.ts'), `${lines.join('\n')}\n`);
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true,
        types: [], lib: ['ES2022', 'DOM'], paths: { saywho: [path.join(ROOT, 'wasm', 'index.d.ts')] },
      },
      files: ['outputs.ts'],
    }));
    const { status, output } = tsc(path.join(dir, 'tsconfig.json'));
    assert.equal(status, 0, output.slice(0, 4000));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
