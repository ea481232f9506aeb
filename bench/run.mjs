#!/usr/bin/env node
// Runs every benchmark part (scripts/bench.sh builds what they need first),
// prints one table and writes bench/results.json. Measures only: no figure
// here fails the run; targets are printed beside the figures.
//
// Usage: node bench/run.mjs [--quick]
//   SAYWHO_BENCH_NATIVE=path/to/native_bench   (default build/native/bench/native_bench)
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg, totalmem } from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusRecords, writeCorpus, SIZES, LANGS } from './corpus.mjs';
import { projectedMs } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, 'build', 'bench-run');
const CORPUS = path.join(WORK, 'corpus');
const NATIVE = process.env.SAYWHO_BENCH_NATIVE ?? path.join(ROOT, 'build', 'native', 'bench', 'native_bench');
const QUICK = process.argv.includes('--quick');
const NATIVE_MAX_RUN_MS = 30_000;  // one native run longer than this is stopped (and larger sizes skipped)
const log = (line) => process.stderr.write(`${line}\n`);

function run(command, args, { timeoutMs }) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
  return { ...result, timedOut: result.error?.code === 'ETIMEDOUT' };
}

// ---- 1. native throughput ----
function benchNative() {
  if (!existsSync(NATIVE)) return { unavailable: `${NATIVE} is missing (./saywho build native)` };
  const rows = [];
  for (const lang of LANGS) {
    const measured = [];
    for (const size of SIZES) {
      const file = path.join(CORPUS, `${lang}-${size.name}.txt`);
      const bytes = statSync(file).size;
      const projected = projectedMs(measured, bytes);
      if (projected > NATIVE_MAX_RUN_MS) {
        rows.push({ lang, size: size.label, bytes, skipped: `one run projected at ${(projected / 1e3).toFixed(0)} s` });
        log(`native: ${lang} ${size.label}: skipped (projected ${(projected / 1e3).toFixed(0)} s)`);
        continue;
      }
      // Each size in its own process, so a slow one can be stopped.
      const budget = QUICK ? '200' : '1500';
      const out = run(NATIVE, ['--lang', lang, '--budget-ms', budget, file], { timeoutMs: NATIVE_MAX_RUN_MS + 5000 });
      if (out.timedOut) {
        rows.push({ lang, size: size.label, bytes, skipped: `one run took over ${NATIVE_MAX_RUN_MS / 1e3} s (stopped)` });
        measured.push({ bytes, median_ms: NATIVE_MAX_RUN_MS });
        log(`native: ${lang} ${size.label}: stopped after ${NATIVE_MAX_RUN_MS / 1e3} s`);
        continue;
      }
      if (out.status !== 0) throw new Error(`native_bench failed on ${file}: ${out.stderr}`);
      const row = JSON.parse(out.stdout);
      measured.push({ bytes, median_ms: row.median_ms });
      rows.push({ lang, size: size.label, ...row, file: path.relative(ROOT, row.file) });
      log(`native: ${lang} ${size.label}: ${row.mb_per_s.toFixed(2)} MB/s (${row.reps} runs)`);
    }
  }
  return { rows };
}

// ---- 7. corpus scale: CLI --jobs, Python analyze_many, Dask (bench/corpus_bench.py) ----
function benchCorpus() {
  const cli = path.join(ROOT, 'build', 'native', 'saywho-cli');
  const pythonPath = path.join(ROOT, 'build', 'native', 'python');
  if (!existsSync(cli)) return { unavailable: `${cli} is missing (./saywho build native)` };
  if (!existsSync(path.join(pythonPath, 'saywho'))) return { unavailable: 'the Python module is missing (pybind11-dev; ./saywho build native)' };
  const corpus = path.join(WORK, 'corpus.jsonl');
  writeFileSync(corpus, corpusRecords(QUICK ? 100 : 400));
  const outFile = path.join(WORK, 'corpus.json');
  const args = [path.join(ROOT, 'bench', 'corpus_bench.py'), '--corpus', corpus, '--cli', cli, '--out', outFile, ...(QUICK ? ['--quick'] : [])];
  // Debian's Python: apt installs Dask for it (not for a pyenv python3 on PATH).
  const out = spawnSync(process.env.PYTHON3 ?? '/usr/bin/python3', args, {
    cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 600_000,
    env: { ...process.env, PYTHONPATH: [pythonPath, process.env.PYTHONPATH].filter(Boolean).join(path.delimiter) },
  });
  if (out.status !== 0) return { unavailable: `corpus_bench.py ${out.error?.code === 'ETIMEDOUT' ? 'timed out' : `exited ${out.status}`}` };
  return JSON.parse(readFileSync(outFile, 'utf8'));
}

