#!/usr/bin/env node
// The benchmark corpus: news-style articles of a chosen size, assembled from
// our own invented fixture paragraphs (web-demo samples, tests/fixtures,
// tests/wasm/fixtures) — never from the evaluation set. Deterministic: the
// same sources give the same bytes, so runs compare.
//
// Paragraphs are shuffled with a seeded generator and the invented people
// are renamed from a pool at each round, so a long text keeps meeting new speakers
// (as a long real text would) instead of repeating one article verbatim.
//
// Usage: node bench/corpus.mjs OUT_DIR     writes {en,fr}-{1k,10k,100k,1m,10m}.txt,
//                                          {en,fr}-{1000,5000}w.txt
//        node bench/corpus.mjs --jsonl COUNT OUT.jsonl
//                                          COUNT records {"id","text"} of 1-6 KB,
//                                          French and English in turn (corpus runs)
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['web-demo/samples', 'tests/fixtures/articles', 'tests/wasm/fixtures'];

export const SIZES = [
  { label: '1 KB', name: '1k', bytes: 1_000 },
  { label: '10 KB', name: '10k', bytes: 10_000 },
  { label: '100 KB', name: '100k', bytes: 100_000 },
  { label: '1 MB', name: '1m', bytes: 1_000_000 },
  { label: '10 MB', name: '10m', bytes: 10_000_000 },
];
export const WORD_COUNTS = [1000, 5000];
export const LANGS = ['en', 'fr'];

// Invented names swapped in for the fixtures' invented speakers, per round.
const NAME_POOL = {
  en: ['Rita Lindqvist', 'Owen Pratchett', 'Mara Delacourt', 'Victor Abiodun',
    'Greta Holloway', 'Nikhil Baptiste', 'Ingrid Moravec', 'Tobias Quaye', 'Lena Castellano', 'Femi Hartwell'],
  fr: ['Odile Ferrand', 'Bastien Leclercq', 'Noémie Aubertin', 'Jules Perrot',
    'Margaux Tessier', 'Yanis Chaouch', 'Solène Riquet', 'Thibault Morvan', 'Inès Lambotte', 'Gaspard Villon'],
};

// Small seeded generator (mulberry32), so the corpus never changes between runs.
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(items, random) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

// Every non-empty line of the `lang` fixtures, except the first line of each
// file (a headline, kept apart).
function loadSources(lang) {
  const headlines = [];
  const paragraphs = [];
  for (const dir of SOURCE_DIRS) {
    const full = path.join(ROOT, dir);
    for (const file of readdirSync(full).sort()) {
      if (!file.startsWith(`${lang}-`) || !file.endsWith('.txt')) continue;
      const lines = readFileSync(path.join(full, file), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
      headlines.push(lines[0]);
      paragraphs.push(...lines.slice(1));
    }
  }
  if (paragraphs.length === 0) throw new Error(`no ${lang} fixture paragraphs under ${SOURCE_DIRS.join(', ')}`);
  return { headlines, paragraphs };
}

const TITLES = String.raw`(?:Mr\.|Mrs\.|Ms\.|Dr\.|M\.|Mme|Mlle)`;

// The fixtures' people: a "First Last" whose surname also stands alone after
// a title ("Mr. Brandvik", "Mme Marchetti") or opens a sentence before a
// lowercase word ("Marsh accused"). Organisations ("Kestrel Labs") don't.
function fixturePeople(paragraphs) {
  const text = paragraphs.join('\n');
  const people = new Map();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu)) {
    const [full, first, last] = m;
    if (new RegExp(`^${TITLES}$`).test(first)) continue;
    const alone = new RegExp(String.raw`(?:${TITLES} ${last}(?![\p{L}\p{N}])|(?:^|[.!?»"] )${last} \p{Ll})`, 'mu');
    if (alone.test(text)) people.set(full, last);
  }
  return [...people].map(([full, last]) => ({ full, last }));
}

const cache = new Map();
export function sourcesOf(lang) {
  if (!cache.has(lang)) {
    const sources = loadSources(lang);
    cache.set(lang, { ...sources, people: fixturePeople(sources.paragraphs) });
  }
  return cache.get(lang);
}

