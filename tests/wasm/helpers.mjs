// Shared by the wasm tests: where the built package and the native CLI are,
// which texts to compare, a stable JSON form for comparisons, and the
// invariants every analysis keeps (spans slice the JS string, ids resolve).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// SAYWHO_WASM_PKG tests another copy of the package (e.g. an unpacked npm tarball).
export const PKG_DIR = process.env.SAYWHO_WASM_PKG ?? path.join(ROOT, 'build', 'wasm', 'pkg');
// SAYWHO_NATIVE_CLI: another native build to compare with.
export const NATIVE_CLI = process.env.SAYWHO_NATIVE_CLI ?? path.join(ROOT, 'build', 'native', 'saywho-cli');
// The shared evaluation set sits beside the repository (../shared) on
// developers' machines; a clone elsewhere may not have it, and then only our
// own texts are compared (DEV_AVAILABLE says which).
const DEV_DIR = process.env.SAYWHO_EVAL_DEV ?? path.join(ROOT, '..', 'shared', 'eval', 'dev');
export const DEV_AVAILABLE = existsSync(DEV_DIR);
// Our own gold articles (invented news-style texts, tests/eval/<lang>/*.json).
const OWN_EVAL_DIR = path.join(ROOT, 'tests', 'eval');

// The built ES module. Fails with the command to run when it is missing.
export async function loadModule() {
  const entry = path.join(PKG_DIR, 'saywho.mjs');
  if (!existsSync(entry)) throw new Error(`no ${entry}: run ./saywho build wasm`);
  return import(pathToFileURL(entry).href);
}

let shared = null;
// One engine instance for the tests of a file (loading takes a moment).
export async function sharedSaywho() {
  if (shared === null) shared = (await loadModule()).createSaywho();
  return shared;
}

export function requireNativeCli() {
  if (!existsSync(NATIVE_CLI)) {
    throw new Error(`no native CLI at ${NATIVE_CLI}: run ./saywho build native first`);
  }
  return NATIVE_CLI;
}

// Runs the native CLI with `args` on `text` (standard input). Returns
// { status, stdout, stderr }.
export function runNative(args, text) {
  try {
    const stdout = execFileSync(requireNativeCli(), [...args, '-'], {
      input: text, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'],
    });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    if (error.status === undefined || error.status === null) throw error;
    return { status: error.status, stdout: error.stdout, stderr: error.stderr };
  }
}

function textFilesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return textFilesUnder(full);
    return name.endsWith('.txt') ? [full] : [];
  }).sort();
}

// The language of a fixture from its name or folder ("fr-…", "…/en/…"),
// French otherwise.
function langOf(file) {
  const parts = file.split(path.sep);
  for (const part of [...parts].reverse()) {
    if (part === 'en' || part.startsWith('en-')) return 'en';
    if (part === 'fr' || part.startsWith('fr-')) return 'fr';
  }
  return 'fr';
}

// The texts of the gold files under dir/<lang>/*.json, named prefix/<lang>/file.
function goldTexts(dir, prefix) {
  const texts = [];
  for (const lang of ['fr', 'en']) {
    const langDir = path.join(dir, lang);
    if (!existsSync(langDir)) continue;
    for (const name of readdirSync(langDir).filter((n) => n.endsWith('.json')).sort()) {
      const gold = JSON.parse(readFileSync(path.join(langDir, name), 'utf8'));
      if (typeof gold.text === 'string') texts.push({ name: `${prefix}/${lang}/${name}`, lang, text: gold.text });
    }
  }
  return texts;
}

// Every text the parity tests run on: our own fixtures (tests/wasm/fixtures,
// tests/fixtures/**.txt), our own gold articles (tests/eval) and, when they
// are there, the shared dev articles, whose text is read here at test time
// and never copied into the repository.
export function parityTexts() {
  const texts = [];
  for (const file of [
    ...textFilesUnder(path.join(ROOT, 'tests', 'wasm', 'fixtures')),
    ...textFilesUnder(path.join(ROOT, 'tests', 'fixtures')),
  ]) {
    texts.push({ name: path.relative(ROOT, file), lang: langOf(file), text: readFileSync(file, 'utf8') });
  }
  texts.push(...goldTexts(OWN_EVAL_DIR, 'eval'), ...goldTexts(DEV_DIR, 'dev'));
  return texts;
}

// JSON with object keys sorted, so two outputs compare regardless of key order.
export function stableStringify(value) {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function normalize(json) {
  return stableStringify(typeof json === 'string' ? JSON.parse(json) : json);
}

// Every {start, end, text} object anywhere in `value`, with its path.
export function spansIn(value, where = '$', found = []) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => spansIn(item, `${where}[${i}]`, found));
  } else if (value !== null && typeof value === 'object') {
    if (typeof value.start === 'number' && typeof value.end === 'number' && typeof value.text === 'string') {
      found.push({ where, span: value });
    }
    for (const [key, item] of Object.entries(value)) spansIn(item, `${where}.${key}`, found);
  }
  return found;
}

// Every span of `result` (an analysis or a segmentation) lies inside `text`
// and its "text" is exactly text.slice(start, end). Returns how many spans.
export function assertSpansSlice(text, result, name) {
  const spans = spansIn(result);
  for (const { where, span } of spans) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end)
      && span.start >= 0 && span.start <= span.end && span.end <= text.length,
      `${name} ${where}: [${span.start}, ${span.end}) outside the text (length ${text.length})`);
    assert.equal(text.slice(span.start, span.end), span.text, `${name} ${where}`);
  }
  return spans.length;
}

// Every id an analysis names exists (a quote's speaker is an entity or a
// report, its parent a quote; an accusation's accuser and accused are
// entities, its quote a quote; a report's publishers are entities), ids are
// unique, confidences lie in [0, 1].
export function assertIdsResolve(analysis, name) {
  const idsOf = (list) => {
    const ids = new Set(analysis[list].map((item) => item.id));
    assert.equal(ids.size, analysis[list].length, `${name}: duplicate ids in ${list}`);
    return ids;
  };
  const entities = idsOf('entities');
  const quotes = idsOf('quotes');
  const reports = idsOf('reports');
  idsOf('accusations');
  const resolves = (value, sets, what) => {
    if (value === null || value === undefined) return;
    assert.ok(sets.some((set) => set.has(value)), `${name}: ${what} "${value}" does not exist`);
  };
  const confidence = (item, what) => {
    assert.ok(typeof item.confidence === 'number' && item.confidence >= 0 && item.confidence <= 1,
      `${name}: ${what} confidence ${item.confidence}`);
  };
  for (const q of analysis.quotes) {
    resolves(q.speaker, [entities, reports], `quote ${q.id} speaker`);
    resolves(q.parent, [quotes], `quote ${q.id} parent`);
    confidence(q, `quote ${q.id}`);
  }
  for (const a of analysis.accusations) {
    resolves(a.accuser, [entities], `accusation ${a.id} accuser`);
    resolves(a.accused, [entities], `accusation ${a.id} accused`);
    resolves(a.quote, [quotes], `accusation ${a.id} quote`);
    confidence(a, `accusation ${a.id}`);
  }
  for (const r of analysis.reports) {
    for (const p of r.publishers) resolves(p, [entities], `report ${r.id} publisher`);
    confidence(r, `report ${r.id}`);
  }
}