// ---- 5. instruction counts ----
function benchCallgrind() {
  if (!existsSync(NATIVE)) return { unavailable: 'native_bench is missing' };
  if (run('valgrind', ['--version'], { timeoutMs: 10_000 }).status !== 0) return { unavailable: 'valgrind is not installed' };
  const rows = [];
  for (const lang of LANGS) {
    const file = path.join(CORPUS, `${lang}-1000w.txt`);
    const outFile = path.join(WORK, `callgrind.${lang}.out`);
    const out = run('valgrind', ['--tool=callgrind', `--callgrind-out-file=${outFile}`, '--collect-atstart=no',
      '--toggle-collect=saywho_bench_measured_analysis', NATIVE, '--once', '--lang', lang, file], { timeoutMs: 300_000 });
    if (out.status !== 0) {
      rows.push({ lang, unavailable: out.timedOut ? 'callgrind took over 5 minutes' : out.stderr.slice(-300) });
      continue;
    }
    const summary = readFileSync(outFile, 'utf8').match(/^(?:summary|totals): (\d+)/m);
    rows.push({ lang, file: path.relative(ROOT, file), bytes: statSync(file).size, instructions: summary ? Number(summary[1]) : null });
    log(`callgrind: ${lang} 1000 words: ${summary?.[1]} Ir`);
  }
  return { rows };
}

// ---- 2, 3 and 6: Node and browser parts, each its own process ----
function benchNodePart(script, label, timeoutMs) {
  const outFile = path.join(WORK, `${label}.json`);
  const args = [path.join(ROOT, 'bench', script), '--out', outFile, ...(QUICK ? ['--quick'] : [])];
  const out = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: timeoutMs });
  if (out.status !== 0) return { unavailable: `${script} ${out.error?.code === 'ETIMEDOUT' ? 'timed out' : `exited ${out.status}`}` };
  return JSON.parse(readFileSync(outFile, 'utf8'));
}

// ---- 4. sizes ----
function sizes() {
  const file = (rel) => path.join(ROOT, rel);
  const sizeOf = (rel) => (existsSync(file(rel)) ? statSync(file(rel)).size : null);
  const gzipOf = (rel) => (existsSync(file(rel)) ? gzipSync(readFileSync(file(rel)), { level: 9 }).length : null);
  // The engine's code carries no syntax pack: each is its own file.
  const packs = LANGS.map((lang) => {
    const rel = `build/wasm/pkg/saywho-syntax-${lang}.bin`;
    return { lang, raw: sizeOf(rel), gzip: gzipOf(rel) };
  });
  return {
    wasm_raw: sizeOf('build/wasm/pkg/saywho-core.wasm'),
    wasm_gzip: gzipOf('build/wasm/pkg/saywho-core.wasm'),
    syntax_packs: packs,
    glue_core_mjs: sizeOf('build/wasm/pkg/saywho-core.mjs'),
    glue_saywho_mjs: sizeOf('build/wasm/pkg/saywho.mjs'),
    zip_chromium: sizeOf('dist/saywho-chromium.zip'),
    zip_firefox: sizeOf('dist/saywho-firefox.zip'),
  };
}

function machine() {
  const git = (args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model, cores: cpus().length, memory_gib: Math.round(totalmem() / 2 ** 30),
    load_average_start: loadavg(),
    node: process.version,
    commit: git(['rev-parse', '--short', 'HEAD']), work_tree_changed: git(['status', '--porcelain']) !== '',
  };
}

