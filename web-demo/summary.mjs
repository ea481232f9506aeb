#!/usr/bin/env node
// Prints a short who-said-what summary of an analysis (the JSON of
// shared/eval/SCHEMA.md) read from a file or stdin, with the same texts as the
// demo's cards (ui/describe.js). Used by ./saywho demo on the terminal.
//   saywho-cli analyze --lang auto FILE | node web-demo/summary.mjs

import { readFileSync } from 'node:fs';
import { summaryLines } from '../ui/describe.js';

const source = process.argv[2] ?? '/dev/stdin';
let analysis;
try {
  analysis = JSON.parse(readFileSync(source, 'utf8'));
} catch (error) {
  console.error(`summary: cannot read an analysis from ${source === '/dev/stdin' ? 'stdin' : source}: ${error.message}`);
  process.exit(1);
}
const lines = summaryLines(analysis);
console.log(`language: ${analysis.lang ?? '?'}; ${analysis.quotes?.length ?? 0} quotes, ` +
  `${analysis.accusations?.length ?? 0} accusations, ${analysis.reports?.length ?? 0} reports`);
for (const line of lines) console.log(`  • ${line}`);
