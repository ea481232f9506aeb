#!/usr/bin/env node
// Saywho's wasm module in Node, and side by side with compromise.js (the
// in-browser peer), on the same corpus (bench/corpus.mjs). Prints progress to
// stderr and writes its figures as JSON (--out FILE, default stdout).
// Measures only; nothing here asserts a speed.
//
// Usage: node bench/node_bench.mjs [--out FILE] [--quick]
//   needs build/wasm/pkg (./saywho build wasm)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { articleOfBytes, articleOfWords, wordCount, SIZES, WORD_COUNTS, LANGS } from './corpus.mjs';
import { projectedMs, summarize, timeRepeatedly } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PKG = path.join(ROOT, 'build', 'wasm', 'pkg');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const OUT = outIndex >= 0 ? args[outIndex + 1] : null;
const QUICK = args.includes('--quick');  // fewer repetitions, for a smoke run
const log = (line) => process.stderr.write(`${line}\n`);

// Repetition budgets: enough runs for a p95, few enough for a few minutes.
const ARTICLE_RUNS = QUICK ? { min: 3, max: 10, budgetMs: 300 } : { min: 10, max: 200, budgetMs: 2500 };
const SIZE_RUNS = QUICK ? { min: 1, max: 3, budgetMs: 300 } : { min: 3, max: 50, budgetMs: 1500 };
const PEER_PAIRS = QUICK ? 2 : 6;  // A B A B … pairs per text
const WASM_MAX_SIZE = 1_000_000;   // 10 MB stays native-only (default 5 MiB cap)
const MAX_RUN_MS = 5000;           // a size whose one run would take longer is skipped

// ---- Saywho in wasm ----

async function benchWasm() {
  const wasmBinary = readFileSync(path.join(PKG, 'saywho-core.wasm'));
  const { createSaywho } = await import(pathToFileURL(path.join(PKG, 'saywho.mjs')).href);

  let start = performance.now();
  const saywho = await createSaywho({ wasmBinary, maxInputBytes: 16 * 1024 * 1024 });
  const instantiateMs = performance.now() - start;
  log(`wasm: instantiated in ${instantiateMs.toFixed(1)} ms`);

  const articles = [];
  for (const lang of LANGS) {
    for (const words of WORD_COUNTS) {
      const text = articleOfWords(lang, words);
      start = performance.now();
      const analysis = saywho.analyze(text, { lang });
      const firstMs = performance.now() - start;
      const times = timeRepeatedly(() => saywho.analyze(text, { lang }), ARTICLE_RUNS);
      const stats = summarize(times);
      const bytes = Buffer.byteLength(text);
      articles.push({
        lang, words: wordCount(text), bytes, first_ms: firstMs, ...stats,
        mb_per_s: bytes / 1e6 / (stats.median_ms / 1e3),
        found: findings(analysis),
      });
      log(`wasm: ${lang} ${words} words: median ${stats.median_ms.toFixed(2)} ms, p95 ${stats.p95_ms.toFixed(2)} ms`);
    }
  }

  const sizes = [];
  for (const lang of LANGS) {
    const measured = [];
    for (const size of SIZES.filter((s) => s.bytes <= WASM_MAX_SIZE)) {
      const text = articleOfBytes(lang, size.bytes);
      const bytes = Buffer.byteLength(text);
      const projected = projectedMs(measured, bytes);
      if (projected > MAX_RUN_MS) {
        sizes.push({ lang, size: size.label, bytes, skipped: `one run projected at ${(projected / 1e3).toFixed(0)} s` });
        log(`wasm: ${lang} ${size.label}: skipped (one run projected at ${(projected / 1e3).toFixed(0)} s)`);
        continue;
      }
      saywho.analyze(text, { lang });  // warm-up
      const stats = summarize(timeRepeatedly(() => saywho.analyze(text, { lang }), SIZE_RUNS));
      measured.push({ bytes, median_ms: stats.median_ms });
      sizes.push({
        lang, size: size.label, bytes, ...stats,
        mb_per_s: bytes / 1e6 / (stats.median_ms / 1e3),
        us_per_kb: (stats.median_ms * 1e3) / (bytes / 1e3),
      });
      log(`wasm: ${lang} ${size.label}: ${(bytes / 1e6 / (stats.median_ms / 1e3)).toFixed(2)} MB/s`);
    }
  }

  // Peak memory after the heaviest input measured: the process's highest RSS
  // so far (before compromise is even loaded) and the wasm linear memory.
  const memory = {
    process_max_rss_bytes: process.resourceUsage().maxRSS * 1024,
    wasm_memory_bytes: saywho.memoryBytes(),
    wasm_heap_in_use_bytes: saywho.heapInUse(),
  };
  log(`wasm: peak RSS ${(memory.process_max_rss_bytes / 2 ** 20).toFixed(1)} MiB, wasm memory ${(memory.wasm_memory_bytes / 2 ** 20).toFixed(1)} MiB`);
  const packLoad = await benchPackLoad(createSaywho, wasmBinary);
  return { saywho, result: { instantiate_ms: instantiateMs, pack_load: packLoad, articles, sizes, memory } };
}

