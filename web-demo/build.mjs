#!/usr/bin/env node
// Builds the static demo site into build/web-demo/:
//   the page (web-demo/), the shared ui/ modules, the engine package
//   (build/wasm/pkg/ → engine/, with the syntax packs saywho-syntax-<lang>.bin
//   the page fetches on a language's first use), the API docs (wasm/README.md → docs/api.md)
//   and the extension packages from dist/ when they exist (→ downloads/).
//   node web-demo/build.mjs [--allow-missing-engine]

import { cp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'build', 'web-demo');
const ENGINE_PKG = path.join(ROOT, 'build', 'wasm', 'pkg');
const ENGINE_FILES = ['saywho.mjs', 'saywho-core.mjs', 'saywho-core.wasm'];
const SYNTAX_PACK = /^saywho-syntax-[a-z]+\.bin$/;
const DIST = path.join(ROOT, 'dist');
// Node tools of the demo: not part of the site.
const NOT_SITE = new Set(['build.mjs', 'serve.mjs', 'summary.mjs', 'README.md']);

const exists = (p) => stat(p).then(() => true, () => false);

async function copySite() {
  const source = path.join(ROOT, 'web-demo');
  for (const entry of await readdir(source)) {
    if (NOT_SITE.has(entry)) continue;
    await cp(path.join(source, entry), path.join(OUT, entry), { recursive: true });
  }
  await cp(path.join(ROOT, 'ui'), path.join(OUT, 'ui'), { recursive: true });
}

async function copyEngine(allowMissing) {
  const missing = [];
  for (const file of ENGINE_FILES) if (!(await exists(path.join(ENGINE_PKG, file)))) missing.push(file);
  const packs = (await exists(ENGINE_PKG)) ? (await readdir(ENGINE_PKG)).filter((f) => SYNTAX_PACK.test(f)).sort() : [];
  if (packs.length === 0) missing.push('saywho-syntax-<lang>.bin');
  if (missing.length > 0) {
    const message = `engine package incomplete in ${ENGINE_PKG} (missing ${missing.join(', ')}): run ./saywho build wasm`;
    if (!allowMissing) throw new Error(message);
    console.warn(`warning: ${message}; the page will say the engine is missing`);
    return false;
  }
  await mkdir(path.join(OUT, 'engine'), { recursive: true });
  for (const file of [...ENGINE_FILES, ...packs]) await cp(path.join(ENGINE_PKG, file), path.join(OUT, 'engine', file));
  return true;
}

async function copyDocs() {
  const readme = path.join(ROOT, 'wasm', 'README.md');
  if (!(await exists(readme))) {
    console.warn('warning: wasm/README.md not found; the API docs page will say so');
    return;
  }
  await mkdir(path.join(OUT, 'docs'), { recursive: true });
  await cp(readme, path.join(OUT, 'docs', 'api.md'));
}

// Extension packages (zip/xpi) in dist/, listed in downloads.json for the page.
async function copyDownloads() {
  const files = (await exists(DIST)) ? (await readdir(DIST)).filter((f) => /\.(zip|xpi)$/i.test(f)).sort() : [];
  const listed = [];
  if (files.length > 0) await mkdir(path.join(OUT, 'downloads'), { recursive: true });
  for (const file of files) {
    await cp(path.join(DIST, file), path.join(OUT, 'downloads', file));
    const { size } = await stat(path.join(DIST, file));
    const browser = /firefox|xpi/i.test(file) ? 'Firefox' : /chrom/i.test(file) ? 'Chromium' : null;
    listed.push({ file, label: browser ? `${browser}: ${file}` : file, bytes: size });
  }
  await writeFile(path.join(OUT, 'downloads.json'), `${JSON.stringify(listed, null, 2)}\n`);
  return listed;
}

async function main() {
  const allowMissing = process.argv.includes('--allow-missing-engine');
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  await copySite();
  const engine = await copyEngine(allowMissing);
  await copyDocs();
  const downloads = await copyDownloads();
  console.log(`demo built in ${path.relative(ROOT, OUT)}/ (engine: ${engine ? 'yes' : 'MISSING'}, ` +
    `extension downloads: ${downloads.length})`);
}

main().catch((error) => {
  console.error(`web-demo/build.mjs: ${error.message}`);
  process.exit(1);
});
