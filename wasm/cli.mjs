#!/usr/bin/env node
// The command line of the wasm package, with the native CLI's flags, output
// and exit codes (core/cli: `./saywho analyze`):
//   node cli.mjs [analyze] [--lang fr|en|auto] [--pretty] [--format text|html|jsonl]
//                [--max-bytes N] FILE|-
//   node cli.mjs segment [--lang fr|en] [--pretty] [--format text|html] FILE|-
//   node cli.mjs --help | --version
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_INPUT = 3;
const EXIT_INTERNAL = 4;

const USAGE = `Usage:
  saywho [analyze] [options] FILE|-   who says what, as JSON
  saywho segment [options] FILE|-     the text layer (paragraphs, sentences, tokens,
                                      quotation marks) as JSON
  saywho --help | --version

Options:
  --lang fr|en|auto    language of the text (analyze: auto by default; segment: fr).
                       auto refuses a text in another language (exit 3,
                       unsupported_language); fr and en analyse any text
  --pretty             indented JSON
  --format text|html|jsonl
                       input format; by default .jsonl files are JSONL, .html/.htm
                       files or content starting with a tag are HTML, else text.
                       HTML: the page's text is extracted, never analysed as markup.
                       JSONL: one {"text", "id"?, "lang"?} object per line, one JSON
                       line out per record; counts on stderr (analyze only)
  --max-bytes N        refuse input larger than N bytes (default 5 MiB)

Exit codes:
  0  success
  1  JSONL: at least one record failed (the others were written)
  2  usage error (unknown option, bad value, no input)
  3  input error: unreadable file, invalid UTF-8 (with its byte offset),
     empty input, input too large, a language Saywho does not read (auto)
  4  internal error
`;

// Refusals of the command line, with their exit code.
class CliError extends Error {
  constructor(exitCode, message) {
    super(message);
    this.exitCode = exitCode;
  }
}
const usageError = (message) => new CliError(EXIT_USAGE, message);
const inputError = (message) => new CliError(EXIT_INPUT, message);

// The module: next to this file in the package (build/wasm/pkg/), or the
// built package when run from the source tree (wasm/cli.mjs).
async function importSaywho() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.join(here, '..', 'build', 'wasm', 'pkg')]) {
    if (existsSync(path.join(dir, 'saywho.mjs')) && existsSync(path.join(dir, 'saywho-core.wasm'))) {
      return import(pathToFileURL(path.join(dir, 'saywho.mjs')).href);
    }
  }
  throw new CliError(EXIT_INTERNAL, 'cannot find the built module (saywho.mjs + saywho-core.wasm): run ./saywho build wasm');
}

function parseArgs(argv) {
  const args = { command: 'analyze', lang: 'auto', pretty: false, format: 'auto', maxBytes: null, input: null };
  let langGiven = false;
  let i = 0;
  if (argv[0] === 'analyze' || argv[0] === 'segment') {
    args.command = argv[0];
    i = 1;
  }
  for (; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : null);
    if (arg === '--help' || arg === '-h') return { ...args, command: 'help' };
    if (arg === '--version') return { ...args, command: 'version' };
    if (arg === '--pretty') {
      args.pretty = true;
    } else if (arg === '--lang') {
      const lang = value();
      if (lang === null) throw usageError('--lang needs a value: fr, en or auto');
      if (!['fr', 'en', 'auto'].includes(lang)) throw usageError(`unknown language '${lang}' (fr, en or auto)`);
      args.lang = lang;
      langGiven = true;
    } else if (arg === '--format') {
      const format = value();
      if (format === null) throw usageError('--format needs a value: text, html or jsonl');
      if (!['text', 'html', 'jsonl'].includes(format)) throw usageError(`unknown format '${format}' (text, html or jsonl)`);
      args.format = format;
    } else if (arg === '--max-bytes') {
      const bytes = value();
      if (bytes === null || !/^[0-9]{1,15}$/.test(bytes) || Number(bytes) === 0) {
        throw usageError('--max-bytes needs a positive number of bytes');
      }
      args.maxBytes = Number(bytes);
    } else if (arg.length > 1 && arg.startsWith('-')) {
      throw usageError(`unknown option '${arg}'`);
    } else {
      if (args.input !== null) throw usageError(`one input only (got '${args.input}' and '${arg}')`);
      args.input = arg;
    }
  }
  if (args.input === null) throw usageError('no input: give a FILE, or - for standard input');
  if (args.command === 'segment') {
    if (!langGiven || args.lang === 'auto') args.lang = 'fr';
    if (args.format === 'jsonl') throw usageError('segment reads text or HTML, not JSONL');
  }
  return args;
}

async function readInput(input) {
  try {
    if (input !== '-') return await readFile(input);
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  } catch (error) {
    if (error.code === 'EISDIR') throw inputError(`cannot read '${input}' (is it a directory?)`);
    throw inputError(input === '-' ? 'cannot read standard input' : `cannot open '${input}'`);
  }
}