// The time to install each language's syntax pack (load_syntax_pack: copy
// into wasm memory, read and index the weights), the bytes already in
// memory: no fetch, no disk, no instantiation in the timing. A fresh engine
// per run, as a pack is installed once per engine.
async function benchPackLoad(createSaywho, wasmBinary) {
  const runs = QUICK ? 2 : 5;
  const rows = [];
  for (const lang of LANGS) {
    const bytes = readFileSync(path.join(PKG, `saywho-syntax-${lang}.bin`));
    const times = [];
    for (let i = 0; i < runs; i += 1) {
      const saywho = await createSaywho({ wasmBinary, syntaxPacks: { [lang]: bytes } });
      const start = performance.now();
      await saywho.loadLanguage(lang);
      times.push(performance.now() - start);
    }
    rows.push({ lang, bytes: bytes.length, ...summarize(times) });
    log(`wasm: ${lang} syntax pack loaded in ${summarize(times).median_ms.toFixed(1)} ms (median of ${runs})`);
  }
  return rows;
}

// What an analysis found, in the counts a reader would check.
function findings(analysis) {
  return {
    quotes: analysis.quotes.length,
    quotes_with_speaker: analysis.quotes.filter((q) => q.speaker).length,
    entities: analysis.entities.length,
    accusations: analysis.accusations.length,
    reports: analysis.reports.length,
  };
}

// ---- side by side with compromise ----

async function benchPeer(saywho) {
  const { default: nlp } = await import('compromise');
  const version = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'compromise', 'package.json'), 'utf8')).version;
  const rows = [];
  // compromise's model is English: the ratio is taken on English texts.
  for (const words of WORD_COUNTS) {
    const text = articleOfWords('en', words);
    const runPeer = () => nlp(text).quotations().out('array');
    const runSaywho = () => saywho.analyze(text, { lang: 'en' });
    runPeer();  // warm-up (JIT) for both
    runSaywho();
    const peerTimes = [];
    const saywhoTimes = [];
    for (let i = 0; i < PEER_PAIRS; i += 1) {  // interleaved: A B A B
      let start = performance.now();
      runPeer();
      peerTimes.push(performance.now() - start);
      start = performance.now();
      runSaywho();
      saywhoTimes.push(performance.now() - start);
    }
    const peer = summarize(peerTimes);
    const ours = summarize(saywhoTimes);
    const bytes = Buffer.byteLength(text);
    rows.push({
      lang: 'en', words: wordCount(text), bytes, pairs: PEER_PAIRS,
      compromise: { ...peer, mb_per_s: bytes / 1e6 / (peer.median_ms / 1e3), quotes: runPeer().length },
      saywho: { ...ours, mb_per_s: bytes / 1e6 / (ours.median_ms / 1e3), found: findings(runSaywho()) },
      speedup: peer.median_ms / ours.median_ms,
    });
    log(`peer: ${words} words: compromise ${peer.median_ms.toFixed(1)} ms, saywho ${ours.median_ms.toFixed(2)} ms (${(peer.median_ms / ours.median_ms).toFixed(0)}x)`);
  }
  return { compromise_version: version, rows };
}

const { saywho, result: wasm } = await benchWasm();
const peer = await benchPeer(saywho);
const output = JSON.stringify({ node: process.version, wasm, peer }, null, 2);
if (OUT) writeFileSync(OUT, `${output}\n`);
else console.log(output);
