// wasm/index.d.ts: a TypeScript consumer compiles against it, and common
// mistakes do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './helpers.mjs';

const TSC = path.join(ROOT, 'node_modules', '.bin', 'tsc');
const TYPES_DIR = path.join(ROOT, 'tests', 'wasm', 'types');

function tsc(project) {
  const run = spawnSync(TSC, ['--noEmit', '-p', path.join(TYPES_DIR, project)], { cwd: ROOT, encoding: 'utf8' });
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
  // The six statements between createSaywho() and `void` (lines 7 to 12).
  assert.deepEqual([...lines].sort((a, b) => a - b), [7, 8, 9, 10, 11, 12], output);
});
