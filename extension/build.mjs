#!/usr/bin/env node
// Builds the extension for Chromium and Firefox:
//   node extension/build.mjs [--engine-dir DIR]
// → dist/chromium/, dist/firefox/ (unpacked) and dist/saywho-chromium.zip,
//   dist/saywho-firefox.zip. Each package holds extension/src, the platform
//   files, the shared ui/ folder, Readability (from node_modules) and the
//   engine package (build/wasm/pkg: saywho.mjs, saywho-core.mjs,
//   saywho-core.wasm and the syntax packs saywho-syntax-<lang>.bin, which the
//   engine reads on a language's first use). Nothing is fetched: every file
//   comes from this tree. The content modules (src/content/, with the ui/ and
//   src/shared/ modules they import and ui/styles.css as text) are bundled by
//   esbuild into one classic script, content-script.js: nothing has to be
//   web-accessible.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION = join(ROOT, 'extension');
const DIST = join(ROOT, 'dist');
const PLATFORMS = ['chromium', 'firefox'];
const ENGINE_FILES = ['saywho.mjs', 'saywho-core.mjs', 'saywho-core.wasm'];
const SYNTAX_PACK = /^saywho-syntax-[a-z]+\.bin$/;
const READABILITY = join(ROOT, 'node_modules', '@mozilla', 'readability');
const VENDOR_FILES = ['Readability.js', 'Readability-readerable.js', 'LICENSE.md'];

function fail(message) {
  console.error(`extension/build.mjs: ${message}`);
  process.exit(1);
}

function engineDir() {
  const flag = process.argv.indexOf('--engine-dir');
  const dir = flag > 0 ? resolve(process.argv[flag + 1] ?? '') : join(ROOT, 'build', 'wasm', 'pkg');
  const missing = ENGINE_FILES.filter((name) => !existsSync(join(dir, name)));
  const packs = existsSync(dir) ? readdirSync(dir).filter((name) => SYNTAX_PACK.test(name)).sort() : [];
  if (packs.length === 0) missing.push('saywho-syntax-<lang>.bin');
  if (missing.length) fail(`engine package incomplete in ${dir} (missing ${missing.join(', ')}); run ./saywho build wasm first`);
  return { dir, files: [...ENGINE_FILES, ...packs] };
}

// ---- Icons: drawn here so the repository holds no binary files ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
// A speech bubble in Okabe–Ito blue with two white quote marks.
function iconPng(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const blue = [0x00, 0x72, 0xb2];
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      const inBubble = ((u - 0.5) ** 2) / 0.22 + ((v - 0.45) ** 2) / 0.15 <= 1
        || (u > 0.22 && u < 0.42 && v > 0.7 && v < 0.95 && u - 0.22 > (v - 0.7) * 0.8);
      const inMark = [[0.37, 0.42], [0.6, 0.42]].some(([cx, cy]) => (u - cx) ** 2 + (v - cy) ** 2 <= 0.0085
        || (u > cx - 0.02 && u < cx + 0.07 && v > cy && v < cy + 0.16 && (u - cx) < 0.07 - (v - cy) * 0.4));
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      if (inBubble) {
        const [r, g, b] = inMark ? [255, 255, 255] : blue;
        raw[offset] = r; raw[offset + 1] = g; raw[offset + 2] = b; raw[offset + 3] = 255;
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- The content script ----

// Classic scripts of src/content/ that are injected as they are; the other
// files there are modules, bundled into content-script.js.
const CONTENT_CLASSIC = new Set(['autostart.js']);

// Bundles the content modules of the package in `out` (laid out as shipped:
// src/content/ beside ui/) into out/content-script.js, one classic script,
// then removes the modules.
async function bundleContentScript(out) {
  const contentDir = join(out, 'src', 'content');
  await build({
    entryPoints: [join(contentDir, 'content-script.js')],
    outfile: join(out, 'content-script.js'),
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox142'],
    loader: { '.css': 'text' },
    charset: 'utf8',
    logLevel: 'error',
  });
  for (const name of readdirSync(contentDir)) {
    if (!CONTENT_CLASSIC.has(name)) rmSync(join(contentDir, name));
  }
}

// ---- Packaging ----

async function buildPlatform(platform, engine) {
  const out = join(DIST, platform);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(join(EXTENSION, 'platform', platform), out, { recursive: true });
  cpSync(join(EXTENSION, 'src'), join(out, 'src'), { recursive: true });
  cpSync(join(ROOT, 'ui'), join(out, 'ui'), { recursive: true });
  await bundleContentScript(out);
  mkdirSync(join(out, 'engine'));
  for (const name of engine.files) cpSync(join(engine.dir, name), join(out, 'engine', name));
  mkdirSync(join(out, 'vendor'));
  for (const name of VENDOR_FILES) cpSync(join(READABILITY, name), join(out, 'vendor', name));
  mkdirSync(join(out, 'icons'));
  for (const size of [16, 32, 48, 128]) writeFileSync(join(out, 'icons', `icon-${size}.png`), iconPng(size));
  // A manifest that does not parse would only fail at install time.
  JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));

  const zip = join(DIST, `saywho-${platform}.zip`);
  rmSync(zip, { force: true });
  // -X: no extra file attributes, so the archive depends on content only.
  execFileSync('zip', ['-r', '-X', '-q', zip, '.'], { cwd: out, stdio: 'inherit' });
  return { out, zip };
}

if (!existsSync(join(ROOT, 'ui', 'categories.js'))) fail('ui/ (shared rendering code) is missing');
if (!existsSync(join(READABILITY, 'Readability.js'))) fail('node_modules/@mozilla/readability is missing; run ./saywho setup');
const engine = engineDir();
for (const platform of PLATFORMS) {
  const { out, zip } = await buildPlatform(platform, engine);
  console.log(`built ${out} and ${zip}`);
}