// ---- the table ----
const f = (value, digits = 1) => (value === null || value === undefined ? 'n/a' : value.toFixed(digits));
const kib = (bytes) => (bytes === null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KiB`);
const versus = (ok) => (ok ? 'meets' : 'misses');

function table(results) {
  const lines = [];
  const add = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push('', `Saywho benchmarks — ${results.machine.date}, ${results.machine.cores} cores, load ${results.machine.load_average_start.map((l) => l.toFixed(1)).join(' ')} (start), ${results.machine.load_average_end.map((l) => l.toFixed(1)).join(' ')} (end)`, '');
  add('figure', 'value', 'target');
  add('---', '---', '---');
  const { native, wasm, peer, browser, callgrind, size, corpus } = results;
  for (const row of native.rows ?? []) {
    if (row.skipped) add(`native ${row.lang} ${row.size}`, `skipped: ${row.skipped}`, '≥ 30 MB/s');
    else add(`native ${row.lang} ${row.size} (${row.reps} runs)`, `${f(row.mb_per_s, 2)} MB/s, ${f(row.us_per_kb, 0)} µs/KB, median ${f(row.median_ms, 2)} ms`, `≥ 30 MB/s: ${versus(row.mb_per_s >= 30)}`);
  }
  if (native.unavailable) add('native', `unavailable: ${native.unavailable}`, '');
  for (const row of callgrind.rows ?? []) add(`callgrind ${row.lang} 1,000 words`, row.instructions ? `${row.instructions.toLocaleString('en')} Ir` : `unavailable: ${row.unavailable}`, '(regressions)');
  if (callgrind.unavailable) add('callgrind', `unavailable: ${callgrind.unavailable}`, '');
  if (wasm.unavailable) add('wasm', `unavailable: ${wasm.unavailable}`, '');
  else {
    add('wasm instantiate (Node)', `${f(wasm.instantiate_ms)} ms`, '');
    for (const row of wasm.pack_load ?? []) {
      add(`wasm ${row.lang} syntax pack load (load_syntax_pack, ${row.runs} runs)`, `median ${f(row.median_ms)} ms`, '');
    }
    for (const a of wasm.articles) {
      const target = a.words >= 4000 ? `≤ 3 ms: ${versus(a.median_ms <= 3)}` : '';
      add(`wasm ${a.lang} ${a.words} words (${a.runs} runs)`, `median ${f(a.median_ms, 2)} ms, p95 ${f(a.p95_ms, 2)} ms, ${f(a.mb_per_s, 2)} MB/s; ${a.found.quotes} quotes (${a.found.quotes_with_speaker} with speaker), ${a.found.accusations} accusations, ${a.found.reports} reports`, target);
    }
    // The same text natively, for the cost of running in wasm.
    const nativeOf = (row) => (native.rows ?? []).find((n) => n.lang === row.lang && n.size === row.size && !n.skipped);
    for (const row of wasm.sizes) {
      const twin = nativeOf(row);
      const ratio = twin && !row.skipped ? `, ${f(row.median_ms / twin.median_ms)}× native time` : '';
      add(`wasm ${row.lang} ${row.size}`, row.skipped ? `skipped: ${row.skipped}` : `${f(row.mb_per_s, 2)} MB/s, ${f(row.us_per_kb, 0)} µs/KB${ratio}`, '');
    }
    add('wasm peak memory (largest input measured)', `process max RSS ${f(wasm.memory.process_max_rss_bytes / 2 ** 20)} MiB, wasm memory ${f(wasm.memory.wasm_memory_bytes / 2 ** 20)} MiB`, '');
  }
  if (peer.unavailable) add('peer', `unavailable: ${peer.unavailable}`, '');
  else for (const row of peer.rows) {
    add(`compromise ${peer.compromise_version} vs Saywho wasm, ${row.lang} ${row.words} words (${row.pairs} A/B pairs)`,
      `compromise ${f(row.compromise.median_ms)} ms (${row.compromise.quotes} quotations) vs Saywho ${f(row.saywho.median_ms, 2)} ms (${row.saywho.found.quotes} quotes, ${row.saywho.found.quotes_with_speaker} attributed, ${row.saywho.found.accusations} accusations, ${row.saywho.found.reports} reports): ${f(row.speedup)}× faster`,
      `≥ 20×: ${versus(row.speedup >= 20)}`);
  }
  add('wasm engine code (no syntax pack)', `${kib(size.wasm_raw)} raw, ${kib(size.wasm_gzip)} gzipped`, size.wasm_gzip ? `≤ 450 KB gz: ${versus(size.wasm_gzip <= 450_000)}` : '');
  for (const pack of size.syntax_packs) {
    add(`${pack.lang} syntax pack`, `${kib(pack.raw)} raw, ${kib(pack.gzip)} gzipped`, pack.gzip ? `≤ 1.5 MB gz: ${versus(pack.gzip <= 1_500_000)}` : '');
  }
  add('JS glue', `${kib(size.glue_core_mjs)} (saywho-core.mjs) + ${kib(size.glue_saywho_mjs)} (saywho.mjs)`, '');
  add('extension zips', `${kib(size.zip_chromium)} (chromium), ${kib(size.zip_firefox)} (firefox)`, '');
  if (browser.unavailable) add('browser highlights', `unavailable: ${browser.unavailable}`, '≤ 100 ms after idle');
  else {
    const row = (summary, target) => [`median ${f(summary.median_ms, 0)} ms, p95 ${f(summary.p95_ms, 0)} ms, min ${f(summary.min_ms, 0)} ms`,
      `≤ ${target} ms: ${versus(summary.median_ms <= target)}`];
    add(`browser: first highlight after the toolbar button, cold (${browser.button_cold.runs} fresh browsers)`, ...row(browser.button_cold, 200));
    const steps = Object.entries(browser.button_cold.steps_median_ms ?? {}).sort(([, a], [, b]) => a - b)
      .map(([step, ms]) => `${step.replaceAll('_', ' ')} ${f(ms, 0)}`).join(', ');
    if (steps) add('browser: cold button path, steps ended at (median ms after the click)', steps, '');
    if (browser.button_settled_cold) {
      add(`browser: first highlight after the toolbar button, first page ${f(browser.settle_ms / 1000, 0)} s after the browser started (${browser.button_settled_cold.runs} fresh browsers)`, ...row(browser.button_settled_cold, 200));
    }
    add(`browser: first highlight after the toolbar button, warm (${browser.button_warm.runs} pages)`, ...row(browser.button_warm, 100));
    add(`browser: first highlight after DOMContentLoaded, "always on this site", cold (${browser.always_cold.runs} fresh browsers)`, ...row(browser.always_cold, 200));
    add(`browser: first highlight after DOMContentLoaded, "always on this site", warm (${browser.always_warm.runs} pages)`, ...row(browser.always_warm, 100));
  }
  if (corpus.unavailable) add('corpus scale', `unavailable: ${corpus.unavailable}`, '');
  else {
    const { records, bytes } = corpus.corpus;
    for (const row of corpus.rows) {
      add(`corpus ${records} records, ${f(bytes / 1e6, 2)} MB: ${row.label} (median of ${row.runs})`, `${f(row.records_per_s, 0)} records/s, ${f(row.mb_per_s, 2)} MB/s`, '');
    }
    add('corpus scaling, 2 threads over 1', `CLI ${f(corpus.cli_scaling_2_over_1, 2)}×, Python ${f(corpus.python_scaling_2_over_1, 2)}×`, `(${results.machine.cores} cores)`);
  }
  return lines.join('\n');
}

mkdirSync(WORK, { recursive: true });
const results = { machine: machine() };
writeCorpus(CORPUS);
log(`corpus written to ${path.relative(ROOT, CORPUS)}`);
results.native = benchNative();
results.callgrind = benchCallgrind();
results.wasm = existsSync(path.join(ROOT, 'build/wasm/pkg/saywho.mjs'))
  ? benchNodePart('node_bench.mjs', 'node', 600_000) : { unavailable: 'build/wasm/pkg is missing (./saywho build wasm)' };
results.peer = results.wasm.peer ?? { unavailable: results.wasm.unavailable };
if (results.wasm.wasm) results.wasm = results.wasm.wasm;
results.size = sizes();
results.browser = existsSync(path.join(ROOT, 'dist/chromium/manifest.json'))
  ? benchNodePart('browser_bench.mjs', 'browser', 600_000) : { unavailable: 'dist/chromium is missing (./saywho build extension)' };
results.corpus = benchCorpus();
results.machine.load_average_end = loadavg();
writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(table(results));
console.log('\n(figures written to bench/results.json)');