// Paragraphs of `lang` forever: shuffled rounds, each with its own names.
function* paragraphStream(lang, seed) {
  const { paragraphs } = sourcesOf(lang);
  const random = seededRandom(seed);
  for (let round = 0; ; round += 1) {
    for (const paragraph of shuffled(paragraphs, random)) {
      // Round 0 keeps the fixture as written; later rounds rename the people
      // the fixtures name in full (e.g. "Helen Marsh" → "Tobias Quaye").
      yield round === 0 ? paragraph : renamePeople(paragraph, lang, round);
    }
  }
}

// Renames every fixture person, in full and by surname alone, so quotes
// and accusations stay attributed to one consistent (new) person. One pass
// over the paragraph, so a new name is never renamed again.
function renamePeople(paragraph, lang, round) {
  const { people } = sourcesOf(lang);
  const pool = NAME_POOL[lang];
  const byName = new Map();
  people.forEach(({ full, last }, i) => {
    const replacement = pool[(i + round) % pool.length];
    byName.set(full, replacement);
    byName.set(last, replacement.split(' ').slice(1).join(' '));
  });
  // Longest first, so "Helen Marsh" wins over "Marsh".
  const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives.join('|')})(?![\p{L}\p{N}])`, 'gu');
  return paragraph.replace(pattern, (name) => byName.get(name));
}

/** An article of about `bytes` UTF-8 bytes (never more), headline first;
 * another `seed` gives other paragraphs in another order. */
export function articleOfBytes(lang, bytes, seed = 42) {
  const { headlines } = sourcesOf(lang);
  const parts = [headlines[0]];
  let size = Buffer.byteLength(parts[0]);
  for (const paragraph of paragraphStream(lang, seed)) {
    const add = Buffer.byteLength(paragraph) + 1;
    if (size + add > bytes) break;
    parts.push(paragraph);
    size += add;
  }
  return parts.join('\n');
}

/** An article of at least `words` whitespace-separated words, headline first. */
export function articleOfWords(lang, words) {
  const { headlines } = sourcesOf(lang);
  const parts = [headlines[0]];
  let count = headlines[0].split(/\s+/).length;
  for (const paragraph of paragraphStream(lang, 7)) {
    if (count >= words) break;
    parts.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return parts.join('\n');
}

export const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

/** Writes the whole corpus into `outDir`; returns the file names. */
export function writeCorpus(outDir) {
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const lang of LANGS) {
    for (const size of SIZES) {
      const name = `${lang}-${size.name}.txt`;
      writeFileSync(path.join(outDir, name), articleOfBytes(lang, size.bytes));
      written.push(name);
    }
    for (const words of WORD_COUNTS) {
      const name = `${lang}-${words}w.txt`;
      writeFileSync(path.join(outDir, name), articleOfWords(lang, words));
      written.push(name);
    }
  }
  return written;
}

/** `count` JSONL records {"id","text"} for corpus runs: articles of 1 to 6 KB,
 * French and English in turn, each from its own seed. */
export function corpusRecords(count) {
  const records = [];
  for (let i = 0; i < count; i += 1) {
    const lang = LANGS[i % LANGS.length];
    const bytes = 1000 + ((i * 2654435761) >>> 0) % 5000;
    records.push(JSON.stringify({ id: `${lang}-${i}`, text: articleOfBytes(lang, bytes, 1000 + i) }));
  }
  return `${records.join('\n')}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === '--jsonl') {
  const [count, out] = [Number(process.argv[3]), process.argv[4]];
  if (!Number.isInteger(count) || count < 1 || !out) {
    console.error('usage: node bench/corpus.mjs --jsonl COUNT OUT.jsonl');
    process.exit(2);
  }
  writeFileSync(out, corpusRecords(count));
  console.log(`wrote ${count} records to ${out}`);
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: node bench/corpus.mjs OUT_DIR');
    process.exit(2);
  }
  const files = writeCorpus(outDir);
  console.log(`wrote ${files.length} files to ${outDir}`);
}