// Where the first bad UTF-8 sequence of `bytes` starts (overlong forms,
// surrogates and code points above U+10FFFF are bad too).
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let length;
    let min;
    if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let codePoint = lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k += 1) {
      if ((bytes[i + k] & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (bytes[i + k] & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

// Text of UTF-8 bytes, a byte-order mark kept (as the native CLI does, so
// offsets agree).
function decodeUtf8(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw inputError(`input is not UTF-8: invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
  }
}

const isBlank = (text) => /^[ \t\r\n\f\v]*$/.test(text);

// The native CLI's looks_like_html(): first visible character '<' followed by
// a letter, '!', '/' or '?'.
function looksLikeHtml(text) {
  const match = /^\uFEFF?[ \t\n\r\f]*<([A-Za-z!/?])/.exec(text);
  return match !== null;
}

function detectFormat(input, text) {
  if (input.endsWith('.jsonl')) return 'jsonl';
  if (input.endsWith('.html') || input.endsWith('.htm')) return 'html';
  return looksLikeHtml(text) ? 'html' : 'text';
}

const utf8Length = (text) => Buffer.byteLength(text, 'utf8');

// The text to analyse: extracted from HTML when it is HTML, then checked.
function prepareText(saywho, args, text, format) {
  let prepared = text;
  if (format === 'html') {
    prepared = saywho.htmlToText(text);
    if (isBlank(prepared)) throw inputError('no text found in the HTML input');
  }
  if (isBlank(prepared)) throw inputError('input is empty: nothing to analyse');
  if (args.maxBytes !== null && utf8Length(prepared) > args.maxBytes) {
    throw inputError(`input is ${utf8Length(prepared)} bytes, more than --max-bytes ${args.maxBytes}`);
  }
  return prepared;
}

// One JSON line out per record, as the native CLI writes them.
function runJsonl(saywho, args, text) {
  const counts = { read: 0, ok: 0, failed: 0 };
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, index) => {
    const number = index + 1;
    if (/^[ \t\r\n]*$/.test(line)) return;
    counts.read += 1;
    let id = null;
    // details: more fields of the error ({ language } for unsupported_language).
    const fail = (code, message, details = {}) => {
      process.stdout.write(`${JSON.stringify({ error: { code, message: `line ${number}: ${message}`, ...details }, id, line: number })}\n`);
      counts.failed += 1;
    };
    let record;
    try {
      record = JSON.parse(line);
    } catch (error) {
      fail('invalid_json', error.message);
      return;
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      fail('invalid_record', 'not a JSON object');
      return;
    }
    if ('id' in record) id = record.id;
    if (typeof record.text !== 'string') {
      fail('invalid_record', 'no "text" string');
      return;
    }
    let lang = args.lang;
    if ('lang' in record) {
      if (typeof record.lang !== 'string') {
        fail('invalid_record', '"lang" is not a string');
        return;
      }
      lang = record.lang;
    }
    if (/^[ \t\r\n]*$/.test(record.text)) {
      fail('empty_input', 'the text is empty');
      return;
    }
    try {
      const analysis = saywho.analyzeJson(record.text, { lang });
      process.stdout.write(`{"line":${number},"id":${JSON.stringify(id)},"analysis":${analysis}}\n`);
      counts.ok += 1;
    } catch (error) {
      if (error.name !== 'SaywhoError') throw error;
      fail(error.code, error.message, error.code === 'unsupported_language' ? { language: error.language } : {});
    }
  });
  process.stderr.write(`read ${counts.read}, ok ${counts.ok}, failed ${counts.failed}\n`);
  return counts.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

async function main(argv) {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    process.stdout.write(USAGE);
    return EXIT_OK;
  }
  const { createSaywho } = await importSaywho();
  const saywho = await createSaywho(args.maxBytes !== null ? { maxInputBytes: args.maxBytes } : {});
  if (args.command === 'version') {
    process.stdout.write(`saywho ${saywho.version}\n`);
    return EXIT_OK;
  }
  const text = decodeUtf8(await readInput(args.input));
  const format = args.format === 'auto' ? detectFormat(args.input, text) : args.format;
  if (format === 'jsonl') {
    if (args.command === 'segment') throw inputError('segment reads text or HTML, not JSONL');
    return runJsonl(saywho, args, text);
  }
  const prepared = prepareText(saywho, args, text, format);
  const json = args.command === 'segment'
    ? saywho.segmentJson(prepared, { lang: args.lang, pretty: args.pretty })
    : saywho.analyzeJson(prepared, { lang: args.lang, pretty: args.pretty });
  process.stdout.write(`${json}\n`);
  return EXIT_OK;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    if (error instanceof CliError) {
      process.stderr.write(`saywho: ${error.message}\n${error.exitCode === EXIT_USAGE ? `\n${USAGE}` : ''}`);
      process.exitCode = error.exitCode;
    } else if (error.name === 'SaywhoError') {
      // As the native CLI: a language or option problem is a usage error,
      // anything else about the input an input error.
      process.stderr.write(`saywho: ${error.code}: ${error.message}\n`);
      process.exitCode = ['unknown_language', 'invalid_options'].includes(error.code) ? EXIT_USAGE : EXIT_INPUT;
    } else {
      process.stderr.write(`saywho: internal error: ${error.stack ?? error}\n`);
      process.exitCode = EXIT_INTERNAL;
    }
  });
