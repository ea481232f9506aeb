#!/usr/bin/env node
// Benchmarks of the wasm package (printed, never asserted):
//   wasm size raw and gzipped, JS glue size, instantiate time, and the median
//   time to analyse a 1,000-word article (built here from invented sentences).
// Usage: node bench/wasm.mjs [--runs N]   (needs ./saywho build wasm)
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PKG = path.join(ROOT, 'build', 'wasm', 'pkg');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 50;

// Invented news sentences, cycled with varying names until 1,000 words.
const SENTENCES = [
  '« Nous ne fermerons pas la maternité », a assuré mardi la directrice de l’hôpital, {name}.',
  'Le syndicat accuse la direction d’avoir « caché les chiffres » aux soignants.',
  'Selon un rapport de l’Agence régionale de santé publié le 12 mars, les effectifs ont baissé de 8 %.',
  '{name}, porte-parole du collectif, estime que la décision « met des vies en danger ».',
  'Le ministre a déclaré qu’il recevrait les élus la semaine prochaine.',
  '« C’est un choix budgétaire, pas un choix médical », a-t-il ajouté.',
];
const NAMES = ['Claire Vasseur', 'Mathis Oudin', 'Aïcha Benamar', 'Jules Perrot', 'Nadia Kowalczyk'];

function article(words) {
  const parts = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    const sentence = SENTENCES[i % SENTENCES.length].replace('{name}', NAMES[i % NAMES.length]);
    parts.push(sentence);
    count += sentence.split(/\s+/).length;
    if (i % 3 === 2) parts.push('\n');
  }
  return parts.join(' ').replace(/ \n /g, '\n');
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => `${value.toFixed(2)} ms`;

const wasmBytes = readFileSync(path.join(PKG, 'saywho-core.wasm'));
const glueBytes = statSync(path.join(PKG, 'saywho-core.mjs')).size;
const wrapperBytes = statSync(path.join(PKG, 'saywho.mjs')).size;
console.log(`wasm size:        ${kb(wasmBytes.length)} raw, ${kb(gzipSync(wasmBytes, { level: 9 }).length)} gzipped`);
console.log(`JS glue size:     ${kb(glueBytes)} (saywho-core.mjs) + ${kb(wrapperBytes)} (saywho.mjs)`);

const { createSaywho } = await import(pathToFileURL(path.join(PKG, 'saywho.mjs')).href);
let start = performance.now();
const saywho = await createSaywho({ wasmBinary: wasmBytes });
console.log(`instantiate:      ${ms(performance.now() - start)} (compile + start, bytes in memory)`);

const text = article(1000);
start = performance.now();
saywho.analyze(text, { lang: 'fr' });
console.log(`first analysis:   ${ms(performance.now() - start)} (${text.split(/\s+/).length} words, ${Buffer.byteLength(text)} bytes)`);
const times = [];
for (let i = 0; i < RUNS; i += 1) {
  start = performance.now();
  saywho.analyze(text, { lang: 'fr' });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`median analysis:  ${ms(times[Math.floor(times.length / 2)])} over ${RUNS} runs (min ${ms(times[0])}, max ${ms(times[times.length - 1])})`);
